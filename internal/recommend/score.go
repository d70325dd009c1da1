package recommend

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// scoring is one type being scored: what the parts of its score read, and
// the reasons they give.
type scoring struct {
	req       Request
	it        *specs.InstanceType
	gpu       *specs.GPU    // nil when the catalog knows nothing of it
	fam       *specs.Family // nil for a family the document lacks
	precision specs.Precision
	fit       *Fit
	// workloads shape the score: asked for, else implied by the model's
	// task, else those of the type being replaced.
	workloads []specs.Workload
	gpuName   string
	reasons   []Reason
}

func (s *scoring) reason(weight float64, warning bool, key string, args ...any) {
	s.reasons = append(s.reasons, Reason{Msg: i18n.Msg(key, args...), Weight: weight, Warning: warning})
}

// fitnessParts are the parts of the fitness score, in the order they are
// shown. A part that does not apply to a type reports false.
var fitnessParts = []func(*scoring) (Component, bool){
	capabilityPart,
	scenarioPart,
	memoryPart,
	generationPart,
	recommendedPart,
	availabilityPart,
	licencePart,
}

// score computes a type's fitness and reasons; economy comes later, when
// all candidates are known.
func score(c *specs.Catalog, req Request, it *specs.InstanceType, precision specs.Precision, fit *Fit) Result {
	s := &scoring{req: req, it: it, gpu: c.GPU(it), fam: c.FamilyOf(it), precision: precision, fit: fit, gpuName: it.Model()}
	if s.gpu != nil {
		s.gpuName = s.gpu.Model
		if s.gpuName == "" {
			s.gpuName = s.gpu.Name
		}
	}
	s.workloads = scoredWorkloads(req, it, s.gpu)
	r := Result{Type: it, Fit: fit}
	fitness := 0.0
	for _, part := range fitnessParts {
		if comp, ok := part(s); ok {
			comp.Points = round1(comp.Points)
			r.Components = append(r.Components, comp)
			fitness += comp.Points
		}
	}
	fitness = math.Min(100, fitness)
	if req.Like != nil {
		sim := similarity(req.Like, it, s.reason)
		r.Components = append(r.Components, Component{Name: Similarity, Points: round1(sim), Max: 100})
		fitness = (1-likeShare)*fitness + likeShare*sim
	}
	r.Fitness = round1(fitness)
	r.Reasons = s.reasons
	slices.SortStableFunc(r.Reasons, func(a, b Reason) int { return cmp.Compare(b.Weight, a.Weight) })
	return r
}

func scoredWorkloads(req Request, it *specs.InstanceType, g *specs.GPU) []specs.Workload {
	switch {
	case len(req.Workloads) > 0 || len(req.AnyWorkloads) > 0:
		// Of a group, the first workload the type serves counts.
		var out []specs.Workload
		for _, group := range req.groups() {
			pick := group[0]
			for _, w := range group {
				if serves(it, g, w) {
					pick = w
					break
				}
			}
			out = append(out, pick)
		}
		return out
	case req.Model != nil && (req.Model.Task == Infer || req.Model.Task == ""):
		return []specs.Workload{specs.Inference}
	case req.Model != nil:
		return []specs.Workload{specs.Training}
	case req.Like != nil:
		return req.Like.Workloads
	}
	return nil
}

// capabilityPart: how well the GPU suits each workload.
func capabilityPart(s *scoring) (Component, bool) {
	sum := 0.0
	if len(s.workloads) == 0 {
		gen, _ := generation(s.gpu)
		sum = gen / generationMax
	}
	for _, w := range s.workloads {
		sum += capability(s, w)
	}
	return Component{Name: Capability, Points: capabilityMax * sum / float64(max(1, len(s.workloads))), Max: capabilityMax}, true
}

// scenarioPart: the document lists the workload for the family, and first
// among its scenarios (what the family is made for).
func scenarioPart(s *scoring) (Component, bool) {
	if len(s.workloads) == 0 {
		return Component{Name: Scenarios, Points: scenarioMax, Max: scenarioMax}, true
	}
	// Replacing a type, the similarity reason says which of its workloads
	// are shared; one reason per workload would drown it.
	quiet := len(s.req.Workloads) == 0 && len(s.req.AnyWorkloads) == 0 && s.req.Like != nil
	say := func(weight float64, warning bool, key string, w specs.Workload) {
		if !quiet {
			s.reason(weight, warning, key, s.it.Family, string(w))
		}
	}
	total := 0.0
	for _, w := range s.workloads {
		switch {
		case s.fam != nil && len(s.fam.Scenarios) > 0 && s.fam.Scenarios[0].Workload == w:
			total += 15
			say(0.8, false, "why.primary_scenario", w)
		case slices.Contains(s.it.Workloads, w):
			total += 10
			say(0.75, false, "why.scenario", w)
		case s.it.Serves(w):
			// Graphics on a vWS type: the licence is for it, though the
			// document does not list it.
			total += 8
			say(0.75, false, "why.licence_serves", w)
		default:
			say(0.9, true, "why.not_scenario", w)
		}
	}
	return Component{Name: Scenarios, Points: total / float64(len(s.workloads)), Max: scenarioMax}, true
}

// memoryPart: how comfortably a sized model fits, and over what.
func memoryPart(s *scoring) (Component, bool) {
	mem := memoryMax
	fit := s.fit
	if fit == nil {
		return Component{Name: Memory, Points: mem, Max: memoryMax}, true
	}
	// Comfortable on one GPU is best; spread over GPUs costs, little over
	// NVLink, more over PCIe, whatever room each GPU has left.
	if fit.Utilization <= 0.8 {
		mem = 15
	} else {
		mem = 13
	}
	pct := int(math.Round(fit.Utilization * 100))
	tight := fit.Utilization > 0.85
	// Inference splits a model by tensor parallelism; training and
	// fine-tuning shard it (ZeRO-3, FSDP).
	nvlinkKey, pcieKey := "why.split_nvlink", "why.split_pcie"
	if m := s.req.Model; m != nil && m.Task != Infer {
		nvlinkKey, pcieKey = "why.shard_nvlink", "why.shard_pcie"
	}
	each, usable := gibText(fit.PerGPUNeededGiB), gibText(fit.UsablePerGPUGiB)
	switch {
	case fit.GPUsUsed == 1 && s.it.IsSlice():
		s.reason(1, tight, "why.fits_slice", each, usable, pct)
	case fit.GPUsUsed == 1:
		s.reason(1, tight, "why.fits_one", each, usable, pct)
	case fit.Interconnect != nil && fit.Interconnect.Fast():
		mem *= 0.75
		s.reason(1, tight, nvlinkKey, fit.GPUsUsed, linkName(*fit.Interconnect), each, usable, pct)
	default:
		mem *= 0.5
		s.reason(1, true, pcieKey, fit.GPUsUsed, each, usable, pct)
	}
	// GPUs the model leaves idle are paid for all the same.
	if whole := int(s.it.GPUs()); whole > fit.GPUsUsed {
		mem *= 1 - 0.4*float64(whole-fit.GPUsUsed)/float64(whole)
		s.reason(0.55, true, "why.idle_gpus", fit.GPUsUsed, whole)
	}
	return Component{Name: Memory, Points: mem, Max: memoryMax}, true
}

// generationPart scores the GPU's architecture.
func generationPart(s *scoring) (Component, bool) {
	pts, arch := generation(s.gpu)
	switch {
	case arch == "":
	case strings.EqualFold(s.gpuName, arch):
		s.reason(0.3, false, "why.generation_arch", arch)
	default:
		s.reason(0.3, false, "why.generation", s.gpuName, arch)
	}
	return Component{Name: Generation, Points: pts, Max: generationMax}, true
}

// recommendedPart: in the document's recommended list.
func recommendedPart(s *scoring) (Component, bool) {
	switch {
	case s.it.Recommended:
		s.reason(0.6, false, "why.recommended")
		return Component{Name: Recommended, Points: recommendedMax, Max: recommendedMax}, true
	case s.fam == nil:
		s.reason(0.6, false, "why.not_in_document", s.it.Family)
	default:
		s.reason(0.6, true, "why.not_recommended")
	}
	return Component{Name: Recommended, Max: recommendedMax}, true
}

// availabilityPart: on sale to anyone.
func availabilityPart(s *scoring) (Component, bool) {
	if !s.it.Availability.Buyable() {
		s.reason(0.95, true, "why.kept."+string(s.it.Availability))
		return Component{Name: Availability, Max: availableMax}, true
	}
	return Component{Name: Availability, Points: availableMax, Max: availableMax}, true
}

// licencePart: graphics on a vGPU needs a licence; a type that includes
// one is ready as it is.
func licencePart(s *scoring) (Component, bool) {
	if !needsGraphics(s.workloads) || !s.it.VGPU {
		return Component{}, false
	}
	if s.it.LicenseIncluded {
		s.reason(0.7, false, "why.licence_included")
		return Component{Name: Licence, Points: licenceBonus, Max: licenceBonus}, true
	}
	s.reason(0.7, true, "why.licence_needed")
	return Component{Name: Licence, Max: licenceBonus}, true
}

func needsGraphics(ws []specs.Workload) bool {
	for _, w := range ws {
		if w == specs.CloudGaming || w == specs.ARVR || w == specs.Graphics {
			return true
		}
	}
	return false
}

// generation scores a GPU architecture out of 10: newer runs today's
// frameworks, precisions and kernels better.
func generation(g *specs.GPU) (float64, string) {
	if g == nil {
		return 5, ""
	}
	arch := g.Architecture.Text.EN
	switch arch {
	case "Ampere", "Ada Lovelace", "Hopper", "Blackwell":
		return 10, arch
	case "Turing":
		return 8, arch
	case "Volta":
		return 7, arch
	case "Pascal":
		return 4, arch
	}
	return 5, arch
}
