package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/recommend"
	"github.com/gpuspec/gpuspec/internal/render"
)

// ModelsOptions is everything `gpuspec models` needs.
type ModelsOptions struct {
	*Factory
	// Match keeps the models whose name contains any of these.
	Match  []string
	Format render.Format
}

func newModelsCmd(f *Factory) *cobra.Command {
	p := f.Printer
	opts := &ModelsOptions{Factory: f}
	cmd := &cobra.Command{
		Use: "models [TEXT...]",
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return recommend.PresetNames(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Match = args
			return runModels(opts)
		},
	}
	outputFlag(cmd, &opts.Format, p, []render.Format{render.Table, render.JSON, render.YAML, render.CSV})
	return command(f, "models.", cmd)
}

func runModels(opts *ModelsOptions) error {
	var out []recommend.Preset
	for _, m := range recommend.Presets() {
		if matchesAny(m, opts.Match) {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		return &NotFoundError{Err: i18n.Errorf("err.models_none", strings.Join(opts.Match, " "))}
	}
	return render.Models(opts.IO.Out, opts.Format, out, opts.RenderOptions())
}

// matchesAny reports whether the model's name or display name contains
// one of the texts, in any case; no texts match every model.
func matchesAny(m recommend.Preset, texts []string) bool {
	if len(texts) == 0 {
		return true
	}
	for _, t := range texts {
		t = strings.ToLower(strings.TrimSpace(t))
		if strings.Contains(m.Name, t) || strings.Contains(strings.ToLower(m.Display), t) {
			return true
		}
	}
	return false
}
