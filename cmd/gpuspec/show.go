package main

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// ShowOptions is everything `gpuspec show` needs.
type ShowOptions struct {
	IO      *IOStreams
	Printer i18n.Printer
	Catalog *specs.Catalog
	Matches []specs.Match
	Format  render.Format
}

var showFormats = []render.Format{render.Table, render.JSON, render.YAML}

func newShowCmd(f *Factory) *cobra.Command {
	p := f.Printer
	var output string
	cmd := &cobra.Command{
		Use:               "show NAME...",
		Short:             p.T("show.short"),
		Long:              p.T("show.long"),
		Example:           p.T("show.example"),
		Args:              minArgs(1, "arg.name"),
		ValidArgsFunction: completeNames(f, true),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := &ShowOptions{IO: f.IO, Printer: p}
			var err error
			if opts.Format, err = parseOutput(output, showFormats); err != nil {
				return err
			}
			if opts.Catalog, err = f.Catalog(); err != nil {
				return err
			}
			if opts.Matches, err = lookupAll(opts.Catalog, args, true); err != nil {
				return err
			}
			return runShow(opts)
		},
	}
	outputFlag(cmd, &output, p, showFormats)
	return cmd
}

// lookupAll resolves every name before anything is printed; the first
// unknown name is a not-found error with the nearest names. Repeated names
// count once.
func lookupAll(c *specs.Catalog, names []string, families bool) ([]specs.Match, error) {
	var out []specs.Match
	seen := map[string]bool{}
	for _, n := range names {
		m, ok := c.Lookup(n)
		if !ok || (!families && m.IsFamily()) {
			return nil, notFound(c, n, families)
		}
		key := m.Family
		if m.Type != nil {
			key = m.Type.Name
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, m)
		}
	}
	return out, nil
}

func notFound(c *specs.Catalog, name string, families bool) error {
	what := "err.unknown_type_or_family"
	if !families {
		what = "err.unknown_type"
	}
	if strings.TrimSpace(name) == "" {
		return &NotFoundError{Err: i18n.Errorf(what+"_none", name)}
	}
	near := c.Suggest(name, 3, families, true)
	if len(near) == 0 {
		return &NotFoundError{Err: i18n.Errorf(what+"_none", name)}
	}
	return &NotFoundError{Err: i18n.Errorf(what, name, orList(near))}
}

// orList joins names as "a, b or c" (the "or" is in the message itself
// for translation, so this only joins with commas and the last "or").
func orList(names []string) i18n.Text {
	if len(names) == 1 {
		return i18n.Text{EN: names[0], ZH: names[0]}
	}
	head := strings.Join(names[:len(names)-1], ", ")
	last := names[len(names)-1]
	return i18n.Text{EN: head + " or " + last, ZH: strings.Join(names[:len(names)-1], "、") + " 或 " + last}
}

func runShow(opts *ShowOptions) error {
	c := opts.Catalog
	if opts.Format == render.JSON || opts.Format == render.YAML {
		docs := make([]any, len(opts.Matches))
		for i, m := range opts.Matches {
			if m.Type != nil {
				docs[i] = render.NewTypeDoc(c, m.Type)
			} else if fam := c.Family(m.Family); fam != nil {
				docs[i] = render.NewFamilyDoc(fam, c.TypesOf(m.Family))
			} else {
				docs[i] = map[string]any{"family": m.Family, "instance_types": c.TypesOf(m.Family)}
			}
		}
		if opts.Format == render.JSON {
			return render.WriteJSON(opts.IO.Out, docs)
		}
		return render.WriteYAML(opts.IO.Out, docs)
	}
	ro := render.Options{Printer: opts.Printer, Styles: opts.IO.Styles()}
	for i, m := range opts.Matches {
		if i > 0 {
			io.WriteString(opts.IO.Out, "\n")
		}
		var err error
		if m.Type != nil {
			err = render.TypeDetail(opts.IO.Out, c, m.Type, ro)
		} else {
			err = render.FamilyDetail(opts.IO.Out, c, m.Family, ro)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
