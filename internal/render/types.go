package render

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/gpuspec/gpuspec/internal/jsonobj"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Types writes instance types in the format, as list prints them. The
// machine formats (json, yaml, csv) print the list schema and never
// depend on the terminal.
func Types(w io.Writer, format Format, types []*specs.InstanceType, o Options) error {
	switch format {
	case JSON:
		return writeTypesJSON(w, types)
	case YAML:
		return WriteYAML(w, typesValue(types))
	case CSV:
		return writeCSV(w, types)
	case Markdown:
		return writeMarkdown(w, typeGrid(TableColumns(types), types, o))
	case Wide:
		return writePlain(w, typeGrid(WideColumns(types), types, o))
	}
	return writePlain(w, typeGrid(TableColumns(types), types, o))
}

// typesValue is a list of types as JSON encodes it: [] when empty.
func typesValue(types []*specs.InstanceType) []*jsonobj.Object {
	out := make([]*jsonobj.Object, len(types))
	for i, it := range types {
		out[i] = it.Object()
	}
	return out
}

// writeTypesJSON writes the list as one indented JSON array, a row at a
// time, so that a long list streams, each value read in place: the bytes
// are what encoding the whole array at once would give
// (TestJSONRowsMatchEncodingJSON).
func writeTypesJSON(w io.Writer, types []*specs.InstanceType) error {
	if len(types) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	var enc jsonobj.Encoder
	// Each key, quoted, with what comes before it, once for all rows.
	keys := make([][]byte, len(specs.Fields))
	for j := range specs.Fields {
		sep := ",\n    "
		if j == 0 {
			sep = "\n    "
		}
		keys[j] = jsonobj.AppendKey([]byte(sep), specs.Fields[j].Key, true)
	}
	// Rows go out 32 KB at a time; one buffer a little larger holds a
	// batch without growing.
	b := append(make([]byte, 0, 36<<10), "[\n"...)
	for i, it := range types {
		b = append(b, "  {"...)
		for j := range specs.Fields {
			f := &specs.Fields[j]
			b = append(b, keys[j]...)
			var err error
			switch v := f.Addr(it).(type) {
			case *[]specs.Workload:
				b = jsonobj.AppendStrings(b, *v, "    ", "  ")
			default:
				if f.IsNull(it) {
					b = append(b, "null"...)
				} else if b, err = enc.AppendValue(b, v, "    ", "  "); err != nil {
					return err
				}
			}
		}
		b = append(b, "\n  }"...)
		if i < len(types)-1 {
			b = append(b, ',')
		}
		b = append(b, '\n')
		if len(b) >= 32<<10 {
			if _, err := w.Write(b); err != nil {
				return err
			}
			b = b[:0]
		}
	}
	_, err := w.Write(append(b, "]\n"...))
	return err
}

// WriteJSON writes v as indented JSON, as every -o json does.
func WriteJSON(w io.Writer, v any) error { return jsonobj.Write(w, v) }

// writeCSV writes one header row of the CSV fields' keys, then one row per
// type. Null is an empty cell; lists are joined with semicolons.
func writeCSV(w io.Writer, types []*specs.InstanceType) error {
	fields := specs.FieldsIn(specs.InCSV)
	cw := csv.NewWriter(w)
	rec := make([]string, len(fields))
	for i, f := range fields {
		rec[i] = f.Key
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	for _, it := range types {
		for i, f := range fields {
			rec[i] = csvValue(f.Value(it))
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return CSVText(x)
	case float64:
		return Num(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		return x.UTC().Format(time.RFC3339)
	case []string:
		return CSVText(strings.Join(x, ";"))
	}
	return ""
}

// CSVText guards a text cell against formula injection, as OWASP advises
// for CSV export: a cell that starts with =, +, -, @, a tab or a carriage
// return is written with a ' before it, so that a spreadsheet shows it as
// text instead of running it. Numbers are not text cells and stay as they
// are.
func CSVText(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}
