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
	var est *Estimate
	precision := req.Precision
	if req.Model != nil {
		e := req.Model.Estimate()
		est, out.Estimate = &e, &e
		precision = e.Model.Precision
	}
	q := req.Query
	q.Sort, q.Limit = nil, 0
	for _, w := range req.Workloads {
		q.Workloads = append(q.Workloads, []string{string(w)})
	}
	reject := q.Matcher(c)
	workloadText := joinWorkloads(q.Workloads)
	var left exclusions
	for i := range c.Types {
		it := &c.Types[i]
		why := excluded(c, req, it, reject, precision, workloadText)
		if why.Key != "" {
			left.add(why)
			continue
		}
		var fit *Fit
		if est != nil {
			if out.Largest == nil || it.GPUMemory() > out.Largest.GPUMemory() {
				out.Largest = it
			}
			if fit = fitOn(*est, it, c.FamilyOf(it)); fit == nil {
				left.add(i18n.Msg("why.too_small", gibText(est.TotalGiB)))
				continue
			}
		}
		out.Results = append(out.Results, score(c, req, it, precision, fit))
	}
	out.Excluded, out.ExcludedTotal = left.list()
	if len(out.Results) > 0 {
		out.Largest = nil
	} else if out.Largest != nil && !req.IncludeUnavailable {
		out.LargerUnavailable = largerUnavailable(c, out.Largest)
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

// excluded says why a type is left out before any model is fitted, or
// returns a message with no key when it stays.
func excluded(c *specs.Catalog, req Request, it *specs.InstanceType, reject func(*specs.InstanceType) *specs.Criterion, precision specs.Precision, workloads string) i18n.Message {
	if req.Like != nil && it.Name == req.Like.Name {
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
	if it.Availability.Unavailable() && !req.IncludeUnavailable {
		return i18n.Msg("why.unavailable." + string(it.Availability))
	}
	if g := c.GPU(it); precision == specs.BF16 && (g == nil || !g.BF16) {
		return i18n.Msg("why.no_bf16")
	}
	return i18n.Message{}
}

// largerUnavailable is the first invitation-only or sales-only type with
// more GPU memory than the largest one on sale, or nil. Retired types,
// which cannot be had at all, are not offered.
func largerUnavailable(c *specs.Catalog, largest *specs.InstanceType) *specs.InstanceType {
	for i := range c.Types {
		it := &c.Types[i]
		if a := it.Availability; (a == specs.InviteOnly || a == specs.ContactSales) && it.GPUMemory() > largest.GPUMemory() {
			return it
		}
	}
	return nil
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

// fitOn places the estimate on the type's GPUs: on one GPU if it fits,
// else split across the fewest of its GPUs (2, 4 or 8) that hold it. A
// vGPU slice is one device with its share of the card's memory. Nil when
// it does not fit.
func fitOn(e Estimate, it *specs.InstanceType, fam *specs.Family) *Fit {
	perGPU := it.DeviceMemory()
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
	count := int(it.GPUs())
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

func num(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.3f", v), "0"), ".")
}
