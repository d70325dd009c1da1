package specs

import (
	"slices"
	"strconv"
	"strings"
)

// nameOps is a criterion on one name a type has (its GPU model, its
// family): values are checked against the catalog's names, and all the
// values one query is given make one clause, any of which may match.
type nameOps struct {
	get       func(*Query) *Clauses
	value     func(*InstanceType) string
	known     func(*Catalog) []string
	normalize func(string) string
	// typed, if set, writes a known name as a person types it on a
	// command line: "Ada Lovelace" as ada-lovelace.
	typed func(string) string
}

func (o nameOps) add(q *Query, value string, c *Catalog) error {
	names := splitNames(value)
	if len(names) == 0 {
		return &QueryError{Kind: BadBlank}
	}
	known := o.known(c)
	cs := o.get(q)
	if len(*cs) == 0 {
		*cs = append(*cs, nil)
	}
	last := &(*cs)[len(*cs)-1]
	for _, n := range names {
		v := o.normalize(n)
		i := indexFold(known, v)
		if i < 0 {
			return &QueryError{Kind: BadName, Part: n, Accepted: known}
		}
		if !containsFold(*last, known[i]) {
			*last = append(*last, known[i])
		}
	}
	return nil
}

func indexFold(list []string, s string) int {
	for i, x := range list {
		if strings.EqualFold(x, s) {
			return i
		}
	}
	return -1
}

func (o nameOps) args(q *Query) []string {
	var out []string
	for _, c := range *o.get(q) {
		out = append(out, strings.Join(c, ","))
	}
	return out
}

func (o nameOps) intersect(dst, src *Query) { *o.get(dst) = append(*o.get(dst), *o.get(src)...) }
func (o nameOps) active(q *Query) bool      { return len(*o.get(q)) > 0 }
func (o nameOps) matcher(q *Query, _ *Catalog) func(*InstanceType) bool {
	cs := *o.get(q)
	return func(t *InstanceType) bool { return cs.Holds(o.value(t)) }
}

// reduce folds a name criterion's clauses into one, as a type has one GPU
// model and one family: the names in every clause. It reports false when
// no name is in every clause, and then leaves the clauses as they are.
func (o nameOps) reduce(q *Query) bool {
	cs := *o.get(q)
	if len(cs) < 2 {
		return true
	}
	var common []string
	for _, n := range cs[0] {
		if cs.Holds(n) {
			common = append(common, n)
		}
	}
	if len(common) == 0 {
		return false
	}
	*o.get(q) = Clauses{common}
	return true
}

// rangeOps is a criterion on a number: several ranges must all hold.
type rangeOps[T Number] struct {
	get func(*Query) *Range[T]
	// value is the type's figure; false where it has none, which no
	// range holds.
	value func(*InstanceType) (T, bool)
}

func (o rangeOps[T]) add(q *Query, value string, _ *Catalog) error {
	r, err := ParseRange[T](value)
	if err != nil {
		return &QueryError{Kind: BadRange, Range: err.(*RangeError).Kind}
	}
	*o.get(q) = o.get(q).Intersect(r)
	return nil
}

// args writes the range; a range that nothing is in (8.. and ..4 given
// apart) is written as its two halves, which list intersects again.
func (o rangeOps[T]) args(q *Query) []string {
	r := *o.get(q)
	switch {
	case r.IsZero():
		return nil
	case r.Min != nil && r.Max != nil && *r.Min > *r.Max:
		return []string{FormatRange(Range[T]{Min: r.Min}), FormatRange(Range[T]{Max: r.Max})}
	}
	return []string{FormatRange(r)}
}

func (o rangeOps[T]) intersect(dst, src *Query) { *o.get(dst) = o.get(dst).Intersect(*o.get(src)) }
func (o rangeOps[T]) active(q *Query) bool      { return !o.get(q).IsZero() }
func (o rangeOps[T]) matcher(q *Query, _ *Catalog) func(*InstanceType) bool {
	r := *o.get(q)
	return func(t *InstanceType) bool {
		v, ok := o.value(t)
		return ok && r.Contains(v)
	}
}

// wantOps is a yes-or-no criterion.
type wantOps struct {
	get   func(*Query) *Want
	value func(*InstanceType) bool
}

// ParseYesNo reads true or false as flags and searches write them.
func ParseYesNo(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "t", "yes", "y", "1":
		return true, true
	case "false", "f", "no", "n", "0":
		return false, true
	}
	return false, false
}

func (o wantOps) add(q *Query, value string, _ *Catalog) error {
	v, ok := ParseYesNo(value)
	if !ok {
		return &QueryError{Kind: BadYesNo}
	}
	w := o.get(q)
	w.Yes, w.No = w.Yes || v, w.No || !v
	return nil
}

func (o wantOps) args(q *Query) []string {
	var out []string
	if w := *o.get(q); w.Yes {
		out = append(out, "")
	}
	if w := *o.get(q); w.No {
		out = append(out, "=false")
	}
	return out
}

func (o wantOps) intersect(dst, src *Query) {
	d, s := o.get(dst), o.get(src)
	d.Yes, d.No = d.Yes || s.Yes, d.No || s.No
}
func (o wantOps) active(q *Query) bool { w := o.get(q); return w.Yes || w.No }
func (o wantOps) matcher(q *Query, _ *Catalog) func(*InstanceType) bool {
	w := *o.get(q)
	return func(t *InstanceType) bool { return w.Holds(o.value(t)) }
}

// retiredOps: --include-retired lists the retired types, which the current
// edition hides unless asked (see Query.Matcher). It selects nothing by
// itself.
type retiredOps struct{}

func (retiredOps) add(q *Query, value string, _ *Catalog) error {
	v, ok := ParseYesNo(value)
	if !ok {
		return &QueryError{Kind: BadYesNo}
	}
	q.IncludeRetired = v
	return nil
}

func (retiredOps) args(q *Query) []string {
	if q.IncludeRetired {
		return []string{""}
	}
	return nil
}

func (retiredOps) intersect(dst, src *Query) {
	dst.IncludeRetired = dst.IncludeRetired || src.IncludeRetired
}
func (retiredOps) active(q *Query) bool                              { return q.IncludeRetired }
func (retiredOps) matcher(*Query, *Catalog) func(*InstanceType) bool { return nil }

// workloadOps: every workload given must be served.
type workloadOps struct{}

func (workloadOps) add(q *Query, value string, _ *Catalog) error {
	names := splitNames(value)
	if len(names) == 0 {
		return &QueryError{Kind: BadBlank}
	}
	// Commas mean any one, as in every list flag; repeated flags (and
	// separate search terms) must all hold.
	var clause []string
	for _, n := range names {
		w, ok := ParseWorkload(n)
		if !ok {
			return &QueryError{Kind: BadName, Part: n, Accepted: WorkloadSlugs()}
		}
		if !slices.Contains(clause, string(w)) {
			clause = append(clause, string(w))
		}
	}
	q.Workloads = append(q.Workloads, clause)
	return nil
}

func (workloadOps) args(q *Query) []string {
	var out []string
	for _, c := range q.Workloads {
		out = append(out, strings.Join(c, ","))
	}
	return out
}

func (workloadOps) intersect(dst, src *Query) {
	dst.Workloads = append(dst.Workloads, src.Workloads...)
}
func (workloadOps) active(q *Query) bool { return len(q.Workloads) > 0 }
func (workloadOps) matcher(q *Query, _ *Catalog) func(*InstanceType) bool {
	cs := q.Workloads
	return func(t *InstanceType) bool {
		for _, c := range cs {
			if !t.ServesAny(c) {
				return false
			}
		}
		return true
	}
}

// matchOps: text that must appear, in any case, in the type's name, its
// family, or its GPU's model or full name ("nvidia", "tesla").
type matchOps struct{}

func (matchOps) add(q *Query, value string, _ *Catalog) error {
	texts := splitNames(strings.ToLower(value))
	if len(texts) == 0 {
		return &QueryError{Kind: BadBlank}
	}
	q.Match = append(q.Match, texts)
	return nil
}

func (matchOps) args(q *Query) []string {
	var out []string
	for _, c := range q.Match {
		out = append(out, strings.Join(c, ","))
	}
	return out
}

func (matchOps) intersect(dst, src *Query) { dst.Match = append(dst.Match, src.Match...) }
func (matchOps) active(q *Query) bool      { return len(q.Match) > 0 }
func (matchOps) matcher(q *Query, c *Catalog) func(*InstanceType) bool {
	cs := q.Match
	return func(t *InstanceType) bool {
		names := [4]string{strings.ToLower(t.Name), strings.ToLower(t.Family), strings.ToLower(t.Model())}
		if g := c.GPU(t); g != nil {
			names[3] = strings.ToLower(g.Name)
		}
		for _, clause := range cs {
			found := false
			for _, text := range clause {
				for _, n := range names {
					found = found || strings.Contains(n, text)
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
}

// sortOps: the last --sort given wins.
type sortOps struct{}

func (sortOps) add(q *Query, value string, _ *Catalog) error {
	if strings.TrimSpace(value) == "" {
		return &QueryError{Kind: BadBlank}
	}
	keys, err := ParseSort(value)
	if se, ok := err.(*SortError); ok {
		if se.Kind == SortBadDirection {
			return &QueryError{Kind: BadSortOrder, Part: se.Part}
		}
		return &QueryError{Kind: BadSortKey, Part: se.Part, Accepted: SortKeys()}
	}
	q.Sort = keys
	return nil
}

func (sortOps) args(q *Query) []string {
	if len(q.Sort) == 0 {
		return nil
	}
	return []string{FormatSort(q.Sort)}
}

func (sortOps) intersect(dst, src *Query) {
	if len(src.Sort) > 0 {
		dst.Sort = append([]SortKey(nil), src.Sort...)
	}
}
func (sortOps) active(q *Query) bool                              { return len(q.Sort) > 0 }
func (sortOps) matcher(*Query, *Catalog) func(*InstanceType) bool { return nil }

// limitOps: the smallest --limit given wins.
type limitOps struct{}

func (limitOps) add(q *Query, value string, _ *Catalog) error {
	n, err := strconv.Atoi(strings.TrimSpace(value))
	switch {
	case err != nil:
		return &QueryError{Kind: BadWhole}
	case n < 1:
		return &QueryError{Kind: BadLimit}
	}
	q.Limit = smallerLimit(q.Limit, n)
	return nil
}

func smallerLimit(a, b int) int {
	if a == 0 || (b > 0 && b < a) {
		return b
	}
	return a
}

func (limitOps) args(q *Query) []string {
	if q.Limit <= 0 {
		return nil
	}
	return []string{strconv.Itoa(q.Limit)}
}

func (limitOps) intersect(dst, src *Query)                         { dst.Limit = smallerLimit(dst.Limit, src.Limit) }
func (limitOps) active(q *Query) bool                              { return q.Limit > 0 }
func (limitOps) matcher(*Query, *Catalog) func(*InstanceType) bool { return nil }
