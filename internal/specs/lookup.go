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

// Name is the type's full name or the family's name.
func (m Match) Name() string {
	if m.Type != nil {
		return m.Type.Name
	}
	return m.Family
}

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

// NearestNames returns up to n type names (and family names, with
// families) near what was typed, nearest first.
func (c *Catalog) NearestNames(name string, n int, families bool) []string {
	var cands []string
	if families {
		cands = c.FamilyNames()
	}
	for i := range c.Types {
		cands = append(cands, c.Types[i].Name)
	}
	return Nearest(name, cands, n, func(s string) string { return strings.TrimPrefix(s, "ecs.") })
}

// Nearest returns up to n of the candidates nearest to s, nearest first:
// those within a third of its length in edits (at least one), or that
// start with it. Only the nearest are given: a near miss of one name does
// not bring along names that are merely alike. key, when not nil, gives
// the part of a candidate that is compared; s and the keys are compared
// in lower case.
func Nearest(s string, candidates []string, n int, key func(string) string) []string {
	in := strings.ToLower(strings.TrimSpace(s))
	if key != nil {
		in = key(in)
	}
	if in == "" {
		return nil
	}
	type cand struct {
		name string
		dist int
	}
	var cands []cand
	for _, c := range candidates {
		k := strings.ToLower(c)
		if key != nil {
			k = key(k)
		}
		d := editDistance(in, k)
		if strings.HasPrefix(k, in) {
			d = min(d, 1)
		}
		if d <= max(1, len(in)/3) {
			cands = append(cands, cand{c, d})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return a.dist - b.dist })
	var out []string
	for _, c := range cands {
		if len(out) == n || c.dist > cands[0].dist {
			break
		}
		if !slices.Contains(out, c.name) {
			out = append(out, c.name)
		}
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
