package recommend

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Request is what a person needs.
type Request struct {
	// Workloads must all be listed by a type's family (hard), and shape
	// its capability score.
	Workloads []specs.Workload
	// Filter holds the hard constraints of list's filter flags.
	Filter specs.Filter
	// Model, when set, is sized and must fit the type's GPU memory.
	Model *Model
	// Precision, when set without a Model, still applies its rules.
	Precision specs.Precision
	// Like asks for alternatives to this type.
	Like *specs.InstanceType
	// IncludeUnavailable keeps invitation-only types.
	IncludeUnavailable bool
}

// Reason is one sentence of why a type ranks where it does. Weight orders
// reasons: the ones that decided most come first.
type Reason struct {
	Msg    i18n.Message
	Weight float64
	// Warning marks a reason against the type.
	Warning bool
}

// Component is one part of the fitness score.
type Component struct {
	Name   string // capability, scenarios, memory, generation, recommended, availability, licence, similarity
	Points float64
	Max    float64
}

// Fit is how a sized model sits on one type.
type Fit struct {
	NeededGiB          float64    `json:"needed_gib"`
	GPUsUsed           int        `json:"gpus_used"`
	PerGPUNeededGiB    float64    `json:"per_gpu_needed_gib"`
	PerGPUAvailableGiB float64    `json:"per_gpu_available_gib"`
	Utilization        float64    `json:"utilization"`
	Split              bool       `json:"split"`
	Link               specs.Link `json:"link,omitempty"`
	Parts              []FitPart  `json:"parts"`
}

// FitPart is one share of the estimate, for the JSON fit object.
type FitPart struct {
	Name string  `json:"name"`
	GiB  float64 `json:"gib"`
}

// Result is one ranked type.
type Result struct {
	Type *specs.InstanceType
	// Score is 0.9 × Fitness + 0.1 × Economy, out of 100.
	Score      float64
	Fitness    float64
	Economy    float64
	Components []Component
	Reasons    []Reason
	Fit        *Fit
	costRank   int
}

// Excluded counts the types left out for one reason.
type Excluded struct {
	Msg   i18n.Message
	Count int
}

// Outcome is the answer to a Request.
type Outcome struct {
	Results  []Result
	Excluded []Excluded
	// ExcludedTotal is the number of types left out.
	ExcludedTotal int
	Estimate      *Estimate
	// Largest is the type with the most GPU memory among those that pass
	// every rule but the model's size; set when a model fits nowhere.
	Largest *specs.InstanceType
	// CostBy says what ordered cost: "price" or "proxy".
	CostBy string
}

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

// Rank answers the request from the catalog.
func Rank(c *specs.Catalog, req Request) Outcome {
	var out Outcome
	var est *Estimate
	if req.Model != nil {
		e := req.Model.Estimate()
		est = &e
		out.Estimate = est
	}
	precision := req.Precision
	if req.Model != nil {
		precision = est.Model.Precision
	}
	filter := req.Filter
	filter.Workloads = append(slices.Clone(filter.Workloads), req.Workloads...)
	excluded := map[string]*Excluded{}
	var order []string
	exclude := func(m i18n.Message) {
		key := m.In(i18n.EN)
		if e, ok := excluded[key]; ok {
			e.Count++
			return
		}
		excluded[key] = &Excluded{Msg: m, Count: 1}
		order = append(order, key)
	}
	var largestGiB float64
	for i := range c.Types {
		it := &c.Types[i]
		g := c.GPU(it)
		fam := c.FamilyOf(it)
		if req.Like != nil && it.Name == req.Like.Name {
			exclude(i18n.Msg("why.itself"))
			continue
		}
		if crit := filter.Reject(it); crit != "" {
			if crit == specs.ByWorkload {
				exclude(i18n.Msg("why.workload", joinWorkloads(filter.Workloads)))
			} else {
				exclude(i18n.Msg("why.filter", "--"+string(crit)))
			}
			continue
		}
		if it.Availability == specs.InviteOnly && !req.IncludeUnavailable {
			exclude(i18n.Msg("why.invite_only"))
			continue
		}
		if precision == specs.BF16 && (g == nil || !g.BF16) {
			exclude(i18n.Msg("why.no_bf16"))
			continue
		}
		var fit *Fit
		if est != nil {
			if it.GPUMemoryGiB > largestGiB {
				largestGiB = it.GPUMemoryGiB
				out.Largest = it
			}
			fit = fitOn(*est, it, fam)
			if fit == nil {
				exclude(i18n.Msg("why.too_small", gibText(est.TotalGiB)))
				continue
			}
		}
		out.Results = append(out.Results, score(c, req, it, g, fam, precision, fit))
	}
	for _, k := range order {
		out.Excluded = append(out.Excluded, *excluded[k])
		out.ExcludedTotal += excluded[k].Count
	}
	slices.SortStableFunc(out.Excluded, func(a, b Excluded) int { return b.Count - a.Count })
	if len(out.Results) > 0 {
		out.Largest = nil
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

func joinWorkloads(ws []specs.Workload) string {
	s := make([]string, len(ws))
	for i, w := range ws {
		s[i] = string(w)
	}
	return strings.Join(s, ", ")
}

func gibText(v float64) string {
	return strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.1f", v), "0"), ".")
}

// fitOn places the estimate on the type's GPUs: on one GPU if it fits,
// else split across the fewest of its GPUs (2, 4 or 8) that hold it. A
// vGPU slice is one device with its share of the card's memory. Nil when
// it does not fit.
func fitOn(e Estimate, it *specs.InstanceType, fam *specs.Family) *Fit {
	perGPU := it.GPUMemoryPerGPUGiB * math.Min(1, it.GPUCount)
	if perGPU <= 0 {
		return nil
	}
	parts := make([]FitPart, len(e.Parts))
	for i, p := range e.Parts {
		parts[i] = FitPart{Name: p.Name, GiB: round2(p.GiB)}
	}
	f := &Fit{NeededGiB: round2(e.TotalGiB), PerGPUAvailableGiB: perGPU, Parts: parts}
	if e.TotalGiB <= perGPU {
		f.GPUsUsed, f.PerGPUNeededGiB = 1, round2(e.TotalGiB)
		f.Utilization = round2(e.TotalGiB / perGPU)
		return f
	}
	count := int(it.GPUCount)
	for n := 2; n <= count; n *= 2 {
		if need := e.PerGPU(n); need <= perGPU {
			f.GPUsUsed, f.PerGPUNeededGiB, f.Split = n, round2(need), true
			f.Utilization = round2(need / perGPU)
			if fam != nil {
				f.Link = fam.Link
			}
			return f
		}
	}
	return nil
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }
func round1(v float64) float64 { return math.Round(v*10) / 10 }

// generation scores a GPU architecture out of 10: newer runs today's
// frameworks, precisions and kernels better.
func generation(g *specs.GPU) (float64, string) {
	if g == nil {
		return 5, ""
	}
	arch := g.Architecture.Text.EN
	switch arch {
	case "Ampere":
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

// score computes a type's fitness and reasons; economy comes later, when
// all candidates are known.
func score(c *specs.Catalog, req Request, it *specs.InstanceType, g *specs.GPU, fam *specs.Family, precision specs.Precision, fit *Fit) Result {
	r := Result{Type: it, Fit: fit}
	add := func(name string, pts, max float64) {
		r.Components = append(r.Components, Component{Name: name, Points: round1(pts), Max: max})
	}
	reason := func(weight float64, warning bool, key string, args ...any) {
		r.Reasons = append(r.Reasons, Reason{Msg: i18n.Msg(key, args...), Weight: weight, Warning: warning})
	}
	gpuName := it.GPUModel
	if g != nil {
		gpuName = g.Model
	}

	// The workloads that shape the score: asked for, else implied by the
	// model's task, else those of the type being replaced.
	workloads := req.Workloads
	if len(workloads) == 0 && req.Model != nil {
		if req.Model.Task == Infer || req.Model.Task == "" {
			workloads = []specs.Workload{specs.Inference}
		} else {
			workloads = []specs.Workload{specs.Training}
		}
	}
	if len(workloads) == 0 && req.Like != nil {
		workloads = req.Like.Workloads
	}

	// Capability: how well the GPU suits each workload.
	genPts, arch := generation(g)
	capSum := 0.0
	if len(workloads) == 0 {
		capSum = genPts / generationMax
	}
	for _, w := range workloads {
		capSum += capability(w, it, g, precision, fit, gpuName, reason)
	}
	capVal := capSum / float64(max(1, len(workloads)))
	add("capability", capabilityMax*capVal, capabilityMax)

	// Scenarios: listed by the document for the family, and first among
	// its scenarios (what the family is made for).
	scen := scenarioMax
	if len(workloads) > 0 {
		total := 0.0
		// Replacing a type, the similarity reason says which of its
		// workloads are shared; one reason per workload would drown it.
		quiet := len(req.Workloads) == 0 && req.Like != nil
		for _, w := range workloads {
			switch {
			case fam != nil && len(fam.Scenarios) > 0 && fam.Scenarios[0].Workload == w:
				total += 15
				if !quiet {
					reason(0.8, false, "why.primary_scenario", it.Family, string(w))
				}
			case it.Serves(w):
				total += 10
				if !quiet {
					reason(0.75, false, "why.scenario", it.Family, string(w))
				}
			default:
				if !quiet {
					reason(0.9, true, "why.not_scenario", it.Family, string(w))
				}
			}
		}
		scen = total / float64(len(workloads))
	}
	add("scenarios", scen, scenarioMax)

	// Memory: how comfortably a sized model fits.
	mem := memoryMax
	if fit != nil {
		switch {
		case fit.Utilization <= 0.8:
			mem = 15
		case fit.Utilization <= 0.9:
			mem = 11
		default:
			mem = 6
		}
		pct := int(math.Round(fit.Utilization * 100))
		tight := fit.Utilization > 0.9
		switch {
		case !fit.Split && it.IsSlice():
			reason(1, tight, "why.fits_slice", gibText(fit.NeededGiB), gibText(fit.PerGPUAvailableGiB), pct)
		case !fit.Split:
			reason(1, tight, "why.fits_one", gibText(fit.NeededGiB), gibText(fit.PerGPUAvailableGiB), pct)
		case fit.Link.Fast():
			mem *= 0.8
			reason(1, tight, "why.split_nvlink", fit.GPUsUsed, gibText(fit.PerGPUNeededGiB), gibText(fit.PerGPUAvailableGiB), pct, linkName(fit.Link))
		default:
			mem *= 0.5
			reason(1, true, "why.split_pcie", fit.GPUsUsed, gibText(fit.PerGPUNeededGiB), gibText(fit.PerGPUAvailableGiB), pct)
		}
		// GPUs the model leaves idle are paid for all the same.
		if whole := int(it.GPUCount); whole > fit.GPUsUsed {
			mem *= 1 - 0.4*float64(whole-fit.GPUsUsed)/float64(whole)
			reason(0.55, true, "why.idle_gpus", fit.GPUsUsed, whole)
		}
	}
	add("memory", mem, memoryMax)

	add("generation", genPts, generationMax)
	if arch != "" {
		reason(0.3, false, "why.generation", gpuName, arch)
	}

	switch {
	case it.Recommended:
		add("recommended", recommendedMax, recommendedMax)
		reason(0.6, false, "why.recommended")
	case fam == nil:
		add("recommended", 0, recommendedMax)
		reason(0.6, false, "why.not_in_document", it.Family)
	default:
		add("recommended", 0, recommendedMax)
		reason(0.6, true, "why.not_recommended")
	}
	if it.Availability == specs.InviteOnly {
		add("availability", 0, availableMax)
		reason(0.95, true, "why.invite_only_kept")
	} else {
		add("availability", availableMax, availableMax)
	}

	// Graphics on a vGPU needs a licence: a type that includes one is
	// ready as it is.
	if needsGraphics(workloads) && it.VGPU {
		if it.LicenseIncluded {
			add("licence", licenceBonus, licenceBonus)
			reason(0.7, false, "why.licence_included")
		} else {
			add("licence", 0, licenceBonus)
			reason(0.7, true, "why.licence_needed")
		}
	}

	// Similarity to the type being replaced.
	fitness := 0.0
	for _, comp := range r.Components {
		fitness += comp.Points
	}
	fitness = math.Min(100, fitness)
	if req.Like != nil {
		sim := similarity(req.Like, it, reason)
		r.Components = append(r.Components, Component{Name: "similarity", Points: round1(sim), Max: 100})
		fitness = 0.5*fitness + 0.5*sim
	}
	r.Fitness = round1(fitness)
	slices.SortStableFunc(r.Reasons, func(a, b Reason) int { return cmp.Compare(b.Weight, a.Weight) })
	return r
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

func linkName(l specs.Link) string {
	if l == specs.LinkNVSwitch {
		return "NVSwitch"
	}
	return "NVLink"
}

func needsGraphics(ws []specs.Workload) bool {
	for _, w := range ws {
		if w == specs.CloudGaming || w == specs.ARVR || w == specs.Graphics {
			return true
		}
	}
	return false
}

// capability rates the GPU for one workload, 0 to 1, and says why.
func capability(w specs.Workload, it *specs.InstanceType, g *specs.GPU, precision specs.Precision, fit *Fit, gpuName string, reason func(float64, bool, string, ...any)) float64 {
	if g == nil {
		reason(0.5, true, "why.no_gpu_facts", it.GPUModel)
		return 0.5
	}
	genPts, _ := generation(g)
	gen := genPts / generationMax
	share := g.Share(math.Min(1, it.GPUCount))
	switch w {
	case specs.Training:
		tensor := g.TensorSupports(specs.FP16)
		fp16 := share.FP16TFLOPS
		if !fp16.Known() {
			fp16 = share.FP32TFLOPS
		}
		thr := math.Pow(math.Min(1, fp16.Value/312), 0.25)
		if tensor {
			reason(0.85, false, "why.tensor_fp16", gpuName, num(fp16.Value))
			return 0.5 + 0.5*thr
		}
		reason(0.88, true, "why.no_tensor", gpuName, num(fp16.Value))
		return 0.2 + 0.5*thr
	case specs.Inference:
		// Precision support: the tensor cores for the precision served.
		var support float64
		switch precision {
		case specs.INT8, specs.INT4:
			if g.TensorSupports(precision) {
				support = 1
				reason(0.85, false, "why.tensor_int", gpuName, strings.ToUpper(string(precision)))
			} else {
				support = 0.4
				reason(0.9, true, "why.no_tensor_int", gpuName, strings.ToUpper(string(precision)))
			}
		case specs.FP16, specs.BF16:
			if g.TensorSupports(precision) {
				support = 1
				reason(0.85, false, "why.tensor_int", gpuName, strings.ToUpper(string(precision)))
			} else {
				support = 0.4
				reason(0.88, true, "why.no_tensor_infer", gpuName)
			}
		case specs.FP32:
			support = 0.6
		default:
			switch {
			case g.TensorSupports(specs.INT8):
				support = 1
				reason(0.85, false, "why.tensor_int8_fp16", gpuName)
			case g.TensorSupports(specs.FP16):
				support = 0.8
				reason(0.84, false, "why.tensor_fp16_only", gpuName)
			default:
				support = 0.4
				reason(0.88, true, "why.no_tensor_infer", gpuName)
			}
		}
		// Speed: serving a sized model is bound by memory bandwidth, as
		// each token at batch 1 reads every weight once: tokens/s ≈
		// bandwidth / weight bytes. 50 tokens/s or more counts as fast
		// enough. Unsized, tensor throughput stands in.
		var speed float64
		if fit != nil {
			bw := share.MemoryBandwidthGB.Value * float64(fit.GPUsUsed)
			tps := bw * 1e9 / (weightsGiB(fit) * gib)
			speed = math.Sqrt(math.Min(1, tps/50))
			who := gpuName
			if fit.GPUsUsed > 1 {
				who = fmt.Sprintf("%d × %s", fit.GPUsUsed, gpuName)
			}
			reason(0.8, tps < 20, "why.tokens", who, num(math.Round(tps)))
		} else {
			best := math.Max(share.INT8TOPS.Value, share.FP16TFLOPS.Value)
			speed = math.Pow(math.Min(1, best/624), 0.3)
		}
		return 0.5*support + 0.3*speed + 0.2*gen
	case specs.Scientific:
		fp64 := share.FP64TFLOPS.Value
		v := math.Sqrt(math.Min(1, fp64/9.7))
		if fp64 < 1 {
			reason(0.92, true, "why.weak_fp64", gpuName, num(fp64))
		} else {
			reason(0.85, false, "why.fp64", gpuName, num(fp64))
		}
		return v
	}
	return gen
}

func num(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.3f", v), "0"), ".")
}

// similarity scores how alike two types are, out of 100: per-GPU memory
// (30), GPU count (20), vCPU (20), memory (15) and workloads (15).
func similarity(like, it *specs.InstanceType, reason func(float64, bool, string, ...any)) float64 {
	ratio := func(a, b float64) float64 {
		if a <= 0 || b <= 0 {
			return 0
		}
		return math.Min(a, b) / math.Max(a, b)
	}
	// The GPU memory one device gives: a slice's share of its card.
	device := func(t *specs.InstanceType) float64 { return t.GPUMemoryPerGPUGiB * math.Min(1, t.GPUCount) }
	memPer := ratio(device(like), device(it))
	if device(it) < device(like) {
		memPer *= memPer // less GPU memory than before counts twice against
	}
	var shared []string
	for _, w := range like.Workloads {
		if it.Serves(w) {
			shared = append(shared, string(w))
		}
	}
	union := len(like.Workloads) + len(it.Workloads) - len(shared)
	jaccard := 0.0
	if union > 0 {
		jaccard = float64(len(shared)) / float64(union)
	}
	s := 30*memPer + 20*ratio(like.GPUCount, it.GPUCount) + 20*ratio(float64(like.VCPU), float64(it.VCPU)) +
		15*ratio(like.MemoryGiB, it.MemoryGiB) + 15*jaccard
	reason(0.99, false, "why.like", like.Name, num(device(it)), num(device(like)),
		it.VCPU, like.VCPU, num(it.MemoryGiB), num(like.MemoryGiB))
	if len(shared) > 0 {
		reason(0.95, false, "why.like_workloads", len(shared), len(like.Workloads), strings.Join(shared, ", "))
	} else {
		reason(0.95, true, "why.like_no_workloads", like.Family)
	}
	return s
}

// applyEconomy ranks the candidates by cost and turns the rank into the
// economy score (100 for the cheapest), then computes each final score.
// Types with a known price come first, cheapest first; the rest follow in
// the order of the cost proxy: fewest GPUs (a slice before a whole card),
// then fewest vCPUs, then least memory. Without any price, the proxy alone
// decides.
func applyEconomy(rs []Result) string {
	by := "proxy"
	for i := range rs {
		if rs[i].Type.PricePerHour != nil {
			by = "price"
			break
		}
	}
	if len(rs) == 0 {
		return by
	}
	costCmp := func(a, b *specs.InstanceType) int {
		pa, pb := a.PricePerHour, b.PricePerHour
		switch {
		case pa != nil && pb != nil:
			return cmp.Compare(*pa, *pb)
		case pa != nil:
			return -1
		case pb != nil:
			return 1
		}
		if c := cmp.Compare(a.GPUCount, b.GPUCount); c != 0 {
			return c
		}
		if c := cmp.Compare(a.VCPU, b.VCPU); c != 0 {
			return c
		}
		return cmp.Compare(a.MemoryGiB, b.MemoryGiB)
	}
	idx := make([]int, len(rs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return costCmp(rs[a].Type, rs[b].Type) })
	rank := 0
	for k, i := range idx {
		if k > 0 && costCmp(rs[idx[k-1]].Type, rs[i].Type) != 0 {
			rank++
		}
		rs[i].costRank = rank
	}
	for i := range rs {
		r := &rs[i]
		r.Economy = 100
		if rank > 0 {
			r.Economy = round1(100 * float64(rank-r.costRank) / float64(rank))
		}
		r.Score = round1(fitnessShare*r.Fitness + economyShare*r.Economy)
		if r.costRank == 0 {
			r.Reasons = append(r.Reasons, Reason{Msg: i18n.Msg("why.cheapest_" + by), Weight: 0.5})
		}
		switch {
		case r.Type.PricePerHour != nil:
			r.Reasons = append(r.Reasons, Reason{Msg: i18n.Msg("why.price", num(*r.Type.PricePerHour), deref(r.Type.Currency)), Weight: 0.45})
		case by == "price":
			r.Reasons = append(r.Reasons, Reason{Msg: i18n.Msg("why.no_price"), Weight: 0.45, Warning: true})
		}
		slices.SortStableFunc(r.Reasons, func(a, b Reason) int { return cmp.Compare(b.Weight, a.Weight) })
	}
	return by
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
