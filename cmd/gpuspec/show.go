package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// ShowOptions is everything `gpuspec show` needs.
type ShowOptions struct {
	*Factory
	Catalog *specs.Catalog
	Matches []specs.Match
	Format  render.Format
}

func newShowCmd(f *Factory) *cobra.Command {
	p := f.Printer
	opts := &ShowOptions{Factory: f}
	cmd := &cobra.Command{
		Use:               "show NAME...",
		Args:              minArgs(1, "arg.name"),
		ValidArgsFunction: completeNames(f, true),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if opts.Catalog, opts.Matches, err = f.lookup(args); err != nil {
				return err
			}
			return runShow(opts)
		},
	}
	outputFlag(cmd, &opts.Format, p, []render.Format{render.Table, render.JSON, render.YAML})
	return command(f, "show.", cmd)
}

func runShow(opts *ShowOptions) error {
	return render.Show(opts.IO.Out, opts.Format, opts.Catalog, opts.Matches, opts.RenderOptions())
}

// lookup resolves types and families named on the command line.
func (f *Factory) lookup(names []string) (*specs.Catalog, []specs.Match, error) {
	c, err := f.Catalog()
	if err != nil {
		return nil, nil, err
	}
	matches, err := lookupAll(c, names, true)
	return c, matches, err
}

// lookupAll resolves every name before anything is printed; the first
// unknown name is a not-found error with the nearest names. Repeated names
// count once. A type that several synced regions have (--region a,b) is
// one match per region.
func lookupAll(c *specs.Catalog, names []string, families bool) ([]specs.Match, error) {
	var out []specs.Match
	seen := map[string]bool{}
	for _, n := range names {
		m, ok := c.Lookup(n)
		if !ok || (!families && m.IsFamily()) {
			return nil, notFound(c, n, families)
		}
		if seen[m.Name()] {
			continue
		}
		seen[m.Name()] = true
		if m.IsFamily() {
			out = append(out, m)
			continue
		}
		for _, it := range c.TypesNamed(m.Type.Name) {
			out = append(out, specs.Match{Type: it})
		}
	}
	return out, nil
}

func notFound(c *specs.Catalog, name string, families bool) error {
	what := "err.unknown_type_or_family"
	if !families {
		what = "err.unknown_type"
	}
	near := c.NearestNames(name, 3, families)
	if len(near) == 0 {
		return &NotFoundError{Err: i18n.Errorf(what+"_none", name)}
	}
	return &NotFoundError{Err: i18n.Errorf(what, name, orList(near))}
}

// orList joins names as "a, b or c" in each language.
func orList(names []string) i18n.Text {
	if len(names) == 1 {
		return i18n.Text{EN: names[0], ZH: names[0]}
	}
	head, last := names[:len(names)-1], names[len(names)-1]
	return i18n.Text{EN: strings.Join(head, ", ") + " or " + last, ZH: strings.Join(head, "、") + " 或 " + last}
}
