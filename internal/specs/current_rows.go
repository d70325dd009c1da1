package specs

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// current.txt is the current edition's table of types, one row per line,
// columns named by their list-schema keys in the first line that is not a
// comment. A figure the pages do not give is "-"; a vGPU slice's count is
// a fraction, "1/12".
//
//go:embed current.txt
var currentTable string

// currentRows reads current.txt into types with their own figures; the
// family facts, GPU model and editions are added by the catalog. A table
// that does not read is a fault of the build, so it panics; a test reads
// it on every run.
var currentRows = sync.OnceValue(func() []InstanceType {
	rows, err := readTable(currentTable)
	if err != nil {
		panic("current.txt: " + err.Error())
	}
	return rows
})

// tableError is a cell of a built-in table that does not read.
type tableError struct {
	line int
	msg  string
}

func (e *tableError) Error() string { return "line " + strconv.Itoa(e.line) + ": " + e.msg }

// readTable reads a whitespace-separated table whose header names list
// schema keys.
func readTable(text string) ([]InstanceType, error) {
	var fields []*Field
	var out []InstanceType
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		cells := strings.Fields(line)
		if fields == nil {
			for _, key := range cells {
				f := FieldByKey(key)
				if f == nil {
					return nil, &tableError{n + 1, "unknown column " + strconv.Quote(key)}
				}
				fields = append(fields, f)
			}
			continue
		}
		if len(cells) != len(fields) {
			return nil, &tableError{n + 1, strconv.Itoa(len(cells)) + " cells for " + strconv.Itoa(len(fields)) + " columns"}
		}
		it := InstanceType{Source: FromDocument}
		for i, f := range fields {
			v, err := cellValue(f, cells[i])
			if err != nil || !f.Set(&it, v) {
				return nil, &tableError{n + 1, f.Key + " " + strconv.Quote(cells[i]) + " does not read"}
			}
		}
		out = append(out, it)
	}
	return out, nil
}

// cellValue reads one cell as its field's kind: "-" is null.
func cellValue(f *Field, cell string) (any, error) {
	if cell == "-" {
		return nil, nil
	}
	switch f.Kind() {
	case KindInt:
		return strconv.ParseInt(cell, 10, 64)
	case KindNumber:
		if num, den, ok := strings.Cut(cell, "/"); ok {
			a, err := strconv.ParseFloat(num, 64)
			if err != nil {
				return nil, err
			}
			b, err := strconv.ParseFloat(den, 64)
			if err != nil || b == 0 {
				return nil, strconv.ErrSyntax
			}
			return a / b, nil
		}
		return strconv.ParseFloat(cell, 64)
	case KindText:
		return cell, nil
	}
	return nil, strconv.ErrSyntax
}
