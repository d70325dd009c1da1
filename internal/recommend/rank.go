package recommend

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Weights of the fitness components; they add up to 100.
const (
	capabilityMax  = 45.0
	scenarioMax    = 15.0
	memoryMax      = 15.0
	generationMax  = 10.0
	recommendedMax = 10.0
	availableMax   = 5.0
	licenceBonus   = 5.0

	fitnessShare = 0.9
	economyShare = 0.1
)

// exclusions counts the types left out, by reason, in the order the
// reasons first came up.
type exclusions struct {
	byKey map[string]*Excluded
	order []string
}

func (e *exclusions) add(m i18n.Message) {
	key := m.In(i18n.EN)
	if x, ok := e.byKey[key]; ok {
		x.Count++
		return
	}
	if e.byKey == nil {
		e.byKey = map[string]*Excluded{}
	}
	e.byKey[key] = &Excluded{Msg: m, Count: 1}
	e.order = append(e.order, key)
}

// list returns the reasons, the most common first, and the total.
func (e *exclusions) list() ([]Excluded, int) {
	var out []Excluded
	total := 0
	for _, k := range e.order {
		out = append(out, *e.byKey[k])
		total += e.byKey[k].Count
	}
	slices.SortStableFunc(out, func(a, b Excluded) int { return b.Count - a.Count })
	return out, total
}

// Rank answers the request from the catalog.
func Rank(c *specs.Catalog, req Request) Outcome {
	var out Outcome
	if req.MaxUtil <= 0 {
		req.MaxUtil = DefaultMaxUtil
	}
	var est *Estimate
	precision := req.Precision
	if req.Model != nil {
		e := req.Model.Estimate()
		est, out.Estimate = &e, &e
		precision = e.Model.Precision
	}
	q := req.Query
	q.Sort, q.Limit = nil, 0
	// Transcoding goes by the GPU's video engines, not only the families
	// the documents list for it: groups that name it are checked per type.
	var videoGroups [][]specs.Workload
	for _, g := range req.groups() {
		if slices.Contains(g, specs.Transcoding) {
			videoGroups = append(videoGroups, g)
			continue
		}
		q.Workloads = append(q.Workloads, workloadStrings(g))
	}
	reject := q.Matcher(c)
	workloadText := joinWorkloads(q.Workloads)
	var left exclusions
	// pool are the types that pass every rule but precision and
	// availability: what a lower precision or --include-unavailable
	// could still bring in, if the model fits nowhere.
	var pool []*specs.InstanceType
	var closest placement
	var closestType *specs.InstanceType
	for i := range c.Types {
		it := &c.Types[i]
		why := excluded(c, req, it, reject, workloadText, videoGroups)
		if why.Key == "" {
			pool = append(pool, it)
			why = excludedFor(c, it, precision, kvOf(req))
		}
		if why.Key == "" && it.Availability.Unavailable() && !req.IncludeUnavailable {
			why = i18n.Msg("why.unavailable." + string(it.Availability))
		}
		if why.Key != "" {
			left.add(why)
			continue
		}
		var fit *Fit
		if est != nil {
			p := place(*est, it, c.GPU(it), linkOf(c.FamilyOf(it)), req.MaxUtil)
			if p.fit == nil {
				if closestType == nil || p.capacityGB > closest.capacityGB {
					closest, closestType = p, it
				}
				left.add(i18n.Msg("why.too_small"))
				continue
			}
			fit = p.fit
		}
		out.Results = append(out.Results, score(c, req, it, precision, fit))
	}
	out.Excluded, out.ExcludedTotal = left.list()
	if len(out.Results) == 0 && closestType != nil {
		out.NoFit = noFit(c, req, *est, closest, closestType, pool)
	}
	out.CostBy = applyEconomy(out.Results)
	slices.SortStableFunc(out.Results, func(a, b Result) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.costRank, b.costRank)
	})
	return out
}

func linkOf(f *specs.Family) specs.Link {
	if f == nil {
		return specs.LinkNone
	}
	return f.Link
}

// noFit says why the model fits nowhere and what would: a lower precision,
// a shorter context, or a type not on general sale that passes every
// other rule.
func noFit(c *specs.Catalog, req Request, e Estimate, p placement, closest *specs.InstanceType, pool []*specs.InstanceType) *NoFit {
	nf := &NoFit{Closest: closest, GPUs: p.gpus, PerGPUNeededGiB: round1(p.perGPU), UsablePerGPUGiB: round1(p.usable),
		BudgetPerGPUGiB: round1(p.budget), MaxUtil: req.MaxUtil}
	m := *req.Model // as asked: an empty KV precision follows the weights'
	// fitsOn is the type of the pool with the least GPU memory that holds
	// the model as m2 says, on sale unless unavailable is asked, or nil.
	fitsOn := func(m2 Model, unavailable bool) *specs.InstanceType {
		e2 := m2.Estimate()
		var best *specs.InstanceType
		for _, it := range pool {
			if it.Availability.Unavailable() != unavailable && !req.IncludeUnavailable {
				continue
			}
			if excludedFor(c, it, m2.Precision, m2.KVPrecision).Key != "" {
				continue
			}
			if place(e2, it, c.GPU(it), linkOf(c.FamilyOf(it)), req.MaxUtil).fit != nil && (best == nil || it.GPUMemory() < best.GPUMemory()) {
				best = it
			}
		}
		return best
	}
	if m.Task != Train {
		for _, lower := range []specs.Precision{specs.FP16, specs.INT8, specs.INT4} {
			if bytesPer(lower) >= bytesPer(m.Precision) {
				continue
			}
			m2 := m
			m2.Precision = lower
			if it := fitsOn(m2, false); it != nil {
				nf.LowerPrecision, nf.LowerPrecisionType = lower, it
				break
			}
		}
	}
	if e.Model.Task == Infer && e.KVCache > e.Weights {
		for ctx := e.Model.Context / 2; ctx >= 512; ctx /= 2 {
			m2 := m
			m2.Context = ctx
			if fitsOn(m2, false) != nil {
				nf.ShorterContext = ctx
				break
			}
		}
	}
	if !req.IncludeUnavailable {
		nf.Unavailable = fitsOn(m, true)
	}
	return nf
}

func kvOf(req Request) specs.Precision {
	if req.Model == nil {
		return ""
	}
	return req.Model.KVPrecision
}

// excluded says why a type is left out before any model is fitted, by
// every rule but precision and availability, or returns a message with no
// key when it stays.
func excluded(c *specs.Catalog, req Request, it *specs.InstanceType, reject func(*specs.InstanceType) *specs.Criterion, workloads string, videoGroups [][]specs.Workload) i18n.Message {
	if req.Like != nil && it.Name == req.Like.Name && deref(it.Region) == deref(req.Like.Region) {
		return i18n.Msg("why.itself")
	}
	if crit := reject(it); crit != nil {
		switch crit.Flag {
		case "workload":
			return i18n.Msg("why.workload", workloads)
		case "include-retired":
			return i18n.Msg("why.retired")
		}
		return i18n.Msg("why.filter", "--"+crit.Flag)
	}
	for _, g := range videoGroups {
		if why := videoGroupRule(it, c.GPU(it), g); why.Key != "" {
			return why
		}
	}
	if m := req.Model; m != nil && (m.Task == Train || m.Task == FineTune) && (it.VGPU || it.IsSlice()) {
		return i18n.Msg("why.training_slice", i18n.Msg("task."+string(m.Task)))
	}
	if req.Like != nil {
		if why := likeRule(c, req.Like, it); why.Key != "" {
			return why
		}
	}
	return i18n.Message{}
}

// excludedFor applies the precision rules: bf16 needs a GPU with bf16
// (compute capability 8.0+); fp8 weights or KV cache need 8.0+ (8.9+
// computes in fp8; before that the weights are widened to fp16).
func excludedFor(c *specs.Catalog, it *specs.InstanceType, precision, kv specs.Precision) i18n.Message {
	g := c.GPU(it)
	if (precision == specs.BF16 || kv == specs.BF16) && (g == nil || !g.BF16) {
		return i18n.Msg("why.no_bf16")
	}
	if (precision == specs.FP8 || kv == specs.FP8) && ComputeCapability(g) < 8.0 {
		return i18n.Msg("why.no_fp8")
	}
	return i18n.Message{}
}

// videoGroupRule: a type serves a group naming transcoding by its video
// encoders (transcodingRule) or by any other workload of the group.
func videoGroupRule(it *specs.InstanceType, g *specs.GPU, group []specs.Workload) i18n.Message {
	why := transcodingRule(it, g)
	if why.Key == "" || len(group) == 1 {
		return why
	}
	for _, w := range group {
		if w != specs.Transcoding && it.Serves(w) {
			return i18n.Message{}
		}
	}
	return i18n.Msg("why.workload", strings.Join(workloadStrings(group), " or "))
}

// serves reports whether a type serves w as Rank counts it: transcoding
// by the GPU's video encoders.
func serves(it *specs.InstanceType, g *specs.GPU, w specs.Workload) bool {
	if w == specs.Transcoding {
		return transcodingRule(it, g).Key == ""
	}
	return it.Serves(w)
}

// groups are the request's workloads as groups of which one must be
// served: each of Workloads alone, then AnyWorkloads.
func (req Request) groups() [][]specs.Workload {
	var out [][]specs.Workload
	for _, w := range req.Workloads {
		out = append(out, []specs.Workload{w})
	}
	for _, g := range req.AnyWorkloads {
		if len(g) > 0 {
			out = append(out, g)
		}
	}
	return out
}

func workloadStrings(ws []specs.Workload) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = string(w)
	}
	return out
}

// transcodingRule: a GPU without a video encoder cannot transcode in
// hardware whatever its family lists; one with encoders can, listed or not;
// where the encoders are unknown, the family's listing decides.
func transcodingRule(it *specs.InstanceType, g *specs.GPU) i18n.Message {
	switch {
	case g != nil && g.VideoEncoders.Known() && g.VideoEncoders.Value == 0:
		return i18n.Msg("why.no_nvenc")
	case g != nil && g.VideoEncoders.Known():
		return i18n.Message{}
	case !it.Serves(specs.Transcoding):
		return i18n.Msg("why.workload", string(specs.Transcoding))
	}
	return i18n.Message{}
}

// ComputeCapability is the GPU's CUDA compute capability, from its
// figures or, where they lack it, its architecture's first; 0 unknown.
func ComputeCapability(g *specs.GPU) float64 {
	if g == nil {
		return 0
	}
	if g.ComputeCapability.Known() {
		if v, err := strconv.ParseFloat(g.ComputeCapability.Text.EN, 64); err == nil {
			return v
		}
	}
	switch g.Architecture.Text.EN {
	case "Pascal":
		return 6.0
	case "Volta":
		return 7.0
	case "Turing":
		return 7.5
	case "Ampere":
		return 8.0
	case "Ada Lovelace":
		return 8.9
	case "Hopper":
		return 9.0
	case "Blackwell":
		return 10.0
	}
	return 0
}

func joinWorkloads(cs specs.Clauses) string {
	var s []string
	for _, c := range cs {
		s = append(s, strings.Join(c, " or "))
	}
	return strings.Join(s, ", ")
}

func gibText(v float64) string {
	return strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.1f", v), "0"), ".")
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }
func round1(v float64) float64 { return math.Round(v*10) / 10 }

func num(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.3f", v), "0"), ".")
}
