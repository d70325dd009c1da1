package specs

import (
	"slices"
	"strings"
)

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

// Availabilities lists every availability: the documents' first, then
// those a sync finds in a region.
func Availabilities() []string {
	return []string{string(OnSale), string(InviteOnly), string(ContactSales), string(Retired),
		string(SoldOut), string(Retiring), string(NotOffered)}
}

func normalizeCPUArchitecture(s string) (string, bool) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "X86", "X86_64", "AMD64":
		return "X86", true
	case "ARM", "ARM64", "AARCH64":
		return "ARM", true
	}
	return "", false
}

func normalizeBootMode(s string) (string, bool) {
	v := strings.ToUpper(strings.TrimSpace(s))
	return v, v == "BIOS" || v == "UEFI"
}

func normalizeAvailability(s string) (string, bool) {
	a := strings.ToLower(strings.TrimSpace(s))
	return a, containsFold(Availabilities(), a)
}

// Architectures lists NVIDIA's GPU architectures, oldest first, as
// gpu_architecture spells them.
var Architectures = []string{"Pascal", "Volta", "Turing", "Ampere", "Ada Lovelace", "Hopper", "Blackwell"}

// NormalizeArchitecture turns what a person writes for an architecture
// ("ada-lovelace", "LOVELACE", "nvidia ampere") into the catalog's
// spelling, "Ada Lovelace", "Ampere"; a name it does not know is kept,
// trimmed.
func NormalizeArchitecture(s string) string {
	if slices.Contains(Architectures, s) {
		return s // as the catalog and its files spell it
	}
	k := archKey(s)
	for _, a := range Architectures {
		if k == archKey(a) || (a == "Ada Lovelace" && k == "lovelace") {
			return a
		}
	}
	return strings.TrimSpace(s)
}

// archKey is an architecture's name for comparing: lower case, without
// "nvidia", blanks, hyphens or underscores.
func archKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "nvidia")
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != '-' && c != '_' && c != '\t' {
			b = append(b, c)
		}
	}
	return string(b)
}

func normalizeArchitecture(s string) (string, bool) {
	a := NormalizeArchitecture(s)
	return a, a != ""
}

func modelSourceNames() []string {
	return []string{string(FromDocument), string(FromInference), string(FromAPI)}
}

func normalizeModelSource(s string) (string, bool) {
	v := strings.ToLower(strings.TrimSpace(s))
	return v, containsFold(modelSourceNames(), v)
}

func normalizeEdition(s string) (string, bool) {
	e, ok := ParseEdition(s)
	return string(e), ok
}

func normalizeWorkload(s string) (string, bool) {
	w, ok := ParseWorkload(s)
	return string(w), ok
}
