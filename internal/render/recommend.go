package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/recommend"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Recommendation is one result as `recommend -o json|yaml` prints it: the
// list schema plus its score, fitness, economy, reasons and, when a model
// was sized, its fit.
type Recommendation struct {
	specs.InstanceType `yaml:",inline"`
	Rank               int                   `json:"rank"`
	Score              float64               `json:"score"`
	Fitness            float64               `json:"fitness"`
	Economy            float64               `json:"economy"`
	Reasons            []string              `json:"reasons"`
	Components         []recommend.Component `json:"components"`
	Fit                *recommend.Fit        `json:"fit,omitempty"`
}

// Recommendations turns results into their machine form, reasons in the
// printer's language.
func Recommendations(rs []recommend.Result, p i18n.Printer) []Recommendation {
	out := make([]Recommendation, len(rs))
	for i, r := range rs {
		reasons := make([]string, len(r.Reasons))
		for j, why := range r.Reasons {
			reasons[j] = why.Msg.In(p.Lang)
		}
		out[i] = Recommendation{InstanceType: *r.Type, Rank: i + 1, Score: r.Score, Fitness: r.Fitness,
			Economy: r.Economy, Reasons: reasons, Components: r.Components, Fit: r.Fit}
	}
	return out
}

// TopReasons is how many reasons the table shows per type.
const TopReasons = 3

// RecommendTable writes the ranked results as a table with their top
// reasons.
func RecommendTable(w io.Writer, rs []recommend.Result, o Options) error {
	p, s := o.Printer, o.Styles
	cols := []Column{colName, colVCPU, colMemory, colGPUModel, colGPUCount, colGPUMem}
	g := &grid{numeric: []bool{true, false, true}}
	g.header = []string{s.Header("#"), s.Header(p.T("col.instance_type")), s.Header(p.T("col.score"))}
	for _, c := range cols[1:] {
		g.header = append(g.header, s.Header(c.HeaderText(p)))
		g.numeric = append(g.numeric, c.Numeric)
	}
	g.header = append(g.header, s.Header(p.T("col.why")))
	for i, r := range rs {
		row := []string{strconv.Itoa(i + 1), r.Type.Name, Num(r.Score)}
		for _, c := range cols[1:] {
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
			parts[j] = p.T("component."+c.Name) + " " + Num(c.Points) + "/" + Num(c.Max)
		}
		b.WriteString("   " + s.Dim(strings.Join(parts, " · ")) + "\n")
		if last := r.Components[len(r.Components)-1]; last.Name == "similarity" {
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

// TooLarge says that no instance holds the model, with the largest one.
func TooLarge(out recommend.Outcome, c *specs.Catalog, p i18n.Printer) string {
	need := gib1(out.Estimate.TotalGiB)
	if out.Largest == nil {
		return p.T("toolarge.none", need)
	}
	msg := p.T("toolarge.one", need, Num(out.Largest.GPUMemoryGiB), out.Largest.Name)
	// Say so when an invitation-only type has more.
	for i := range c.Types {
		it := &c.Types[i]
		if it.Availability == specs.InviteOnly && it.GPUMemoryGiB > out.Largest.GPUMemoryGiB {
			msg += p.T("toolarge.invite", Num(it.GPUMemoryGiB), it.Name)
			break
		}
	}
	return msg
}

func gib1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
