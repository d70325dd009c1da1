package main

import (
	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// CompareOptions is everything `gpuspec compare` needs.
type CompareOptions struct {
	*Factory
	Catalog  *specs.Catalog
	Matches  []specs.Match // all types or all families
	DiffOnly bool
	Format   render.Format
}

func newCompareCmd(f *Factory) *cobra.Command {
	p := f.Printer
	opts := &CompareOptions{Factory: f}
	cmd := &cobra.Command{
		Use:               "compare NAME NAME [NAME...]",
		ValidArgsFunction: completeNames(f, true),
		Args: func(cmd *cobra.Command, args []string) error {
			// One name may do: a type that --region a,b finds in each
			// region is a column per region.
			if len(args) == 0 {
				return usageErr("err.compare_min", cmd.CommandPath(), render.CompareMin, len(args))
			}
			if len(args) > render.CompareMax {
				return usageErr("err.compare_max", cmd.CommandPath(), render.CompareMax, len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if opts.Catalog, opts.Matches, err = f.lookup(args); err != nil {
				return err
			}
			families := 0
			for _, m := range opts.Matches {
				if m.IsFamily() {
					families++
				}
			}
			if families > 0 && families < len(opts.Matches) {
				return usageErr("err.compare_mixed")
			}
			switch {
			case len(opts.Matches) < render.CompareMin && len(args) < render.CompareMin:
				return usageErr("err.compare_min", cmd.CommandPath(), render.CompareMin, len(args))
			case len(opts.Matches) < render.CompareMin:
				return usageErr("err.compare_same", cmd.CommandPath())
			case len(opts.Matches) > render.CompareMax:
				return usageErr("err.compare_max", cmd.CommandPath(), render.CompareMax, len(opts.Matches))
			}
			return runCompare(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.DiffOnly, "diff", false, p.T("flag.diff"))
	outputFlag(cmd, &opts.Format, p, []render.Format{render.Table, render.JSON, render.YAML, render.CSV, render.Markdown})
	return command(f, "compare.", cmd)
}

func runCompare(opts *CompareOptions) error {
	return render.Compare(opts.IO.Out, opts.Format, opts.Catalog, opts.Matches, opts.DiffOnly, opts.RenderOptions())
}
