package specs

import "strings"

// The spellings the catalog keeps, from what a person or a file writes.

// normalizeTypeName: "GN6I-C4G1.XLARGE" → "ecs.gn6i-c4g1.xlarge". A name
// has no blanks, quotes, separators or slashes, and at most 128 bytes.
func normalizeTypeName(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || len(s) > 128 || strings.ContainsAny(s, " \t\n\r\"'`,;|/\\") {
		return "", false
	}
	if !strings.HasPrefix(s, "ecs.") {
		s = "ecs." + s
	}
	return s, true
}

// normalizeFamily: "ECS.GN7I" → "gn7i".
func normalizeFamily(s string) (string, bool) {
	s = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "ecs.")
	return s, s != "" && !strings.ContainsAny(s, " \t\n\r\"'`,;|/\\")
}

func normalizeGPUModelText(s string) (string, bool) {
	m := NormalizeGPUModel(s)
	return m, m != ""
}

func availabilityNames() []string { return []string{string(OnSale), string(InviteOnly)} }

func normalizeAvailability(s string) (string, bool) {
	a := Availability(strings.ToLower(strings.TrimSpace(s)))
	return string(a), a == OnSale || a == InviteOnly
}

func normalizeWorkload(s string) (string, bool) {
	w, ok := ParseWorkload(s)
	return string(w), ok
}
