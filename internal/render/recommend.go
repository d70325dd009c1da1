package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/jsonobj"
	"github.com/gpuspec/gpuspec/internal/recommend"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// recommendationDoc is one result as `recommend -o json|yaml` prints it:
// the list schema, then its rank, score, fitness, economy, reasons, the
// parts of its score and, when a model was sized, its fit.
func recommendationDoc(rank int, r recommend.Result, p i18n.Printer) *jsonobj.Object {
	reasons := make([]string, len(r.Reasons))
	for j, why := range r.Reasons {
		reasons[j] = why.Msg.In(p.Lang)
	}
	o := r.Type.Object().Add("rank", rank).Add("score", r.Score).Add("fitness", r.Fitness).
		Add("economy", r.Economy).Add("reasons", reasons).Add("components", r.Components)
	if r.Fit != nil {
		o.Add("fit", r.Fit)
	}
	return o
}

// DefaultTop is how many results the table shows unless --top says.
const DefaultTop = 5

// Recommend writes recommend's answer: for people, the sizing on errOut,
// then the table of the top results with their reasons (and every reason
// and part with explain), then what was left out and why; for machines,
// every result (or the top ones) as data, and a too-large note on errOut.
func Recommend(out, errOut io.Writer, format Format, oc recommend.Outcome, top int, explain bool, o Options) error {
	p := o.Printer
	results := oc.Results
	if top == 0 && format == Table {
		top = DefaultTop
	}
	if top > 0 && len(results) > top {
		results = results[:top]
	}
	if format != Table {
		if len(oc.Results) == 0 && oc.Largest != nil {
			fmt.Fprintln(errOut, TooLarge(oc, p))
		}
		docs := make([]*jsonobj.Object, len(results))
		for i, r := range results {
			docs[i] = recommendationDoc(i+1, r, p)
		}
		return writeData(out, format, docs)
	}
	if oc.Estimate != nil {
		io.WriteString(errOut, Sizing(*oc.Estimate, p))
	}
	if len(results) > 0 {
		if err := RecommendTable(out, results, o); err != nil {
			return err
		}
		if explain {
			if err := Explain(out, results, o); err != nil {
				return err
			}
		}
	}
	var notes []string
	switch {
	case len(results) == 0 && oc.Largest != nil:
		notes = append(notes, TooLarge(oc, p))
	case len(results) == 0:
		notes = append(notes, p.T("recommend.none"))
	case len(oc.Results) > len(results):
		notes = append(notes, p.T("recommend.more", len(oc.Results)-len(results)))
	}
	if s := LeftOut(oc, p); s != "" {
		notes = append(notes, s)
	}
	if len(notes) == 0 {
		return nil
	}
	if len(results) > 0 {
		notes[0] = "\n" + notes[0]
	}
	_, err := io.WriteString(out, strings.Join(notes, "\n")+"\n")
	return err
}

// TopReasons is how many reasons the table shows per type.
const TopReasons = 3

// RecommendTable writes the ranked results as a table with their top
// reasons.
func RecommendTable(w io.Writer, rs []recommend.Result, o Options) error {
	p, s := o.Printer, o.Styles
	var cols []Column
	for _, key := range []string{"vcpu", "memory_gib", "gpu_model", "gpu_count", "gpu_memory_gib"} {
		cols = append(cols, Column{Field: specs.FieldByKey(key)})
	}
	// Synced rows: the region each is in, and its price, when some row
	// has them; ranking across regions shows which region wins.
	types := make([]*specs.InstanceType, len(rs))
	for i := range rs {
		types[i] = rs[i].Type
	}
	for _, key := range []string{"region", "price_per_hour"} {
		if f := specs.FieldByKey(key); anyKnown(f, types) {
			cols = append(cols, Column{Field: f})
		}
	}
	g := &grid{numeric: []bool{true, false, true}}
	g.header = []string{s.Header("#"), s.Header(p.T("col.instance_type")), s.Header(p.T("col.score"))}
	for _, c := range cols {
		g.header = append(g.header, s.Header(c.Header(p)))
		g.numeric = append(g.numeric, c.Numeric())
	}
	g.header = append(g.header, s.Header(p.T("col.why")))
	for i, r := range rs {
		row := []string{strconv.Itoa(i + 1), r.Type.Name, Num(r.Score)}
		for _, c := range cols {
			row = append(row, c.Value(r.Type, o))
		}
		var why []string
		for j := 0; j < len(r.Reasons) && j < TopReasons; j++ {
			text := r.Reasons[j].Msg.In(p.Lang)
			if r.Reasons[j].Warning {
				text = s.Warn(text)
			}
			why = append(why, text)
		}
		row = append(row, strings.Join(why, p.T("sep.reasons")))
		g.rows = append(g.rows, row)
	}
	return writePlain(w, g)
}

// Explain writes every reason and the score's parts for each result.
func Explain(w io.Writer, rs []recommend.Result, o Options) error {
	p, s := o.Printer, o.Styles
	var b strings.Builder
	for i, r := range rs {
		b.WriteString("\n")
		b.WriteString(s.Title(fmt.Sprintf("%d. %s", i+1, r.Type.Name)) + "  " +
			p.T("explain.score", Num(r.Score), Num(r.Fitness), Num(r.Economy)) + "\n")
		parts := make([]string, len(r.Components))
		for j, c := range r.Components {
			parts[j] = p.T("component."+string(c.Name)) + " " + Num(c.Points) + "/" + Num(c.Max)
		}
		b.WriteString("   " + s.Dim(strings.Join(parts, " · ")) + "\n")
		if last := r.Components[len(r.Components)-1]; last.Name == recommend.Similarity {
			b.WriteString("   " + s.Dim(p.T("explain.like_fitness")) + "\n")
		}
		for _, why := range r.Reasons {
			mark := "+"
			text := why.Msg.In(p.Lang)
			if why.Warning {
				mark, text = "!", s.Warn(text)
			}
			b.WriteString("   " + mark + " " + text + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// LeftOut says how many types were left out and why: "12 left out: 8 GPU
// memory under the 29.4 GiB needed, 4 invitation-only".
func LeftOut(out recommend.Outcome, p i18n.Printer) string {
	if out.ExcludedTotal == 0 {
		return ""
	}
	parts := make([]string, len(out.Excluded))
	for i, e := range out.Excluded {
		parts[i] = p.T("leftout.item", e.Count, e.Msg)
	}
	return p.T("leftout.summary", out.ExcludedTotal, strings.Join(parts, p.T("sep.list")))
}

// Sizing describes a model estimate in two lines.
func Sizing(e recommend.Estimate, p i18n.Printer) string {
	m := e.Model
	var parts []string
	for _, part := range e.Parts {
		parts = append(parts, p.T("part."+part.Name)+" "+gib1(part.GiB))
	}
	return p.T("sizing.model", recommend.FormatParams(m.Params), string(m.Precision), p.T("task."+string(m.Task)),
		m.Context, m.Batch, e.Shape.Layers, e.Shape.DModel) + "\n" +
		p.T("sizing.needs", gib1(e.TotalGiB), strings.Join(parts, " + ")) + "\n"
}

// TooLarge says that no instance holds the model, with the largest one
// and, when one has more, the largest invitation-only one.
func TooLarge(oc recommend.Outcome, p i18n.Printer) string {
	need := gib1(oc.Estimate.TotalGiB)
	if oc.Largest == nil {
		return p.T("toolarge.none", need)
	}
	msg := p.T("toolarge.one", need, Num(oc.Largest.GPUMemory()), oc.Largest.Name)
	if it := oc.LargerUnavailable; it != nil {
		msg += p.T("toolarge."+string(it.Availability), Num(it.GPUMemory()), it.Name)
	}
	return msg
}

func gib1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
