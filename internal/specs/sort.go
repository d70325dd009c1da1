package specs

import (
	"cmp"
	"slices"
	"strings"
)

// SortKey is one field to sort by and its direction.
type SortKey struct {
	Field *Field
	Desc  bool
}

// String writes the key as --sort takes it: "vcpu" or "vcpu:desc".
func (k SortKey) String() string {
	if k.Desc {
		return k.Field.Key + ":desc"
	}
	return k.Field.Key
}

// SortErrorKind says what is wrong with a --sort value.
type SortErrorKind int

const (
	SortUnknownField SortErrorKind = iota
	SortBadDirection
)

// SortError is a --sort value that does not parse.
type SortError struct {
	Input string // the whole value
	Part  string // the field or direction at fault
	Kind  SortErrorKind
}

func (e *SortError) Error() string {
	if e.Kind == SortBadDirection {
		return "unknown direction " + e.Part + ": want asc or desc"
	}
	return "unknown field " + e.Part
}

// ParseSort parses FIELD[:asc|desc], or several of them separated by commas
// (the first decides, the next break ties).
func ParseSort(s string) ([]SortKey, error) {
	var keys []SortKey
	for _, part := range strings.Split(s, ",") {
		name, dir, hasDir := strings.Cut(strings.TrimSpace(part), ":")
		f := FieldByKey(name)
		if f == nil || !f.Sortable {
			return nil, &SortError{Input: s, Part: strings.TrimSpace(name), Kind: SortUnknownField}
		}
		k := SortKey{Field: f}
		if hasDir {
			switch strings.ToLower(strings.TrimSpace(dir)) {
			case "asc":
			case "desc":
				k.Desc = true
			default:
				return nil, &SortError{Input: s, Part: dir, Kind: SortBadDirection}
			}
		}
		keys = append(keys, k)
	}
	return keys, nil
}

// FormatSort writes sort keys as --sort takes them.
func FormatSort(keys []SortKey) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k.String()
	}
	return strings.Join(parts, ",")
}

// Sort orders types by the keys, stably: equal types keep their order.
// Types without a value for a key come after those with one, in either
// direction.
func Sort(types []*InstanceType, keys []SortKey) {
	if len(keys) == 0 {
		return
	}
	slices.SortStableFunc(types, func(a, b *InstanceType) int {
		for _, k := range keys {
			if c := k.compare(a, b); c != 0 {
				return c
			}
		}
		return 0
	})
}

func (k SortKey) compare(a, b *InstanceType) int {
	f := k.Field
	if f.Nullable() {
		an, bn := f.IsNull(a), f.IsNull(b)
		switch {
		case an && bn:
			return 0
		case an:
			return 1
		case bn:
			return -1
		}
	}
	c := f.Compare(a, b)
	if k.Desc {
		return -c
	}
	return c
}

// NaturalCompare orders strings as people read them: runs of digits by
// their value, so that ecs.gn6i-c4g1.2xlarge comes before
// ecs.gn6i-c4g1.14xlarge; the rest by bytes, ignoring case first.
func NaturalCompare(a, b string) int {
	for a != "" && b != "" {
		da, db := digitRun(a), digitRun(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if c := cmp.Compare(len(na), len(nb)); c != 0 {
				return c
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		ra, rb := a[0], b[0]
		if la, lb := lower(ra), lower(rb); la != lb {
			return cmp.Compare(la, lb)
		}
		a, b = a[1:], b[1:]
	}
	if c := cmp.Compare(len(a), len(b)); c != 0 {
		return c
	}
	return 0
}

func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
