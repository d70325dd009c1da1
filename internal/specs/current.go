package specs

import "github.com/gpuspec/gpuspec/internal/i18n"

// This file is the current edition's families: Alibaba Cloud's current GPU
// overview pages in Chinese and English. The figures of their types are in
// current_rows.go; the facts below are the pages', family by family; the
// sentences are gpuspec's own.

var (
	essdOnly      = []DiskCategory{DiskESSD, DiskESSDAutoPL, DiskRegionalESSD}
	essdEphemeral = []DiskCategory{DiskEphemeral, DiskESSD, DiskESSDAutoPL, DiskRegionalESSD}

	xeonIceLake = "Intel Xeon Scalable (Ice Lake)"
	xeon8269    = "Intel Xeon Platinum 8269CY (Cascade Lake)"
	xeonSPR     = "Intel Xeon Scalable (Sapphire Rapids)"
	turbo35     = t("all-core turbo 3.5 GHz", "全核睿频 3.5 GHz")
	upTo375     = t("up to 3.75 GHz", "最高 3.75 GHz")

	oneSlice  = t("none: each instance has one vGPU slice", "无：每个实例一个 vGPU 分片")
	pcieA10   = t("PCIe (the A10 has no NVLink)", "PCIe（A10 无 NVLink）")
	pcieGen5  = t("PCIe Gen5 x16 through a PCIe switch, 128 GB/s, peer to peer", "经 PCIe Switch 的 PCIe Gen5 x16，128 GB/s，支持 P2P")
	nvlink900 = t("NVLink, 900 GB/s between the GPUs", "NVLink，GPU 之间 900 GB/s")
	notStated = t("not stated by the page", "文档未说明")

	// Scenarios the pages give to several families.
	sceneRecognition = Scenario{Inference, t("many concurrent inference jobs: image, speech and behaviour recognition", "大量并发 AI 推理：图像识别、语音识别、行为识别")}
	sceneRTX         = Scenario{Graphics, t("RTX 3D graphics for remote design work", "RTX 3D 图形虚拟化，用于远程图形设计")}
	sceneRTXGaming   = Scenario{CloudGaming, t("cloud gaming and other heavy real-time graphics", "云游戏等高强度实时图形业务")}
	scene3DModelling = Scenario{Graphics, t("3D modelling for film, animation and mechanical design", "影视动漫、机械设计等领域的 3D 建模")}
	sceneDLTraining  = Scenario{Training, t("training deep-learning models: image classification, autonomous driving, speech recognition", "深度学习训练：图像分类、自动驾驶、语音识别等")}
	sceneDLInference = Scenario{Inference, t("deep-learning inference for the same kinds of model", "同类深度学习模型的推理")}
	sceneScience     = Scenario{Scientific, t("GPU-heavy science: fluid dynamics, computational finance, molecular dynamics, environmental analysis", "高 GPU 负载的科学计算：计算流体力学、计算金融、分子动力学、环境分析等")}
	sceneBlackwellAD = Scenario{Training, t("training for autonomous driving and embodied AI, with 256 vCPUs and 2.3 TB of memory for data processing", "自动驾驶与具身智能训练，256 vCPU 与 2.3 TB 内存承担数据处理")}
	sceneBlackwellSR = Scenario{Recommendation, t("search and recommendation: 32 vCPUs per GPU", "搜索推荐：每块 GPU 配 32 vCPU")}
	sceneBlackwellLM = Scenario{LLMInference, t("large-model inference with FP4, the GPUs linked by PCIe Gen5", "大模型推理，支持 FP4，GPU 之间 PCIe Gen5 互联")}
	sceneBlackwellGx = Scenario{Graphics, t("rendering, 3D modelling and CAD with certified workstation drivers and OpenGL", "渲染、3D 建模与 CAD，配有经认证的工作站级驱动与 OpenGL 加速")}
	sceneBlackwellCG = Scenario{CloudGaming, t("cloud gaming and metaverse rendering", "云游戏与元宇宙渲染")}

	// vwsIncluded: the vGPU families of the current pages come with an
	// NVIDIA GRID vWS licence.
	vwsIncluded = t("Every type includes an NVIDIA GRID vWS licence: certified graphics drivers for professional CAD software, with nothing more to buy.",
		"所有规格均已包含 NVIDIA GRID vWS 软件 License，可为专业 CAD 软件提供经认证的图形加速，无需另行购买。")
	uefiOnly = []string{"UEFI"}
	ueFIOnly = t("Images must boot in UEFI mode; a custom image needs UEFI boot mode set.", "镜像须以 UEFI 模式启动；自定义镜像需设置为 UEFI 启动模式。")

	// reasonA100With80GB is why gn7e's and ebmgn7e's card is an A100.
	reasonA100With80GB = t("The pages give this card's memory (80 GB per GPU) but not its model. It is a seventh-generation family, and every card the pages name in that generation is an Ampere card (A10, A30, A16, and gn7's A100 40 GB in the original edition); of those only the A100 has both NVLink, which the pages require for gn7e training, and MIG, which they give for ebmgn7e; NVIDIA makes the A100 with 80 GB. Its figures are the A100 80GB SXM4 datasheet's.",
		"文档给出了此卡的显存（每块 80 GB），没有给出型号。这是第 7 代规格族，文档在这一代中点名的卡都是 Ampere 架构（A10、A30、A16，以及原版文档中 gn7 的 A100 40 GB）；其中只有 A100 同时具备 NVLink（文档要求 gn7e 训练时启用）与 MIG（文档写明 ebmgn7e 支持），而 A100 有 80 GB 版本。各项指标取自 A100 80GB SXM4 数据手册。")
)

// currentFamilies lists the current edition's families in the order of
// the pages: the Chinese page's, then the bare-metal and not-recommended
// families only the English page has.
func currentFamilies() []Family {
	return []Family{
		familySGN8ia(), familySGN7iVWS(), familyVGN7iVWS(), familyVGN6iVWS(),
		familyGN9gc(), familyGN8v(), familyGN8vTEE(), familyGN8is(), familyGN7e(), familyGN7i(), familyGN7s(),
		currentGN7(), familyGN7r(), currentGN6i(), currentGN6e(), currentGN6v(),
		familyEBMGN9g(48), familyEBMGN9g(72), familyEBMGN9gc(), familyEBMGN8v(), familyEBMGN8ia(), familyEBMGN8is(),
		familyEBMGN7e(), familyEBMGN7i(), familyEBMGN7(), familyEBMGN6e(), familyEBMGN6v(), familyEBMGN6i(),
		currentGN5i(), currentGN5(),
	}
}

// retiredTypes are the types only the original edition lists. The current
// edition keeps them, with their original figures, as retired.
var retiredTypes = []string{
	"ecs.vgn6i-m4.xlarge", "ecs.vgn6i-m8.2xlarge",
	"ecs.vgn5i-m1.large", "ecs.vgn5i-m2.xlarge", "ecs.vgn5i-m4.2xlarge", "ecs.vgn5i-m8.4xlarge",
}

// retired turns an original family into the current edition's record of it.
func retired(f Family) Family {
	f.Availability, f.Recommended = Retired, false
	if f.Licensing != nil {
		lic := *f.Licensing
		lic.IncludedTypes, lic.Included = nil, i18n.Text{}
		f.Licensing = &lic
	}
	f.Notes = append(f.Notes, t("Retired: only the original edition of the overview lists this family; the current pages do not.",
		"已下线：只有原版概述列出此规格族，当前文档已不再列出。"))
	return f
}

func vwsLicensing() *Licensing {
	return &Licensing{When: gridWhen, AllIncluded: true, Included: vwsIncluded}
}

func familySGN8ia() Family {
	return Family{
		Name:         "sgn8ia",
		Summary:      t("vGPU slices (2 to 48 GB) of an Ada Lovelace card on shared AMD Genoa vCPUs at up to 3.75 GHz, vWS licence included: CAD, 3D modelling, cloud gaming and light inference.", "Ada Lovelace 架构 GPU 的 vGPU 分片（2 至 48 GB），共享 AMD Genoa vCPU（最高 3.75 GHz），含 vWS License：CAD、3D 建模、云游戏与轻量推理。"),
		GPU:          "Lovelace-vGPU",
		Interconnect: oneSlice,
		CPU:          "AMD EPYC Genoa",
		CPUClockGHz:  3.4,
		CPUNote:      upTo375,
		Disks:        essdOnly,
		IOOptimized:  true,
		IPv6:         true,
		Slices:       t("the pages give each slice's GPU memory (2, 4, 8, 16, 24 or 48 GB), not the card's nor the fraction", "文档给出每个分片的显存（2、4、8、16、24 或 48 GB），未给出整卡显存与分片比例"),
		Scenarios: []Scenario{
			sceneRecognition,
			{Inference, t("small-scale AI inference at low cost, as a light GPU compute instance", "作为轻量 GPU 计算型实例，以较低成本进行小规模 AI 推理")},
			sceneRTX, sceneRTXGaming, scene3DModelling,
		},
		Recommended:  true,
		Availability: OnSale,
		VGPU:         true,
		SharedCPU:    true,
		Licensing:    vwsLicensing(),
		Notes: []i18n.Text{
			t("The vCPUs are shared and oversold at about 1:1.5; memory and GPU memory are the instance's own. For dedicated vCPUs take a passthrough family such as gn7i.", "vCPU 为共享资源，超售比约 1:1.5；内存与显存为实例独享。需要独享 CPU 时请选用 gn7i 等直通 GPU 的规格族。"),
			t("The disk bandwidth column is given in M (MB/s): 244 M is 0.244 GB/s here.", "云盘带宽一列以 M（MB/s）给出：244 M 在此记为 0.244 GB/s。"),
			t("Supports NVMe.", "支持 NVMe 协议。"),
		},
	}
}

func familySGN7iVWS() Family {
	return Family{
		Name:         "sgn7i-vws",
		Summary:      t("vGPU slices (1/12 to 1/3) of an NVIDIA A10 on shared Ice Lake vCPUs, vWS licence included: the cheapest way into RTX graphics, cloud gaming and light inference.", "NVIDIA A10 的 vGPU 分片（1/12 至 1/3），共享 Ice Lake vCPU，含 vWS License：以最低成本获得 RTX 图形、云游戏与轻量推理。"),
		GPU:          "A10",
		Interconnect: oneSlice,
		CPU:          xeonIceLake,
		CPUClockGHz:  2.9,
		CPUNote:      turbo35,
		Disks:        essdOnly,
		IOOptimized:  true,
		IPv6:         true,
		Slices:       t("1/12, 1/6 or 1/3 of an A10, with 2, 4 or 8 GB of its 24 GB", "A10 的 1/12、1/6 或 1/3，对应其 24 GB 显存中的 2、4 或 8 GB"),
		Scenarios: []Scenario{
			sceneRecognition,
			{Inference, t("small-scale AI inference at low cost, as a light GPU compute instance", "作为轻量 GPU 计算型实例，以较低成本进行小规模 AI 推理")},
			sceneRTX, sceneRTXGaming, scene3DModelling,
		},
		Recommended:  true,
		Availability: OnSale,
		VGPU:         true,
		SharedCPU:    true,
		Licensing:    vwsLicensing(),
		Notes: []i18n.Text{
			t("vCPUs and network are shared; memory and GPU memory are the instance's own. For dedicated vCPUs take vgn7i-vws.", "CPU 与网络为共享资源；内存与显存为实例独享。需要独享 CPU 时请选用 vgn7i-vws。"),
			t("Network bandwidth is a baseline with a burst: 1.5/5 is 1.5 Gbit/s, bursting to 5.", "网络带宽为基础/突发：1.5/5 即基础 1.5 Gbit/s，可突发至 5 Gbit/s。"),
			t("The types ending in s (m2s, m4s, m8s) have half the memory of the others.", "以 s 结尾的规格（m2s、m4s、m8s）内存为同级规格的一半。"),
		},
	}
}

func familyVGN7iVWS() Family {
	f := familySGN7iVWS()
	f.Name = "vgn7i-vws"
	f.Summary = t("vGPU slices (1/6 to a whole card) of an NVIDIA A10 on dedicated Ice Lake vCPUs, vWS licence included: RTX graphics, cloud gaming and inference.", "NVIDIA A10 的 vGPU 分片（1/6 至整卡），独享 Ice Lake vCPU，含 vWS License：RTX 图形、云游戏与推理。")
	f.Slices = t("1/6, 1/3, 1/2 or all of an A10, with 4, 8, 12 or 24 GB", "A10 的 1/6、1/3、1/2 或整卡，显存 4、8、12 或 24 GB")
	f.SharedCPU = false
	f.Notes = nil
	return f
}

func familyVGN6iVWS() Family {
	return Family{
		Name:         "vgn6i-vws",
		Summary:      t("vGPU slices (1/4 to a whole card) of an NVIDIA T4, GRID vWS licence included: the successor of vgn6i, for cloud gaming, AR/VR, light inference and teaching.", "NVIDIA T4 的 vGPU 分片（1/4 至整卡），含 GRID vWS 授权：vgn6i 的升级版，用于云游戏、AR/VR、轻量推理与教学实验。"),
		GPU:          "T4",
		Interconnect: oneSlice,
		CPU:          xeon8163,
		CPUClockGHz:  2.5,
		VCPUToMemory: t("about 1:5", "约 1:5"),
		Disks:        []DiskCategory{DiskESSD, DiskESSDAutoPL, DiskRegionalESSD, DiskSSD, DiskEfficiency},
		IOOptimized:  true,
		IPv6:         true,
		Slices:       t("1/4, 1/2 or all of a T4, with 4, 8 or 16 GB", "T4 的 1/4、1/2 或整卡，显存 4、8 或 16 GB"),
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
			When:        gridWhen,
			AllIncluded: true,
			Included:    t("Every type includes a GRID vWS licence. Free Marketplace images (search for GRID) come with the newest GRID driver; for other images, ask for the driver by ticket, at no licence charge.", "所有规格均赠送 GRID vWS 授权。云市场中搜索 GRID 可找到预装最新驱动的免费镜像；使用其他镜像时可提交工单申请 GRID 驱动，不另收 License 费用。"),
		},
		Notes: []i18n.Text{
			t("Replaces vgn6i after the GRID driver upgrade.", "GRID 驱动升级后替代原 vgn6i 规格族。"),
			t("NIC queues are given as primary/secondary ENI where the page writes 4/2.", "文档写作 4/2 的多队列为主网卡/辅助网卡。"),
		},
	}
}

func familyGN9gc() Family {
	return Family{
		Name:         "gn9gc",
		Summary:      t("Blackwell 72 GB cards (1, 2, 4 or 8) on CIPU 2.0: cost-effective LLM inference with FP4, image and video generation, and rendering. Invitation-only.", "Blackwell 架构 72 GB 显卡（1、2、4 或 8 卡），CIPU 2.0：高性价比的大模型推理（支持 FP4）、图像与视频生成及渲染。邀测中。"),
		GPU:          "Blackwell-72GB",
		Interconnect: t("PCIe Gen5 x16, 128 GB/s, peer to peer", "PCIe Gen5 x16，128 GB/s，支持 P2P"),
		Link:         LinkPCIe,
		Disks:        essdEphemeral,
		IOOptimized:  true,
		IPv6:         true,
		Scenarios: []Scenario{
			{LLMInference, t("large-model inference: more compute and memory bandwidth than the 8th generation, FP4, efficient multi-GPU inference", "大模型推理：算力与显存带宽超越第 8 代，支持 FP4，多卡并行推理效率高")},
			{AIGC, t("image and video generation", "视频与图像生成")},
			{Graphics, t("rendering, with the card's own graphics (OpenGL)", "渲染业务，显卡直接提供图形能力（OpenGL）")},
		},
		Recommended:  true,
		Availability: InviteOnly,
		Notes: []i18n.Text{
			t("Invitation-only: apply by ticket.", "邀测中：需提交工单申请。"),
			t("NIC queues are given as primary/secondary ENI (8/32). Disk bandwidth is a maximum.", "多队列为主网卡/辅助网卡（8/32）；云盘带宽为最大值。"),
			t("eRDMA (ERI) raises bandwidth between instances to 360 Gbit/s.", "支持 eRDMA（ERI），实例间带宽可达 360 Gbit/s。"),
			ueFIOnly,
		},
		BootModes: uefiOnly,
	}
}

func familyGN8v() Family {
	return Family{
		Name:         "gn8v",
		Summary:      t("96 GB HBM3 GPUs (1 to 8) linked by 900 GB/s NVLink, with FP8: inference of LLMs above 70B, and training. Through sales, in some regions.", "96 GB HBM3 显存的 GPU（1 至 8 卡），900 GB/s NVLink 互联，支持 FP8：70B 以上大模型推理与训练。部分地域，需联系销售。"),
		GPU:          "96GB-HBM3",
		Interconnect: nvlink900,
		Link:         LinkNVLink,
		CPU:          xeonSPR,
		CPUClockGHz:  2.8,
		CPUNote:      t("all-core turbo 3.1 GHz", "全核睿频 3.1 GHz"),
		Disks:        essdEphemeral,
		IOOptimized:  true,
		IPv6:         true,
		Scenarios: []Scenario{
			{LLMInference, t("multi-GPU inference of LLMs larger than 70B parameters", "70B 以上参数大模型的多卡并行推理")},
			{Training, t("classic AI training and autonomous-driving training, 39.5 TFLOPS FP32 per GPU", "传统 AI 模型训练与自动驾驶训练，单卡 FP32 39.5 TFLOPS")},
			{Training, t("training small and medium models across the NVLink-linked GPUs", "利用 8 卡 NVLink 互联训练中小模型")},
		},
		Recommended:  true,
		Availability: ContactSales,
		Notes: []i18n.Text{
			t("Only in some regions, including outside China: contact Alibaba Cloud sales.", "仅部分地域（含海外）提供，如有需要请联系阿里云销售。"),
			t("The page gives no packet rate for gn8v. Disk bandwidth is a baseline.", "文档未给出 gn8v 的网络收发包 PPS；云盘带宽为基础带宽。"),
			t("Supports jumbo frames, eRDMA (ERI), vTPM and NVMe.", "支持巨型帧、eRDMA（ERI）、vTPM 与 NVMe。"),
		},
	}
}

func familyGN8vTEE() Family {
	f := familyGN8v()
	f.Name = "gn8v-tee"
	f.Summary = t("gn8v with confidential computing (Intel TDX and NVIDIA CC): data stays encrypted while the GPUs train and serve models. Through sales, in some regions.", "具备机密计算能力的 gn8v（Intel TDX 与 NVIDIA CC）：GPU 训练与推理过程中数据保持加密。部分地域，需联系销售。")
	f.Scenarios = append([]Scenario{
		{Confidential, t("training and inference that must keep data and models encrypted while the GPU computes", "GPU 计算过程中须保持数据与模型加密的训练与推理")},
	}, f.Scenarios...)
	f.Notes = []i18n.Text{
		t("Only in some regions, including outside China: contact Alibaba Cloud sales.", "仅部分地域（含海外）提供，如有需要请联系阿里云销售。"),
		t("Only Alibaba Cloud Linux 3 images, kernel 5.10.134-18 or later; no vTPM.", "仅支持 Alibaba Cloud Linux 3 镜像，内核不低于 5.10.134-18；不支持 vTPM。"),
	}
	return f
}

func familyGN8is() Family {
	return Family{
		Name:         "gn8is",
		Summary:      t("NVIDIA L20 48 GB (1, 2, 4 or 8) with FP8 on fast Xeon CPUs: AIGC, inference of LLMs up to 70B, and workstation graphics. Through sales, in some regions.", "NVIDIA L20 48 GB（1、2、4 或 8 卡），支持 FP8，配高主频 Xeon：AIGC、70B 以下大模型推理与工作站级图形。部分地域，需联系销售。"),
		GPU:          "L20",
		Interconnect: t("PCIe Gen4 x16, 64 GB/s", "PCIe Gen4 x16，64 GB/s"),
		Link:         LinkPCIe,
		CPU:          "Intel Xeon",
		CPUNote:      t("high clock, all-core turbo up to 3.9 GHz", "高主频，全核睿频最高 3.9 GHz"),
		Disks:        essdEphemeral,
		IOOptimized:  true,
		IPv6:         true,
		Scenarios: []Scenario{
			{Graphics, t("workstation graphics with the GRID driver (OpenGL, Direct3D): animation, film effects and rendering", "配合 GRID 驱动启用 OpenGL 与 Direct3D，提供工作站级图形能力：动漫、影视特效制作与渲染")},
			{AIGC, t("AI image generation, run in containers on ACK", "结合 ACK 容器的 AIGC 图像生成")},
			{LLMInference, t("LLM inference, especially of models under 70B; several cards hold 70B and more", "大模型推理，尤其是 70B 以下模型；多卡可单机推理 70B 及以上模型")},
			{Inference, t("general AI recognition: images, speech", "通用 AI 识别：图像识别、语音识别等")},
		},
		Recommended:  true,
		Availability: ContactSales,
		Notes: []i18n.Text{
			t("Only in some regions, including outside China: contact Alibaba Cloud sales.", "仅部分地域（含海外）提供，如有需要请联系阿里云销售。"),
			t("The page gives no packet rate for gn8is. Disk bandwidth is a baseline.", "文档未给出 gn8is 的网络收发包 PPS；云盘带宽为基础带宽。"),
			t("Supports eRDMA (ERI), vTPM and NVMe.", "支持 eRDMA（ERI）、vTPM 与 NVMe。"),
		},
	}
}

func familyGN7e() Family {
	return Family{
		Name:           "gn7e",
		Summary:        t("80 GB cards, taken to be NVIDIA A100 80 GB, in 1 to 8 GPUs with NVLink: small and medium training, large-memory inference, HPC.", "80 GB 显卡（推断为 NVIDIA A100 80 GB），1 至 8 卡，NVLink：中小规模训练、大显存推理与高性能计算。"),
		GPU:            "A100-SXM4-80GB",
		ModelReasoning: reasonA100With80GB,
		Interconnect:   t("NVLink (the page requires it for communication-heavy training)", "NVLink（文档要求高通信负载的训练启用 NVLink）"),
		Link:           LinkNVLink,
		Disks:          essdOnly,
		IOOptimized:    true,
		IPv6:           true,
		Scenarios: []Scenario{
			{Training, t("small and medium AI training", "中小规模的 AI 训练")},
			{Scientific, t("HPC accelerated with CUDA", "使用 CUDA 加速的高性能计算")},
			{Inference, t("inference that needs much GPU compute or memory", "对 GPU 算力或显存要求较高的 AI 推理")},
			sceneDLTraining, sceneScience,
		},
		Recommended:  true,
		Availability: OnSale,
		Notes: []i18n.Text{
			t("Communication-heavy training (Transformers and the like) must use NVLink between the GPUs: large transfers over PCIe can fail and corrupt data.", "高通信负载的 AI 训练（如 Transformer）务必启用 NVLink 进行 GPU 间通信，否则经 PCIe 的大规模数据传输可能引发故障、损坏数据。"),
		},
	}
}

func familyGN7i() Family {
	return Family{
		Name:         "gn7i",
		Summary:      t("NVIDIA A10 24 GB (1 to 8) on Ice Lake CPUs with up to 752 GiB of memory: concurrent inference, RTX graphics and cloud gaming.", "NVIDIA A10 24 GB（1 至 8 卡），Ice Lake 处理器，内存最高 752 GiB：并发推理、RTX 图形与云游戏。"),
		GPU:          "A10",
		Interconnect: pcieA10,
		Link:         LinkPCIe,
		CPU:          xeonIceLake,
		CPUClockGHz:  2.9,
		CPUNote:      turbo35,
		Disks:        essdOnly,
		IOOptimized:  true,
		IPv6:         true,
		Scenarios:    []Scenario{sceneRecognition, sceneRTX, sceneRTXGaming},
		Recommended:  true,
		Availability: OnSale,
		Notes: []i18n.Text{
			t("The 2x, 4x and 8x types can be changed only to gn7i-c8g1.2xlarge or gn7i-c16g1.4xlarge.", "2x、4x、8x 规格只能变配为 gn7i-c8g1.2xlarge 或 gn7i-c16g1.4xlarge。"),
		},
	}
}

func familyGN7s() Family {
	return Family{
		Name:         "gn7s",
		Summary:      t("NVIDIA A30 24 GB with MIG on Ice Lake CPUs and much memory: concurrent AI inference. Not recommended; by ticket.", "NVIDIA A30 24 GB（支持 MIG），Ice Lake 处理器，大容量内存：并发 AI 推理。不推荐；需提交工单申请。"),
		GPU:          "A30",
		Interconnect: notStated,
		CPU:          xeonIceLake,
		CPUClockGHz:  2.9,
		CPUNote:      turbo35,
		Disks:        essdOnly,
		IOOptimized:  true,
		IPv6:         true,
		Scenarios:    []Scenario{sceneRecognition},
		Recommended:  false,
		Availability: InviteOnly,
		Notes: []i18n.Text{
			t("Not recommended: the pages advise the families above when it is sold out.", "不推荐：文档建议在售罄时选用其他规格族。"),
			t("Apply by ticket to use it.", "需提交工单申请使用。"),
		},
	}
}

func currentGN7() Family {
	f := familyGN7()
	f.Summary = t("NVIDIA A100 40 GB, all GPUs linked by NVSwitch: large-scale training and GPU-heavy science.", "NVIDIA A100 40 GB，GPU 间 NVSwitch 全互联：大规模训练与高 GPU 负载的科学计算。")
	f.Disks = essdOnly
	f.Availability = OnSale
	f.Notes = []i18n.Text{
		t("The current page names neither the GPU nor the CPU; both are the original edition's, which lists the same three types.", "当前文档未写明 GPU 与 CPU 型号，此处沿用原版文档（列出相同的三个规格）的说明。"),
	}
	return f
}

func familyGN7r() Family {
	return Family{
		Name:         "gn7r",
		Summary:      t("One GPU (GA107) of an NVIDIA A16 board with ARM Ampere Altra Max CPUs: Android cloud phones and cloud games, video transcoding and video AI.", "NVIDIA A16 卡上的一个 GPU（GA107），配 ARM 架构 Ampere Altra Max 处理器：Android 云手机与云手游、视频转码与视频 AI。"),
		GPU:          "A16",
		Interconnect: t("none: each instance has one GA107, a quarter of an A16 board", "无：每个实例一个 GA107，即 A16 卡的四分之一"),
		CPU:          "Ampere Altra Max (ARM)",
		CPUClockGHz:  3.0,
		Disks:        essdOnly,
		IOOptimized:  true,
		IPv6:         true,
		Scenarios: []Scenario{
			{CloudPhone, t("Android apps served remotely: cloud phones, cloud mobile games, always-on apps, app crawlers", "基于 Android 的远端 APP 服务：云手机、云手游、云业务在线待机、Android 爬虫")},
			{CloudGaming, t("cloud mobile games", "云手游")},
			{Transcoding, t("video transcoding on the A16's hardware codecs, at ASIC-like cost", "利用 A16 的多芯片硬件转码进行视频转码，成本接近 ASIC 转码平台")},
			{Inference, t("video recognition, review and editing with CUDA right after decoding", "解码后直接在 GPU 上以 CUDA 进行视频识别、审核与编辑")},
		},
		Recommended:  true,
		Availability: OnSale,
		Notes: []i18n.Text{
			t("The table lists one NVIDIA GA107 per instance and the page says each A16 board has four GA107 chips, so gpu_model is A16 with gpu_count 1/4. The page gives no GPU memory; NVIDIA's A16 datasheet gives 16 GB per GA107 (see the GPU's figures).", "规格表列出每个实例 1 个 NVIDIA GA107，文档说明每块 A16 卡含 4 个 GA107 芯片，因此 gpu_model 记为 A16，gpu_count 为 1/4。文档未给出显存；NVIDIA A16 数据手册为每个 GA107 16 GB（见 GPU 指标）。"),
		},
	}
}

func currentGN6i() Family {
	f := familyGN6i()
	f.Disks = []DiskCategory{DiskESSD, DiskESSDAutoPL, DiskSSD, DiskEfficiency}
	f.DiskNote = i18n.Text{}
	return f
}

func currentGN6e() Family {
	f := familyGN6e()
	f.Disks = []DiskCategory{DiskESSD, DiskESSDAutoPL, DiskRegionalESSD, DiskSSD, DiskEfficiency}
	return f
}

func currentGN6v() Family {
	f := familyGN6v()
	f.Disks = []DiskCategory{DiskESSD, DiskESSDAutoPL, DiskSSD, DiskEfficiency}
	return f
}

func currentGN5i() Family {
	f := familyGN5i()
	f.Recommended = false
	f.Notes = append(f.Notes, t("Not recommended: the pages advise the families above when it is sold out.", "不推荐：文档建议在售罄时选用其他规格族。"))
	return f
}

func currentGN5() Family {
	f := familyGN5()
	f.Recommended = false
	f.Notes = []i18n.Text{
		t("Supports IPv4 only.", "仅支持 IPv4。"),
		t("Not recommended: the pages advise the families above when it is sold out.", "不推荐：文档建议在售罄时选用其他规格族。"),
	}
	return f
}

// The ECS Bare Metal families, which only the English page lists.

func bareMetal(f Family) Family {
	f.BareMetal = true
	f.IOOptimized, f.IPv6, f.Recommended = true, true, true
	return f
}

// familyEBMGN9g is ebmgn9g (48 GB cards) or ebmgn9ge (72 GB).
func familyEBMGN9g(memGB int) Family {
	f := bareMetal(Family{
		Name:         "ebmgn9g",
		Summary:      t("Bare metal: eight Blackwell 48 GB cards, 256 vCPUs at up to 5 GHz and 2.3 TB of memory: autonomous-driving training, search and recommendation, LLM inference, rendering. Invitation-only.", "裸金属：8 块 Blackwell 48 GB 显卡、256 vCPU（最高 5 GHz）、2.3 TB 内存：自动驾驶训练、搜索推荐、大模型推理与渲染。邀测中。"),
		GPU:          "Blackwell-48GB",
		Interconnect: pcieGen5,
		Link:         LinkPCIe,
		CPU:          "AMD Turin-C",
		CPUClockGHz:  3.3,
		CPUNote:      t("up to 5 GHz; all cores up to 4.2 GHz", "最高 5 GHz；全核最高 4.2 GHz"),
		Disks:        essdEphemeral,
		Scenarios:    []Scenario{sceneBlackwellAD, sceneBlackwellSR, sceneBlackwellLM, sceneBlackwellGx, sceneBlackwellCG},
		Availability: InviteOnly,
		Notes: []i18n.Text{
			t("Invitation-only: apply by ticket.", "邀测中：需提交工单申请。"),
			t("Network: 360 Gbit/s as two ports of 180. NIC queues are primary/secondary ENI (64/16). Disk bandwidth is a maximum.", "网络：360 Gbit/s，即 2 个 180 Gbit/s 端口。多队列为主网卡/辅助网卡（64/16）；云盘带宽为最大值。"),
			t("The scenario text gives 137 TFLOPS of TF32; the GPU table gives 126, which gpuspec takes.", "场景说明写 TF32 为 137 TFLOPS，GPU 参数表为 126 TFLOPS，gpuspec 采用参数表的数值。"),
			ueFIOnly,
		},
		BootModes: uefiOnly,
	})
	if memGB == 72 {
		f.Name, f.GPU = "ebmgn9ge", "Blackwell-72GB"
		f.Summary = t("Bare metal: eight Blackwell 72 GB cards, 256 vCPUs at up to 5 GHz and 2.3 TB of memory: 8-GPU inference of models above 671B, autonomous-driving training, search and recommendation, rendering. Invitation-only.", "裸金属：8 块 Blackwell 72 GB 显卡、256 vCPU（最高 5 GHz）、2.3 TB 内存：8 卡并行推理 671B 以上模型、自动驾驶训练、搜索推荐与渲染。邀测中。")
	}
	return f
}

func familyEBMGN9gc() Family {
	f := familyEBMGN9g(72)
	f.Name = "ebmgn9gc"
	f.Summary = t("Bare metal: eight Blackwell 72 GB cards and 256 vCPUs with 1.5 TB of memory, the lower-cost ebmgn9ge: LLM inference, autonomous-driving training, rendering. Invitation-only.", "裸金属：8 块 Blackwell 72 GB 显卡、256 vCPU、1.5 TB 内存，较 ebmgn9ge 成本更低：大模型推理、自动驾驶训练与渲染。邀测中。")
	return f
}

func familyEBMGN8v() Family {
	f := familyGN8v()
	f = bareMetal(Family{
		Name:         "ebmgn8v",
		Summary:      t("Bare metal: eight 96 GB HBM3 GPUs linked by 900 GB/s NVLink and 192 vCPUs: inference of LLMs above 70B, and training. Through sales, in some regions.", "裸金属：8 块 96 GB HBM3 显存 GPU，900 GB/s NVLink 互联，192 vCPU：70B 以上大模型推理与训练。部分地域，需联系销售。"),
		GPU:          f.GPU,
		Interconnect: f.Interconnect,
		Link:         f.Link,
		CPU:          xeonSPR,
		CPUNote:      t("all-core turbo up to 3.1 GHz", "全核睿频最高 3.1 GHz"),
		Disks:        essdEphemeral,
		Scenarios:    f.Scenarios,
		Availability: ContactSales,
		Notes: []i18n.Text{
			t("Only in some regions, including outside China: contact Alibaba Cloud sales.", "仅部分地域（含海外）提供，如有需要请联系阿里云销售。"),
			t("Network: 170 Gbit/s as two ports of 85; eRDMA up to 160 Gbit/s between instances.", "网络：170 Gbit/s，即 2 个 85 Gbit/s 端口；eRDMA 实例间带宽最高 160 Gbit/s。"),
			t("The table labels disk bandwidth Gbit/s; gpuspec reads its 6 as GB/s, as gn8v-8x.48xlarge, the same 8-GPU, 192-vCPU machine, gives 6 GB/s. It is a maximum.", "规格表中云盘带宽单位标为 Gbit/s；gpuspec 将其 6 记为 GB/s，因为配置相同（8 卡、192 vCPU）的 gn8v-8x.48xlarge 为 6 GB/s。此值为最大值。"),
			ueFIOnly,
		},
		BootModes: uefiOnly,
	})
	return f
}

func familyEBMGN8ia() Family {
	return bareMetal(Family{
		Name:         "ebmgn8ia",
		Summary:      t("Bare metal: four NVIDIA L20 cards with 64 vCPUs and 384 GiB per GPU on two AMD Genoa CPUs: search, recommendation and CAE simulation. Through sales, in some regions.", "裸金属：4 块 NVIDIA L20，双路 AMD Genoa，每块 GPU 配 64 vCPU 与 384 GiB 内存：搜索、推荐与 CAE 仿真。部分地域，需联系销售。"),
		GPU:          "L20",
		Interconnect: t("PCIe Gen4 x16, 64 GB/s, peer to peer", "PCIe Gen4 x16，64 GB/s，支持 P2P"),
		Link:         LinkPCIe,
		CPU:          "2 × AMD EPYC Genoa 9T34",
		CPUClockGHz:  3.4,
		CPUNote:      upTo375,
		Disks:        essdEphemeral,
		Scenarios: []Scenario{
			{Recommendation, t("advertising, search and recommendation, which want many vCPUs and much I/O per GPU", "广告、搜索与推荐等每块 GPU 需较多 vCPU 与 I/O 的场景")},
			{Scientific, t("CAE simulation and its pre-processing", "CAE 仿真及其前处理")},
			{Graphics, t("CAD modelling and some film production", "CAD 建模与部分影视制作")},
		},
		Availability: ContactSales,
		Notes: []i18n.Text{
			t("Only in some regions, including outside China: contact Alibaba Cloud sales.", "仅部分地域（含海外）提供，如有需要请联系阿里云销售。"),
			t("Network: 160 Gbit/s as two ports of 80. The table labels disk bandwidth Gbit/s; gpuspec reads its 6 as GB/s, like ebmgn8v's. It is a maximum.", "网络：160 Gbit/s，即 2 个 80 Gbit/s 端口。规格表中云盘带宽单位标为 Gbit/s，gpuspec 与 ebmgn8v 一样将 6 记为 GB/s，此值为最大值。"),
			ueFIOnly,
		},
		BootModes: uefiOnly,
	})
}

func familyEBMGN8is() Family {
	f := familyGN8is()
	return bareMetal(Family{
		Name:         "ebmgn8is",
		Summary:      t("Bare metal: eight NVIDIA L20 cards behind a PCIe switch with fast Xeon CPUs: AIGC, LLM inference up to 130B, graphics, and FP32 training of small models. Through sales, in some regions.", "裸金属：8 块 NVIDIA L20，经 PCIe Switch 互联，配高主频 Xeon：AIGC、130B 以下大模型推理、图形与中小模型的 FP32 训练。部分地域，需联系销售。"),
		GPU:          "L20",
		Interconnect: t("PCIe Gen4 through a PCIe switch, peer to peer", "经 PCIe Switch 的 PCIe Gen4，支持 P2P"),
		Link:         LinkPCIe,
		CPU:          xeonSPR,
		CPUClockGHz:  3.4,
		CPUNote:      t("all-core turbo 3.9 GHz", "全核睿频 3.9 GHz"),
		Disks:        essdEphemeral,
		Scenarios: append(f.Scenarios[:len(f.Scenarios):len(f.Scenarios)],
			Scenario{Training, t("training CV and other small and medium models in FP32", "FP32 的 CV 模型及其他中小模型训练")}),
		Availability: ContactSales,
		Notes: []i18n.Text{
			t("Only in some regions, including outside China: contact Alibaba Cloud sales.", "仅部分地域（含海外）提供，如有需要请联系阿里云销售。"),
			t("Network: 160 Gbit/s as two ports of 80. The table labels disk bandwidth Gbit/s; gpuspec reads its 6 as GB/s, like ebmgn8v's. It is a maximum.", "网络：160 Gbit/s，即 2 个 80 Gbit/s 端口。规格表中云盘带宽单位标为 Gbit/s，gpuspec 与 ebmgn8v 一样将 6 记为 GB/s，此值为最大值。"),
			t("The page's \"LLMs of less than 70 MB\" is read as 70B, as gn8is gives.", "文档中“70 MB 以下的 LLM”按 gn8is 的说法理解为 70B。"),
			ueFIOnly,
		},
		BootModes: uefiOnly,
	})
}

func familyEBMGN7e() Family {
	return bareMetal(Family{
		Name:           "ebmgn7e",
		Summary:        t("Bare metal: eight 80 GB cards, taken to be NVIDIA A100 80 GB, with MIG and NVLink: deep-learning training and HPC.", "裸金属：8 块 80 GB 显卡（推断为 NVIDIA A100 80 GB），支持 MIG 与 NVLink：深度学习训练与高性能计算。"),
		GPU:            "A100-SXM4-80GB",
		ModelReasoning: reasonA100With80GB,
		Interconnect:   t("NVLink (the page requires it for communication-heavy training)", "NVLink（文档要求高通信负载的训练启用 NVLink）"),
		Link:           LinkNVLink,
		CPU:            xeonIceLake,
		CPUClockGHz:    2.9,
		CPUNote:        t("all-core turbo 3.5 GHz; PCIe 4.0", "全核睿频 3.5 GHz；PCIe 4.0"),
		Disks:          essdOnly,
		Scenarios: []Scenario{
			{Training, t("deep-learning training and development", "深度学习训练与开发")},
			{Scientific, t("HPC and simulation", "高性能计算与仿真")},
		},
		Availability: OnSale,
		Notes: []i18n.Text{
			t("MIG is supported; check and set it after the instance starts.", "支持 MIG；实例启动后需自行检查并开启或关闭。"),
			t("Communication-heavy training must use NVLink between the GPUs.", "高通信负载的训练务必启用 NVLink 进行 GPU 间通信。"),
			t("NIC queues are primary/secondary NIC (32/12).", "多队列为主网卡/辅助网卡（32/12）。"),
		},
	})
}

func familyEBMGN7i() Family {
	return bareMetal(Family{
		Name:         "ebmgn7i",
		Summary:      t("Bare metal: four NVIDIA A10 cards on Ice Lake CPUs: concurrent inference, RTX graphics, cloud gaming, render farms.", "裸金属：4 块 NVIDIA A10，Ice Lake 处理器：并发推理、RTX 图形、云游戏与渲染农场。"),
		GPU:          "A10",
		Interconnect: pcieA10,
		Link:         LinkPCIe,
		CPU:          xeonIceLake,
		CPUClockGHz:  2.9,
		CPUNote:      turbo35,
		Disks:        essdOnly,
		Scenarios: []Scenario{
			sceneRecognition, sceneRTX, sceneRTXGaming,
			{Graphics, t("render farms that need much network and disk bandwidth", "需要高网络与磁盘带宽的渲染农场")},
			{Training, t("small deep-learning training that needs much network bandwidth", "需要高网络带宽的小规模深度学习训练")},
		},
		Availability: OnSale,
	})
}

func familyEBMGN7() Family {
	return bareMetal(Family{
		Name:    "ebmgn7",
		Summary: t("Bare metal: eight 40 GB cards, taken to be NVIDIA A100 40 GB, with MIG: deep-learning training and GPU-heavy science.", "裸金属：8 块 40 GB 显卡（推断为 NVIDIA A100 40 GB），支持 MIG：深度学习训练与高 GPU 负载的科学计算。"),
		GPU:     "A100-SXM4-40GB",
		ModelReasoning: t("The page gives 8 × 40 GB and MIG support but no model. ebmgn7 is the bare-metal form of gn7-c13g1.26xlarge: the same Xeon Platinum 8269CY, 104 vCPUs, 8 × 40 GB, 30 Gbit/s and 18 million packets/s; the original edition names gn7's card the A100 SXM4 40 GB, which also has MIG.",
			"文档给出 8 × 40 GB 与 MIG 支持，未给出型号。ebmgn7 即 gn7-c13g1.26xlarge 的裸金属形态：相同的 Xeon Platinum 8269CY、104 vCPU、8 × 40 GB、30 Gbit/s 与 1800 万 PPS；原版文档写明 gn7 的卡为 A100 SXM4 40 GB，该卡同样支持 MIG。"),
		Interconnect: notStated,
		CPU:          xeon8269,
		CPUClockGHz:  2.5,
		Disks:        essdOnly,
		Scenarios:    []Scenario{sceneDLTraining, sceneScience},
		Availability: OnSale,
		Notes: []i18n.Text{
			t("MIG is supported; its state is not guaranteed at start: check and set it.", "支持 MIG；启动时不保证其开关状态，需自行检查并设置。"),
		},
	})
}

func familyEBMGN6e() Family {
	f := familyGN6e()
	return bareMetal(Family{
		Name:         "ebmgn6e",
		Summary:      t("Bare metal: eight NVIDIA V100 SXM2 32 GB with NVLink: deep-learning training and inference, scientific computing.", "裸金属：8 块 NVIDIA V100 SXM2 32 GB（NVLink）：深度学习训练与推理、科学计算。"),
		GPU:          f.GPU,
		Interconnect: f.Interconnect,
		Link:         f.Link,
		CPU:          xeon8163,
		CPUClockGHz:  2.5,
		VCPUToMemory: t("1:8", "1:8"),
		Disks:        []DiskCategory{DiskESSD, DiskESSDAutoPL, DiskRegionalESSD, DiskSSD, DiskEfficiency},
		Scenarios:    []Scenario{sceneDLTraining, sceneDLInference, sceneScience},
		Availability: OnSale,
	})
}

func familyEBMGN6v() Family {
	f := familyEBMGN6e()
	f.Name, f.GPU = "ebmgn6v", "V100-SXM2-16GB"
	f.Summary = t("Bare metal: eight NVIDIA V100 SXM2 16 GB with NVLink: deep-learning training and inference, scientific computing.", "裸金属：8 块 NVIDIA V100 SXM2 16 GB（NVLink）：深度学习训练与推理、科学计算。")
	f.VCPUToMemory = t("1:4", "1:4")
	return f
}

func familyEBMGN6i() Family {
	f := familyGN6i()
	return bareMetal(Family{
		Name:         "ebmgn6i",
		Summary:      t("Bare metal: four NVIDIA T4: inference, cloud gaming, AR/VR, graphics workstations, GPU databases and HPC.", "裸金属：4 块 NVIDIA T4：推理、云游戏、AR/VR、图形工作站、GPU 数据库与高性能计算。"),
		GPU:          "T4",
		Interconnect: pcie,
		Link:         LinkPCIe,
		CPU:          xeon8163,
		CPUClockGHz:  2.5,
		VCPUToMemory: t("1:4", "1:4"),
		Disks:        []DiskCategory{DiskESSD, DiskESSDAutoPL, DiskRegionalESSD, DiskSSD, DiskEfficiency},
		Scenarios:    f.Scenarios,
		Availability: OnSale,
	})
}
