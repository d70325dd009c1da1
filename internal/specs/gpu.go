package specs

import (
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
	INT8 Precision = "int8"
	INT4 Precision = "int4"
)

// GPU is one GPU model as the catalog's families use it. Figures come from
// the document where it gives them and from NVIDIA's public datasheets
// otherwise; each is marked with its source.
type GPU struct {
	Key   string // e.g. "V100-SXM2-32GB"; families refer to GPUs by key
	Model string // the gpu_model value: "A100", "V100", "T4", "P100", "P4"
	Name  string // e.g. "NVIDIA V100 SXM2 32 GB"

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
	FP16TFLOPS        Figure // on tensor cores where the GPU has them
	FP16OnTensorCores bool
	INT8TOPS          Figure
	INT4TOPS          Figure
	// TensorPrecisions are the formats its tensor cores accelerate; empty
	// for a GPU without tensor cores.
	TensorPrecisions []Precision
	BF16             bool
	NVLink           Fact
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
	g.FP16TFLOPS = scale(g.FP16TFLOPS)
	g.INT8TOPS = scale(g.INT8TOPS)
	g.INT4TOPS = scale(g.INT4TOPS)
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

// gpus is the GPU table. Datasheet figures are NVIDIA's published peak
// figures (dense, without sparsity): the A100 40GB SXM4, V100 SXM2, T4, Tesla
// P100 PCIe 16 GB and Tesla P4 datasheets, and the CUDA compute capability
// table. Where the document gives a figure, the document's wins.
func gpuTable() []GPU {
	return []GPU{gpuA100SXM4(), gpuV100SXM2With32GB(), gpuV100SXM2With16GB(), gpuT4(), gpuP100PCIe(), gpuP4()}
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
		Key: "T4", Model: "T4", Name: "NVIDIA T4",
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
		FP64TFLOPS: estN(0.17),
		FP32TFLOPS: dsN(5.5),
		INT8TOPS:   dsN(22),
		NVLink:     ds("none (PCIe)", "无（PCIe）"),
	}
}
