package render

import (
	"strings"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Column is one column of a table of instance types: a field of the list
// schema, or the notes. The TUI uses the same columns as `list`, so both
// say the same thing.
type Column struct {
	Field *specs.Field // nil for the notes
}

// Key is the list-schema key the column shows, or "" for the notes.
func (c Column) Key() string {
	if c.Field == nil {
		return ""
	}
	return c.Field.Key
}

// Header is the column's header in the printer's language.
func (c Column) Header(p i18n.Printer) string {
	if c.Field == nil {
		return p.T("col.notes")
	}
	return p.T(c.Field.Header)
}

// Numeric reports whether the column holds numbers, which align right.
func (c Column) Numeric() bool {
	if c.Field == nil {
		return false
	}
	k := c.Field.Kind()
	return k == specs.KindInt || k == specs.KindNumber
}

// Value renders the column for one type.
func (c Column) Value(it *specs.InstanceType, o Options) string {
	if c.Field == nil {
		return Notes(it, o)
	}
	return Value(c.Field, it, o)
}

// TableColumns are the columns a person scans first, then the notes.
func TableColumns(types []*specs.InstanceType) []Column {
	return append(columnsOf(fieldsShown(specs.InTable, types)), Column{})
}

// WideColumns are all the columns.
func WideColumns(types []*specs.InstanceType) []Column {
	return columnsOf(fieldsShown(specs.InWide, types))
}

func columnsOf(fields []*specs.Field) []Column {
	out := make([]Column, len(fields))
	for i, f := range fields {
		out[i] = Column{Field: f}
	}
	return out
}

// Notes are the few words a person needs before picking a type: whether
// anyone can buy it or it is recommended, a vGPU slice, an included
// licence, bare metal, shared vCPUs, a GPU model gpuspec inferred.
func Notes(it *specs.InstanceType, o Options) string {
	var parts []string
	switch a := it.Availability; {
	case a != specs.OnSale && a != "":
		parts = append(parts, o.Styles.Warn(o.Printer.T("note."+string(a))))
	case it.Recommended:
		parts = append(parts, o.Styles.Good(o.Printer.T("note.recommended")))
	}
	if it.BareMetal {
		parts = append(parts, o.Printer.T("note.bare-metal"))
	}
	if it.VGPU {
		parts = append(parts, o.Printer.T("note.vgpu"))
	}
	if it.SharedCPU {
		parts = append(parts, o.Printer.T("note.shared-cpu"))
	}
	if it.LicenseIncluded {
		parts = append(parts, o.Printer.T("note.vws"))
	}
	if it.GPUModelSource != nil && *it.GPUModelSource == string(specs.FromInference) {
		parts = append(parts, o.Styles.Dim(o.Printer.T("note.inferred")))
	}
	if it.Source != "" && it.Source != specs.FromDocument {
		parts = append(parts, o.Styles.Dim(string(it.Source)))
	}
	return strings.Join(parts, o.Printer.T("sep.list"))
}

// grid builds the table of types for these columns.
func typeGrid(cols []Column, types []*specs.InstanceType, o Options) *grid {
	g := &grid{header: make([]string, len(cols)), numeric: make([]bool, len(cols)), rows: make([][]string, len(types))}
	for i, c := range cols {
		g.header[i] = o.Styles.Header(c.Header(o.Printer))
		g.numeric[i] = c.Numeric()
	}
	for r, it := range types {
		row := make([]string, len(cols))
		for i, c := range cols {
			row[i] = c.Value(it, o)
		}
		g.rows[r] = row
	}
	return g
}
