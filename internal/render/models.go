package render

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/gpuspec/gpuspec/internal/jsonobj"
	"github.com/gpuspec/gpuspec/internal/recommend"
)

// modelDoc is one preset as `gpuspec models -o json|yaml` prints it: its
// shape, under its config.json's names made plain, and where it comes from.
func modelDoc(m recommend.Preset) *jsonobj.Object {
	a := m.Arch
	nullable := func(v int) any {
		if v == 0 {
			return nil
		}
		return v
	}
	active := any(nil)
	if a.MoE() {
		active = int64(a.ActiveParams())
	}
	attention := "gqa"
	switch {
	case a.MLA():
		attention = "mla"
	case a.KVHeads == a.Heads:
		attention = "mha"
	}
	return jsonobj.New(20).
		Add("name", a.Name).
		Add("display_name", a.Display).
		Add("parameters", int64(a.Params())).
		Add("active_parameters", active).
		Add("published_parameters", m.Published).
		Add("layers", a.Layers).
		Add("hidden_size", a.Hidden).
		Add("attention", attention).
		Add("attention_heads", a.Heads).
		Add("kv_heads", a.KVHeads).
		Add("head_dim", a.HeadDim).
		Add("kv_lora_rank", nullable(a.KVLoRARank)).
		Add("kv_cache_bytes_per_token_fp16", int64(a.KVElementsPerToken()*2)).
		Add("vocab_size", a.Vocab).
		Add("context_length", a.Context).
		Add("experts", nullable(a.Experts)).
		Add("experts_per_token", nullable(a.ExpertsPerToken)).
		Add("weights_dtype", a.WeightsDtype).
		Add("source", a.Source)
}

// Models writes the model presets: a table for people (name, size, shape,
// context, source), or every figure as JSON, YAML or CSV.
func Models(w io.Writer, format Format, models []recommend.Preset, o Options) error {
	switch format {
	case JSON, YAML:
		docs := make([]*jsonobj.Object, len(models))
		for i, m := range models {
			docs[i] = modelDoc(m)
		}
		return writeData(w, format, docs)
	case CSV:
		cw := csv.NewWriter(w)
		cw.Write([]string{"name", "display_name", "parameters", "active_parameters", "layers", "hidden_size", "attention_heads", "kv_heads", "head_dim", "kv_lora_rank", "context_length", "experts", "experts_per_token", "source"})
		for _, m := range models {
			a := m.Arch
			opt := func(v int) string {
				if v == 0 {
					return ""
				}
				return strconv.Itoa(v)
			}
			active := ""
			if a.MoE() {
				active = strconv.FormatInt(int64(a.ActiveParams()), 10)
			}
			cw.Write([]string{CSVText(a.Name), CSVText(a.Display), strconv.FormatInt(int64(a.Params()), 10), active, strconv.Itoa(a.Layers), strconv.Itoa(a.Hidden),
				strconv.Itoa(a.Heads), strconv.Itoa(a.KVHeads), strconv.Itoa(a.HeadDim), opt(a.KVLoRARank), strconv.Itoa(a.Context),
				opt(a.Experts), opt(a.ExpertsPerToken), CSVText(a.Source)})
		}
		cw.Flush()
		return cw.Error()
	}
	p, s := o.Printer, o.Styles
	g := &grid{numeric: []bool{false, true, true, false, true}}
	for _, h := range []string{"models.col.name", "models.col.parameters", "models.col.layers", "models.col.kv_heads", "models.col.context", "models.col.source"} {
		g.header = append(g.header, s.Header(p.T(h)))
	}
	for _, m := range models {
		a := m.Arch
		params := recommend.FormatParams(round3sig(a.Params()))
		if a.MoE() {
			params = p.T("models.active", params, recommend.FormatParams(round3sig(a.ActiveParams())))
		}
		kv := strconv.Itoa(a.KVHeads)
		switch {
		case a.MLA():
			kv = "MLA"
		case a.KVHeads == a.Heads:
			kv = p.T("models.mha", a.KVHeads)
		}
		g.rows = append(g.rows, []string{a.Name, params, strconv.Itoa(a.Layers), kv, recommend.ContextText(a.Context), shortSource(a.Source)})
	}
	return writePlain(w, g)
}

// round3sig keeps three significant figures.
func round3sig(v float64) float64 { return round3(v) }
