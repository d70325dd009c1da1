package specs

import (
	"slices"
	"strings"
)

// Query is everything that selects and orders instance types: the filter
// flags of list, a TUI search, a TUI preset and recommend's constraints
// all build one. Every criterion given must hold (AND).
//
// Name lists are clauses: a type must match every clause, and a clause
// when any of its names matches (commas and repeated --gpu are an OR
// within a clause; intersecting two queries adds clauses).
type Query struct {
	GPUModels          Clauses // gpu_model
	Architectures      Clauses // gpu_architecture
	Families           Clauses
	VCPUs              Range[int]
	MemoryGiB          Range[float64]
	GPUs               Range[float64]
	GPUMemoryPerGPUGiB Range[float64]
	GPUMemoryGiB       Range[float64]
	NetworkGbps        Range[float64]
	VGPU               Want
	LicenseIncluded    Want
	BareMetal          Want
	Availability       Clauses
	// IncludeRetired lists the retired types, which are hidden unless
	// asked for here or by --availability retired.
	IncludeRetired bool
	Workloads      Clauses
	// Match holds text that must appear in the type's name, its family or
	// its GPU's name, in any case.
	Match Clauses
	Sort  []SortKey
	// Limit is the most rows to select; 0 for all.
	Limit int
}

// Clauses are lists of names: a value matches when every list has it.
// No clauses match everything.
type Clauses [][]string

// Holds reports whether every clause has v (any case).
func (cs Clauses) Holds(v string) bool {
	for _, c := range cs {
		if !containsFold(c, v) {
			return false
		}
	}
	return true
}

// Want is a yes-or-no criterion: it may ask for yes, for no, for both
// (then nothing meets it) or for neither.
type Want struct{ Yes, No bool }

// Holds reports whether v meets the criterion.
func (w Want) Holds(v bool) bool { return !(w.Yes && !v) && !(w.No && v) }

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// IsZero reports whether the query selects every type in catalog order.
func (q Query) IsZero() bool {
	for _, c := range Criteria {
		if c.ops.active(&q) {
			return false
		}
	}
	return true
}

// Intersect returns the query that selects what both select. Where they
// conflict (T4 and V100, 1..8 vCPU and 16..) it selects nothing, and
// prints as flags that select nothing; it is never an error. o's sort
// wins when it has one; the smaller limit wins.
func (q Query) Intersect(o Query) Query {
	out := q.clone()
	for _, c := range Criteria {
		c.ops.intersect(&out, &o)
	}
	return out
}

// clone copies the query's lists, so that changing the copy leaves the
// original alone.
func (q Query) clone() Query {
	cp := func(cs Clauses) Clauses {
		if cs == nil {
			return nil
		}
		out := make(Clauses, len(cs))
		for i, c := range cs {
			out[i] = slices.Clone(c)
		}
		return out
	}
	q.GPUModels, q.Architectures, q.Families, q.Availability = cp(q.GPUModels), cp(q.Architectures), cp(q.Families), cp(q.Availability)
	q.Workloads, q.Match = cp(q.Workloads), cp(q.Match)
	q.Sort = slices.Clone(q.Sort)
	return q
}

// Matcher returns a function that reports whether a type of c meets every
// criterion of the query (sort and limit aside), and the first criterion
// it fails.
func (q *Query) Matcher(c *Catalog) func(*InstanceType) *Criterion {
	type test struct {
		crit *Criterion
		ok   func(*InstanceType) bool
	}
	var tests []test
	if !q.ShowsRetired() {
		retired := CriterionByFlag("include-retired")
		tests = append(tests, test{retired, func(t *InstanceType) bool { return t.Availability != Retired }})
	}
	for _, cr := range Criteria {
		if cr.ops.active(q) {
			if ok := cr.ops.matcher(q, c); ok != nil {
				tests = append(tests, test{cr, ok})
			}
		}
	}
	return func(it *InstanceType) *Criterion {
		for _, t := range tests {
			if !t.ok(it) {
				return t.crit
			}
		}
		return nil
	}
}

// ShowsRetired reports whether the query lists retired types: asked for
// by --include-retired or by naming them in --availability.
func (q *Query) ShowsRetired() bool {
	if q.IncludeRetired {
		return true
	}
	for _, c := range q.Availability {
		if containsFold(c, string(Retired)) {
			return true
		}
	}
	return false
}

// Select returns the types of c that the query selects, sorted and cut
// to its limit. The pointers point into the catalog.
func (q Query) Select(c *Catalog) []*InstanceType {
	reject := q.Matcher(c)
	out := make([]*InstanceType, 0, len(c.Types))
	for i := range c.Types {
		if reject(&c.Types[i]) == nil {
			out = append(out, &c.Types[i])
		}
	}
	Sort(out, q.Sort)
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out
}

// Args writes the query as the `gpuspec list` flags that select the same
// rows in the same order: "--gpu", "T4", "--vcpus", "8..".
func (q Query) Args() []string {
	p := q.printable()
	var out []string
	for _, c := range Criteria {
		for _, v := range c.ops.args(&p) {
			switch {
			case c.Kind == ByYesNo:
				out = append(out, "--"+c.Flag+v)
			case strings.HasPrefix(v, "-"):
				// --match=-m4: a value that reads as a flag is joined.
				out = append(out, "--"+c.Flag+"="+v)
			default:
				out = append(out, "--"+c.Flag, v)
			}
		}
	}
	return out
}

// printable folds the clauses of the name criteria into the one list
// takes. Where no name is in every clause nothing is selected; as list
// ORs repeated --gpu and --family, the clause with the shortest names
// stays and the others become --match texts, which its types do not have
// (--family gn7 --match gn7i).
func (q Query) printable() Query {
	p := q.clone()
	for _, c := range Criteria {
		ops, ok := c.ops.(nameOps)
		if !ok || ops.reduce(&p) {
			continue
		}
		cs := *ops.get(&p)
		slices.SortStableFunc(cs, func(a, b []string) int { return longest(a) - longest(b) })
		for _, clause := range cs[1:] {
			lower := make([]string, len(clause))
			for i, n := range clause {
				lower[i] = strings.ToLower(n)
			}
			p.Match = append(p.Match, lower)
		}
		*ops.get(&p) = cs[:1]
	}
	return p
}

func longest(names []string) int {
	n := 0
	for _, s := range names {
		n = max(n, len(s))
	}
	return n
}
