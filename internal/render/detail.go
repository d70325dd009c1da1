package render

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// kv is one labelled line of a detail view.
type kv struct{ key, value string }

// writeKV writes labelled lines with the values aligned, indented by two
// spaces. Labels are measured by display width, so Chinese labels align.
func writeKV(w io.Writer, rows []kv, s Styles) error {
	width := 0
	for _, r := range rows {
		width = max(width, Width(r.key))
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString("  ")
		b.WriteString(s.Dim(r.key))
		b.WriteString(strings.Repeat(" ", width-Width(r.key)+2))
		b.WriteString(r.value)
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func heading(w io.Writer, s Styles, text string) error {
	_, err := io.WriteString(w, s.Title(text)+"\n")
	return err
}

// TypeDetail writes everything known about one instance type: its figures,
// its family's facts and its GPU's datasheet figures.
func TypeDetail(w io.Writer, c *specs.Catalog, it *specs.InstanceType, o Options) error {
	p, s := o.Printer, o.Styles
	fam := c.FamilyOf(it)
	title := it.Name
	if fam != nil {
		title += "  " + s.Dim(fam.Summary.In(p.Lang))
	}
	if err := heading(w, s, title); err != nil {
		return err
	}
	if err := writeKV(w, typeRows(c, it, fam, o), s); err != nil {
		return err
	}
	if err := editionSection(w, c, it, o); err != nil {
		return err
	}
	if err := documentSection(w, c, it, o); err != nil {
		return err
	}
	if fam != nil {
		io.WriteString(w, "\n")
		if err := heading(w, s, p.T("detail.family_heading", fam.Name)); err != nil {
			return err
		}
		if err := familyBody(w, fam, o); err != nil {
			return err
		}
	}
	if g := c.GPU(it); g != nil {
		io.WriteString(w, "\n")
		return gpuSection(w, *g, it.GPUs(), o)
	}
	return nil
}

// documentSection says where a synced type's figures differ from the
// documents': "document: 16 Gbit/s, API: 15 Gbit/s".
func documentSection(w io.Writer, c *specs.Catalog, it *specs.InstanceType, o Options) error {
	diffs := specs.CompareDocument(c.Edition, it)
	if len(diffs) == 0 {
		return nil
	}
	p := o.Printer
	io.WriteString(w, "\n")
	if err := heading(w, o.Styles, p.T("detail.api_heading")); err != nil {
		return err
	}
	rows := make([]kv, len(diffs))
	for i, d := range diffs {
		rows[i] = kv{Label(d.Field, p, false), p.T("detail.api_value", format(d.Field, d.Other, o, inDetail), format(d.Field, it, o, inDetail))}
	}
	return writeKV(w, rows, o.Styles)
}

// editionSection says what the other edition of the overview gives where
// it differs: the original's figures for a type the current pages changed.
func editionSection(w io.Writer, c *specs.Catalog, it *specs.InstanceType, o Options) error {
	diffs := specs.CompareEditions(c.Edition, it)
	if len(diffs) == 0 {
		return nil
	}
	p := o.Printer
	other := specs.OtherEdition(c.Edition)
	io.WriteString(w, "\n")
	if err := heading(w, o.Styles, p.T("detail.edition_heading."+string(other))); err != nil {
		return err
	}
	rows := make([]kv, len(diffs))
	for i, d := range diffs {
		rows[i] = kv{Label(d.Field, p, false), p.T("detail.edition_value", format(d.Field, d.Other, o, inDetail), format(d.Field, it, o, inDetail))}
	}
	return writeKV(w, rows, o.Styles)
}

// detailRow puts a field into words for show where it reads better with
// the rest of the type (a slice's share of its card) or its family: the
// message key of its label and its value. It reports false for a field
// its kind alone puts into words.
func detailRow(key string, c *specs.Catalog, it *specs.InstanceType, fam *specs.Family, p i18n.Printer) (string, string, bool) {
	switch key {
	case "availability":
		status := p.T("availability." + string(it.Availability))
		if it.Recommended {
			status = p.T("detail.recommended_and", status)
		}
		return "detail.status", status, true
	case "gpu_model":
		name := it.Model()
		if g := c.GPU(it); g != nil {
			name = GPUTitle(g, p)
		}
		var text string
		switch {
		case it.GPUCount == nil && it.VGPU:
			text = p.T("detail.gpu_slice_of", name)
		case it.GPUCount == nil:
			text = name
		case it.IsSlice() && it.VGPU:
			text = p.T("detail.gpu_slice", GPUCount(it.GPUs()), name)
		case it.IsSlice():
			text = p.T("detail.gpu_part", GPUCount(it.GPUs()), name)
		default:
			text = p.T("detail.gpu_whole", GPUCount(it.GPUs()), name)
		}
		if it.GPUModelSource != nil && *it.GPUModelSource == string(specs.FromInference) {
			text += p.T("detail.model_inferred", it.Family)
		}
		return "field.gpu_model", text, true
	case "gpu_memory_gib":
		switch {
		case it.GPUMemoryGiB == nil:
			return "field.gpu_memory_gib", p.T("detail.not_listed"), true
		case it.GPUMemoryPerGPUGiB == nil:
			return "field.gpu_memory_gib", p.T("unit.gib", Num(it.GPUMemory())), true
		case it.IsSlice():
			return "field.gpu_memory_gib", p.T("detail.gpu_memory_slice", Num(it.GPUMemory()), GPUCount(it.GPUs()), Num(it.MemoryPerGPU())), true
		}
		return "field.gpu_memory_gib", p.T("detail.gpu_memory_whole", Num(it.GPUMemory()), Num(it.MemoryPerGPU())), true
	case "local_storage_gib":
		if it.LocalStorageGiB == nil {
			return "field.local_storage_gib", p.T("detail.none"), true
		}
		local := p.T("unit.gib", Num(*it.LocalStorageGiB))
		if fam != nil && fam.LocalStorage.EN != "" {
			local += " (" + fam.LocalStorage.In(p.Lang) + ")"
		}
		return "field.local_storage_gib", local, true
	case "license_included":
		switch {
		case it.LicenseIncluded:
			return "detail.licence", p.T("detail.licence_included"), true
		case it.VGPU:
			return "detail.licence", p.T("detail.licence_needed"), true
		}
		return "detail.licence", p.T("detail.licence_not_needed"), true
	case "source":
		src := SourceText(p, it.Source)
		if it.FetchedAt != nil {
			src = p.T("detail.fetched", src, it.FetchedAt.UTC().Format("2006-01-02 15:04 MST"))
		}
		return "field.source", src, true
	}
	return "", "", false
}

// typeRows are the detail's lines: every field shown in show, the family
// and the status first, as a person asks those first.
func typeRows(c *specs.Catalog, it *specs.InstanceType, fam *specs.Family, o Options) []kv {
	fields := fieldsShown(specs.InDetail, []*specs.InstanceType{it})
	first := func(key string) int {
		switch key {
		case "family":
			return 0
		case "availability":
			return 1
		}
		return 2
	}
	slices.SortStableFunc(fields, func(a, b *specs.Field) int { return first(a.Key) - first(b.Key) })
	rows := make([]kv, 0, len(fields))
	for _, f := range fields {
		if label, value, ok := detailRow(f.Key, c, it, fam, o.Printer); ok {
			rows = append(rows, kv{o.Printer.T(label), value})
			continue
		}
		rows = append(rows, kv{Label(f, o.Printer, false), format(f, it, o, inDetail)})
	}
	return rows
}

// SourceText names a source in words.
func SourceText(p i18n.Printer, s specs.Source) string {
	if s == "" {
		return none
	}
	return p.T("source." + string(s))
}

// FamilyDetail writes a family: its facts, scenarios, licensing notes, GPU
// and its types as a table.
func FamilyDetail(w io.Writer, c *specs.Catalog, name string, o Options) error {
	p, s := o.Printer, o.Styles
	fam := c.Family(name)
	types := c.TypesOf(name)
	title := p.T("detail.family_heading", name)
	if fam != nil {
		title += "  " + s.Dim(fam.Summary.In(p.Lang))
	}
	if err := heading(w, s, title); err != nil {
		return err
	}
	if fam == nil {
		io.WriteString(w, "  "+p.T("detail.no_family_facts")+"\n")
	} else if err := familyBody(w, fam, o); err != nil {
		return err
	}
	if fam != nil {
		if g := c.GPUByKey(fam.GPU); g != nil {
			io.WriteString(w, "\n")
			if err := gpuSection(w, *g, 1, o); err != nil {
				return err
			}
		}
	}
	io.WriteString(w, "\n")
	if err := heading(w, s, p.T("detail.types_heading", len(types))); err != nil {
		return err
	}
	g := typeGrid(TableColumns(types), types, o)
	g.indent = "  "
	return writePlain(w, g)
}

func familyBody(w io.Writer, f *specs.Family, o Options) error {
	p, s := o.Printer, o.Styles
	l := p.Lang
	status := p.T("availability." + string(f.Availability))
	if f.Recommended {
		status = p.T("detail.recommended_and", status)
	} else {
		status = p.T("detail.other_on_sale", status)
	}
	cpu := CPUText(f, p)
	ratio := f.VCPUToMemory.In(l)
	if ratio == "" {
		ratio = p.T("detail.not_stated")
	}
	disks := make([]string, len(f.Disks))
	for i, d := range f.Disks {
		disks[i] = p.T("disk." + string(d))
	}
	diskText := strings.Join(disks, p.T("sep.list"))
	if f.DiskNote.EN != "" {
		diskText += " (" + f.DiskNote.In(l) + ")"
	}
	rows := []kv{
		{p.T("detail.status"), status},
		{p.T("detail.gpu_interconnect"), f.Interconnect.In(l)},
		{p.T("detail.cpu"), cpu},
		{p.T("detail.vcpu_memory"), ratio},
	}
	if f.Slices.EN != "" {
		rows = append(rows, kv{p.T("detail.slices"), f.Slices.In(l)})
	}
	local := p.T("detail.none")
	if f.LocalStorage.EN != "" {
		local = f.LocalStorage.In(l)
	}
	rows = append(rows,
		kv{p.T("field.local_storage_gib"), local},
		kv{p.T("detail.disks"), diskText},
		kv{p.T("detail.io_optimized"), yesNo(p, f.IOOptimized)},
		kv{p.T("detail.ipv6"), yesNo(p, f.IPv6)},
	)
	if err := writeKV(w, rows, s); err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("  " + s.Dim(p.T("detail.scenarios")) + "\n")
	for _, sc := range f.Scenarios {
		b.WriteString("    - " + sc.Text.In(l) + "  " + s.Dim("["+string(sc.Workload)+"]") + "\n")
	}
	if lic := f.Licensing; lic != nil {
		b.WriteString("  " + s.Dim(p.T("detail.licensing")) + "\n")
		for _, t := range []i18n.Text{lic.When, lic.Included, lic.Windows, lic.Linux} {
			if t.EN != "" {
				b.WriteString("    - " + t.In(l) + "\n")
			}
		}
	}
	if len(f.Notes) > 0 || f.ModelReasoning.EN != "" {
		b.WriteString("  " + s.Dim(p.T("detail.notes")) + "\n")
		if f.ModelReasoning.EN != "" {
			b.WriteString("    - " + p.T("detail.model_reasoning", f.ModelReasoning.In(l)) + "\n")
		}
		for _, n := range f.Notes {
			b.WriteString("    - " + n.In(l) + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// gpuSection writes a GPU's figures with their sources. For a vGPU slice
// the throughput figures are the slice's share, marked as estimates.
func gpuSection(w io.Writer, g specs.GPU, count float64, o Options) error {
	p, s := o.Printer, o.Styles
	title := p.T("detail.gpu_heading", GPUTitle(&g, p))
	if count > 0 && count < 1 {
		g = g.Share(count)
		title = p.T("detail.gpu_heading_slice", GPUTitle(&g, p), GPUCount(count))
	}
	if err := heading(w, s, title); err != nil {
		return err
	}
	err := writePlain(w, &grid{
		header: []string{s.Header(p.T("gpu.col.figure")), s.Header(p.T("gpu.col.value")), s.Header(p.T("gpu.col.source"))},
		rows:   GPURows(g, p),
		indent: "  ",
	})
	if err == nil && g.Reasoning.EN != "" {
		_, err = io.WriteString(w, "  "+p.T("gpu.reasoning", g.Reasoning.In(p.Lang))+"\n")
	}
	return err
}

// GPURows lists a GPU's facts as (label, value, source) rows; unknown
// figures say so.
func GPURows(g specs.GPU, p i18n.Printer) [][]string {
	l := p.Lang
	fact := func(label string, f specs.Fact) []string {
		if !f.Known() {
			return []string{p.T(label), none, none}
		}
		return []string{p.T(label), f.Text.In(l), SourceText(p, f.Source)}
	}
	fig := func(label, unit string, f specs.Figure) []string {
		if !f.Known() {
			return []string{p.T(label), p.T("gpu.not_published"), none}
		}
		v := Num(round(f.Value))
		if unit != "" {
			v = p.T(unit, v)
		}
		return []string{p.T(label), v, SourceText(p, f.Source)}
	}
	fp16 := "gpu.fp16"
	if g.FP16OnTensorCores {
		fp16 = "gpu.fp16_tensor"
	}
	tensor := make([]string, len(g.TensorPrecisions))
	for i, t := range g.TensorPrecisions {
		tensor[i] = string(t)
	}
	tensorText := p.T("detail.none")
	if len(tensor) > 0 {
		tensorText = strings.Join(tensor, ", ")
	}
	precisionSource := g.PrecisionSource
	if precisionSource == "" {
		precisionSource = specs.FromDatasheet
	}
	bf16 := []string{p.T("gpu.bf16"), yesNo(p, g.BF16), SourceText(p, precisionSource)}
	optional := func(label, unit string, f specs.Figure) [][]string {
		if !f.Known() {
			return nil
		}
		return [][]string{fig(label, unit, f)}
	}
	rows := [][]string{
		fact("gpu.architecture", g.Architecture),
		fact("gpu.compute_capability", g.ComputeCapability),
		fact("gpu.form_factor", g.FormFactor),
		fig("gpu.memory", "unit.gib", g.MemoryGiB),
		fact("gpu.memory_type", g.MemoryType),
		fig("gpu.memory_bandwidth", "unit.gbs", g.MemoryBandwidthGB),
		fig("gpu.cuda_cores", "", g.CUDACores),
		fig("gpu.tensor_cores", "", orZero(g.TensorCores, !g.HasTensorCores())),
		fig("gpu.fp64", "unit.tflops", g.FP64TFLOPS),
		fig("gpu.fp32", "unit.tflops", g.FP32TFLOPS),
	}
	rows = append(rows, optional("gpu.tf32", "unit.tflops", g.TF32TFLOPS)...)
	rows = append(rows, fig(fp16, "unit.tflops", g.FP16TFLOPS))
	rows = append(rows, optional("gpu.fp8", "unit.tflops", g.FP8TFLOPS)...)
	rows = append(rows, fig("gpu.int8", "unit.tops", g.INT8TOPS))
	rows = append(rows, optional("gpu.fp4", "unit.tflops", g.FP4TFLOPS)...)
	rows = append(rows,
		fig("gpu.int4", "unit.tops", g.INT4TOPS),
		[]string{p.T("gpu.tensor_precisions"), tensorText, SourceText(p, precisionSource)},
		bf16,
		fact("gpu.nvlink", g.NVLink),
	)
	rows = append(rows, optional("gpu.video_encoders", "", g.VideoEncoders)...)
	return append(rows, optional("gpu.video_decoders", "", g.VideoDecoders)...)
}

// orZero turns an unknown tensor-core count into a datasheet 0 for GPUs
// that have none.
func orZero(f specs.Figure, noTensorCores bool) specs.Figure {
	if !f.Known() && noTensorCores {
		return specs.Figure{Value: 0, Source: specs.FromDatasheet}
	}
	return f
}

// round keeps three significant decimals, enough for a slice's share of a
// datasheet figure (0.25 × 8.1 = 2.025).
func round(v float64) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 3, 64), 64)
	return f
}
