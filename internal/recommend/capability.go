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
	case specs.Inference, specs.LLMInference:
		return 0.5*precisionSupport(s) + 0.3*inferenceSpeed(s, share) + 0.2*genPts/generationMax
	case specs.Scientific:
		fp64 := share.FP64TFLOPS.Value
		if fp64 < 1 {
			s.reason(0.92, true, "why.weak_fp64", s.gpuName, num(fp64))
		} else {
			s.reason(0.85, false, "why.fp64", s.gpuName, num(fp64))
		}
		return math.Sqrt(math.Min(1, fp64/9.7))
	case specs.Transcoding:
		return transcodingCapability(s, share)
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

// precisionSupport: the tensor cores for the precision the model computes
// in. Weight-only int8 and int4 (GPTQ, AWQ) store the weights small and
// compute in fp16, so it is the fp16 tensor cores that count, never the
// INT8 or INT4 ones; fp8 computes in fp8 from compute capability 8.9, and
// is widened to fp16 before.
func precisionSupport(s *scoring) float64 {
	g, name := s.gpu, s.gpuName
	if s.req.Model != nil && s.req.Model.Task == Infer && s.req.Model.LLM() && ComputeCapability(g) > 0 && ComputeCapability(g) < 8.0 {
		s.reason(0.7, true, "why.no_flash_attention", name, ccText(g))
	}
	switch p := s.precision; p {
	case specs.INT8, specs.INT4:
		up := strings.ToUpper(string(p))
		if g.TensorSupports(specs.FP16) {
			s.reason(0.85, false, "why.weight_only", up, name)
			return 0.9
		}
		s.reason(0.9, true, "why.weight_only_no_tensor", up, name)
		return 0.4
	case specs.FP8:
		if g.TensorSupports(specs.FP8) {
			s.reason(0.85, false, "why.tensor_int", name, "FP8")
			return 1
		}
		s.reason(0.85, true, "why.fp8_widened", name, ccText(g))
		return 0.7
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

func ccText(g *specs.GPU) string {
	if cc := ComputeCapability(g); cc > 0 {
		return fmt.Sprintf("%.1f", cc)
	}
	return "?"
}

// inferenceSpeed: decoding a sized LLM is bound by memory bandwidth (see
// decodeSpeed); 30 tokens/s per sequence or more counts as fast enough.
// Unsized, or for a model that does not generate tokens, tensor throughput
// stands in.
func inferenceSpeed(s *scoring, share specs.GPU) float64 {
	if s.fit == nil || s.fit.Speed == nil {
		best := math.Max(share.INT8TOPS.Value, share.FP16TFLOPS.Value)
		return math.Pow(math.Min(1, best/624), 0.3)
	}
	sp := s.fit.Speed
	who := s.gpuName
	if n := s.fit.GPUsUsed; n > 1 {
		who = fmt.Sprintf("%d × %s", n, s.gpuName)
	}
	if m := s.req.Model; m.Batch > 1 {
		s.reason(0.8, sp.PerSequence < 10, "why.tokens", num(math.Round(sp.PerSequence)), num(math.Round(sp.Total)), m.Batch, who)
	} else {
		s.reason(0.8, sp.PerSequence < 10, "why.tokens_one", num(math.Round(sp.PerSequence)), who)
	}
	link := "one GPU"
	if s.fit.Interconnect != nil {
		link = fmt.Sprintf("%d GPUs over %s", s.fit.GPUsUsed, linkName(*s.fit.Interconnect))
	}
	s.reason(0.05, false, "why.speed_formula", num(sp.Efficiency), num(sp.BandwidthGBs), link, num(math.Round(sp.BytesPerStep*100)/100), num(sp.PerSequence))
	return math.Sqrt(math.Min(1, sp.PerSequence/30))
}

// transcodingCapability: the hardware video encoders, and their
// generation: Ada and Blackwell encode AV1; Turing and Ampere's encoders
// are a generation past Pascal and Volta's.
func transcodingCapability(s *scoring, share specs.GPU) float64 {
	enc := share.VideoEncoders
	gen := 0.6
	switch s.gpu.Architecture.Text.EN {
	case "Ada Lovelace", "Blackwell":
		gen = 1
	case "Turing", "Ampere":
		gen = 0.85
	}
	if !enc.Known() {
		s.reason(0.6, false, "why.nvenc_unknown", s.gpuName)
		return 0.5 * gen
	}
	if s.it.VGPU {
		// A vGPU slice takes turns on its card's encoders.
		s.reason(0.85, false, "why.nvenc_shared", s.gpuName, num(s.gpu.VideoEncoders.Value))
	} else {
		s.reason(0.85, false, "why.nvenc", s.gpuName, num(enc.Value))
	}
	return gen * math.Min(1, 0.6+0.4*math.Min(1, enc.Value/3))
}

// linkName is how a reason names a link.
func linkName(l specs.Link) string {
	switch l {
	case specs.LinkNVSwitch:
		return "NVSwitch"
	case specs.LinkNVLink:
		return "NVLink"
	}
	return "PCIe"
}
