package specs

import (
	"slices"
	"strings"
)

// Match is what a name given by a person refers to: an instance type or a
// family.
type Match struct {
	Type   *InstanceType // set for a type
	Family string        // set for a family
}

// IsFamily reports whether the match is a family.
func (m Match) IsFamily() bool { return m.Type == nil }

// Lookup finds a type by its full name or its name without "ecs.", or a
// family by name, in any case.
func (c *Catalog) Lookup(name string) (Match, bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "" {
		return Match{}, false
	}
	if it := c.Type(n); it != nil {
		return Match{Type: it}, true
	}
	if !strings.HasPrefix(n, "ecs.") {
		if it := c.Type("ecs." + n); it != nil {
			return Match{Type: it}, true
		}
	}
	if c.typesPerFamily[n] > 0 {
		return Match{Family: n}, true
	}
	return Match{}, false
}

// LookupType is Lookup restricted to instance types.
func (c *Catalog) LookupType(name string) (*InstanceType, bool) {
	m, ok := c.Lookup(name)
	if !ok || m.IsFamily() {
		return nil, false
	}
	return m.Type, true
}

// Suggest returns up to n names close to what was typed: full type names
// and family names, nearest first. It returns nothing when nothing is near.
func (c *Catalog) Suggest(name string, n int, families, types bool) []string {
	in := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(name)), "ecs.")
	if in == "" {
		return nil
	}
	type cand struct {
		name string
		dist int
	}
	var cands []cand
	consider := func(full, short string) {
		d := editDistance(in, short)
		// A prefix or a part of the name ("gn6i-c4g1") is as good as a
		// near miss.
		if strings.HasPrefix(short, in) || (len(in) >= 3 && strings.Contains(short, in)) {
			d = min(d, 1)
		}
		if d <= max(2, len(in)/4) {
			cands = append(cands, cand{full, d})
		}
	}
	if families {
		for _, f := range c.FamilyNames() {
			consider(f, f)
		}
	}
	if types {
		for i := range c.Types {
			consider(c.Types[i].Name, c.Types[i].ShortName())
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return a.dist - b.dist })
	var out []string
	for _, c := range cands {
		// Only the nearest: a near miss of one name should not bring
		// along names that are merely similar.
		if len(out) == n || c.dist > cands[0].dist {
			break
		}
		if !slices.Contains(out, c.name) {
			out = append(out, c.name)
		}
	}
	return out
}

// SuggestFrom returns up to n of the candidates close to s, nearest first,
// for flag values such as a family or a GPU model.
func SuggestFrom(s string, candidates []string, n int) []string {
	in := strings.ToLower(strings.TrimSpace(s))
	type cand struct {
		name string
		dist int
	}
	var cands []cand
	for _, c := range candidates {
		lc := strings.ToLower(c)
		d := editDistance(in, lc)
		if in != "" && strings.HasPrefix(lc, in) {
			d = min(d, 1)
		}
		if d <= max(1, len(in)/3) {
			cands = append(cands, cand{c, d})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return a.dist - b.dist })
	var out []string
	for i := 0; i < len(cands) && i < n; i++ {
		out = append(out, cands[i].name)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, by bytes (names
// are ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
