package render

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// CompareRow is one field of a side-by-side comparison.
type CompareRow struct {
	Label  string
	Values []string
	Differ bool
}

// Comparison is a side-by-side view: one column per type or family.
type Comparison struct {
	Names []string
	Rows  []CompareRow
}

func (cmp *Comparison) add(label string, values ...string) {
	differ := false
	for _, v := range values[1:] {
		differ = differ || v != values[0]
	}
	cmp.Rows = append(cmp.Rows, CompareRow{Label: label, Values: values, Differ: differ})
}

// each maps a function over the compared items.
func each[T any](items []T, f func(T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = f(it)
	}
	return out
}

// CompareTypes lays types side by side: every field, the derived per-GPU
// rows, and their GPUs' figures (a slice's share for a slice).
func CompareTypes(c *specs.Catalog, types []*specs.InstanceType, o Options) *Comparison {
	p := o.Printer
	cmp := &Comparison{Names: each(types, func(t *specs.InstanceType) string { return t.Name })}
	row := func(label string, f func(*specs.InstanceType) string) { cmp.add(p.T(label), each(types, f)...) }
	row("cmp.family", func(t *specs.InstanceType) string { return t.Family })
	row("cmp.vcpu", func(t *specs.InstanceType) string { return strconv.Itoa(t.VCPU) })
	row("cmp.memory", func(t *specs.InstanceType) string { return Num(t.MemoryGiB) })
	row("cmp.gpu_model", func(t *specs.InstanceType) string { return t.GPUModel })
	row("cmp.gpu_count", func(t *specs.InstanceType) string { return GPUCount(t.GPUCount) })
	row("cmp.gpu_memory_per_gpu", func(t *specs.InstanceType) string { return Num(t.GPUMemoryPerGPUGiB) })
	row("cmp.gpu_memory", func(t *specs.InstanceType) string { return Num(t.GPUMemoryGiB) })
	row("cmp.network", func(t *specs.InstanceType) string { return Num(t.NetworkGbps) })
	row("cmp.pps", func(t *specs.InstanceType) string { return Grouped(t.PPS) })
	row("cmp.storage_iops", func(t *specs.InstanceType) string { return optGroupedDash(t.StorageIOPS) })
	row("cmp.nic_queues", func(t *specs.InstanceType) string { return strconv.Itoa(t.NICQueues) })
	row("cmp.enis", func(t *specs.InstanceType) string { return strconv.Itoa(t.ENIs) })
	row("cmp.private_ips", func(t *specs.InstanceType) string { return optNum(t.PrivateIPsPerENI) })
	row("cmp.local_storage", func(t *specs.InstanceType) string { return optNum(t.LocalStorageGiB) })
	row("cmp.recommended", func(t *specs.InstanceType) string { return yesNo(p, t.Recommended) })
	row("cmp.availability", func(t *specs.InstanceType) string { return AvailabilityText(p, t.Availability) })
	row("cmp.vgpu", func(t *specs.InstanceType) string { return yesNo(p, t.VGPU) })
	row("cmp.licence", func(t *specs.InstanceType) string { return yesNo(p, t.LicenseIncluded) })
	row("cmp.workloads", func(t *specs.InstanceType) string { return JoinWorkloads(t.Workloads) })
	var priced, zoned bool
	for _, t := range types {
		priced = priced || t.PricePerHour != nil
		zoned = zoned || len(t.Zones) > 0
	}
	if priced {
		row("cmp.price", Price)
	}
	if zoned {
		row("cmp.zones", func(t *specs.InstanceType) string { return strings.Join(t.Zones, ",") })
	}
	perGPU := func(v float64, t *specs.InstanceType) string {
		if t.GPUCount <= 0 {
			return none
		}
		return Num(math.Round(v/t.GPUCount*100) / 100)
	}
	row("cmp.vcpu_per_gpu", func(t *specs.InstanceType) string { return perGPU(float64(t.VCPU), t) })
	row("cmp.memory_per_gpu", func(t *specs.InstanceType) string { return perGPU(t.MemoryGiB, t) })
	row("cmp.network_per_gpu", func(t *specs.InstanceType) string { return perGPU(t.NetworkGbps, t) })
	gpus := make([]*specs.GPU, len(types))
	for i, t := range types {
		if g := c.GPU(t); g != nil {
			share := g.Share(math.Min(1, t.GPUCount))
			gpus[i] = &share
		}
	}
	gpuRows(cmp, gpus, p)
	return cmp
}

func optGroupedDash(v *int64) string {
	if v == nil {
		return none
	}
	return Grouped(*v)
}

// gpuRows adds the GPU figures, one row each, for the compared GPUs.
func gpuRows(cmp *Comparison, gpus []*specs.GPU, p i18n.Printer) {
	any := false
	for _, g := range gpus {
		any = any || g != nil
	}
	if !any {
		return
	}
	row := func(label string, f func(*specs.GPU) string) {
		vals := make([]string, len(gpus))
		for i, g := range gpus {
			if g == nil {
				vals[i] = none
			} else {
				vals[i] = f(g)
			}
		}
		cmp.add(p.T(label), vals...)
	}
	fig := func(f specs.Figure) string {
		if !f.Known() {
			return none
		}
		s := Num(round(f.Value))
		if f.Source == specs.FromEstimate {
			s += "~"
		}
		return s
	}
	fact := func(f specs.Fact) string {
		if !f.Known() {
			return none
		}
		return f.Text.In(p.Lang)
	}
	row("cmp.gpu_architecture", func(g *specs.GPU) string { return fact(g.Architecture) })
	row("cmp.gpu_compute_capability", func(g *specs.GPU) string { return fact(g.ComputeCapability) })
	row("cmp.gpu_memory_type", func(g *specs.GPU) string { return fact(g.MemoryType) })
	row("cmp.gpu_bandwidth", func(g *specs.GPU) string { return fig(g.MemoryBandwidthGB) })
	row("cmp.gpu_fp64", func(g *specs.GPU) string { return fig(g.FP64TFLOPS) })
	row("cmp.gpu_fp32", func(g *specs.GPU) string { return fig(g.FP32TFLOPS) })
	row("cmp.gpu_fp16", func(g *specs.GPU) string {
		s := fig(g.FP16TFLOPS)
		if g.FP16OnTensorCores && s != none {
			s += " (tensor)"
		}
		return s
	})
	row("cmp.gpu_int8", func(g *specs.GPU) string { return fig(g.INT8TOPS) })
	row("cmp.gpu_int4", func(g *specs.GPU) string { return fig(g.INT4TOPS) })
	row("cmp.gpu_tensor_cores", func(g *specs.GPU) string { return fig(orZero(g.TensorCores, !g.HasTensorCores())) })
	row("cmp.gpu_bf16", func(g *specs.GPU) string { return yesNo(p, g.BF16) })
	row("cmp.gpu_nvlink", func(g *specs.GPU) string { return fact(g.NVLink) })
}

// CompareFamilies lays families side by side: their facts, the spread of
// their types, and their GPUs' figures.
func CompareFamilies(c *specs.Catalog, names []string, o Options) *Comparison {
	p := o.Printer
	cmp := &Comparison{Names: names}
	fams := make([]*specs.Family, len(names))
	types := make([][]*specs.InstanceType, len(names))
	for i, n := range names {
		fams[i] = c.Family(n)
		types[i] = c.TypesOf(n)
	}
	famRow := func(label string, f func(*specs.Family) string) {
		vals := make([]string, len(fams))
		for i, fam := range fams {
			if fam == nil {
				vals[i] = none
			} else {
				vals[i] = f(fam)
			}
		}
		cmp.add(p.T(label), vals...)
	}
	spread := func(label string, f func(*specs.InstanceType) float64, format func(float64) string) {
		vals := make([]string, len(types))
		for i, ts := range types {
			lo, hi := math.Inf(1), math.Inf(-1)
			for _, t := range ts {
				lo, hi = math.Min(lo, f(t)), math.Max(hi, f(t))
			}
			switch {
			case len(ts) == 0:
				vals[i] = none
			case lo == hi:
				vals[i] = format(lo)
			default:
				vals[i] = format(lo) + ".." + format(hi)
			}
		}
		cmp.add(p.T(label), vals...)
	}
	famRow("cmp.gpu_model", func(f *specs.Family) string {
		if g := c.GPUByKey(f.GPU); g != nil {
			return g.Name
		}
		return f.GPU
	})
	famRow("cmp.interconnect", func(f *specs.Family) string { return f.Interconnect.In(p.Lang) })
	famRow("cmp.cpu", func(f *specs.Family) string { return f.CPU })
	famRow("cmp.cpu_clock", func(f *specs.Family) string { return Num(f.CPUClockGHz) })
	famRow("cmp.vcpu_memory", func(f *specs.Family) string {
		if f.VCPUToMemory.EN == "" {
			return none
		}
		return f.VCPUToMemory.In(p.Lang)
	})
	famRow("cmp.local_storage", func(f *specs.Family) string {
		if f.LocalStorage.EN == "" {
			return p.T("detail.none")
		}
		return f.LocalStorage.In(p.Lang)
	})
	famRow("cmp.disks", func(f *specs.Family) string {
		return strings.Join(each(f.Disks, func(d specs.DiskCategory) string { return p.T("disk." + string(d)) }), ", ")
	})
	famRow("cmp.ipv6", func(f *specs.Family) string { return yesNo(p, f.IPv6) })
	famRow("cmp.recommended", func(f *specs.Family) string { return yesNo(p, f.Recommended) })
	famRow("cmp.availability", func(f *specs.Family) string { return AvailabilityText(p, f.Availability) })
	famRow("cmp.vgpu", func(f *specs.Family) string { return yesNo(p, f.VGPU) })
	famRow("cmp.workloads", func(f *specs.Family) string { return JoinWorkloads(f.Workloads()) })
	cmp.add(p.T("cmp.types"), each(types, func(ts []*specs.InstanceType) string { return strconv.Itoa(len(ts)) })...)
	spread("cmp.vcpu", func(t *specs.InstanceType) float64 { return float64(t.VCPU) }, Num)
	spread("cmp.memory", func(t *specs.InstanceType) float64 { return t.MemoryGiB }, Num)
	spread("cmp.gpu_count", func(t *specs.InstanceType) float64 { return t.GPUCount }, GPUCount)
	spread("cmp.gpu_memory", func(t *specs.InstanceType) float64 { return t.GPUMemoryGiB }, Num)
	spread("cmp.network", func(t *specs.InstanceType) float64 { return t.NetworkGbps }, Num)
	gpus := make([]*specs.GPU, len(fams))
	for i, f := range fams {
		if f != nil {
			gpus[i] = c.GPUByKey(f.GPU)
		} else if len(types[i]) > 0 {
			gpus[i] = c.GPU(types[i][0])
		}
	}
	gpuRows(cmp, gpus, p)
	return cmp
}

// WriteComparison draws a comparison as a table (or Markdown). Rows whose
// values differ are marked with "*", and their values coloured when colour
// is on. With diffOnly only those rows are drawn.
func WriteComparison(w io.Writer, cmp *Comparison, diffOnly bool, format Format, o Options) error {
	s := o.Styles
	g := &grid{header: append([]string{s.Header(o.Printer.T("cmp.field"))}, each(cmp.Names, s.Header)...)}
	for _, r := range cmp.Rows {
		if diffOnly && !r.Differ {
			continue
		}
		// A * marks the rows that differ, with or without colour; colour
		// also highlights their values.
		label, values := "  "+r.Label, r.Values
		if r.Differ {
			label = "* " + r.Label
			if format != Markdown {
				values = each(values, s.Diff)
			}
		}
		g.rows = append(g.rows, append([]string{label}, values...))
	}
	if format == Markdown {
		for i := range g.rows {
			g.rows[i][0] = strings.TrimSpace(g.rows[i][0])
		}
		return writeMarkdown(w, g)
	}
	if err := writePlain(w, g); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, "\n"+s.Dim(o.Printer.T("cmp.legend")))
	return err
}
