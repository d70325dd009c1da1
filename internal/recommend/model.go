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

// Precisions lists the --precision values, in help order. int8 and int4
// are weight-only quantisation (GPTQ, AWQ): the weights are stored small
// and computed in fp16.
var Precisions = []specs.Precision{specs.FP32, specs.FP16, specs.BF16, specs.FP8, specs.INT8, specs.INT4}

// KVPrecisions lists the --kv-precision values.
var KVPrecisions = []specs.Precision{specs.FP32, specs.FP16, specs.BF16, specs.FP8, specs.INT8}

// bytesPer is the size of one number in a precision.
func bytesPer(p specs.Precision) float64 {
	switch p {
	case specs.FP32:
		return 4
	case specs.FP8, specs.INT8:
		return 1
	case specs.INT4:
		return 0.5
	}
	return 2 // fp16, bf16
}

// ActivationPrecision is the precision a model computes in: its own for
// fp32, fp16, bf16 and fp8; fp16 for weight-only int8 and int4.
func ActivationPrecision(p specs.Precision) specs.Precision {
	switch p {
	case specs.INT8, specs.INT4, "":
		return specs.FP16
	}
	return p
}

// WeightOnly reports whether p is weight-only quantisation.
func WeightOnly(p specs.Precision) bool { return p == specs.INT8 || p == specs.INT4 }

// Model is a model to size.
type Model struct {
	// Arch is the model's shape: a preset's, a config file's, or one
	// guessed from Params (Arch.Guessed).
	Arch Arch
	// Params is the parameter count: the shape's own, or as given.
	Params    float64
	Precision specs.Precision
	// KVPrecision is the KV cache's; empty: the activations'.
	KVPrecision specs.Precision
	Task        Task
	Context     int // tokens per sequence
	Batch       int // sequences at once
}

// Defaults for a model whose --context and --batch are not given.
const (
	DefaultContext = 2048
	DefaultBatch   = 1
	// DefaultMaxUtil is the most of a GPU's usable memory a fit may take
	// (--max-util): the rest is headroom for fragmentation and peaks.
	DefaultMaxUtil = 0.90
)

const (
	gib = 1 << 30
	// overheadShare and overheadPerGPU are what a framework adds on each
	// GPU: 5 % of what it holds (allocator fragmentation, temporary
	// buffers), plus 0.5 GiB (cuBLAS and NCCL workspaces, the framework's
	// own tensors).
	overheadShare  = 0.05
	overheadPerGPU = 0.5
	// loraShare is the share of parameters a LoRA fine-tune trains.
	loraShare = 0.01
	// trainBytesPerParam is full training with Adam: in mixed precision
	// 2 (weights) + 2 (gradients) + 12 (fp32 master weights and two Adam
	// moments); in fp32, 4 + 4 + 8. Both are 16.
	trainBytesPerParam = 16
	// prefillChunk is how many tokens an inference server prefills at
	// once (chunked prefill): the activations it holds are for these.
	prefillChunk = 2048
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

// NewModel sizes a model of a known shape.
func NewModel(a Arch) Model { return Model{Arch: a, Params: a.Params()} }

// NewGuessedModel sizes a bare parameter count, with a guessed shape.
func NewGuessedModel(params float64) Model { return Model{Arch: guessedArch(params), Params: params} }

// ActiveParams are the weights one token goes through.
func (m Model) ActiveParams() float64 {
	if m.Arch.Guessed || !m.Arch.MoE() {
		return m.Params
	}
	return m.Arch.ActiveParams()
}

// LLM reports whether tokens per second mean something for the model.
func (m Model) LLM() bool { return !m.Arch.NotLLM }

// Estimate is the GPU memory a model needs, before it is placed on GPUs:
// each part once, in GiB.
type Estimate struct {
	Model       Model
	Weights     float64
	KVCache     float64
	Activations float64
	Gradients   float64
	Optimizer   float64
	Adapters    float64
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
	if m.KVPrecision == "" {
		m.KVPrecision = ActivationPrecision(m.Precision)
	}
	if m.Task == "" {
		m.Task = Infer
	}
	a := &m.Arch
	e := Estimate{Model: m}
	tokens := float64(m.Context) * float64(m.Batch)
	switch m.Task {
	case Infer:
		e.Weights = m.Params * bytesPer(m.Precision) / gib
		e.KVCache = a.KVElementsPerToken() * tokens * bytesPer(m.KVPrecision) / gib
		chunk := math.Min(tokens, prefillChunk)
		act := bytesPer(ActivationPrecision(m.Precision))
		e.Activations = (chunk*float64(3*a.Hidden+2*a.FFNWidth())*act + float64(m.Batch)*float64(a.Vocab)*4) / gib
	case FineTune:
		e.Weights = m.Params * bytesPer(m.Precision) / gib
		e.Adapters = m.Params * loraShare * trainBytesPerParam / gib
		e.Activations = activations(a, tokens) / gib
	case Train:
		if m.Precision == specs.FP32 {
			e.Weights, e.Gradients, e.Optimizer = m.Params*4/gib, m.Params*4/gib, m.Params*8/gib
		} else {
			w := bytesPer(m.Precision)
			e.Weights, e.Gradients = m.Params*w/gib, m.Params*w/gib
			e.Optimizer = m.Params * (trainBytesPerParam - 2*w) / gib
		}
		e.Activations = activations(a, tokens) / gib
	}
	return e
}

// activations of training with activation checkpointing: each layer's
// input is kept (2 bytes · tokens · d_model per layer) and one layer at a
// time is recomputed in full (34 · tokens · d_model bytes, after
// Korthikanti et al., "Reducing Activation Recomputation in Large
// Transformer Models").
func activations(a *Arch, tokens float64) float64 {
	return tokens * float64(a.Hidden) * (2*float64(a.Layers) + 34)
}

// Need is what a model takes placed on n GPUs of one instance: each part
// as the n GPUs hold it in all, and what each GPU holds.
type Need struct {
	GPUs        int
	Weights     float64
	KVCache     float64
	Activations float64
	Gradients   float64
	Optimizer   float64
	Adapters    float64
	Overhead    float64
	Total       float64
	PerGPU      float64
}

// kvShare is the share of the KV cache each of n GPUs holds under tensor
// parallelism: the KV heads are split, and a GPU holds at least one (a
// head is copied when there are more GPUs than KV heads); a latent cache
// (MLA) is held whole on every GPU.
func (a *Arch) kvShare(n int) float64 {
	if a.MLA() {
		return 1
	}
	return math.Max(1/float64(n), 1/float64(max(a.KVHeads, 1)))
}

// On places the estimate on n GPUs. Inference is tensor parallel: weights
// split n ways, the KV cache by KV heads, activations on every GPU.
// Training and fine-tuning shard weights, gradients, optimizer state and
// adapters across the n GPUs (ZeRO-3 / FSDP), each GPU running its share
// of the batch (at least one sequence).
func (e Estimate) On(n int) Need {
	n = max(n, 1)
	m := e.Model
	need := Need{GPUs: n, Weights: e.Weights, Gradients: e.Gradients, Optimizer: e.Optimizer, Adapters: e.Adapters}
	var base float64 // what one GPU holds before overhead
	switch m.Task {
	case Infer, "":
		kv := e.KVCache * m.Arch.kvShare(n)
		base = e.Weights/float64(n) + kv + e.Activations
		need.KVCache = kv * float64(n)
		need.Activations = e.Activations * float64(n)
	default:
		batch := max(m.Batch, 1)
		act := e.Activations * math.Ceil(float64(batch)/float64(n)) / float64(batch)
		base = (e.Weights+e.Gradients+e.Optimizer+e.Adapters)/float64(n) + act
		need.Activations = act * float64(n)
	}
	need.PerGPU = base*(1+overheadShare) + overheadPerGPU
	need.Overhead = (base*overheadShare + overheadPerGPU) * float64(n)
	need.Total = need.PerGPU * float64(n)
	return need
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
