package specs

import (
	"strconv"
	"strings"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

// Figure is a number with its source. A zero Source means no source gives it.
type Figure struct {
	Value  float64
	Source Source
}

// Known reports whether some source gives the figure.
func (f Figure) Known() bool { return f.Source != "" }

// Fact is a piece of text with its source.
type Fact struct {
	Text   i18n.Text
	Source Source
}

// Known reports whether some source gives the fact.
func (f Fact) Known() bool { return f.Source != "" }

// Precision is a number format a GPU computes in.
type Precision string

const (
	FP64 Precision = "fp64"
	FP32 Precision = "fp32"
	TF32 Precision = "tf32"
	FP16 Precision = "fp16"
	BF16 Precision = "bf16"
	FP8  Precision = "fp8"
	INT8 Precision = "int8"
	FP4  Precision = "fp4"
	INT4 Precision = "int4"
)

// GPU is one GPU model as the catalog's families use it. Figures come from
// the document where it gives them and from NVIDIA's public datasheets
// otherwise; each is marked with its source.
type GPU struct {
	Key   string // e.g. "V100-SXM2-32GB"; families refer to GPUs by key
	Model string // the gpu_model value: "A100", "V100", "T4", "P100", "P4"; "" where the documents name none
	Name  string // e.g. "NVIDIA V100 SXM2 32 GB"; what the documents say of a card they do not name, "Blackwell 72 GB"

	Architecture      Fact
	ComputeCapability Fact
	FormFactor        Fact
	MemoryGiB         Figure
	MemoryType        Fact
	MemoryBandwidthGB Figure // GB/s
	CUDACores         Figure
	TensorCores       Figure
	FP64TFLOPS        Figure
	FP32TFLOPS        Figure
	TF32TFLOPS        Figure // on tensor cores
	FP16TFLOPS        Figure // on tensor cores where the GPU has them
	FP16OnTensorCores bool
	FP8TFLOPS         Figure
	INT8TOPS          Figure
	FP4TFLOPS         Figure
	INT4TOPS          Figure
	// VideoEncoders and VideoDecoders are the hardware video engines
	// (NVENC, NVDEC); zero encoders means the GPU cannot encode video in
	// hardware (the A100, the A30).
	VideoEncoders Figure
	VideoDecoders Figure
	// TensorPrecisions are the formats its tensor cores accelerate; empty
	// for a GPU without tensor cores. PrecisionSource says where they and
	// BF16 come from; empty: the datasheet.
	TensorPrecisions []Precision
	BF16             bool
	PrecisionSource  Source
	NVLink           Fact
	// Reasoning says how a fact marked inferred follows from the
	// documents; empty when none is.
	Reasoning i18n.Text
}

// HasTensorCores reports whether the GPU has tensor cores.
func (g *GPU) HasTensorCores() bool { return len(g.TensorPrecisions) > 0 }

// TensorSupports reports whether the tensor cores accelerate p.
func (g *GPU) TensorSupports(p Precision) bool {
	for _, q := range g.TensorPrecisions {
		if q == p {
			return true
		}
	}
	return false
}

// Share returns the figures of a fraction of the GPU, as a vGPU slice gets
// them: throughput and bandwidth scaled by the fraction and marked as
// estimates. The card's own facts (memory per card, architecture) stay.
func (g GPU) Share(fraction float64) GPU {
	if fraction <= 0 || fraction >= 1 {
		return g
	}
	scale := func(f Figure) Figure {
		if !f.Known() {
			return f
		}
		return Figure{Value: f.Value * fraction, Source: FromEstimate}
	}
	g.MemoryBandwidthGB = scale(g.MemoryBandwidthGB)
	g.FP64TFLOPS = scale(g.FP64TFLOPS)
	g.FP32TFLOPS = scale(g.FP32TFLOPS)
	g.TF32TFLOPS = scale(g.TF32TFLOPS)
	g.FP16TFLOPS = scale(g.FP16TFLOPS)
	g.FP8TFLOPS = scale(g.FP8TFLOPS)
	g.INT8TOPS = scale(g.INT8TOPS)
	g.FP4TFLOPS = scale(g.FP4TFLOPS)
	g.INT4TOPS = scale(g.INT4TOPS)
	g.VideoEncoders = scale(g.VideoEncoders)
	g.VideoDecoders = scale(g.VideoDecoders)
	return g
}

// NormalizeGPUModel turns what a person or the API writes for a GPU ("t4",
// "NVIDIA T4", "Tesla-T4", "nvidia a10") into the catalog's gpu_model
// spelling, upper case without the vendor: "T4", "A10".
func NormalizeGPUModel(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	for _, prefix := range []string{"NVIDIA", "TESLA"} {
		s = strings.TrimSpace(strings.TrimLeft(strings.TrimPrefix(s, prefix), " -_"))
	}
	return s
}

func doc(en, zh string) Fact { return Fact{Text: i18n.Text{EN: en, ZH: zh}, Source: FromDocument} }
func ds(en, zh string) Fact  { return Fact{Text: i18n.Text{EN: en, ZH: zh}, Source: FromDatasheet} }
func docN(v float64) Figure  { return Figure{Value: v, Source: FromDocument} }
func dsN(v float64) Figure   { return Figure{Value: v, Source: FromDatasheet} }
func estN(v float64) Figure  { return Figure{Value: v, Source: FromEstimate} }
func inf(en, zh string) Fact { return Fact{Text: i18n.Text{EN: en, ZH: zh}, Source: FromInference} }

// gpus is the GPU table. Datasheet figures are NVIDIA's published peak
// figures (dense, without sparsity): the A100 40GB SXM4, V100 SXM2, T4, Tesla
// P100 PCIe 16 GB and Tesla P4 datasheets, and the CUDA compute capability
// table. Where the document gives a figure, the document's wins.
func gpuTable() []GPU {
	return []GPU{gpuA100SXM4(), gpuV100SXM2With32GB(), gpuV100SXM2With16GB(), gpuT4(), gpuP100PCIe(), gpuP4(),
		gpuA100SXM4With80GB(), gpuA10(), gpuA30(), gpuA16(), gpuL20(), gpuHBM3With96GB(),
		gpuBlackwell(48), gpuBlackwell(72), gpuLovelaceVGPU()}
}

func gpuA100SXM4() GPU {
	return GPU{
		Key: "A100-SXM4-40GB", Model: "A100", Name: "NVIDIA A100 SXM4 40 GB",
		Architecture:      doc("Ampere", "Ampere"),
		ComputeCapability: ds("8.0", "8.0"),
		FormFactor:        ds("SXM4", "SXM4"),
		MemoryGiB:         docN(40),
		MemoryType:        doc("HBM2", "HBM2"),
		MemoryBandwidthGB: dsN(1555),
		CUDACores:         dsN(6912),
		TensorCores:       dsN(432),
		FP64TFLOPS:        dsN(9.7),
		FP32TFLOPS:        dsN(19.5),
		FP16TFLOPS:        dsN(312), FP16OnTensorCores: true,
		INT8TOPS:         dsN(624),
		INT4TOPS:         dsN(1248),
		TensorPrecisions: []Precision{FP64, TF32, FP16, BF16, INT8, INT4},
		BF16:             true,
		NVLink:           ds("third generation, 600 GB/s per GPU", "第三代，每块 GPU 600 GB/s"),
		VideoEncoders:    dsN(0),
		VideoDecoders:    dsN(5),
	}
}

func gpuV100SXM2With32GB() GPU {
	return GPU{
		Key: "V100-SXM2-32GB", Model: "V100", Name: "NVIDIA V100 SXM2 32 GB",
		Architecture:      doc("Volta", "Volta"),
		ComputeCapability: ds("7.0", "7.0"),
		FormFactor:        doc("SXM2", "SXM2"),
		MemoryGiB:         docN(32),
		MemoryType:        doc("HBM2", "HBM2"),
		MemoryBandwidthGB: docN(900),
		CUDACores:         docN(5120),
		TensorCores:       docN(640),
		FP64TFLOPS:        dsN(7.8),
		FP32TFLOPS:        dsN(15.7),
		FP16TFLOPS:        dsN(125), FP16OnTensorCores: true,
		TensorPrecisions: []Precision{FP16},
		NVLink:           doc("6 NVLink links of 25 GB/s each, 300 GB/s in all", "6 条 NVLink 链路，每条 25 GB/s，共 300 GB/s"),
	}
}

func gpuV100SXM2With16GB() GPU {
	return GPU{
		Key: "V100-SXM2-16GB", Model: "V100", Name: "NVIDIA V100 SXM2 16 GB",
		Architecture:      doc("Volta", "Volta"),
		ComputeCapability: ds("7.0", "7.0"),
		FormFactor:        doc("SXM2", "SXM2"),
		MemoryGiB:         docN(16),
		MemoryType:        doc("HBM2", "HBM2"),
		MemoryBandwidthGB: docN(900),
		CUDACores:         docN(5120),
		TensorCores:       docN(640),
		FP64TFLOPS:        dsN(7.8),
		FP32TFLOPS:        dsN(15.7),
		FP16TFLOPS:        dsN(125), FP16OnTensorCores: true,
		TensorPrecisions: []Precision{FP16},
		NVLink:           doc("6 NVLink links of 25 GB/s each, 300 GB/s in all", "6 条 NVLink 链路，每条 25 GB/s，共 300 GB/s"),
	}
}

func gpuT4() GPU {
	return GPU{
		Key: "T4", Model: "T4", Name: "NVIDIA Tesla T4", // as the documents name it (vgn6i)
		Architecture:      doc("Turing", "Turing"),
		ComputeCapability: ds("7.5", "7.5"),
		FormFactor:        ds("PCIe", "PCIe"),
		MemoryGiB:         docN(16),
		MemoryType:        ds("GDDR6", "GDDR6"),
		MemoryBandwidthGB: docN(320),
		CUDACores:         docN(2560),
		TensorCores:       docN(320),
		// The T4 datasheet gives no FP64 figure; Turing runs FP64 at 1/32
		// of its FP32 rate.
		FP64TFLOPS: estN(0.25),
		FP32TFLOPS: dsN(8.1),
		FP16TFLOPS: docN(65), FP16OnTensorCores: true,
		INT8TOPS:         docN(130),
		INT4TOPS:         docN(260),
		TensorPrecisions: []Precision{FP16, INT8, INT4},
		NVLink:           ds("none (PCIe)", "无（PCIe）"),
		VideoEncoders:    dsN(1),
	}
}

func gpuP100PCIe() GPU {
	return GPU{
		Key: "P100-PCIE-16GB", Model: "P100", Name: "NVIDIA Tesla P100 16 GB",
		Architecture:      ds("Pascal", "Pascal"),
		ComputeCapability: ds("6.0", "6.0"),
		FormFactor:        ds("PCIe (the document names no NVLink for gn5)", "PCIe（文档未提及 gn5 有 NVLink）"),
		MemoryGiB:         docN(16),
		MemoryType:        ds("HBM2", "HBM2"),
		MemoryBandwidthGB: dsN(732),
		CUDACores:         dsN(3584),
		FP64TFLOPS:        dsN(4.7),
		FP32TFLOPS:        dsN(9.3),
		FP16TFLOPS:        dsN(18.7),
		NVLink:            ds("none (PCIe)", "无（PCIe）"),
	}
}

func gpuP4() GPU {
	return GPU{
		Key: "P4", Model: "P4", Name: "NVIDIA Tesla P4",
		Architecture:      ds("Pascal", "Pascal"),
		ComputeCapability: ds("6.1", "6.1"),
		FormFactor:        ds("PCIe", "PCIe"),
		MemoryGiB:         docN(8),
		MemoryType:        ds("GDDR5", "GDDR5"),
		MemoryBandwidthGB: dsN(192),
		CUDACores:         dsN(2560),
		// The P4 datasheet gives no FP64 figure; Pascal GP104 runs FP64 at
		// 1/32 of its FP32 rate.
		FP64TFLOPS:    estN(0.17),
		FP32TFLOPS:    dsN(5.5),
		INT8TOPS:      dsN(22),
		NVLink:        ds("none (PCIe)", "无（PCIe）"),
		VideoEncoders: dsN(2),
		VideoDecoders: dsN(1),
	}
}

// The current edition's GPUs. Datasheet figures are NVIDIA's published
// dense peaks (A10, A30, A16 and A100 80GB datasheets); where the current
// pages give a figure (L20, the 96 GB HBM3 card, the Blackwell cards), the
// page's wins and is marked document.

// gpuA100SXM4With80GB is gn7e's card. The pages call it only "80GB": see
// reasonA100With80GB for why gpuspec takes it for an A100 80 GB SXM4.
func gpuA100SXM4With80GB() GPU {
	g := gpuA100SXM4()
	g.Key, g.Name = "A100-SXM4-80GB", "NVIDIA A100 SXM4 80 GB"
	g.Architecture = inf("Ampere", "Ampere")
	g.MemoryGiB = docN(80)
	g.MemoryType = ds("HBM2e", "HBM2e")
	g.MemoryBandwidthGB = dsN(2039)
	g.Reasoning = t("the pages name no model for this 80 GB card; the families that have it (gn7e, ebmgn7e) say why it is taken for an A100.",
		"文档未给出这块 80 GB 显卡的型号；使用它的规格族（gn7e、ebmgn7e）说明了将其视为 A100 的理由。")
	return g
}

func gpuA10() GPU {
	return GPU{
		Key: "A10", Model: "A10", Name: "NVIDIA A10",
		Architecture:      doc("Ampere", "Ampere"),
		ComputeCapability: ds("8.6", "8.6"),
		FormFactor:        ds("PCIe Gen4, single slot", "PCIe Gen4，单槽"),
		MemoryGiB:         docN(24),
		MemoryType:        ds("GDDR6", "GDDR6"),
		MemoryBandwidthGB: dsN(600),
		CUDACores:         dsN(9216),
		TensorCores:       dsN(288),
		// The A10 datasheet gives no FP64 figure; GA102 runs FP64 at 1/32
		// of its FP32 rate.
		FP64TFLOPS: estN(0.98),
		FP32TFLOPS: dsN(31.2),
		TF32TFLOPS: dsN(62.5),
		FP16TFLOPS: dsN(125), FP16OnTensorCores: true,
		INT8TOPS:         dsN(250),
		INT4TOPS:         dsN(500),
		TensorPrecisions: []Precision{TF32, FP16, BF16, INT8, INT4},
		BF16:             true,
		NVLink:           ds("none (PCIe Gen4, 64 GB/s)", "无（PCIe Gen4，64 GB/s）"),
		VideoEncoders:    dsN(1),
		VideoDecoders:    dsN(2),
	}
}

func gpuA30() GPU {
	return GPU{
		Key: "A30", Model: "A30", Name: "NVIDIA A30",
		Architecture:      doc("Ampere", "Ampere"),
		ComputeCapability: ds("8.0", "8.0"),
		FormFactor:        ds("PCIe Gen4, dual slot; MIG up to 4 instances", "PCIe Gen4，双槽；MIG 最多 4 个实例"),
		MemoryGiB:         docN(24),
		MemoryType:        ds("HBM2", "HBM2"),
		MemoryBandwidthGB: dsN(933),
		CUDACores:         dsN(3584),
		TensorCores:       dsN(224),
		FP64TFLOPS:        dsN(5.2),
		FP32TFLOPS:        dsN(10.3),
		TF32TFLOPS:        dsN(82),
		FP16TFLOPS:        dsN(165), FP16OnTensorCores: true,
		INT8TOPS:         dsN(330),
		INT4TOPS:         dsN(661),
		TensorPrecisions: []Precision{FP64, TF32, FP16, BF16, INT8, INT4},
		BF16:             true,
		NVLink:           ds("third generation, 200 GB/s between two cards", "第三代，两卡之间 200 GB/s"),
		VideoEncoders:    dsN(0),
		VideoDecoders:    dsN(4),
	}
}

// gpuA16 is a whole A16 board: four GA107 GPUs, each with 16 GB. A gn7r
// instance has one of the four, so its gpu_count is 1/4; the datasheet
// gives each figure as 4 × the GPU's, and the table holds the board's.
func gpuA16() GPU {
	return GPU{
		Key: "A16", Model: "A16", Name: "NVIDIA A16",
		Architecture:      ds("Ampere", "Ampere"),
		ComputeCapability: ds("8.6", "8.6"),
		FormFactor:        doc("PCIe board with four GA107 GPUs", "PCIe 卡，含 4 个 GA107 GPU"),
		MemoryGiB:         dsN(64),
		MemoryType:        ds("GDDR6, 16 GB per GA107", "GDDR6，每个 GA107 16 GB"),
		MemoryBandwidthGB: dsN(800),
		CUDACores:         dsN(5120),
		TensorCores:       dsN(160),
		FP32TFLOPS:        dsN(18),
		TF32TFLOPS:        dsN(36),
		FP16TFLOPS:        dsN(71.6), FP16OnTensorCores: true,
		INT8TOPS:         dsN(143.6),
		TensorPrecisions: []Precision{TF32, FP16, BF16, INT8},
		BF16:             true,
		NVLink:           ds("none (PCIe Gen4)", "无（PCIe Gen4）"),
		VideoEncoders:    dsN(4),
		VideoDecoders:    dsN(8),
	}
}

func gpuL20() GPU {
	return GPU{
		Key: "L20", Model: "L20", Name: "NVIDIA L20",
		Architecture:      doc("Ada Lovelace", "Ada Lovelace"),
		ComputeCapability: ds("8.9", "8.9"),
		FormFactor:        doc("PCIe Gen4 x16", "PCIe Gen4 x16"),
		MemoryGiB:         docN(48),
		MemoryType:        ds("GDDR6", "GDDR6"),
		MemoryBandwidthGB: docN(864),
		FP32TFLOPS:        docN(59.3),
		FP16TFLOPS:        docN(119), FP16OnTensorCores: true,
		FP8TFLOPS:        docN(237),
		INT8TOPS:         docN(237),
		TensorPrecisions: []Precision{FP16, BF16, FP8, INT8},
		BF16:             true,
		PrecisionSource:  FromDocument,
		NVLink:           doc("none (PCIe Gen4 x16, 64 GB/s)", "无（PCIe Gen4 x16，64 GB/s）"),
		VideoEncoders:    docN(3),
		VideoDecoders:    docN(3),
	}
}

// gpuHBM3With96GB is gn8v's card, which the pages describe but do not name.
func gpuHBM3With96GB() GPU {
	return GPU{
		Key: "96GB-HBM3", Name: "96 GB HBM3",
		Architecture:      inf("Hopper", "Hopper"),
		MemoryGiB:         docN(96),
		MemoryType:        doc("HBM3", "HBM3"),
		MemoryBandwidthGB: docN(4000),
		FP32TFLOPS:        docN(39.5),
		// FP8 is the pages'; the others are every Hopper card's.
		TensorPrecisions: []Precision{TF32, FP16, BF16, FP8, INT8},
		BF16:             true,
		PrecisionSource:  FromInference,
		NVLink:           doc("NVLink, 900 GB/s between the GPUs", "NVLink，GPU 之间 900 GB/s"),
		Reasoning: t("The pages give this card's memory (96 GB of HBM3 at 4 TB/s), FP8 support and 900 GB/s NVLink, but no model and no architecture. Of NVIDIA's architectures only Hopper has both HBM3 and 900 GB/s NVLink (Ampere's NVLink is 600 GB/s, Ada has none, Blackwell's is 1.8 TB/s), so gpu_architecture is Hopper, inferred, and its tensor cores take what every Hopper card's do (TF32, FP16, BF16, FP8, INT8); no model is given, as several Hopper cards would fit.",
			"文档给出了此卡的显存（96 GB HBM3，4 TB/s）、FP8 支持和 900 GB/s 的 NVLink，但没有型号，也没有架构。NVIDIA 的架构中只有 Hopper 同时具备 HBM3 和 900 GB/s 的 NVLink（Ampere 的 NVLink 为 600 GB/s，Ada 没有 NVLink，Blackwell 为 1.8 TB/s），因此 gpu_architecture 推断为 Hopper，Tensor Core 支持的精度按所有 Hopper 卡共有的计（TF32、FP16、BF16、FP8、INT8）；符合条件的 Hopper 卡不止一款，故不给型号。"),
	}
}

// gpuBlackwell is one of the Blackwell cards of gn9gc and the ebmgn9g
// families, which the pages name by memory only: 48 GB (ebmgn9g) or 72 GB.
// The pages give FP8/INT8 as 530 TFLOPS for gn9gc (Chinese page) and 533
// for the ebmgn9g families (English page, three tables); gpuspec takes 533,
// which three tables agree on and which is twice FP16's 266.
func gpuBlackwell(memGB float64) GPU {
	name := strconv.FormatFloat(memGB, 'f', -1, 64)
	return GPU{
		Key: "Blackwell-" + name + "GB", Name: "NVIDIA Blackwell " + name + " GB", // the zh page: "NVIDIA Blackwell"
		Architecture:      doc("Blackwell", "Blackwell"),
		FormFactor:        doc("PCIe Gen5 x16", "PCIe Gen5 x16"),
		MemoryGiB:         docN(memGB),
		MemoryBandwidthGB: docN(1344),
		FP32TFLOPS:        docN(52),
		TF32TFLOPS:        docN(126),
		FP16TFLOPS:        docN(266), FP16OnTensorCores: true,
		FP8TFLOPS:        docN(533),
		INT8TOPS:         docN(533),
		FP4TFLOPS:        docN(970),
		TensorPrecisions: []Precision{TF32, FP16, BF16, FP8, INT8, FP4},
		BF16:             true,
		PrecisionSource:  FromDocument,
		NVLink:           doc("none (PCIe Gen5 x16, 128 GB/s, peer to peer)", "无（PCIe Gen5 x16，128 GB/s，支持 P2P）"),
		VideoEncoders:    docN(3),
		VideoDecoders:    docN(3),
	}
}

// gpuLovelaceVGPU is the card sgn8ia slices: the page gives its
// architecture and features, not its model or memory.
func gpuLovelaceVGPU() GPU {
	return GPU{
		Key: "Lovelace-vGPU", Name: "NVIDIA Ada Lovelace", // as the pages name it
		Architecture: doc("Ada Lovelace", "Ada Lovelace"),
		FormFactor:   doc("vGPU slices; RTX, TensorRT", "vGPU 分片；支持 RTX、TensorRT"),
	}
}
