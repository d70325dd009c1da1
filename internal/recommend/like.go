package recommend

import (
	"math"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// A replacement for --like TYPE keeps what TYPE was bought for, in this
// order: its vWS licence; a GPU at least as capable for every workload
// TYPE's family is listed for, with at least as much memory per GPU; then,
// among those, the same GPU count, and vCPUs and memory as close as can be.

// likeTolerance lets a figure a hair under the original's count as equal.
const likeTolerance = 0.98

// metric is the figure a GPU is compared on for a workload, with its unit.
type metric struct {
	key  string // for the reason: "fp16", "fp64", …
	unit string
	of   func(g specs.GPU) specs.Figure
}

// workloadMetric is what "at least as capable" compares for a workload:
// training's FP16 throughput (on tensor cores where there are any), FP64
// for scientific work, the best of INT8 and FP16 for inference, FP32 for
// graphics, the video encoders for transcoding, memory bandwidth for GPU
// databases. Nil for a workload with no single figure.
func workloadMetric(w specs.Workload) *metric {
	switch w {
	case specs.Training:
		return &metric{"FP16", "TFLOPS", func(g specs.GPU) specs.Figure { return g.FP16TFLOPS }}
	case specs.Scientific:
		return &metric{"FP64", "TFLOPS", func(g specs.GPU) specs.Figure { return g.FP64TFLOPS }}
	case specs.Inference, specs.LLMInference, specs.AIGC, specs.Recommendation:
		return &metric{"INT8/FP16", "TOPS", func(g specs.GPU) specs.Figure {
			if g.INT8TOPS.Known() && (!g.FP16TFLOPS.Known() || g.INT8TOPS.Value >= g.FP16TFLOPS.Value) {
				return g.INT8TOPS
			}
			return g.FP16TFLOPS
		}}
	case specs.Graphics, specs.CloudGaming, specs.ARVR, specs.Teaching, specs.CloudPhone:
		return &metric{"FP32", "TFLOPS", func(g specs.GPU) specs.Figure { return g.FP32TFLOPS }}
	case specs.Transcoding:
		return &metric{"NVENC", "", func(g specs.GPU) specs.Figure { return g.VideoEncoders }}
	case specs.GPUDatabase:
		return &metric{"memory bandwidth", "GB/s", func(g specs.GPU) specs.Figure { return g.MemoryBandwidthGB }}
	}
	return nil
}

// shareOf is the GPU figures one device of the type gets.
func shareOf(c *specs.Catalog, it *specs.InstanceType) *specs.GPU {
	g := c.GPU(it)
	if g == nil {
		return nil
	}
	s := g.Share(math.Min(1, it.GPUs()))
	return &s
}

// likeRule says why a type cannot replace like, or returns a message with
// no key when it can.
func likeRule(c *specs.Catalog, like, it *specs.InstanceType) i18n.Message {
	if like.LicenseIncluded && !it.LicenseIncluded {
		return i18n.Msg("why.like_licence", like.Name)
	}
	if it.DeviceMemory() < like.DeviceMemory()*likeTolerance {
		return i18n.Msg("why.like_memory", like.Name, num(like.DeviceMemory()))
	}
	was, now := shareOf(c, like), shareOf(c, it)
	if was == nil {
		return i18n.Message{}
	}
	for _, w := range like.Workloads {
		m := workloadMetric(w)
		if m == nil {
			continue
		}
		before := m.of(*was)
		if !before.Known() || before.Value <= 0 {
			continue
		}
		if now == nil || !m.of(*now).Known() || m.of(*now).Value < before.Value*likeTolerance {
			return i18n.Msg("why.like_weaker", string(w), like.Name, m.key)
		}
	}
	return i18n.Message{}
}

// Weights of likeness, out of 100: the same GPU count first, then vCPUs
// and memory.
const (
	likeSameGPUs = 60.0
	likeVCPU     = 20.0
	likeMemory   = 20.0
	// likeShare is likeness's share of fitness for --like; the rest is the
	// usual fitness (the family recommended, on sale, its generation).
	likeShare = 0.8
)

// similarity scores how alike a replacement is to like, out of 100, and
// says so.
func similarity(like, it *specs.InstanceType, reason func(float64, bool, string, ...any)) float64 {
	ratio := func(a, b float64) float64 {
		if a <= 0 || b <= 0 {
			return 0
		}
		return math.Min(a, b) / math.Max(a, b)
	}
	s := likeVCPU*ratio(float64(like.VCPU), float64(it.VCPU)) + likeMemory*ratio(like.MemoryGiB, it.MemoryGiB)
	same := math.Abs(like.GPUs()-it.GPUs()) < 1e-9
	if same {
		s += likeSameGPUs
	}
	reason(0.99, !same, "why.like", like.Name, num(it.GPUs()), num(it.DeviceMemory()), num(like.GPUs()), num(like.DeviceMemory()),
		it.VCPU, like.VCPU, num(it.MemoryGiB), num(like.MemoryGiB))
	return s
}
