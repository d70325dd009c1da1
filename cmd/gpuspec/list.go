package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// ListOptions is everything `gpuspec list` needs.
type ListOptions struct {
	IO      *IOStreams
	Printer i18n.Printer
	Catalog *specs.Catalog

	Filter specs.Filter
	Sort   []specs.SortKey
	Limit  int // 0: no limit
	Format render.Format
}

func newListCmd(f *Factory) *cobra.Command {
	p := f.Printer
	var ff filterFlags
	var sortFlag, output string
	var limit int
	cmd := &cobra.Command{
		Use:     "list",
		Aliases: []string{"ls"},
		Short:   p.T("list.short"),
		Long:    p.T("list.long"),
		Example: p.T("list.example"),
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := &ListOptions{IO: f.IO, Printer: p}
			var err error
			if opts.Format, err = parseOutput(output, render.Formats); err != nil {
				return err
			}
			if opts.Sort, err = parseSortFlag(sortFlag); err != nil {
				return err
			}
			if cmd.Flags().Changed("limit") && limit < 1 {
				return usageErr("err.limit", fmt.Sprint(limit))
			}
			opts.Limit = limit
			if opts.Catalog, err = f.Catalog(); err != nil {
				return err
			}
			if opts.Filter, err = ff.filter(cmd.Flags(), opts.Catalog); err != nil {
				return err
			}
			return runList(opts)
		},
	}
	ff.register(cmd.Flags(), p)
	cmd.Flags().StringVar(&sortFlag, "sort", "", p.T("flag.sort"))
	cmd.Flags().IntVar(&limit, "limit", 0, p.T("flag.limit"))
	outputFlag(cmd, &output, p, render.Formats)
	return cmd
}

func runList(opts *ListOptions) error {
	types := specs.Query(opts.Catalog, opts.Filter)
	specs.Sort(types, opts.Sort)
	if opts.Limit > 0 && len(types) > opts.Limit {
		types = types[:opts.Limit]
	}
	ro := render.Options{Printer: opts.Printer, Styles: opts.IO.Styles()}
	if err := render.Types(opts.IO.Out, opts.Format, types, ro); err != nil {
		return err
	}
	if len(types) == 0 && isHumanFormat(opts.Format) {
		fmt.Fprintln(opts.IO.ErrOut, opts.Printer.T("list.none_match"))
	}
	return nil
}

func isHumanFormat(f render.Format) bool {
	return f == render.Table || f == render.Wide || f == render.Markdown
}
