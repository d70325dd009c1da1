package specs

import "github.com/gpuspec/gpuspec/internal/i18n"

// This file is the catalog from Alibaba Cloud's 「GPU计算型实例概述」 (the
// overview of the GPU compute instance families). The figures are the
// document's, row by row; TestDocumentTables checks them against a copy of its
// tables in testdata/document. The sentences are gpuspec's own.

const wan = 10_000 // the document counts PPS and IOPS in 万 (ten thousands)

func t(en, zh string) i18n.Text { return i18n.Text{EN: en, ZH: zh} }

var (
	essdSSDEfficiency = []DiskCategory{DiskESSD, DiskSSD, DiskEfficiency}
	ssdEfficiency     = []DiskCategory{DiskSSD, DiskEfficiency}

	sceneARVR = Scenario{ARVR, t("real-time cloud rendering for AR and VR", "AR 与 VR 应用的云端实时渲染")}
	xeon8163  = "Intel Xeon Platinum 8163 (Skylake)"
	xeon2682  = "Intel Xeon E5-2682 v4 (Broadwell)"

	nvlinkV100 = t("NVLink between the GPUs of one instance", "同一实例的 GPU 之间以 NVLink 互联")
	pcie       = t("PCIe", "PCIe")

	gridWindows = t("Windows images: choose a paid GRID image from the Alibaba Cloud Marketplace (search for \"GRID\"); its GRID driver comes installed with an activated licence.",
		"Windows 镜像：创建实例时在镜像市场搜索 GRID，选用预装 GRID 驱动的付费镜像，驱动已激活 License，无需手动安装。")
	gridLinux = t("Linux images: buy a GRID licence from NVIDIA yourself, then install the GRID driver and activate the licence after the instance is created.",
		"Linux 镜像：需自行向 NVIDIA 购买 GRID License，创建实例后手动安装 GRID 驱动并激活 License。")
	gridWhen = t("A licence matters only for graphics features such as OpenGL display, which need NVIDIA's vGPU software.",
		"只有需要 OpenGL 图形显示等图形功能时才涉及 License，这些功能需要 NVIDIA vGPU 软件。")
)

func documentFamilies() []Family {
	return []Family{familyGN7(), familyVGN6i(), familyGN6i(), familyGN6e(), familyGN6v(), familyVGN5i(), familyGN5(), familyGN5i()}
}

func familyGN7() Family {
	return Family{
		Name:         "gn7",
		Summary:      t("NVIDIA A100 40 GB, all GPUs linked by NVSwitch: large-scale training and GPU-heavy science. Invitation-only.", "NVIDIA A100 40 GB，GPU 间 NVSwitch 全互联：大规模训练与高 GPU 负载的科学计算。仅限邀测。"),
		GPU:          "A100-SXM4-40GB",
		Interconnect: t("NVSwitch: every GPU of an instance linked to every other", "NVSwitch：同一实例内 GPU 两两互联"),
		Link:         LinkNVSwitch,
		CPU:          "Intel Xeon Platinum 8269CY (Cascade Lake)",
		CPUClockGHz:  2.5,
		Disks:        essdSSDEfficiency,
		IOOptimized:  true,
		IPv6:         true,
		Scenarios: []Scenario{
			{Training, t("training deep-learning models: image classification, autonomous driving, speech recognition", "深度学习模型训练：图像分类、自动驾驶、语音识别等")},
			{Scientific, t("GPU-heavy scientific computing: fluid dynamics, computational finance, molecular dynamics, environmental analysis", "高 GPU 负载的科学计算：计算流体力学、计算金融、分子动力学、环境分析等")},
		},
		Recommended:  true,
		Availability: InviteOnly,
		Notes: []i18n.Text{
			t("Invitation-only: listed as recommended, but not open for general purchase.", "邀测中：虽列为推荐规格族，但尚未公开售卖。"),
		},
	}
}

func familyVGN6i() Family {
	return Family{
		Name:         "vgn6i",
		Summary:      t("Slices of an NVIDIA T4 (1/4 or 1/2) as vGPUs: cloud gaming, AR/VR, light inference and teaching.", "NVIDIA T4 的虚拟化分片（1/4 或 1/2）：云游戏、AR/VR、轻量推理与教学实验。"),
		GPU:          "T4",
		Interconnect: t("none: each instance has one vGPU slice", "无：每个实例一个 vGPU 分片"),
		CPU:          xeon8163,
		CPUClockGHz:  2.5,
		VCPUToMemory: t("about 1:5", "约 1:5"),
		Disks:        ssdEfficiency,
		IOOptimized:  true,
		IPv6:         true,
		Slices:       t("1/4 or 1/2 of a T4's compute, with 4 GB or 8 GB of GPU memory", "T4 计算能力的 1/4 或 1/2，显存 4 GB 或 8 GB"),
		Scenarios: []Scenario{
			{CloudGaming, t("real-time cloud rendering for games", "云游戏的云端实时渲染")},
			sceneARVR,
			{Inference, t("AI inference for internet services that scale out elastically", "AI（DL/ML）推理，适合弹性部署的互联网业务")},
			{Teaching, t("deep-learning teaching and practice environments", "深度学习教学练习环境")},
			{Teaching, t("deep-learning model experiment environments", "深度学习模型实验环境")},
		},
		Recommended:  true,
		Availability: OnSale,
		VGPU:         true,
		Licensing: &Licensing{
			When:          gridWhen,
			IncludedTypes: []string{"ecs.vgn6i-m4-vws.xlarge", "ecs.vgn6i-m8-vws.2xlarge"},
			Included: t("ecs.vgn6i-m4-vws.xlarge and ecs.vgn6i-m8-vws.2xlarge include an NVIDIA Quadro vWS licence and work with any image.",
				"ecs.vgn6i-m4-vws.xlarge 和 ecs.vgn6i-m8-vws.2xlarge 已包含 NVIDIA Quadro vWS 软件 License，可使用任意镜像。"),
			Windows: gridWindows,
			Linux:   gridLinux,
		},
	}
}

func familyGN6i() Family {
	return Family{
		Name:         "gn6i",
		Summary:      t("NVIDIA T4 with Turing tensor cores: inference, cloud gaming, AR/VR, graphics workstations, GPU databases and HPC.", "NVIDIA T4（Turing Tensor Core）：推理、云游戏、AR/VR、图形工作站、GPU 数据库与高性能计算。"),
		GPU:          "T4",
		Interconnect: pcie,
		Link:         LinkPCIe,
		CPU:          xeon8163,
		CPUClockGHz:  2.5,
		VCPUToMemory: t("about 1:4", "约 1:4"),
		Disks:        essdSSDEfficiency,
		DiskNote:     t("ESSD at up to a million IOPS", "ESSD 云盘可达百万 IOPS"),
		IOOptimized:  true,
		IPv6:         true,
		Scenarios: []Scenario{
			{Inference, t("AI inference: computer vision, speech recognition and synthesis, NLP, machine translation, recommender systems", "AI 推理：计算机视觉、语音识别与合成、NLP、机器翻译、推荐系统")},
			{CloudGaming, t("real-time cloud rendering for games", "云游戏的云端实时渲染")},
			sceneARVR,
			{Graphics, t("heavy graphics computing and graphics workstations", "重载图形计算与图形工作站")},
			{GPUDatabase, t("GPU-accelerated databases", "GPU 加速数据库")},
			{Scientific, t("high-performance computing", "高性能计算")},
		},
		Recommended:  true,
		Availability: OnSale,
	}
}

func familyGN6e() Family {
	return Family{
		Name:         "gn6e",
		Summary:      t("NVIDIA V100 SXM2 32 GB with NVLink: deep-learning training and inference, scientific computing.", "NVIDIA V100 SXM2 32 GB（NVLink）：深度学习训练与推理、科学计算。"),
		GPU:          "V100-SXM2-32GB",
		Interconnect: nvlinkV100,
		Link:         LinkNVLink,
		CPU:          xeon8163,
		CPUClockGHz:  2.5,
		VCPUToMemory: t("about 1:8", "约 1:8"),
		Disks:        essdSSDEfficiency,
		IOOptimized:  true,
		IPv6:         true,
		Scenarios: []Scenario{
			{Training, t("training deep-learning models: image classification, autonomous driving, speech recognition", "深度学习训练：图像分类、自动驾驶、语音识别等")},
			{Inference, t("deep-learning inference for the same kinds of model", "同类深度学习模型的推理")},
			{Scientific, t("scientific computing: fluid dynamics, computational finance, molecular dynamics, environmental analysis", "科学计算：计算流体力学、计算金融、分子动力学、环境分析等")},
		},
		Recommended:  true,
		Availability: OnSale,
	}
}

func familyGN6v() Family {
	return Family{
		Name:         "gn6v",
		Summary:      t("NVIDIA V100 SXM2 16 GB with NVLink: deep-learning training and inference, scientific computing.", "NVIDIA V100 SXM2 16 GB（NVLink）：深度学习训练与推理、科学计算。"),
		GPU:          "V100-SXM2-16GB",
		Interconnect: nvlinkV100,
		Link:         LinkNVLink,
		CPU:          xeon8163,
		CPUClockGHz:  2.5,
		VCPUToMemory: t("about 1:4", "约 1:4"),
		Disks:        essdSSDEfficiency,
		IOOptimized:  true,
		IPv6:         true,
		Scenarios: []Scenario{
			{Training, t("training deep-learning models: image classification, autonomous driving, speech recognition", "深度学习训练：图像分类、自动驾驶、语音识别等")},
			{Inference, t("deep-learning inference for the same kinds of model", "同类深度学习模型的推理")},
			{Scientific, t("scientific computing: fluid dynamics, computational finance, molecular dynamics, environmental analysis", "科学计算：计算流体力学、计算金融、分子动力学、环境分析等")},
		},
		Recommended:  true,
		Availability: OnSale,
	}
}

func familyVGN5i() Family {
	return Family{
		Name:         "vgn5i",
		Summary:      t("Slices of an NVIDIA P4 (1/8 to a whole card) as vGPUs: cloud gaming, AR/VR, light inference and teaching.", "NVIDIA P4 的虚拟化分片（1/8 至整卡）：云游戏、AR/VR、轻量推理与教学实验。"),
		GPU:          "P4",
		Interconnect: t("none: each instance has one vGPU", "无：每个实例一个 vGPU"),
		CPU:          xeon2682,
		CPUClockGHz:  2.5,
		VCPUToMemory: t("1:3", "1:3"),
		Disks:        ssdEfficiency,
		IOOptimized:  true,
		IPv6:         true,
		Slices:       t("1/8, 1/4, 1/2 or all (1:1) of a P4's compute, with 1, 2, 4 or 8 GB of GPU memory", "P4 计算能力的 1/8、1/4、1/2 或 1:1，显存 1、2、4 或 8 GB"),
		Scenarios: []Scenario{
			{CloudGaming, t("real-time cloud rendering for games", "云游戏的云端实时渲染")},
			sceneARVR,
			{Inference, t("AI inference for internet services that scale out elastically", "AI（DL/ML）推理，适合弹性部署的互联网业务")},
			{Teaching, t("deep-learning teaching and practice environments", "深度学习教学练习环境")},
			{Teaching, t("deep-learning model experiment environments", "深度学习模型实验环境")},
		},
		Availability: OnSale,
		VGPU:         true,
		Licensing: &Licensing{
			When:    gridWhen,
			Windows: gridWindows,
			Linux:   gridLinux,
		},
	}
}

func familyGN5() Family {
	return Family{
		Name:         "gn5",
		Summary:      t("NVIDIA P100 with local NVMe SSDs: deep learning, scientific computing, HPC, rendering and transcoding.", "NVIDIA P100，配本地 NVMe SSD：深度学习、科学计算、高性能计算、渲染与编解码。"),
		GPU:          "P100-PCIE-16GB",
		Interconnect: pcie,
		Link:         LinkPCIe,
		CPU:          xeon2682,
		CPUClockGHz:  2.5,
		VCPUToMemory: t("several ratios", "多种配比"),
		LocalStorage: t("high-performance NVMe SSD local disks", "高性能 NVMe SSD 本地盘"),
		Disks:        ssdEfficiency,
		IOOptimized:  true,
		IPv6:         false, // the document lists no IPv6 support for gn5
		Scenarios: []Scenario{
			{Training, t("deep learning", "深度学习")},
			{Scientific, t("scientific computing: fluid dynamics, computational finance, genomics, environmental analysis", "科学计算：计算流体力学、计算金融、基因组学、环境分析")},
			{Scientific, t("high-performance computing", "高性能计算")},
			{Graphics, t("rendering", "渲染")},
			{Transcoding, t("media encoding and decoding, and other server-side GPU work", "多媒体编解码及其他服务器端 GPU 计算")},
		},
		Availability: OnSale,
		Notes: []i18n.Text{
			t("The document does not list IPv6 support for gn5.", "文档未列出 gn5 支持 IPv6。"),
		},
	}
}

func familyGN5i() Family {
	return Family{
		Name:         "gn5i",
		Summary:      t("NVIDIA P4: deep-learning inference and media transcoding.", "NVIDIA P4：深度学习推理与多媒体编解码。"),
		GPU:          "P4",
		Interconnect: pcie,
		Link:         LinkPCIe,
		CPU:          xeon2682,
		CPUClockGHz:  2.5,
		VCPUToMemory: t("1:4", "1:4"),
		Disks:        ssdEfficiency,
		IOOptimized:  true,
		IPv6:         true,
		Scenarios: []Scenario{
			{Inference, t("deep-learning inference", "深度学习推理")},
			{Transcoding, t("media encoding and decoding, and other server-side GPU work", "多媒体编解码等服务器端 GPU 计算")},
		},
		Availability: OnSale,
	}
}

// row is one line of a family's table in the document. Pointer fields are
// nil where the family's table lacks the column or says 无 (none).
type row struct {
	name          string
	vcpu          int
	memoryGiB     float64
	localGiB      *float64
	gpus          float64 // fractions for vGPU slices: 1/4 is 0.25
	gpuMemGiB     float64 // per physical GPU, as "16GB * 1/4" gives it
	networkGbps   float64
	ppsWan        int64
	storageIOPSWa *int64
	nicQueues     int
	enis          int
	ipsPerENI     *int
}

func p[T any](v T) *T { return &v }

// documentRows lists every type of the document, family by family, in its
// order.
func documentRows() []row {
	return []row{
		// gn7: no IOPS and no private-IP column.
		{"ecs.gn7-c12g1.3xlarge", 12, 95.0, nil, 1, 40, 4.0, 250, nil, 4, 8, nil},
		{"ecs.gn7-c13g1.13xlarge", 52, 380.0, nil, 4, 40, 15.0, 900, nil, 16, 8, nil},
		{"ecs.gn7-c13g1.26xlarge", 104, 760.0, nil, 8, 40, 30.0, 1800, nil, 16, 16, nil},
		// vgn6i
		{"ecs.vgn6i-m4.xlarge", 4, 23.0, nil, 0.25, 16, 3.0, 50, nil, 2, 4, p(10)},
		{"ecs.vgn6i-m8.2xlarge", 10, 46.0, nil, 0.5, 16, 4.0, 80, nil, 4, 5, p(20)},
		{"ecs.vgn6i-m4-vws.xlarge", 4, 23.0, nil, 0.25, 16, 3.0, 50, nil, 2, 4, p(10)},
		{"ecs.vgn6i-m8-vws.2xlarge", 10, 46.0, nil, 0.5, 16, 4.0, 80, nil, 4, 5, p(20)},
		// gn6i: IOPS 无 except the largest.
		{"ecs.gn6i-c4g1.xlarge", 4, 15.0, nil, 1, 16, 4.0, 50, nil, 2, 2, p(10)},
		{"ecs.gn6i-c8g1.2xlarge", 8, 31.0, nil, 1, 16, 5.0, 80, nil, 2, 2, p(10)},
		{"ecs.gn6i-c16g1.4xlarge", 16, 62.0, nil, 1, 16, 6.0, 100, nil, 4, 3, p(10)},
		{"ecs.gn6i-c24g1.6xlarge", 24, 93.0, nil, 1, 16, 7.5, 120, nil, 6, 4, p(10)},
		{"ecs.gn6i-c24g1.12xlarge", 48, 186.0, nil, 2, 16, 15.0, 240, nil, 12, 6, p(10)},
		{"ecs.gn6i-c24g1.24xlarge", 96, 372.0, nil, 4, 16, 30.0, 480, p[int64](25), 24, 8, p(10)},
		// gn6e
		{"ecs.gn6e-c12g1.3xlarge", 12, 92.0, nil, 1, 32, 5.0, 80, nil, 8, 6, p(10)},
		{"ecs.gn6e-c12g1.12xlarge", 48, 368.0, nil, 4, 32, 16.0, 240, nil, 8, 8, p(20)},
		{"ecs.gn6e-c12g1.24xlarge", 96, 736.0, nil, 8, 32, 32.0, 480, nil, 16, 8, p(20)},
		// gn6v: IOPS 无 except the largest.
		{"ecs.gn6v-c8g1.2xlarge", 8, 32.0, nil, 1, 16, 2.5, 80, nil, 4, 4, p(10)},
		{"ecs.gn6v-c8g1.8xlarge", 32, 128.0, nil, 4, 16, 10.0, 200, nil, 8, 8, p(20)},
		{"ecs.gn6v-c8g1.16xlarge", 64, 256.0, nil, 8, 16, 20.0, 250, nil, 16, 8, p(20)},
		{"ecs.gn6v-c10g1.20xlarge", 82, 336.0, nil, 8, 16, 32.0, 450, p[int64](25), 16, 8, p(20)},
		// vgn5i
		{"ecs.vgn5i-m1.large", 2, 6.0, nil, 0.125, 8, 1.0, 30, nil, 2, 2, p(6)},
		{"ecs.vgn5i-m2.xlarge", 4, 12.0, nil, 0.25, 8, 2.0, 50, nil, 2, 3, p(10)},
		{"ecs.vgn5i-m4.2xlarge", 8, 24.0, nil, 0.5, 8, 3.0, 80, nil, 2, 4, p(10)},
		{"ecs.vgn5i-m8.4xlarge", 16, 48.0, nil, 1, 8, 5.0, 100, nil, 4, 5, p(20)},
		// gn5: local NVMe storage.
		{"ecs.gn5-c4g1.xlarge", 4, 30.0, p(440.0), 1, 16, 3.0, 30, nil, 1, 3, p(10)},
		{"ecs.gn5-c8g1.2xlarge", 8, 60.0, p(440.0), 1, 16, 3.0, 40, nil, 1, 4, p(10)},
		{"ecs.gn5-c4g1.2xlarge", 8, 60.0, p(880.0), 2, 16, 5.0, 100, nil, 2, 4, p(10)},
		{"ecs.gn5-c8g1.4xlarge", 16, 120.0, p(880.0), 2, 16, 5.0, 100, nil, 4, 8, p(20)},
		{"ecs.gn5-c28g1.7xlarge", 28, 112.0, p(440.0), 1, 16, 5.0, 100, nil, 8, 8, p(20)},
		{"ecs.gn5-c8g1.8xlarge", 32, 240.0, p(1760.0), 4, 16, 10.0, 200, nil, 8, 8, p(20)},
		{"ecs.gn5-c28g1.14xlarge", 56, 224.0, p(880.0), 2, 16, 10.0, 200, nil, 14, 8, p(20)},
		{"ecs.gn5-c8g1.14xlarge", 54, 480.0, p(3520.0), 8, 16, 25.0, 400, nil, 14, 8, p(20)},
		// gn5i
		{"ecs.gn5i-c2g1.large", 2, 8.0, nil, 1, 8, 1.0, 10, nil, 2, 2, p(6)},
		{"ecs.gn5i-c4g1.xlarge", 4, 16.0, nil, 1, 8, 1.5, 20, nil, 2, 3, p(10)},
		{"ecs.gn5i-c8g1.2xlarge", 8, 32.0, nil, 1, 8, 2.0, 40, nil, 4, 4, p(10)},
		{"ecs.gn5i-c16g1.4xlarge", 16, 64.0, nil, 1, 8, 3.0, 80, nil, 4, 8, p(20)},
		{"ecs.gn5i-c16g1.8xlarge", 32, 128.0, nil, 2, 8, 6.0, 120, nil, 8, 8, p(20)},
		{"ecs.gn5i-c28g1.14xlarge", 56, 224.0, nil, 2, 8, 10.0, 200, nil, 14, 8, p(20)},
	}
}
