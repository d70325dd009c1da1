package specs

import (
	"slices"
	"strings"
)

// The spellings the catalog keeps, from what a person or a file writes.

// normalizeTypeName: "GN6I-C4G1.XLARGE" → "ecs.gn6i-c4g1.xlarge".
func normalizeTypeName(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if !strings.HasPrefix(s, "ecs.") {
		s = "ecs." + s
	}
	return s, ValidTypeName(s)
}

// ValidTypeName reports whether s is an instance type name as Alibaba
// Cloud spells them: "ecs." and then lower-case letters, digits, dots,
// dashes and underscores, starting with a letter or digit, at most 128
// bytes in all ("ecs.gn7i-c8g1.2xlarge").
func ValidTypeName(s string) bool {
	rest, ok := strings.CutPrefix(s, "ecs.")
	return ok && len(s) <= MaxText && validID(rest, "._-")
}

// normalizeFamily: "ECS.GN7I" → "gn7i".
func normalizeFamily(s string) (string, bool) {
	s = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "ecs.")
	return s, ValidFamilyName(s)
}

// ValidFamilyName reports whether s is a family name: lower-case letters,
// digits, dashes and underscores, starting with a letter or digit ("gn7i",
// "sgn7i-vws").
func ValidFamilyName(s string) bool { return len(s) <= 64 && validID(s, "_-") }

// ValidZoneName reports whether s is a region or zone ID: lower-case
// letters, digits and dashes ("cn-hangzhou", "cn-hangzhou-i").
func ValidZoneName(s string) bool { return len(s) <= 64 && validID(s, "-") }

// ValidCurrency reports whether s is a currency code: one to eight
// capital letters ("CNY", "USD").
func ValidCurrency(s string) bool {
	if s == "" || len(s) > 8 {
		return false
	}
	for _, c := range s {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// validID: a non-empty run of lower-case letters, digits and the extra
// characters, starting with a letter or digit.
func validID(s, extra string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		alnum := c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
		if !alnum && (i == 0 || !strings.ContainsRune(extra, c)) {
			return false
		}
	}
	return true
}

func normalizeZone(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	return s, ValidZoneName(s)
}

func normalizeCurrency(s string) (string, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	return s, ValidCurrency(s)
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
