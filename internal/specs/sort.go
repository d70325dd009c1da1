package specs

import (
	"cmp"
	"slices"
	"strings"
)

// Field is one key of the list schema: its name, its value, and how types
// sort by it.
type Field struct {
	Key string
	// Value returns the field's value, or nil where the type has none.
	Value func(*InstanceType) any
	// compare orders two types on this field; both values are known.
	compare func(a, b *InstanceType) int
	// null reports that the type has no value for the field; nulls sort last
	// whichever the direction.
	null func(*InstanceType) bool
}

func ordered[T cmp.Ordered](key string, get func(*InstanceType) T) Field {
	return Field{
		Key:     key,
		Value:   func(t *InstanceType) any { return get(t) },
		compare: func(a, b *InstanceType) int { return cmp.Compare(get(a), get(b)) },
	}
}

func optional[T cmp.Ordered](key string, get func(*InstanceType) *T) Field {
	return Field{
		Key: key,
		Value: func(t *InstanceType) any {
			if v := get(t); v != nil {
				return *v
			}
			return nil
		},
		compare: func(a, b *InstanceType) int { return cmp.Compare(*get(a), *get(b)) },
		null:    func(t *InstanceType) bool { return get(t) == nil },
	}
}

func boolean(key string, get func(*InstanceType) bool) Field {
	return Field{
		Key:   key,
		Value: func(t *InstanceType) any { return get(t) },
		compare: func(a, b *InstanceType) int {
			x, y := get(a), get(b)
			switch {
			case x == y:
				return 0
			case !x:
				return -1
			}
			return 1
		},
	}
}

func list[T cmp.Ordered](key string, get func(*InstanceType) []T, nullWhenEmpty bool) Field {
	f := Field{
		Key:     key,
		Value:   func(t *InstanceType) any { return get(t) },
		compare: func(a, b *InstanceType) int { return slices.Compare(get(a), get(b)) },
	}
	if nullWhenEmpty {
		f.null = func(t *InstanceType) bool { return len(get(t)) == 0 }
		f.Value = func(t *InstanceType) any {
			if v := get(t); len(v) > 0 {
				return v
			}
			return nil
		}
	}
	return f
}

// Fields lists every key of the list schema, in schema order.
var Fields = []Field{
	ordered("instance_type", func(t *InstanceType) string { return t.Name }),
	ordered("family", func(t *InstanceType) string { return t.Family }),
	ordered("vcpu", func(t *InstanceType) int { return t.VCPU }),
	ordered("memory_gib", func(t *InstanceType) float64 { return t.MemoryGiB }),
	ordered("gpu_model", func(t *InstanceType) string { return t.GPUModel }),
	ordered("gpu_count", func(t *InstanceType) float64 { return t.GPUCount }),
	ordered("gpu_memory_per_gpu_gib", func(t *InstanceType) float64 { return t.GPUMemoryPerGPUGiB }),
	ordered("gpu_memory_gib", func(t *InstanceType) float64 { return t.GPUMemoryGiB }),
	ordered("network_gbps", func(t *InstanceType) float64 { return t.NetworkGbps }),
	ordered("pps", func(t *InstanceType) int64 { return t.PPS }),
	optional("storage_iops", func(t *InstanceType) *int64 { return t.StorageIOPS }),
	ordered("nic_queues", func(t *InstanceType) int { return t.NICQueues }),
	ordered("enis", func(t *InstanceType) int { return t.ENIs }),
	optional("private_ips_per_eni", func(t *InstanceType) *int { return t.PrivateIPsPerENI }),
	optional("local_storage_gib", func(t *InstanceType) *float64 { return t.LocalStorageGiB }),
	boolean("recommended", func(t *InstanceType) bool { return t.Recommended }),
	ordered("availability", func(t *InstanceType) Availability { return t.Availability }),
	boolean("vgpu", func(t *InstanceType) bool { return t.VGPU }),
	boolean("license_included", func(t *InstanceType) bool { return t.LicenseIncluded }),
	list("workloads", func(t *InstanceType) []Workload { return t.Workloads }, false),
	list("zones", func(t *InstanceType) []string { return t.Zones }, true),
	optional("price_per_hour", func(t *InstanceType) *float64 { return t.PricePerHour }),
	optional("currency", func(t *InstanceType) *string { return t.Currency }),
	ordered("source", func(t *InstanceType) Source { return t.Source }),
	{
		Key: "fetched_at",
		Value: func(t *InstanceType) any {
			if t.FetchedAt == nil {
				return nil
			}
			return *t.FetchedAt
		},
		compare: func(a, b *InstanceType) int { return a.FetchedAt.Compare(*b.FetchedAt) },
		null:    func(t *InstanceType) bool { return t.FetchedAt == nil },
	},
}

// FieldKeys returns every sortable key, for validation and completion.
func FieldKeys() []string {
	out := make([]string, len(Fields))
	for i, f := range Fields {
		out[i] = f.Key
	}
	return out
}

// FieldByKey returns the field with this key (any case), or nil.
func FieldByKey(key string) *Field {
	key = strings.ToLower(strings.TrimSpace(key))
	for i := range Fields {
		if Fields[i].Key == key {
			return &Fields[i]
		}
	}
	return nil
}

// SortKey is one field to sort by and its direction.
type SortKey struct {
	Field *Field
	Desc  bool
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
		if f == nil {
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
	if k.Field.null != nil {
		an, bn := k.Field.null(a), k.Field.null(b)
		switch {
		case an && bn:
			return 0
		case an:
			return 1
		case bn:
			return -1
		}
	}
	c := k.Field.compare(a, b)
	if k.Desc {
		return -c
	}
	return c
}
