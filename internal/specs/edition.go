package specs

import (
	"slices"
	"strings"
)

// Edition is an edition of Alibaba Cloud's overview of the GPU instance
// families, which the built-in catalog is taken from.
type Edition string

const (
	// Current is today's pages, in Chinese and English: every family on
	// sale, invitation-only or through sales, bare metal and vGPU.
	Current Edition = "current"
	// Original is 「GPU计算型实例概述」 as it first was: eight families,
	// 38 types, kept exactly.
	Original Edition = "original"
)

// Editions lists the editions, the default first.
func Editions() []string { return []string{string(Current), string(Original)} }

// ParseEdition accepts an edition's name in any case.
func ParseEdition(s string) (Edition, bool) {
	switch e := Edition(strings.ToLower(strings.TrimSpace(s))); e {
	case Current, Original:
		return e, true
	}
	return "", false
}

// Builtin returns the built-in catalog of an edition. Each is built once,
// on first use, and shared: callers must not change it.
func Builtin(e Edition) *Catalog {
	if e == Original {
		return Document()
	}
	return CurrentCatalog()
}

// OtherEdition is the other built-in edition than e.
func OtherEdition(e Edition) Edition {
	if e == Original {
		return Current
	}
	return Original
}

// EditionDifference is a field on which two editions give one type
// different values.
type EditionDifference struct {
	Field *Field
	Other *InstanceType // the type as the other edition gives it
}

// CompareEditions lists the fields on which the other built-in edition
// gives the type a different value, where both give one. It lists nothing
// for a type that edition lacks, or one a sync or a file gave.
func CompareEditions(e Edition, it *InstanceType) []EditionDifference {
	if it.Source != FromDocument {
		return nil
	}
	other := Builtin(OtherEdition(e)).Type(it.Name)
	if other == nil {
		return nil
	}
	var out []EditionDifference
	for i := range Fields {
		f := &Fields[i]
		switch {
		case f.Key == "editions" || f.Live || f.ReadOnly || f.IsNull(it) || f.IsNull(other):
			continue
		case f.Kind() == KindList:
			if slices.Equal(f.Value(it).([]string), f.Value(other).([]string)) {
				continue
			}
		case f.Value(it) == f.Value(other):
			continue
		}
		out = append(out, EditionDifference{Field: f, Other: other})
	}
	return out
}

// apiFigures are the figures both the documents and the API give.
var apiFigures = []string{"vcpu", "memory_gib", "gpu_count", "gpu_memory_per_gpu_gib", "gpu_memory_gib", "network_gbps",
	"pps", "nic_queues", "enis", "private_ips_per_eni", "ipv6_per_eni"}

// CompareDocument lists the figures on which a synced type and the
// built-in edition's row of it differ, where both give one.
func CompareDocument(e Edition, it *InstanceType) []EditionDifference {
	if it.Source != FromAPI {
		return nil
	}
	doc := Builtin(e).Type(it.Name)
	if doc == nil {
		return nil
	}
	var out []EditionDifference
	for _, key := range apiFigures {
		f := FieldByKey(key)
		if f.IsNull(it) || f.IsNull(doc) || f.Value(it) == f.Value(doc) {
			continue
		}
		out = append(out, EditionDifference{Field: f, Other: doc})
	}
	return out
}
