// Package recommend ranks instance types for a need: workloads, hard
// constraints, a model to size, or a type to replace. It is pure: a catalog
// and a request in, ranked results with reasons out.
package recommend

import (
	"math"
	"strconv"
	"strings"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// Task is what is done with a model.
type Task string

const (
	Infer    Task = "inference"
	FineTune Task = "fine-tune"
	Train    Task = "training"
)

// Tasks lists the --task values.
var Tasks = []Task{Infer, FineTune, Train}

// Precisions lists the --precision values, in help order.
var Precisions = []specs.Precision{specs.FP32, specs.FP16, specs.BF16, specs.INT8, specs.INT4}

// bytesPer is the size of one number in a precision.
func bytesPer(p specs.Precision) float64 {
	switch p {
	case specs.FP32:
		return 4
	case specs.INT8:
		return 1
	case specs.INT4:
		return 0.5
	}
	return 2 // fp16, bf16
}

// Model is a model to size.
type Model struct {
	Params    float64 // number of parameters
	Precision specs.Precision
	Task      Task
	Context   int // tokens per sequence
	Batch     int // sequences at once
}

// Defaults for a model whose --context and --batch are not given.
const (
	DefaultContext = 2048
	DefaultBatch   = 1
)

const (
	gib = 1 << 30
	// overheadShare covers allocator fragmentation, temporary buffers and
	// the framework's own tensors.
	overheadShare = 0.10
	// contextGiB is what the CUDA context and framework take on each GPU.
	contextGiB = 1.0
	// loraShare is the share of parameters a LoRA fine-tune trains.
	loraShare = 0.01
	// trainBytesPerParam is full training with Adam: in mixed precision
	// 2 (weights) + 2 (gradients) + 12 (fp32 master weights and two Adam
	// moments); in fp32, 4 + 4 + 8. Both are 16.
	trainBytesPerParam = 16
	// aspect is d_model / n_layers in the common decoder-only models
	// (LLaMA 7B: 4096/32, 13B: 5120/40).
	aspect = 128
)

// Shape is the transformer shape gpuspec assumes for a parameter count:
// params ≈ 12 · layers · d_model², with d_model = 128 · layers.
type Shape struct {
	Layers int
	DModel int
}

// ShapeOf guesses the shape of a model with p parameters.
func ShapeOf(p float64) Shape {
	layers := int(math.Round(math.Cbrt(p / (12 * aspect * aspect))))
	layers = max(layers, 1)
	return Shape{Layers: layers, DModel: aspect * layers}
}

// Part is one share of an estimate.
type Part struct {
	Name string  // weights, kv_cache, activations, gradients, optimizer, adapters, overhead
	GiB  float64 // for one GPU holding the whole model
}

// Estimate is the GPU memory a model needs.
type Estimate struct {
	Model Model
	Shape Shape
	Parts []Part
	// TotalGiB is the sum of the parts on one GPU.
	TotalGiB float64
	// ShardableGiB is the part that splits across GPUs; the rest
	// (contextGiB) is needed on every GPU.
	ShardableGiB float64
}

// Estimate sizes the model. The formulas are in the README.
func (m Model) Estimate() Estimate {
	if m.Context <= 0 {
		m.Context = DefaultContext
	}
	if m.Batch <= 0 {
		m.Batch = DefaultBatch
	}
	if m.Precision == "" {
		m.Precision = specs.FP16
	}
	if m.Task == "" {
		m.Task = Infer
	}
	sh := ShapeOf(m.Params)
	e := Estimate{Model: m, Shape: sh}
	tokens := float64(m.Context) * float64(m.Batch)
	add := func(name string, bytes float64) {
		e.Parts = append(e.Parts, Part{Name: name, GiB: bytes / gib})
	}
	switch m.Task {
	case Infer:
		kvBytes := 2.0 // the KV cache stays fp16 when weights are quantised
		if m.Precision == specs.FP32 {
			kvBytes = 4
		}
		add("weights", m.Params*bytesPer(m.Precision))
		add("kv_cache", 2*float64(sh.Layers)*float64(sh.DModel)*tokens*kvBytes)
	case FineTune:
		add("weights", m.Params*bytesPer(m.Precision))
		add("adapters", m.Params*loraShare*trainBytesPerParam)
		add("activations", activations(sh, tokens))
	case Train:
		weights := bytesPer(m.Precision)
		if m.Precision == specs.FP32 {
			add("weights", m.Params*4)
			add("gradients", m.Params*4)
			add("optimizer", m.Params*8)
		} else {
			add("weights", m.Params*weights)
			add("gradients", m.Params*weights)
			add("optimizer", m.Params*(trainBytesPerParam-2*weights))
		}
		add("activations", activations(sh, tokens))
	}
	var sum float64
	for _, p := range e.Parts {
		sum += p.GiB
	}
	overhead := sum*overheadShare + contextGiB
	e.Parts = append(e.Parts, Part{Name: "overhead", GiB: overhead})
	e.TotalGiB = sum + overhead
	e.ShardableGiB = e.TotalGiB - contextGiB
	return e
}

// activations with activation checkpointing: each layer's input is kept
// (2 bytes · tokens · d_model per layer) and one layer at a time is
// recomputed in full (34 · tokens · d_model bytes, after Korthikanti et al.,
// "Reducing Activation Recomputation in Large Transformer Models").
func activations(sh Shape, tokens float64) float64 {
	return tokens * float64(sh.DModel) * (2*float64(sh.Layers) + 34)
}

// PerGPU is what each of n GPUs needs when the model is split across them
// (tensor parallel for inference, sharded with FSDP/ZeRO-3 for training).
func (e Estimate) PerGPU(n int) float64 {
	if n <= 1 {
		return e.TotalGiB
	}
	return e.ShardableGiB/float64(n) + contextGiB
}

// ParamsError is a --model-params value that does not parse.
type ParamsError struct{ Input string }

func (e *ParamsError) Error() string {
	return "want a number of parameters such as 7B, 13b, 350M or 1.5e9"
}

// ParseParams reads a parameter count: 7B, 13b, 70B, 1.5e9, 350M, 1.5T.
func ParseParams(s string) (float64, error) {
	in := s
	s = strings.TrimSpace(s)
	mult := 1.0
	if n := len(s); n > 0 {
		switch s[n-1] {
		case 'k', 'K':
			mult = 1e3
		case 'm', 'M':
			mult = 1e6
		case 'b', 'B', 'g', 'G':
			mult = 1e9
		case 't', 'T':
			mult = 1e12
		}
		if mult != 1 {
			s = strings.TrimSpace(s[:n-1])
		}
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+') {
			return 0, &ParamsError{Input: in}
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	v *= mult
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || v < 1 || v > 1e15 {
		return 0, &ParamsError{Input: in}
	}
	return v, nil
}

// FormatParams writes a parameter count the way people say it: 7B, 350M.
func FormatParams(p float64) string {
	for _, u := range []struct {
		div    float64
		suffix string
	}{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}} {
		if p >= u.div {
			return strconv.FormatFloat(p/u.div, 'f', -1, 64) + u.suffix
		}
	}
	return strconv.FormatFloat(p, 'f', -1, 64)
}

// ParseContext reads a token count: 2048, 4k, 32K (k is 1024 tokens).
func ParseContext(s string) (int, bool) {
	s = strings.TrimSpace(s)
	mult := 1
	if n := len(s); n > 0 && (s[n-1] == 'k' || s[n-1] == 'K') {
		mult, s = 1024, s[:n-1]
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 1 || v > 1<<24/mult {
		return 0, false
	}
	return v * mult, true
}
