package recommend

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// models.json holds the presets: each model's architecture as its
// published config.json gives it, under the same keys, with the address of
// that config.json and the parameter count its model card states.
//
//go:embed models.json
var modelsJSON []byte

// Preset is a popular open model gpuspec knows the shape of.
type Preset struct {
	Arch
	// Published is the parameter count the model card states ("8.03B"),
	// and PublishedActive an MoE model's active count; the shape's own
	// count (Params) is checked against it.
	Published       string
	PublishedActive string
}

type presetEntry struct {
	Name         string          `json:"name"`
	Display      string          `json:"display"`
	Source       string          `json:"source"`
	Params       string          `json:"params"`
	ActiveParams string          `json:"active_params"`
	Config       json.RawMessage `json:"config"`
}

var presets = sync.OnceValue(func() []Preset {
	var entries []presetEntry
	if err := json.Unmarshal(modelsJSON, &entries); err != nil {
		panic("recommend: models.json: " + err.Error())
	}
	out := make([]Preset, len(entries))
	for i, e := range entries {
		a, err := ParseConfig(e.Name, e.Config)
		if err != nil {
			panic("recommend: models.json: " + err.Error())
		}
		a.Name, a.Display, a.Source = e.Name, e.Display, e.Source
		out[i] = Preset{Arch: a, Published: e.Params, PublishedActive: e.ActiveParams}
	}
	return out
})

// Presets are the models --model knows, in the order `gpuspec models`
// lists them.
func Presets() []Preset { return presets() }

// PresetNames are the presets' names, for completion and suggestions.
func PresetNames() []string {
	ps := Presets()
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return out
}

// normalizeModelName lets a person write a model as its Hugging Face
// repository names it: any case, with the organisation, and with the
// -Instruct, -Chat, -it or -hf suffix of its chat version.
func normalizeModelName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	s = strings.ReplaceAll(s, "_", "-")
	for changed := true; changed; {
		changed = false
		for _, suffix := range []string{"-instruct", "-chat", "-it", "-hf", "-v0.1", "-v0.3", "-4k"} {
			if strings.HasSuffix(s, suffix) {
				s, changed = strings.TrimSuffix(s, suffix), true
			}
		}
	}
	return s
}

// FindPreset looks a model up by name.
func FindPreset(name string) (Preset, bool) {
	n := normalizeModelName(name)
	for _, p := range Presets() {
		if p.Name == n {
			return p, true
		}
	}
	return Preset{}, false
}

// NearestPresets are the preset names nearest to what was typed.
func NearestPresets(name string, n int) []string {
	return specs.Nearest(normalizeModelName(name), PresetNames(), n, func(s string) string { return s })
}

// guessedArch is the shape gpuspec assumes for a bare parameter count:
// params ≈ 12 · layers · d_model² with d_model = 128 · layers, full
// multi-head attention (as many KV heads as heads, 128 wide), an MLP four
// times d_model wide and a 32,000-token vocabulary.
func guessedArch(params float64) Arch {
	sh := ShapeOf(params)
	heads := max(sh.DModel/128, 1)
	return Arch{
		Name: FormatParams(params), Display: FormatParams(params),
		Layers: sh.Layers, Hidden: sh.DModel, Heads: heads, KVHeads: heads, HeadDim: sh.DModel / heads,
		Vocab: 32000, Intermediate: 4 * sh.DModel, Guessed: true,
	}
}

// ContextText writes a context length as people do: 4k, 128k, 160k.
func ContextText(n int) string {
	if n >= 1024 && n%1024 == 0 {
		return fmt.Sprintf("%dk", n/1024)
	}
	return fmt.Sprint(n)
}
