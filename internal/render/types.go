package render

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// Types writes instance types in the format. The machine formats (json,
// yaml, csv) print the list schema and never depend on the terminal.
func Types(w io.Writer, format Format, types []*specs.InstanceType, o Options) error {
	switch format {
	case JSON:
		return WriteJSON(w, types)
	case YAML:
		return WriteYAML(w, types)
	case CSV:
		return WriteCSV(w, types)
	case Markdown:
		return writeMarkdown(w, buildGrid(TableColumns(), types, o))
	case Wide:
		return writePlain(w, buildGrid(WideColumns(types), types, o))
	default:
		return writePlain(w, buildGrid(TableColumns(), types, o))
	}
}

// WriteJSON writes v as indented JSON. A nil slice of types is written as
// [] so that "nothing matched" is still an array.
func WriteJSON(w io.Writer, v any) error {
	if ts, ok := v.([]*specs.InstanceType); ok {
		return writeTypesJSON(w, ts)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// WriteCSV writes one header row of list-schema keys, then one row per type.
// Null is an empty cell; lists are joined with semicolons.
func WriteCSV(w io.Writer, types []*specs.InstanceType) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(specs.FieldKeys()); err != nil {
		return err
	}
	rec := make([]string, len(specs.Fields))
	for _, it := range types {
		for i, f := range specs.Fields {
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
		return x
	case float64:
		return Num(x)
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		return x.UTC().Format(time.RFC3339)
	case []specs.Workload:
		return joinSlice(x)
	case []string:
		return joinSlice(x)
	}
	return fmt.Sprint(v)
}

func joinSlice[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ";")
}
