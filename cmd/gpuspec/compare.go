package main

import (
	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// CompareOptions is everything `gpuspec compare` needs.
type CompareOptions struct {
	IO      *IOStreams
	Printer i18n.Printer
	Catalog *specs.Catalog

	Types    []*specs.InstanceType // or
	Families []string
	DiffOnly bool
	Format   render.Format
}

var compareFormats = []render.Format{render.Table, render.JSON, render.YAML, render.CSV, render.Markdown}

// compareMin and compareMax bound how many names compare takes: more than
// six columns do not fit a terminal.
const compareMin, compareMax = 2, 6

func newCompareCmd(f *Factory) *cobra.Command {
	p := f.Printer
	var output string
	var diff bool
	cmd := &cobra.Command{
		Use:               "compare NAME NAME [NAME...]",
		Short:             p.T("compare.short"),
		Long:              p.T("compare.long"),
		Example:           p.T("compare.example"),
		ValidArgsFunction: completeNames(f, true),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < compareMin {
				return usageErr("err.compare_min", cmd.CommandPath(), compareMin, len(args))
			}
			if len(args) > compareMax {
				return usageErr("err.compare_max", cmd.CommandPath(), compareMax, len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := &CompareOptions{IO: f.IO, Printer: p, DiffOnly: diff}
			var err error
			if opts.Format, err = parseOutput(output, compareFormats); err != nil {
				return err
			}
			if opts.Catalog, err = f.Catalog(); err != nil {
				return err
			}
			matches, err := lookupAll(opts.Catalog, args, true)
			if err != nil {
				return err
			}
			for _, m := range matches {
				if m.IsFamily() {
					opts.Families = append(opts.Families, m.Family)
				} else {
					opts.Types = append(opts.Types, m.Type)
				}
			}
			if len(opts.Families) > 0 && len(opts.Types) > 0 {
				return usageErr("err.compare_mixed")
			}
			if len(matches) < compareMin {
				return usageErr("err.compare_same", cmd.CommandPath())
			}
			return runCompare(opts)
		},
	}
	cmd.Flags().BoolVar(&diff, "diff", false, p.T("flag.diff"))
	outputFlag(cmd, &output, p, compareFormats)
	return cmd
}

func runCompare(opts *CompareOptions) error {
	c, w := opts.Catalog, opts.IO.Out
	types := opts.Types
	for _, fam := range opts.Families {
		types = append(types, c.TypesOf(fam)...)
	}
	switch opts.Format {
	case render.JSON, render.YAML:
		var v any = types
		if len(opts.Families) > 0 {
			docs := make([]any, len(opts.Families))
			for i, name := range opts.Families {
				if fam := c.Family(name); fam != nil {
					docs[i] = render.NewFamilyDoc(fam, c.TypesOf(name))
				} else {
					docs[i] = map[string]any{"family": name, "instance_types": c.TypesOf(name)}
				}
			}
			v = docs
		}
		if opts.Format == render.JSON {
			return render.WriteJSON(w, v)
		}
		return render.WriteYAML(w, v)
	case render.CSV:
		return render.WriteCSV(w, types)
	}
	ro := render.Options{Printer: opts.Printer, Styles: opts.IO.Styles()}
	if opts.Format == render.Markdown {
		ro.Styles = render.NewStyles(false)
	}
	var cmp *render.Comparison
	if len(opts.Families) > 0 {
		cmp = render.CompareFamilies(c, opts.Families, ro)
	} else {
		cmp = render.CompareTypes(c, opts.Types, ro)
	}
	return render.WriteComparison(w, cmp, opts.DiffOnly, opts.Format, ro)
}
