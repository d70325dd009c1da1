package render

import (
	"strconv"
	"strings"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Column is one column of a table of instance types. The TUI uses the same
// columns as `list`, so both say the same thing.
type Column struct {
	Key     string // the list-schema key the column shows, or "" for notes
	Header  string // message key of the header
	Numeric bool
	value   func(it *specs.InstanceType, o Options) string
}

// Value renders the column for one type.
func (c Column) Value(it *specs.InstanceType, o Options) string { return c.value(it, o) }

// HeaderText is the column's header in the printer's language.
func (c Column) HeaderText(p i18n.Printer) string { return p.T(c.Header) }

func optNum[T int | int64 | float64](v *T) string {
	if v == nil {
		return none
	}
	return Num(float64(*v))
}

func yesNo(p i18n.Printer, v bool) string {
	if v {
		return p.T("word.yes")
	}
	return p.T("word.no")
}

var (
	colName      = Column{"instance_type", "col.instance_type", false, func(it *specs.InstanceType, _ Options) string { return it.Name }}
	colFamily    = Column{"family", "col.family", false, func(it *specs.InstanceType, _ Options) string { return it.Family }}
	colVCPU      = Column{"vcpu", "col.vcpu", true, func(it *specs.InstanceType, _ Options) string { return strconv.Itoa(it.VCPU) }}
	colMemory    = Column{"memory_gib", "col.memory_gib", true, func(it *specs.InstanceType, _ Options) string { return Num(it.MemoryGiB) }}
	colGPUModel  = Column{"gpu_model", "col.gpu_model", false, func(it *specs.InstanceType, _ Options) string { return it.GPUModel }}
	colGPUCount  = Column{"gpu_count", "col.gpu_count", true, func(it *specs.InstanceType, _ Options) string { return GPUCount(it.GPUCount) }}
	colGPUMemPer = Column{"gpu_memory_per_gpu_gib", "col.gpu_memory_per_gpu_gib", true, func(it *specs.InstanceType, _ Options) string {
		return Num(it.GPUMemoryPerGPUGiB)
	}}
	colGPUMem      = Column{"gpu_memory_gib", "col.gpu_memory_gib", true, func(it *specs.InstanceType, _ Options) string { return Num(it.GPUMemoryGiB) }}
	colNetwork     = Column{"network_gbps", "col.network_gbps", true, func(it *specs.InstanceType, _ Options) string { return Num(it.NetworkGbps) }}
	colPPS         = Column{"pps", "col.pps", true, func(it *specs.InstanceType, _ Options) string { return strconv.FormatInt(it.PPS, 10) }}
	colIOPS        = Column{"storage_iops", "col.storage_iops", true, func(it *specs.InstanceType, _ Options) string { return optNum(it.StorageIOPS) }}
	colQueues      = Column{"nic_queues", "col.nic_queues", true, func(it *specs.InstanceType, _ Options) string { return strconv.Itoa(it.NICQueues) }}
	colENIs        = Column{"enis", "col.enis", true, func(it *specs.InstanceType, _ Options) string { return strconv.Itoa(it.ENIs) }}
	colIPs         = Column{"private_ips_per_eni", "col.private_ips_per_eni", true, func(it *specs.InstanceType, _ Options) string { return optNum(it.PrivateIPsPerENI) }}
	colLocal       = Column{"local_storage_gib", "col.local_storage_gib", true, func(it *specs.InstanceType, _ Options) string { return optNum(it.LocalStorageGiB) }}
	colRecommended = Column{"recommended", "col.recommended", false, func(it *specs.InstanceType, o Options) string {
		return yesNo(o.Printer, it.Recommended)
	}}
	colAvailability = Column{"availability", "col.availability", false, func(it *specs.InstanceType, o Options) string {
		return AvailabilityText(o.Printer, it.Availability)
	}}
	colVGPU    = Column{"vgpu", "col.vgpu", false, func(it *specs.InstanceType, o Options) string { return yesNo(o.Printer, it.VGPU) }}
	colLicence = Column{"license_included", "col.license_included", false, func(it *specs.InstanceType, o Options) string {
		return yesNo(o.Printer, it.LicenseIncluded)
	}}
	colWorkloads = Column{"workloads", "col.workloads", false, func(it *specs.InstanceType, _ Options) string {
		return JoinWorkloads(it.Workloads)
	}}
	colZones = Column{"zones", "col.zones", false, func(it *specs.InstanceType, _ Options) string {
		if len(it.Zones) == 0 {
			return none
		}
		return strings.Join(it.Zones, ",")
	}}
	colPrice = Column{"price_per_hour", "col.price_per_hour", true, func(it *specs.InstanceType, _ Options) string {
		return Price(it)
	}}
	colNotes = Column{"", "col.notes", false, func(it *specs.InstanceType, o Options) string { return Notes(it, o) }}
)

// TableColumns are the columns a person scans first.
func TableColumns() []Column {
	return []Column{colName, colVCPU, colMemory, colGPUModel, colGPUCount, colGPUMem, colNetwork, colNotes}
}

// WideColumns are all the columns. Price and zones appear when any of the
// types has them.
func WideColumns(types []*specs.InstanceType) []Column {
	cols := []Column{colName, colFamily, colVCPU, colMemory, colGPUModel, colGPUCount, colGPUMemPer, colGPUMem,
		colNetwork, colPPS, colIOPS, colQueues, colENIs, colIPs, colLocal, colRecommended, colAvailability, colVGPU,
		colLicence, colWorkloads}
	var zones bool
	for _, it := range types {
		zones = zones || len(it.Zones) > 0
	}
	if HasPrices(types) {
		cols = append(cols, colPrice)
	}
	if zones {
		cols = append(cols, colZones)
	}
	return cols
}

// Price formats a type's hourly price with its currency, or "-".
func Price(it *specs.InstanceType) string {
	if it.PricePerHour == nil {
		return none
	}
	s := strconv.FormatFloat(*it.PricePerHour, 'f', -1, 64)
	if it.Currency != nil {
		s += " " + *it.Currency
	}
	return s
}

// JoinWorkloads lists workload slugs separated by commas.
func JoinWorkloads(ws []specs.Workload) string {
	s := make([]string, len(ws))
	for i, w := range ws {
		s[i] = string(w)
	}
	return strings.Join(s, ",")
}

// AvailabilityText says whether a type is on sale, in words.
func AvailabilityText(p i18n.Printer, a specs.Availability) string {
	switch a {
	case specs.OnSale:
		return p.T("availability.on-sale")
	case specs.InviteOnly:
		return p.T("availability.invite-only")
	}
	return string(a)
}

// Notes are the few words a person needs before picking a type:
// recommended or invitation-only, a vGPU slice, an included licence.
func Notes(it *specs.InstanceType, o Options) string {
	var parts []string
	if it.Availability == specs.InviteOnly {
		parts = append(parts, o.Styles.Warn(o.Printer.T("note.invite-only")))
	} else if it.Recommended {
		parts = append(parts, o.Styles.Good(o.Printer.T("note.recommended")))
	}
	if it.VGPU {
		parts = append(parts, o.Printer.T("note.vgpu"))
	}
	if it.LicenseIncluded {
		parts = append(parts, o.Printer.T("note.vws"))
	}
	if it.Source != "" && it.Source != specs.FromDocument {
		parts = append(parts, o.Styles.Dim(string(it.Source)))
	}
	return strings.Join(parts, o.Printer.T("sep.list"))
}

func buildGrid(cols []Column, types []*specs.InstanceType, o Options) *grid {
	g := &grid{header: make([]string, len(cols)), numeric: make([]bool, len(cols)), rows: make([][]string, len(types))}
	for i, c := range cols {
		g.header[i] = o.Styles.Header(c.HeaderText(o.Printer))
		g.numeric[i] = c.Numeric
	}
	for r, it := range types {
		row := make([]string, len(cols))
		for i, c := range cols {
			row[i] = c.value(it, o)
		}
		g.rows[r] = row
	}
	return g
}

// HasPrices reports whether any of the types has a price.
func HasPrices(types []*specs.InstanceType) bool {
	for _, it := range types {
		if it.PricePerHour != nil {
			return true
		}
	}
	return false
}

// PriceColumn is the price column, for views that add it when prices are
// known.
func PriceColumn() Column { return colPrice }
