package specs

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// View is a place where a field is shown to people. The machine formats
// (JSON, YAML) always carry every field.
type View uint8

const (
	InTable   View = 1 << iota // list's default table
	InWide                     // list -o wide
	InDetail                   // show TYPE
	InCompare                  // compare TYPE TYPE
	InCSV                      // -o csv
)

// Kind is what a field's values are.
type Kind uint8

const (
	KindText   Kind = iota // a string
	KindInt                // a whole number
	KindNumber             // a decimal number
	KindBool               // true or false
	KindList               // a list of strings
	KindTime               // an instant, RFC 3339 in files
)

// Unit is the unit of a number field, as people read it.
type Unit string

const (
	UnitNone       Unit = ""
	UnitGiB        Unit = "GiB"
	UnitGbps       Unit = "Gbit/s"
	UnitGBps       Unit = "GB/s"
	UnitPacketsSec Unit = "packets/s"
	UnitGPUs       Unit = "gpus" // a GPU count: a vGPU slice is a fraction, 1/4
)

// NullMeaning says what a field's null means, for people.
type NullMeaning uint8

const (
	NullNotListed NullMeaning = iota // the source has no figure
	NullNone                         // there is none (no local storage)
)

// Field is one key of the list schema, declared once: everything that
// writes, reads, sorts, compares or completes a field takes it from here.
type Field struct {
	Key    string // JSON, YAML and CSV key; the --sort name
	Header string // message key of its table header (short, upper case in English)
	Label  string // message key of its label in show and compare
	Unit   Unit
	Views  View
	// Sortable: --sort accepts the key.
	Sortable bool
	// Required: a catalog file's new row must give it.
	Required bool
	// ReadOnly: a catalog file cannot set it (the loader does).
	ReadOnly bool
	// Live: only a sync or a file gives it; views show it only when some
	// row has a value.
	Live bool
	// Sparse: few sources give it (or it is seldom true); views show it
	// only when some row has a value (or is true).
	Sparse    bool
	NullMeans NullMeaning
	// ValueLabels is the message-key prefix that puts a text value into
	// words ("availability." + "on-sale"), or "" to show it as it is.
	ValueLabels string
	// Accepted lists the values a text or list field takes; nil: any.
	Accepted func() []string
	// Normalize turns what a file gives into the catalog's spelling; ok
	// is false when the value is not acceptable.
	Normalize func(string) (string, bool)
	// Max bounds a number field's values, wherever a row comes from
	// (0: a field that is not a number). The bounds are far above any
	// instance Alibaba Cloud sells, and keep every figure and product of
	// figures finite.
	Max float64

	// at is the Go accessor: a pointer to the struct field. A pointer to
	// a pointer is a field that may be null.
	at func(*InstanceType) any
}

// Fields is the list schema, in the order of its keys.
var Fields = []Field{
	{Key: "instance_type", Header: "col.instance_type", Label: "field.instance_type", Views: InTable | InWide | InCSV, Sortable: true, Required: true,
		Normalize: normalizeTypeName, at: func(t *InstanceType) any { return &t.Name }},
	{Key: "family", Header: "col.family", Label: "field.family", Views: InWide | InDetail | InCompare | InCSV, Sortable: true,
		Normalize: normalizeFamily, at: func(t *InstanceType) any { return &t.Family }},
	{Key: "vcpu", Header: "col.vcpu", Label: "field.vcpu", Views: InTable | InWide | InDetail | InCompare | InCSV, Sortable: true, Required: true,
		Max: 4096,
		at:  func(t *InstanceType) any { return &t.VCPU }},
	{Key: "memory_gib", Header: "col.memory_gib", Label: "field.memory_gib", Unit: UnitGiB, Views: InTable | InWide | InDetail | InCompare | InCSV, Sortable: true, Required: true,
		Max: 65536,
		at:  func(t *InstanceType) any { return &t.MemoryGiB }},
	{Key: "gpu_model", Header: "col.gpu_model", Label: "field.gpu_model", Views: InTable | InWide | InDetail | InCompare | InCSV, Sortable: true, Required: true,
		Normalize: normalizeGPUModelText, at: func(t *InstanceType) any { return &t.GPUModel }},
	{Key: "gpu_model_source", Header: "col.gpu_model_source", Label: "field.gpu_model_source", Views: InCSV, Sortable: true,
		ValueLabels: "source.", Accepted: modelSourceNames, Normalize: normalizeModelSource, at: func(t *InstanceType) any { return &t.GPUModelSource }},
	{Key: "gpu_architecture", Header: "col.gpu_architecture", Label: "field.gpu_architecture", Views: InWide | InDetail | InCompare | InCSV, Sortable: true,
		Normalize: normalizeArchitecture, at: func(t *InstanceType) any { return &t.GPUArchitecture }},
	{Key: "gpu_count", Header: "col.gpu_count", Label: "field.gpu_count", Unit: UnitGPUs, Views: InTable | InWide | InCompare | InCSV, Sortable: true, Required: true,
		Max: 64,
		at:  func(t *InstanceType) any { return &t.GPUCount }},
	{Key: "gpu_memory_per_gpu_gib", Header: "col.gpu_memory_per_gpu_gib", Label: "field.gpu_memory_per_gpu_gib", Unit: UnitGiB, Views: InWide | InCompare | InCSV, Sortable: true, Required: true,
		Max: 1024,
		at:  func(t *InstanceType) any { return &t.GPUMemoryPerGPUGiB }},
	{Key: "gpu_memory_gib", Header: "col.gpu_memory_gib", Label: "field.gpu_memory_gib", Unit: UnitGiB, Views: InTable | InWide | InDetail | InCompare | InCSV, Sortable: true,
		Max: 65536,
		at:  func(t *InstanceType) any { return &t.GPUMemoryGiB }},
	{Key: "network_gbps", Header: "col.network_gbps", Label: "field.network_gbps", Unit: UnitGbps, Views: InTable | InWide | InDetail | InCompare | InCSV, Sortable: true,
		Max: 10000,
		at:  func(t *InstanceType) any { return &t.NetworkGbps }},
	{Key: "network_burst_gbps", Header: "col.network_burst_gbps", Label: "field.network_burst_gbps", Unit: UnitGbps, Views: InWide | InDetail | InCompare | InCSV, Sortable: true, Sparse: true,
		Max: 10000,
		at:  func(t *InstanceType) any { return &t.NetworkBurstGbps }},
	{Key: "pps", Header: "col.pps", Label: "field.pps", Unit: UnitPacketsSec, Views: InWide | InDetail | InCompare | InCSV, Sortable: true,
		Max: 1e9,
		at:  func(t *InstanceType) any { return &t.PPS }},
	{Key: "storage_iops", Header: "col.storage_iops", Label: "field.storage_iops", Views: InWide | InDetail | InCompare | InCSV, Sortable: true,
		Max: 1e8,
		at:  func(t *InstanceType) any { return &t.StorageIOPS }},
	{Key: "disk_bandwidth_gbyte_s", Header: "col.disk_bandwidth_gbyte_s", Label: "field.disk_bandwidth_gbyte_s", Unit: UnitGBps, Views: InWide | InDetail | InCompare | InCSV, Sortable: true, Sparse: true,
		Max: 10000,
		at:  func(t *InstanceType) any { return &t.DiskBandwidthGBps }},
	{Key: "max_disks", Header: "col.max_disks", Label: "field.max_disks", Views: InWide | InDetail | InCompare | InCSV, Sortable: true, Sparse: true,
		Max: 1024,
		at:  func(t *InstanceType) any { return &t.MaxDisks }},
	{Key: "nic_queues", Header: "col.nic_queues", Label: "field.nic_queues", Views: InWide | InDetail | InCompare | InCSV, Sortable: true,
		Max: 1024,
		at:  func(t *InstanceType) any { return &t.NICQueues }},
	{Key: "nic_queues_secondary", Header: "col.nic_queues_secondary", Label: "field.nic_queues_secondary", Views: InWide | InDetail | InCompare | InCSV, Sortable: true, Sparse: true,
		Max: 1024,
		at:  func(t *InstanceType) any { return &t.NICQueuesSecondary }},
	{Key: "enis", Header: "col.enis", Label: "field.enis", Views: InWide | InDetail | InCompare | InCSV, Sortable: true,
		Max: 1024,
		at:  func(t *InstanceType) any { return &t.ENIs }},
	{Key: "private_ips_per_eni", Header: "col.private_ips_per_eni", Label: "field.private_ips_per_eni", Views: InWide | InDetail | InCompare | InCSV, Sortable: true,
		Max: 1024,
		at:  func(t *InstanceType) any { return &t.PrivateIPsPerENI }},
	{Key: "ipv6_per_eni", Header: "col.ipv6_per_eni", Label: "field.ipv6_per_eni", Views: InWide | InDetail | InCompare | InCSV, Sortable: true,
		Max: 1024,
		at:  func(t *InstanceType) any { return &t.IPv6PerENI }},
	{Key: "local_storage_gib", Header: "col.local_storage_gib", Label: "field.local_storage_gib", Unit: UnitGiB, Views: InWide | InDetail | InCompare | InCSV, Sortable: true, NullMeans: NullNone,
		Max: 1048576,
		at:  func(t *InstanceType) any { return &t.LocalStorageGiB }},
	{Key: "cpu_architecture", Header: "col.cpu_architecture", Label: "field.cpu_architecture", Views: InWide | InDetail | InCompare | InCSV, Sortable: true,
		Accepted: func() []string { return []string{"X86", "ARM"} }, Normalize: normalizeCPUArchitecture, at: func(t *InstanceType) any { return &t.CPUArchitecture }},
	{Key: "eri_quantity", Header: "col.eri_quantity", Label: "field.eri_quantity", Views: InWide | InDetail | InCompare | InCSV, Sortable: true, Sparse: true,
		Max: 1024,
		at:  func(t *InstanceType) any { return &t.EriQuantity }},
	{Key: "boot_modes", Header: "col.boot_modes", Label: "field.boot_modes", Views: InWide | InDetail | InCompare | InCSV, Sortable: true, Sparse: true,
		Accepted: func() []string { return []string{"BIOS", "UEFI"} }, Normalize: normalizeBootMode, at: func(t *InstanceType) any { return &t.BootModes }},
	{Key: "bare_metal", Header: "col.bare_metal", Label: "field.bare_metal", Views: InWide | InDetail | InCompare | InCSV, Sortable: true, Sparse: true,
		at: func(t *InstanceType) any { return &t.BareMetal }},
	{Key: "shared_cpu", Header: "col.shared_cpu", Label: "field.shared_cpu", Views: InWide | InDetail | InCompare | InCSV, Sortable: true, Sparse: true,
		at: func(t *InstanceType) any { return &t.SharedCPU }},
	{Key: "recommended", Header: "col.recommended", Label: "field.recommended", Views: InWide | InCompare | InCSV, Sortable: true,
		at: func(t *InstanceType) any { return &t.Recommended }},
	{Key: "availability", Header: "col.availability", Label: "field.availability", Views: InWide | InDetail | InCompare | InCSV, Sortable: true,
		ValueLabels: "availability.", Accepted: Availabilities, Normalize: normalizeAvailability,
		at: func(t *InstanceType) any { return (*string)(&t.Availability) }},
	{Key: "vgpu", Header: "col.vgpu", Label: "field.vgpu", Views: InWide | InDetail | InCompare | InCSV, Sortable: true,
		at: func(t *InstanceType) any { return &t.VGPU }},
	{Key: "license_included", Header: "col.license_included", Label: "field.license_included", Views: InWide | InDetail | InCompare | InCSV, Sortable: true,
		at: func(t *InstanceType) any { return &t.LicenseIncluded }},
	{Key: "workloads", Header: "col.workloads", Label: "field.workloads", Views: InWide | InDetail | InCompare | InCSV, Sortable: true,
		Accepted: WorkloadSlugs, Normalize: normalizeWorkload, at: func(t *InstanceType) any { return &t.Workloads }},
	{Key: "editions", Header: "col.editions", Label: "field.editions", Views: InDetail | InCSV, Sortable: true,
		Accepted: Editions, Normalize: normalizeEdition, at: func(t *InstanceType) any { return &t.Editions }},
	{Key: "region", Header: "col.region", Label: "field.region", Views: InTable | InWide | InDetail | InCompare | InCSV, Sortable: true, Live: true,
		Normalize: normalizeZone, at: func(t *InstanceType) any { return &t.Region }},
	{Key: "zones", Header: "col.zones", Label: "field.zones", Views: InWide | InDetail | InCompare | InCSV, Sortable: true, Live: true,
		Normalize: normalizeZone, at: func(t *InstanceType) any { return &t.Zones }},
	{Key: "zones_sold_out", Header: "col.zones_sold_out", Label: "field.zones_sold_out", Views: InWide | InDetail | InCompare | InCSV, Sortable: true, Live: true,
		Normalize: normalizeZone, at: func(t *InstanceType) any { return &t.ZonesSoldOut }},
	{Key: "retiring", Header: "col.retiring", Label: "field.retiring", Views: InWide | InDetail | InCompare | InCSV, Sortable: true, Live: true,
		at: func(t *InstanceType) any { return &t.Retiring }},
	{Key: "price_per_hour", Header: "col.price_per_hour", Label: "field.price_per_hour", Views: InTable | InWide | InDetail | InCompare | InCSV, Sortable: true, Live: true,
		Max: 1e6,
		at:  func(t *InstanceType) any { return &t.PricePerHour }},
	{Key: "currency", Header: "col.currency", Label: "field.currency", Views: InCSV, Sortable: true, Live: true,
		Normalize: normalizeCurrency, at: func(t *InstanceType) any { return &t.Currency }},
	{Key: "source", Header: "col.source", Label: "field.source", Views: InDetail | InCSV, Sortable: true, ReadOnly: true,
		ValueLabels: "source.", at: func(t *InstanceType) any { return (*string)(&t.Source) }},
	{Key: "fetched_at", Header: "col.fetched_at", Label: "field.fetched_at", Views: InCSV, Sortable: true,
		at: func(t *InstanceType) any { return &t.FetchedAt }},
}

// probe is a row the field accessors are pointed at to learn their types.
var probe InstanceType

// Kind says what the field's values are.
func (f *Field) Kind() Kind {
	switch f.at(&probe).(type) {
	case *int, *int64, **int, **int64:
		return KindInt
	case *float64, **float64:
		return KindNumber
	case *bool:
		return KindBool
	case *[]string, *[]Workload:
		return KindList
	case **time.Time:
		return KindTime
	}
	return KindText
}

// Nullable reports whether the field may be null.
func (f *Field) Nullable() bool {
	switch f.at(&probe).(type) {
	case **int, **int64, **float64, **string, **time.Time, *[]string, *[]Workload:
		return true
	}
	return false
}

// Addr is the address of the field in t: a *string, *int, *int64,
// *float64, *bool, **T for a field that may be null (nil: null),
// *[]string, *[]Workload or **time.Time. Writers that would box every
// value of a long list read it through this.
func (f *Field) Addr(t *InstanceType) any { return f.at(t) }

// Shows reports whether the field appears in the view.
func (f *Field) Shows(v View) bool { return f.Views&v != 0 }

// Value returns the field's value for a type: nil when it is null, else a
// string, int64, float64, bool, []string or time.Time.
func (f *Field) Value(t *InstanceType) any {
	switch p := f.at(t).(type) {
	case *string:
		return *p
	case *int:
		return int64(*p)
	case *int64:
		return *p
	case *float64:
		return *p
	case *bool:
		return *p
	case **int:
		if *p != nil {
			return int64(**p)
		}
	case **int64:
		if *p != nil {
			return **p
		}
	case **float64:
		if *p != nil {
			return **p
		}
	case **string:
		if *p != nil {
			return **p
		}
	case *[]string:
		if *p != nil {
			return *p
		}
	case *[]Workload:
		if *p != nil {
			out := make([]string, len(*p))
			for i, w := range *p {
				out[i] = string(w)
			}
			return out
		}
	case **time.Time:
		if *p != nil {
			return **p
		}
	}
	return nil
}

// IsNull reports whether the type has no value for the field.
func (f *Field) IsNull(t *InstanceType) bool {
	switch p := f.at(t).(type) {
	case **int:
		return *p == nil
	case **int64:
		return *p == nil
	case **float64:
		return *p == nil
	case **string:
		return *p == nil
	case *[]string:
		return *p == nil
	case *[]Workload:
		return *p == nil
	case **time.Time:
		return *p == nil
	}
	return false
}

// Set gives the field a value of its kind, or null with nil. It reports
// false when the value is of the wrong kind or the field cannot be null.
func (f *Field) Set(t *InstanceType, v any) bool {
	switch p := f.at(t).(type) {
	case *string:
		s, ok := v.(string)
		*p = s
		return ok
	case *int:
		n, ok := v.(int64)
		*p = int(n)
		return ok
	case *int64:
		n, ok := v.(int64)
		*p = n
		return ok
	case *float64:
		n, ok := v.(float64)
		*p = n
		return ok
	case *bool:
		b, ok := v.(bool)
		*p = b
		return ok
	case **int:
		return setOpt(p, v, func(n int64) int { return int(n) })
	case **int64:
		return setOpt(p, v, func(n int64) int64 { return n })
	case **float64:
		return setOpt(p, v, func(n float64) float64 { return n })
	case **string:
		return setOpt(p, v, func(s string) string { return s })
	case **time.Time:
		return setOpt(p, v, func(x time.Time) time.Time { return x.UTC() })
	case *[]string:
		return setOpt2(p, v, func(s []string) []string { return s })
	case *[]Workload:
		return setOpt2(p, v, func(s []string) []Workload {
			out := make([]Workload, len(s))
			for i, x := range s {
				out[i] = Workload(x)
			}
			return out
		})
	}
	return false
}

func setOpt[V, T any](p **T, v any, conv func(V) T) bool {
	if v == nil {
		*p = nil
		return true
	}
	x, ok := v.(V)
	if ok {
		y := conv(x)
		*p = &y
	}
	return ok
}

func setOpt2[V any, T any](p *T, v any, conv func(V) T) bool {
	var zero T
	if v == nil {
		*p = zero
		return true
	}
	x, ok := v.(V)
	if ok {
		*p = conv(x)
	}
	return ok
}

// Compare orders two types on the field; both must have a value.
func (f *Field) Compare(a, b *InstanceType) int {
	switch p := f.at(a).(type) {
	case *string:
		return NaturalCompare(*p, *f.at(b).(*string))
	case *int:
		return cmp.Compare(*p, *f.at(b).(*int))
	case *int64:
		return cmp.Compare(*p, *f.at(b).(*int64))
	case *float64:
		return cmp.Compare(*p, *f.at(b).(*float64))
	case *bool:
		return compareBool(*p, *f.at(b).(*bool))
	case **int:
		return cmp.Compare(**p, **f.at(b).(**int))
	case **int64:
		return cmp.Compare(**p, **f.at(b).(**int64))
	case **float64:
		return cmp.Compare(**p, **f.at(b).(**float64))
	case **string:
		return NaturalCompare(**p, **f.at(b).(**string))
	case *[]string:
		return slices.Compare(*p, *f.at(b).(*[]string))
	case *[]Workload:
		return slices.Compare(*p, *f.at(b).(*[]Workload))
	case **time.Time:
		return (*p).Compare(**f.at(b).(**time.Time))
	}
	return 0
}

func compareBool(x, y bool) int {
	switch {
	case x == y:
		return 0
	case !x:
		return -1
	}
	return 1
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

// SortKeys returns the keys --sort accepts, in schema order.
func SortKeys() []string {
	var out []string
	for i := range Fields {
		if Fields[i].Sortable {
			out = append(out, Fields[i].Key)
		}
	}
	return out
}

// Keys returns every key of the list schema, in order.
func Keys() []string {
	out := make([]string, len(Fields))
	for i := range Fields {
		out[i] = Fields[i].Key
	}
	return out
}

// FieldsIn returns the fields shown in a view, in schema order.
func FieldsIn(v View) []*Field {
	var out []*Field
	for i := range Fields {
		if Fields[i].Shows(v) {
			out = append(out, &Fields[i])
		}
	}
	return out
}
