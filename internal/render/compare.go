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
func each[T, U any](items []T, f func(T) U) []U {
	out := make([]U, len(items))
	for i, it := range items {
		out[i] = f(it)
	}
	return out
}

// CompareMin and CompareMax bound how many types or families compare lays
// side by side, in the CLI and the TUI: more than six columns do not fit a
// terminal.
const CompareMin, CompareMax = 2, 6

// CompareTypes lays types side by side: every field compare shows, the
// derived per-GPU rows, and their GPUs' figures (a slice's share for a
// slice).
func CompareTypes(c *specs.Catalog, types []*specs.InstanceType, o Options) *Comparison {
	p := o.Printer
	cmp := &Comparison{Names: each(types, func(t *specs.InstanceType) string { return t.Name })}
	// The same type from two regions: each column says its region.
	count := map[string]int{}
	for _, n := range cmp.Names {
		count[n]++
	}
	for i, t := range types {
		if count[t.Name] > 1 && t.Region != nil {
			cmp.Names[i] += " (" + *t.Region + ")"
		}
	}
	for _, f := range fieldsShown(specs.InCompare, types) {
		cmp.add(Label(f, p, true), each(types, func(t *specs.InstanceType) string { return format(f, t, o, inCompare) })...)
	}
	perGPU := func(label string, v func(*specs.InstanceType) float64) {
		cmp.add(p.T(label), each(types, func(t *specs.InstanceType) string {
			if t.GPUs() <= 0 {
				return none
			}
			return Num(math.Round(v(t)/t.GPUs()*100) / 100)
		})...)
	}
	perGPU("cmp.vcpu_per_gpu", func(t *specs.InstanceType) float64 { return float64(t.VCPU) })
	perGPU("cmp.memory_per_gpu", func(t *specs.InstanceType) float64 { return t.MemoryGiB })
	perGPU("cmp.network_per_gpu", func(t *specs.InstanceType) float64 { return t.NetworkGbps })
	gpus := make([]*specs.GPU, len(types))
	for i, t := range types {
		if g := c.GPU(t); g != nil {
			share := g.Share(math.Min(1, t.GPUs()))
			gpus[i] = &share
		}
	}
	// The types' gpu_architecture row already says the architecture.
	gpuRows(cmp, gpus, p, false)
	return cmp
}

// gpuRows adds the GPU figures, one row each, for the compared GPUs; the
// architecture too when arch is set.
func gpuRows(cmp *Comparison, gpus []*specs.GPU, p i18n.Printer, arch bool) {
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
	if arch {
		row("cmp.gpu_architecture", func(g *specs.GPU) string { return fact(g.Architecture) })
	}
	row("cmp.gpu_compute_capability", func(g *specs.GPU) string { return fact(g.ComputeCapability) })
	row("cmp.gpu_memory_type", func(g *specs.GPU) string { return fact(g.MemoryType) })
	row("cmp.gpu_bandwidth", func(g *specs.GPU) string { return fig(g.MemoryBandwidthGB) })
	row("cmp.gpu_fp64", func(g *specs.GPU) string { return fig(g.FP64TFLOPS) })
	row("cmp.gpu_fp32", func(g *specs.GPU) string { return fig(g.FP32TFLOPS) })
	// The newer formats are rows only where some GPU compared has them.
	optional := func(label string, f func(*specs.GPU) specs.Figure) {
		for _, g := range gpus {
			if g != nil && f(g).Known() {
				row(label, func(g *specs.GPU) string { return fig(f(g)) })
				return
			}
		}
	}
	optional("cmp.gpu_tf32", func(g *specs.GPU) specs.Figure { return g.TF32TFLOPS })
	row("cmp.gpu_fp16", func(g *specs.GPU) string {
		s := fig(g.FP16TFLOPS)
		if g.FP16OnTensorCores && s != none {
			s += " (tensor)"
		}
		return s
	})
	optional("cmp.gpu_fp8", func(g *specs.GPU) specs.Figure { return g.FP8TFLOPS })
	row("cmp.gpu_int8", func(g *specs.GPU) string { return fig(g.INT8TOPS) })
	optional("cmp.gpu_fp4", func(g *specs.GPU) specs.Figure { return g.FP4TFLOPS })
	row("cmp.gpu_int4", func(g *specs.GPU) string { return fig(g.INT4TOPS) })
	row("cmp.gpu_tensor_cores", func(g *specs.GPU) string { return fig(orZero(g.TensorCores, !g.HasTensorCores())) })
	row("cmp.gpu_bf16", func(g *specs.GPU) string { return yesNo(p, g.BF16) })
	row("cmp.gpu_nvlink", func(g *specs.GPU) string { return fact(g.NVLink) })
	optional("cmp.gpu_video_encoders", func(g *specs.GPU) specs.Figure { return g.VideoEncoders })
	optional("cmp.gpu_video_decoders", func(g *specs.GPU) specs.Figure { return g.VideoDecoders })
}

// CompareFamilies lays families side by side: their facts, the spread of
// their types, and their GPUs' figures.
func CompareFamilies(c *specs.Catalog, names []string, o Options) *Comparison {
	p := o.Printer
	cmp := &Comparison{Names: names}
	fams := make([]*specs.Family, len(names))
	types := make([][]*specs.InstanceType, len(names))
	var all []*specs.InstanceType
	for i, n := range names {
		fams[i] = c.Family(n)
		types[i] = c.TypesOf(n)
		all = append(all, types[i]...)
	}
	familyRows(cmp, c, fams, p)
	cmp.add(p.T("cmp.types"), each(types, func(ts []*specs.InstanceType) string { return strconv.Itoa(len(ts)) })...)
	// The spread of every number the list's table shows.
	for _, f := range fieldsShown(specs.InTable, all) {
		if k := f.Kind(); k == specs.KindInt || k == specs.KindNumber {
			cmp.add(Label(f, p, true), each(types, func(ts []*specs.InstanceType) string { return spread(f, ts) })...)
		}
	}
	gpus := make([]*specs.GPU, len(fams))
	for i, f := range fams {
		if f != nil {
			gpus[i] = c.GPUByKey(f.GPU)
		} else if len(types[i]) > 0 {
			gpus[i] = c.GPU(types[i][0])
		}
	}
	gpuRows(cmp, gpus, p, true)
	return cmp
}

// spread is the range of a number field over types: "8..82", or "16".
func spread(f *specs.Field, ts []*specs.InstanceType) string {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, t := range ts {
		var v float64
		switch x := f.Value(t).(type) {
		case int64:
			v = float64(x)
		case float64:
			v = x
		default:
			continue
		}
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	text := Num
	if f.Unit == specs.UnitGPUs {
		text = GPUCount
	}
	switch {
	case math.IsInf(lo, 1):
		return none
	case lo == hi:
		return text(lo)
	}
	return text(lo) + ".." + text(hi)
}

// familyRows adds the facts of the families, one row each.
func familyRows(cmp *Comparison, c *specs.Catalog, fams []*specs.Family, p i18n.Printer) {
	row := func(label string, f func(*specs.Family) string) {
		cmp.add(p.T(label), each(fams, func(fam *specs.Family) string {
			if fam == nil {
				return none
			}
			return f(fam)
		})...)
	}
	text := func(t i18n.Text, empty string) string {
		if t.EN == "" {
			return empty
		}
		return t.In(p.Lang)
	}
	row("field.gpu_model", func(f *specs.Family) string {
		if g := c.GPUByKey(f.GPU); g != nil {
			return GPUTitle(g, p)
		}
		return f.GPU
	})
	row("cmp.interconnect", func(f *specs.Family) string { return f.Interconnect.In(p.Lang) })
	row("cmp.cpu", func(f *specs.Family) string { return cpuName(f, p) })
	row("cmp.cpu_clock", func(f *specs.Family) string {
		if f.CPUClockGHz == 0 {
			return none
		}
		return Num(f.CPUClockGHz)
	})
	row("cmp.vcpu_memory", func(f *specs.Family) string { return text(f.VCPUToMemory, none) })
	row("field.local_storage_gib", func(f *specs.Family) string { return text(f.LocalStorage, p.T("detail.none")) })
	row("cmp.disks", func(f *specs.Family) string {
		return strings.Join(each(f.Disks, func(d specs.DiskCategory) string { return p.T("disk." + string(d)) }), ", ")
	})
	row("cmp.ipv6", func(f *specs.Family) string { return yesNo(p, f.IPv6) })
	row("field.recommended", func(f *specs.Family) string { return yesNo(p, f.Recommended) })
	row("field.availability", func(f *specs.Family) string { return p.T("availability." + string(f.Availability)) })
	row("field.vgpu", func(f *specs.Family) string { return yesNo(p, f.VGPU) })
	row("field.bare_metal", func(f *specs.Family) string { return yesNo(p, f.BareMetal) })
	row("field.shared_cpu", func(f *specs.Family) string { return yesNo(p, f.SharedCPU) })
	row("field.workloads", func(f *specs.Family) string {
		ws := strings.Split(specs.JoinWorkloads(f.Workloads(), ","), ",")
		if p.Lang != i18n.EN {
			ws = localizedNames("workloads", ws, p)
		}
		return strings.Join(ws, ",")
	})
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

// Compare writes types, or families, side by side, as compare prints
// them. The machine formats print the types in the list schema, and
// families as their facts with their types.
func Compare(w io.Writer, format Format, c *specs.Catalog, matches []specs.Match, diffOnly bool, o Options) error {
	var types []*specs.InstanceType
	var families []string
	for _, m := range matches {
		if m.IsFamily() {
			families = append(families, m.Family)
			types = append(types, c.TypesOf(m.Family)...)
		} else {
			types = append(types, m.Type)
		}
	}
	switch format {
	case JSON, YAML:
		if len(families) > 0 {
			return writeData(w, format, each(families, func(n string) any { return familyDoc(c, n) }))
		}
		return writeData(w, format, typesValue(types))
	case CSV:
		return writeCSV(w, types)
	case Markdown:
		o.Styles = NewStyles(false)
	}
	var cmp *Comparison
	if len(families) > 0 {
		cmp = CompareFamilies(c, families, o)
	} else {
		cmp = CompareTypes(c, types, o)
	}
	return WriteComparison(w, cmp, diffOnly, format, o)
}
