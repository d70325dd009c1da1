package recommend

import (
	"fmt"
	"math"
	"strings"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// capability rates the GPU for one workload, 0 to 1, and says why.
func capability(s *scoring, w specs.Workload) float64 {
	g := s.gpu
	if g == nil {
		s.reason(0.5, true, "why.no_gpu_facts", s.gpuName)
		return 0.5
	}
	genPts, _ := generation(g)
	share := g.Share(math.Min(1, s.it.GPUs()))
	switch w {
	case specs.Training:
		return trainingCapability(s, share)
	case specs.Inference:
		return 0.5*precisionSupport(s) + 0.3*inferenceSpeed(s, share) + 0.2*genPts/generationMax
	case specs.Scientific:
		fp64 := share.FP64TFLOPS.Value
		if fp64 < 1 {
			s.reason(0.92, true, "why.weak_fp64", s.gpuName, num(fp64))
		} else {
			s.reason(0.85, false, "why.fp64", s.gpuName, num(fp64))
		}
		return math.Sqrt(math.Min(1, fp64/9.7))
	}
	return genPts / generationMax
}

// trainingCapability: FP16 tensor cores and throughput.
func trainingCapability(s *scoring, share specs.GPU) float64 {
	fp16 := share.FP16TFLOPS
	if !fp16.Known() {
		fp16 = share.FP32TFLOPS
	}
	thr := math.Pow(math.Min(1, fp16.Value/312), 0.25)
	if s.gpu.TensorSupports(specs.FP16) {
		s.reason(0.85, false, "why.tensor_fp16", s.gpuName, num(fp16.Value))
		return 0.5 + 0.5*thr
	}
	s.reason(0.88, true, "why.no_tensor", s.gpuName, num(fp16.Value))
	return 0.2 + 0.5*thr
}

// precisionSupport: the tensor cores for the precision served.
func precisionSupport(s *scoring) float64 {
	g, name := s.gpu, s.gpuName
	switch p := s.precision; p {
	case specs.INT8, specs.INT4:
		if g.TensorSupports(p) {
			s.reason(0.85, false, "why.tensor_int", name, strings.ToUpper(string(p)))
			return 1
		}
		s.reason(0.9, true, "why.no_tensor_int", name, strings.ToUpper(string(p)))
		return 0.4
	case specs.FP16, specs.BF16:
		if g.TensorSupports(p) {
			s.reason(0.85, false, "why.tensor_int", name, strings.ToUpper(string(p)))
			return 1
		}
		s.reason(0.88, true, "why.no_tensor_infer", name)
		return 0.4
	case specs.FP32:
		return 0.6
	}
	switch {
	case g.TensorSupports(specs.INT8):
		s.reason(0.85, false, "why.tensor_int8_fp16", name)
		return 1
	case g.TensorSupports(specs.FP16):
		s.reason(0.84, false, "why.tensor_fp16_only", name)
		return 0.8
	}
	s.reason(0.88, true, "why.no_tensor_infer", name)
	return 0.4
}

// inferenceSpeed: serving a sized model is bound by memory bandwidth, as
// each token at batch 1 reads every weight once: tokens/s ≈ bandwidth /
// weight bytes. 50 tokens/s or more counts as fast enough. Unsized, tensor
// throughput stands in.
func inferenceSpeed(s *scoring, share specs.GPU) float64 {
	fit := s.fit
	if fit == nil {
		best := math.Max(share.INT8TOPS.Value, share.FP16TFLOPS.Value)
		return math.Pow(math.Min(1, best/624), 0.3)
	}
	bw := share.MemoryBandwidthGB.Value * float64(fit.GPUsUsed)
	tps := bw * 1e9 / (weightsGiB(fit) * gib)
	who := s.gpuName
	if fit.GPUsUsed > 1 {
		who = fmt.Sprintf("%d × %s", fit.GPUsUsed, s.gpuName)
	}
	s.reason(0.8, tps < 20, "why.tokens", who, num(math.Round(tps)))
	return math.Sqrt(math.Min(1, tps/50))
}

// weightsGiB is the weights part of a fit.
func weightsGiB(f *Fit) float64 {
	for _, p := range f.Parts {
		if p.Name == "weights" {
			return math.Max(p.GiB, 0.001)
		}
	}
	return f.NeededGiB
}
