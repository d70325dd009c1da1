package render

import (
	"fmt"
	"io"
	"math"
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
		if len(oc.Results) == 0 && oc.NoFit != nil {
			fmt.Fprintln(errOut, NoFitText(oc, p))
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
	case len(results) == 0 && oc.NoFit != nil:
		notes = append(notes, NoFitText(oc, p))
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
	// For LLM serving with prices: what a million output tokens cost.
	perM := false
	for _, r := range rs {
		perM = perM || r.Fit != nil && r.Fit.Speed != nil && r.Fit.Speed.CostPerM != nil
	}
	if perM {
		g.header = append(g.header, s.Header(p.T("col.cost_per_m")))
		g.numeric = append(g.numeric, true)
	}
	g.header = append(g.header, s.Header(p.T("col.why")))
	for i, r := range rs {
		row := []string{strconv.Itoa(i + 1), r.Type.Name, Num(r.Score)}
		for _, c := range cols {
			row = append(row, c.Value(r.Type, o))
		}
		if perM {
			cell := none
			if f := r.Fit; f != nil && f.Speed != nil && f.Speed.CostPerM != nil {
				cell = Num(*f.Speed.CostPerM)
				if r.Type.Currency != nil {
					cell += " " + *r.Type.Currency
				}
			}
			row = append(row, cell)
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

// Sizing describes a model estimate: the model, what it needs on one
// GPU, part by part.
func Sizing(e recommend.Estimate, p i18n.Printer) string {
	m := e.Model
	a := &m.Arch
	prec := string(m.Precision)
	if recommend.WeightOnly(m.Precision) {
		prec = p.T("sizing.weight_only", prec)
	}
	if kv := m.KVPrecision; kv != "" && kv != recommend.ActivationPrecision(m.Precision) {
		prec = p.T("sizing.kv", prec, string(kv))
	}
	task := p.T("task." + string(m.Task))
	var line string
	if a.Guessed {
		line = p.T("sizing.model", recommend.FormatParams(m.Params), prec, task, m.Context, m.Batch, a.Layers, a.Hidden)
	} else {
		params := p.T("sizing.params", recommend.FormatParams(round3(m.Params)))
		if a.MoE() {
			params = p.T("sizing.params_active", recommend.FormatParams(round3(m.Params)), recommend.FormatParams(round3(m.ActiveParams())))
		}
		var attn string
		switch {
		case a.MLA():
			attn = p.T("sizing.mla", a.Layers, a.KVLoRARank)
		case a.KVHeads < a.Heads:
			attn = p.T("sizing.gqa", a.Layers, a.KVHeads, a.Heads)
		default:
			attn = p.T("sizing.mha", a.Layers, a.Heads)
		}
		line = p.T("sizing.model_arch", a.Display, params, attn, shortSource(a.Source), prec, task, m.Context, m.Batch)
	}
	need := e.On(1)
	parts := []struct {
		key string
		gib float64
	}{{"weights", need.Weights}, {"kv_cache", need.KVCache}, {"activations", need.Activations}, {"gradients", need.Gradients},
		{"optimizer", need.Optimizer}, {"adapters", need.Adapters}, {"overhead", need.Overhead}}
	var list []string
	for _, part := range parts {
		if part.gib > 0 {
			list = append(list, p.T("part."+part.key)+" "+gib1(part.gib))
		}
	}
	return line + "\n" + p.T("sizing.needs", gib1(need.Total), strings.Join(list, " + ")) + "\n"
}

// round3 keeps a parameter count to three significant figures: 8.03B.
func round3(v float64) float64 {
	if v <= 0 {
		return v
	}
	mag := math.Pow(10, math.Floor(math.Log10(v))-2)
	return math.Round(v/mag) * mag
}

// shortSource is a config.json's address as people say it: the Hugging
// Face repository, or the file as given.
func shortSource(src string) string {
	s := strings.TrimPrefix(src, "https://huggingface.co/")
	return strings.TrimSuffix(s, "/blob/main/config.json")
}

// NoFitText says, in one sentence, that the model fits nowhere: what it
// needs on the candidate that comes closest, what that gives, and what
// would fit.
func NoFitText(oc recommend.Outcome, p i18n.Printer) string {
	nf := oc.NoFit
	if nf == nil {
		return p.T("recommend.none")
	}
	pct := int(math.Round(nf.MaxUtil * 100))
	var msg string
	if nf.GPUs <= 1 {
		msg = p.T("nofit.one", nf.Closest.Name, gib1(nf.PerGPUNeededGiB), gib1(nf.BudgetPerGPUGiB), pct, gib1(nf.UsablePerGPUGiB))
	} else {
		msg = p.T("nofit.many", nf.Closest.Name, gib1(nf.PerGPUNeededGiB), nf.GPUs, gib1(nf.BudgetPerGPUGiB), pct, gib1(nf.UsablePerGPUGiB))
	}
	var ways []string
	if nf.LowerPrecision != "" {
		ways = append(ways, p.T("nofit.precision", string(nf.LowerPrecision), nf.LowerPrecisionType.Name))
	}
	if nf.ShorterContext > 0 {
		ways = append(ways, p.T("nofit.context", recommend.ContextText(nf.ShorterContext)))
	}
	if it := nf.Unavailable; it != nil {
		ways = append(ways, p.T("nofit.unavailable", it.Name, p.T("availability."+string(it.Availability))))
	}
	if len(ways) > 0 {
		msg += p.T("nofit.would_fit", strings.Join(ways, p.T("nofit.or")))
	}
	return msg
}

func gib1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
