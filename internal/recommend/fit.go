package recommend

import (
	"math"
	"strings"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// What a GPU's memory loses before a model sees it.
const (
	// contextReserveGiB is the CUDA context and the driver's own use, on
	// every GPU (and every vGPU slice).
	contextReserveGiB = 0.5
	// eccShare is what ECC takes from GDDR memory, which keeps its check
	// bits in the memory itself: a sixteenth (a 16 GB T4 shows 15 GiB, a
	// 24 GB A10 22.5 GiB). HBM has its check bits apart and loses nothing.
	eccShare = 1.0 / 16
)

// UsableGiB is the memory a model can use on one device of mem GiB (a
// whole card, or a vGPU slice's share): less ECC's share on GDDR memory,
// less the CUDA context.
func UsableGiB(mem float64, g *specs.GPU) float64 {
	if mem <= 0 {
		return 0
	}
	usable := mem
	if g != nil && strings.HasPrefix(strings.ToUpper(g.MemoryType.Text.EN), "GDDR") {
		usable -= mem * eccShare
	}
	return math.Max(0, usable-contextReserveGiB)
}

// Speed is a decode estimate: memory-bound, each step reads the active
// weights and the KV cache of every sequence.
type Speed struct {
	PerSequence float64  `json:"tokens_per_s_per_sequence"`
	Total       float64  `json:"tokens_per_s_total"`
	CostPerM    *float64 `json:"cost_per_million_output_tokens"`
	// What the estimate was made of, for --explain.
	BandwidthGBs float64 `json:"-"`
	Efficiency   float64 `json:"-"`
	BytesPerStep float64 `json:"-"` // GB each GPU reads per step
}

// Decode speed constants.
const (
	// bandwidthEfficiency is the share of a GPU's peak memory bandwidth
	// decoding kernels reach.
	bandwidthEfficiency = 0.8
	// Tensor parallelism loses to the all-reduces between GPUs: little
	// over NVLink or NVSwitch, much over PCIe.
	tpEfficiencyNVLink = 0.9
	tpEfficiencyPCIe   = 0.6
)

// tpEfficiency is how much of n GPUs' bandwidth a tensor-parallel step
// keeps over the link.
func tpEfficiency(n int, link specs.Link) float64 {
	switch {
	case n <= 1:
		return 1
	case link.Fast():
		return tpEfficiencyNVLink
	}
	return tpEfficiencyPCIe
}

// decodeSpeed estimates tokens per second on n GPUs of bandwidth bw GB/s
// each: a step reads each GPU's share of the active weights and of the KV
// cache at the full context, at bandwidthEfficiency of the peak, less what
// tensor parallelism loses over the link.
func decodeSpeed(e Estimate, n int, bw float64, link specs.Link) *Speed {
	m := e.Model
	if m.Task != Infer || !m.LLM() || bw <= 0 {
		return nil
	}
	weights := m.ActiveParams() * bytesPer(m.Precision) / 1e9 / float64(n)
	kv := e.KVCache * gib / 1e9 * m.Arch.kvShare(n)
	eff := bandwidthEfficiency * tpEfficiency(n, link)
	steps := eff * bw / (weights + kv)
	return &Speed{PerSequence: round1(steps), Total: round1(steps * float64(max(m.Batch, 1))),
		BandwidthGBs: bw, Efficiency: eff, BytesPerStep: weights + kv}
}

// Fit is how a sized model sits on one type: what it holds, on how many of
// its GPUs, and how fast it decodes there.
type Fit struct {
	WeightsGiB      float64 `json:"weights_gib"`
	KVCacheGiB      float64 `json:"kv_cache_gib"`
	ActivationsGiB  float64 `json:"activations_gib"`
	GradientsGiB    float64 `json:"gradients_gib"`
	OptimizerGiB    float64 `json:"optimizer_gib"`
	AdaptersGiB     float64 `json:"adapters_gib"`
	OverheadGiB     float64 `json:"overhead_gib"`
	NeededGiB       float64 `json:"needed_gib"`
	PerGPUNeededGiB float64 `json:"per_gpu_needed_gib"`
	UsablePerGPUGiB float64 `json:"usable_per_gpu_gib"`
	// Utilization is PerGPUNeededGiB / UsablePerGPUGiB; a fit is at most
	// the --max-util asked for.
	Utilization float64 `json:"utilization"`
	GPUsUsed    int     `json:"gpus_used"`
	// Interconnect links the GPUs used: nvlink, nvswitch or pcie; empty
	// (null) on one GPU.
	Interconnect *specs.Link `json:"interconnect"`
	Speed        *Speed      `json:"speed"`
}

// placement is a model tried on one type: the most GPUs it may use and
// what it needs there, whether or not that fits.
type placement struct {
	fit        *Fit    // nil when it does not fit
	gpus       int     // the most GPUs tried
	perGPU     float64 // need on each of them
	usable     float64 // usable memory per GPU
	budget     float64 // usable × max util
	capacityGB float64 // gpus × budget
}

// gpuCounts are the GPU counts a model may be spread over on a type: 1,
// 2, 4, 8 … up to its whole GPUs; for tensor parallelism, counts that
// divide the attention heads (of a real shape; a guessed one has no say).
func gpuCounts(e Estimate, it *specs.InstanceType) []int {
	whole := int(it.GPUs())
	if it.IsSlice() || whole < 1 {
		return []int{1}
	}
	out := []int{1}
	for n := 2; n <= whole; n *= 2 {
		if e.Model.Task == Infer && !e.Model.Arch.Guessed && e.Model.Arch.Heads%n != 0 {
			continue
		}
		out = append(out, n)
	}
	return out
}

// place puts the estimate on the fewest GPUs of the type that hold it
// within maxUtil of their usable memory.
func place(e Estimate, it *specs.InstanceType, g *specs.GPU, link specs.Link, maxUtil float64) placement {
	usable := UsableGiB(it.DeviceMemory(), g)
	p := placement{usable: usable, budget: usable * maxUtil}
	if usable <= 0 {
		return p
	}
	for _, n := range gpuCounts(e, it) {
		need := e.On(n)
		p.gpus, p.perGPU, p.capacityGB = n, need.PerGPU, float64(n)*p.budget
		if need.PerGPU > p.budget {
			continue
		}
		f := &Fit{
			WeightsGiB: round2(need.Weights), KVCacheGiB: round2(need.KVCache), ActivationsGiB: round2(need.Activations),
			GradientsGiB: round2(need.Gradients), OptimizerGiB: round2(need.Optimizer), AdaptersGiB: round2(need.Adapters),
			OverheadGiB: round2(need.Overhead), NeededGiB: round2(need.Total), PerGPUNeededGiB: round2(need.PerGPU),
			UsablePerGPUGiB: round2(usable), Utilization: round2(need.PerGPU / usable), GPUsUsed: n,
		}
		if n > 1 {
			if link == specs.LinkNone {
				link = specs.LinkPCIe
			}
			f.Interconnect = &link
		}
		if g != nil {
			share := g.Share(math.Min(1, it.GPUs()))
			f.Speed = decodeSpeed(e, n, share.MemoryBandwidthGB.Value, link)
			if f.Speed != nil && it.PricePerHour != nil && f.Speed.Total > 0 {
				cost := round2(*it.PricePerHour / (f.Speed.Total * 3600) * 1e6)
				f.Speed.CostPerM = &cost
			}
		}
		p.fit = f
		return p
	}
	return p
}
