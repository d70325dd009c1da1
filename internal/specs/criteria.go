package specs

import (
	"strconv"
	"strings"
)

// CriterionKind says how a criterion's values are written and combined.
type CriterionKind uint8

const (
	ByName  CriterionKind = iota // names, any of which may match: --gpu T4,V100
	ByAll                        // names; every flag or term given must match: --workload
	ByRange                      // a RANGE; several must all hold: --vcpus 8..
	ByYesNo                      // --vgpu, --vgpu=false
	ByText                       // text to find in a type's names: --match
	BySort                       // --sort FIELD[:asc|desc]
	ByLimit                      // --limit N
)

// Criterion is one thing a query can ask: its list flag, the names a TUI
// search calls it by, and how its values read, combine, print and match.
type Criterion struct {
	Flag  string   // list's flag, without the dashes
	Names []string // names in a TUI search; the first is the one help shows
	Kind  CriterionKind
	Help  string // message key of the flag's help
	ops   criterionOps
}

// criterionOps is how one criterion works on a Query.
type criterionOps interface {
	// add reads one flag value or search term into q, after what q has.
	add(q *Query, value string, c *Catalog) error
	// args writes q's part as flag values, one per flag.
	args(q *Query) []string
	// intersect adds src's part to dst's, so that both must hold.
	intersect(dst, src *Query)
	active(q *Query) bool
	// matcher tests a type; nil when the criterion only orders or cuts.
	matcher(q *Query, c *Catalog) func(*InstanceType) bool
}

// Criteria lists every criterion, in the order of list's flags.
var Criteria = []*Criterion{
	{Flag: "gpu", Names: []string{"gpu", "gpu_model"}, Kind: ByName, Help: "flag.gpu", ops: nameOps{
		get: func(q *Query) *Clauses { return &q.GPUModels }, value: (*InstanceType).Model,
		known: (*Catalog).GPUModels, normalize: NormalizeGPUModel}},
	{Flag: "arch", Names: []string{"arch", "architecture", "gpu_architecture"}, Kind: ByName, Help: "flag.arch", ops: nameOps{
		get: func(q *Query) *Clauses { return &q.Architectures }, value: func(t *InstanceType) string { return deref(t.GPUArchitecture) },
		known: (*Catalog).Architectures, normalize: NormalizeArchitecture,
		typed: func(a string) string { return strings.ReplaceAll(strings.ToLower(a), " ", "-") }}},
	{Flag: "family", Names: []string{"family"}, Kind: ByName, Help: "flag.family", ops: nameOps{
		get: func(q *Query) *Clauses { return &q.Families }, value: func(t *InstanceType) string { return t.Family },
		known: (*Catalog).FamilyNames, normalize: func(s string) string { f, _ := normalizeFamily(s); return f }}},
	{Flag: "vcpus", Names: []string{"vcpu", "vcpus"}, Kind: ByRange, Help: "flag.vcpus", ops: rangeOps[int]{
		get: func(q *Query) *Range[int] { return &q.VCPUs }, value: func(t *InstanceType) (int, bool) { return t.VCPU, true }}},
	{Flag: "memory", Names: []string{"mem", "memory", "memory_gib"}, Kind: ByRange, Help: "flag.memory", ops: rangeOps[float64]{
		get: func(q *Query) *Range[float64] { return &q.MemoryGiB }, value: func(t *InstanceType) (float64, bool) { return t.MemoryGiB, true }}},
	{Flag: "gpus", Names: []string{"gpus", "gpu_count"}, Kind: ByRange, Help: "flag.gpus", ops: rangeOps[float64]{
		get: func(q *Query) *Range[float64] { return &q.GPUs }, value: known(func(t *InstanceType) *float64 { return t.GPUCount })}},
	{Flag: "gpu-memory", Names: []string{"gpu_mem", "gpu_memory", "gpu_memory_per_gpu_gib"}, Kind: ByRange, Help: "flag.gpu_memory", ops: rangeOps[float64]{
		get: func(q *Query) *Range[float64] { return &q.GPUMemoryPerGPUGiB }, value: known(func(t *InstanceType) *float64 { return t.GPUMemoryPerGPUGiB })}},
	{Flag: "total-gpu-memory", Names: []string{"total_gpu_mem", "total_gpu_memory", "gpu_memory_gib"}, Kind: ByRange, Help: "flag.total_gpu_memory", ops: rangeOps[float64]{
		get: func(q *Query) *Range[float64] { return &q.GPUMemoryGiB }, value: known(func(t *InstanceType) *float64 { return t.GPUMemoryGiB })}},
	{Flag: "network", Names: []string{"net", "network", "network_gbps"}, Kind: ByRange, Help: "flag.network", ops: rangeOps[float64]{
		get: func(q *Query) *Range[float64] { return &q.NetworkGbps }, value: func(t *InstanceType) (float64, bool) { return t.NetworkGbps, true }}},
	{Flag: "vgpu", Names: []string{"vgpu"}, Kind: ByYesNo, Help: "flag.vgpu", ops: wantOps{
		get: func(q *Query) *Want { return &q.VGPU }, value: func(t *InstanceType) bool { return t.VGPU }}},
	{Flag: "license-included", Names: []string{"licence", "license", "license_included"}, Kind: ByYesNo, Help: "flag.license_included", ops: wantOps{
		get: func(q *Query) *Want { return &q.LicenseIncluded }, value: func(t *InstanceType) bool { return t.LicenseIncluded }}},
	{Flag: "bare-metal", Names: []string{"bare_metal", "baremetal"}, Kind: ByYesNo, Help: "flag.bare_metal", ops: wantOps{
		get: func(q *Query) *Want { return &q.BareMetal }, value: func(t *InstanceType) bool { return t.BareMetal }}},
	{Flag: "availability", Names: []string{"availability", "status"}, Kind: ByName, Help: "flag.availability", ops: nameOps{
		get: func(q *Query) *Clauses { return &q.Availability }, value: func(t *InstanceType) string { return string(t.Availability) },
		known: func(*Catalog) []string { return Availabilities() }, normalize: strings.ToLower}},
	{Flag: "include-retired", Names: []string{"retired", "include_retired"}, Kind: ByYesNo, Help: "flag.include_retired", ops: retiredOps{}},
	{Flag: "workload", Names: []string{"workload"}, Kind: ByAll, Help: "flag.workload", ops: workloadOps{}},
	{Flag: "match", Kind: ByText, Help: "flag.match", ops: matchOps{}},
	{Flag: "sort", Names: []string{"sort"}, Kind: BySort, Help: "flag.sort", ops: sortOps{}},
	{Flag: "limit", Names: []string{"limit"}, Kind: ByLimit, Help: "flag.limit", ops: limitOps{}},
}

// known reads a field that may be null for a range: a null is in no range.
func known[T any](get func(*InstanceType) *T) func(*InstanceType) (T, bool) {
	return func(t *InstanceType) (T, bool) {
		if p := get(t); p != nil {
			return *p, true
		}
		var zero T
		return zero, false
	}
}

// CriterionByFlag returns the criterion of a list flag, or nil.
func CriterionByFlag(flag string) *Criterion {
	for _, c := range Criteria {
		if c.Flag == flag {
			return c
		}
	}
	return nil
}

// CriterionByName returns the criterion a TUI search calls name (any
// case), or nil.
func CriterionByName(name string) *Criterion {
	name = strings.ToLower(name)
	for _, c := range Criteria {
		for _, n := range c.Names {
			if n == name {
				return c
			}
		}
	}
	return nil
}

// Add reads one value of the criterion into q, as one more flag or search
// term: for list flags and TUI searches alike. A bad value is a
// *QueryError.
func (c *Criterion) Add(q *Query, value string, cat *Catalog) error {
	if err := c.ops.add(q, value, cat); err != nil {
		if qe, ok := err.(*QueryError); ok {
			qe.Criterion, qe.Value = c, value
		}
		return err
	}
	return nil
}

// Active reports whether q asks anything of the criterion.
func (c *Criterion) Active(q *Query) bool { return c.ops.active(q) }

// Args writes q's part of the criterion as flag values.
func (c *Criterion) Args(q *Query) []string { return c.ops.args(q) }

// QueryErrorKind says what is wrong with a criterion's value.
type QueryErrorKind uint8

const (
	BadBlank   QueryErrorKind = iota // nothing given
	BadName                          // not one of Accepted
	BadRange                         // see Range
	BadYesNo                         // not true or false
	BadWhole                         // not a whole number
	BadLimit                         // a whole number under 1
	BadSortKey                       // see Sort
	BadSortOrder
)

// QueryError is a criterion's value that does not read.
type QueryError struct {
	Criterion *Criterion
	Value     string // the whole value given
	Kind      QueryErrorKind
	Part      string   // the name or direction at fault
	Accepted  []string // for BadName and BadSortKey
	Range     RangeErrorKind
}

func (e *QueryError) Error() string {
	flag := "--" + e.Criterion.Flag
	switch e.Kind {
	case BadBlank:
		return flag + " needs a value"
	case BadName, BadSortKey:
		return flag + " " + strconv.Quote(e.Part) + ": want one of " + strings.Join(e.Accepted, ", ")
	case BadRange:
		return flag + " " + strconv.Quote(e.Value) + ": " + (&RangeError{Kind: e.Range}).Error()
	case BadSortOrder:
		return flag + " " + strconv.Quote(e.Value) + ": unknown direction " + strconv.Quote(e.Part) + ": want asc or desc"
	case BadWhole:
		return flag + " " + strconv.Quote(e.Value) + ": want a whole number"
	case BadLimit:
		return flag + " " + strconv.Quote(e.Value) + ": want a whole number of 1 or more"
	}
	return flag + " " + strconv.Quote(e.Value) + ": want true or false"
}

// Suggestion is the accepted value nearest the one at fault, or "".
func (e *QueryError) Suggestion() string {
	if near := Nearest(e.Part, e.Accepted, 1, nil); len(near) == 1 {
		return near[0]
	}
	return ""
}

// splitNames splits a list value at commas, dropping blanks.
func splitNames(value string) []string {
	var out []string
	for _, part := range strings.Split(value, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// Values lists the names the criterion takes, live from the catalog for
// GPU models and families; nil for numbers, yes-or-no and free text.
func (c *Criterion) Values(cat *Catalog) []string {
	switch o := c.ops.(type) {
	case nameOps:
		names := o.known(cat)
		if o.typed == nil {
			return names
		}
		out := make([]string, len(names))
		for i, n := range names {
			out[i] = o.typed(n)
		}
		return out
	case retiredOps:
		return nil
	case workloadOps:
		return WorkloadSlugs()
	case sortOps:
		return SortKeys()
	}
	return nil
}
