package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// ListOptions is everything `gpuspec list` needs.
type ListOptions struct {
	*Factory
	Catalog *specs.Catalog
	Query   specs.Query
	Format  render.Format
}

func newListCmd(f *Factory) *cobra.Command {
	p := f.Printer
	opts := &ListOptions{Factory: f}
	var flags queryFlags
	cmd := &cobra.Command{
		Use:     "list",
		Aliases: []string{"ls"},
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if opts.Catalog, err = f.Catalog(); err != nil {
				return err
			}
			if opts.Query, err = flags.query(opts.Catalog); err != nil {
				return err
			}
			return runList(opts)
		},
	}
	flags.register(cmd, f)
	outputFlag(cmd, &opts.Format, p, render.Formats)
	return command(f, "list.", cmd)
}

func runList(opts *ListOptions) error {
	types := opts.Query.Select(opts.Catalog)
	if err := render.Types(opts.IO.Out, opts.Format, types, opts.RenderOptions()); err != nil {
		return err
	}
	if len(types) == 0 && opts.Format.ForPeople() {
		fmt.Fprintln(opts.IO.ErrOut, opts.Printer.T("list.none_match"))
	}
	return nil
}
