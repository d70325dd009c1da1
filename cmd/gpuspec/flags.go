package main

import (
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// enumValue is a flag that takes one of a fixed list of values, in any
// case. The list is declared once, where the flag is: it makes the help,
// the check and the completion.
type enumValue struct {
	name, value string
	values      []string
	set         func(string)
}

func (e *enumValue) String() string { return e.value }
func (e *enumValue) Type() string   { return "string" }
func (e *enumValue) Set(s string) error {
	for _, v := range e.values {
		if strings.EqualFold(strings.TrimSpace(s), v) {
			e.value = v
			e.set(v)
			return nil
		}
	}
	return badValueError("--"+e.name, s, e.values)
}

// enumFlag declares an enum flag on fs: set is told each value given;
// help is told the values as "a|b|c".
func enumFlag(cmd *cobra.Command, fs *pflag.FlagSet, name, short string, values []string, help func(list string) string, set func(string)) {
	fs.VarP(&enumValue{name: name, values: values, set: set}, name, short, help(strings.Join(values, "|")))
	_ = cmd.RegisterFlagCompletionFunc(name, completeFixed(values...))
}

// stringEnum declares an enum flag into a string, "" until it is given.
func stringEnum(cmd *cobra.Command, fs *pflag.FlagSet, into *string, name string, values []string, help func(list string) string) {
	enumFlag(cmd, fs, name, "", values, help, func(v string) { *into = v })
}

// outputFlag declares -o/--output with the formats a command prints; the
// first is the default.
func outputFlag(cmd *cobra.Command, into *render.Format, p i18n.Printer, formats []render.Format) {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = string(f)
	}
	*into = formats[0]
	enumFlag(cmd, cmd.Flags(), "output", "o", names, func(list string) string { return p.T("flag.output", list, names[0]) },
		func(v string) { *into = render.Format(v) })
}

// globalFlags are the root's flags that every command shares: they choose
// the language and what the catalog holds.
type globalFlags struct {
	lang    string
	edition string
	region  string
	// regionSet: --region was given, even as ''.
	regionSet bool
	offline   bool
	files     []string
}

// regions reads --region: region IDs, repeated or separated by commas.
func (g *globalFlags) regions() ([]string, error) {
	var out []string
	for _, r := range strings.Split(g.region, ",") {
		r = strings.TrimSpace(r)
		if r == "" {
			continue
		}
		if !catalog.ValidRegion(r) {
			return nil, usageErr("err.region", r)
		}
		if !containsString(out, r) {
			out = append(out, r)
		}
	}
	if g.regionSet && len(out) == 0 {
		return nil, usageErr("err.flag_needs_value", "--region")
	}
	return out, nil
}

func (g *globalFlags) register(cmd *cobra.Command, p i18n.Printer) {
	fs := cmd.PersistentFlags()
	stringEnum(cmd, fs, &g.lang, "lang", i18n.LangNames(), func(list string) string { return p.T("flag.lang", list) })
	stringEnum(cmd, fs, &g.edition, "edition", specs.Editions(), func(list string) string { return p.T("flag.edition", list) })
	fs.Var(&setString{v: &g.region, set: &g.regionSet}, "region", p.T("flag.region"))
	fs.BoolVar(&g.offline, "offline", false, p.T("flag.offline"))
	fs.StringArrayVar(&g.files, "catalog", nil, p.T("flag.catalog"))
}

// setString is a string flag that remembers being given, even empty.
type setString struct {
	v   *string
	set *bool
}

func (s *setString) String() string {
	if s.v == nil {
		return ""
	}
	return *s.v
}
func (s *setString) Set(v string) error { *s.v, *s.set = v, true; return nil }
func (s *setString) Type() string       { return "string" }

// occurrences are the values of a filter flag, one per time it is given;
// specs.Criterion reads them into a query.
type occurrences struct {
	values []string
	typ    string
}

func (o *occurrences) String() string     { return strings.Join(o.values, ",") }
func (o *occurrences) Type() string       { return o.typ }
func (o *occurrences) Set(s string) error { o.values = append(o.values, s); return nil }

// queryFlags are the flags of specs.Criteria, as list, recommend and tui
// take them: every flag comes from a criterion, and reads into one
// specs.Query.
type queryFlags struct {
	given map[*specs.Criterion]*occurrences
}

// register declares the criteria's flags, leaving out those in skip.
func (qf *queryFlags) register(cmd *cobra.Command, f *Factory, skip ...string) {
	qf.given = map[*specs.Criterion]*occurrences{}
	fs := cmd.Flags()
	for _, c := range specs.Criteria {
		if containsString(skip, c.Flag) {
			continue
		}
		o := &occurrences{typ: "string"}
		switch c.Kind {
		case specs.ByRange:
			o.typ = "RANGE"
		case specs.ByYesNo:
			o.typ = "bool"
		}
		qf.given[c] = o
		usage := f.Printer.T(c.Help)
		if c.Kind == specs.ByAll {
			// The workloads' help lists them from their declaration.
			usage = f.Printer.T(c.Help, strings.Join(c.Values(nil), f.Printer.T("sep.list")))
		}
		fl := fs.VarPF(o, c.Flag, "", usage)
		if c.Kind == specs.ByYesNo {
			fl.NoOptDefVal = "true"
		}
		if complete := criterionCompletion(c, f); complete != nil {
			_ = cmd.RegisterFlagCompletionFunc(c.Flag, complete)
		}
	}
}

// query reads the flags given into a query, checking names against the
// catalog.
func (qf *queryFlags) query(c *specs.Catalog) (specs.Query, error) {
	var q specs.Query
	for _, crit := range specs.Criteria {
		o := qf.given[crit]
		if o == nil {
			continue
		}
		for _, v := range o.values {
			if err := crit.Add(&q, v, c); err != nil {
				if qe, ok := err.(*specs.QueryError); ok {
					return q, &UsageError{Err: queryError(qe)}
				}
				return q, err
			}
		}
	}
	return q, nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
