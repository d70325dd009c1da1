package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// rawValue is one value of a row, as it stands in the file. It keeps the
// bytes encoding/json hands it without copying them: json.Unmarshal is
// given the whole file, which stays unchanged while it is read.
type rawValue []byte

func (r *rawValue) UnmarshalJSON(b []byte) error {
	*r = b
	return nil
}

// rowType is a struct with one rawValue per key of the list schema, so
// that encoding/json reads each row's keys straight into their places:
// far faster than into a map.
var rowType = sync.OnceValue(func() reflect.Type {
	fields := make([]reflect.StructField, len(specs.Fields))
	for i, f := range specs.Fields {
		fields[i] = reflect.StructField{
			Name: "F" + strconv.Itoa(i),
			Type: reflect.TypeFor[rawValue](),
			Tag:  reflect.StructTag(`json:"` + f.Key + `"`),
		}
	}
	return reflect.StructOf(fields)
})

// readJSON reads a JSON list of rows with encoding/json and hands each to
// read.
func readJSON(name string, data []byte, read func(fileRow) error) error {
	rows := reflect.New(reflect.SliceOf(rowType()))
	if err := json.Unmarshal(data, rows.Interface()); err != nil {
		return jsonError(name, data, err)
	}
	list := rows.Elem()
	values := make([]fileValue, len(specs.Fields))
	row := fileRow{values: values}
	for r := 0; r < list.Len(); r++ {
		row.where = func(key string) position {
			starts := rowStarts(data)
			p := position{data: data, start: starts[r], end: int64(len(data)), key: key}
			if r+1 < len(starts) {
				p.end = starts[r+1]
			}
			return p
		}
		v := list.Index(r)
		for i := range values {
			raw := rawValue(v.Field(i).Bytes())
			values[i] = fileValue{given: raw != nil, null: string(raw) == "null", raw: raw}
		}
		if err := read(row); err != nil {
			return err
		}
	}
	return nil
}

// jsonError places what encoding/json found wrong: a syntax error at its
// offset, or a value that is not a list or not an object.
func jsonError(name string, data []byte, err error) error {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		msg := i18n.Msg("file.want_object")
		if typeErr.Field == "" && !bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n\ufeff"), []byte("[")) {
			msg = i18n.Msg("file.want_list")
		}
		// The offset is just past the value at fault; its start is
		// after the blank, comma or bracket before it.
		off := min(max(typeErr.Offset-1, 0), int64(len(data)-1))
		for off > 0 && strings.IndexByte(" \t\r\n,[", data[off-1]) < 0 {
			off--
		}
		l, c := lineCol(data, off)
		return &FileError{File: name, Line: l, Col: c, Msg: msg}
	}
	e := &FileError{File: name, Msg: i18n.Msg("file.syntax", strings.TrimPrefix(err.Error(), "json: "))}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		e.Line, e.Col = lineCol(data, max(se.Offset-1, 0))
	}
	return e
}

// rowStarts finds where each row of a JSON list that encoding/json has
// already read starts.
func rowStarts(data []byte) []int64 {
	body := bytes.TrimPrefix(data, []byte("\ufeff"))
	skipped := int64(len(data) - len(body))
	dec := json.NewDecoder(bytes.NewReader(body))
	var starts []int64
	if _, err := dec.Token(); err != nil {
		return nil
	}
	for dec.More() {
		starts = append(starts, skipped+nextValue(body, dec.InputOffset()))
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			break
		}
	}
	return starts
}

// decode reads the value into a string, a number, a bool, a list of
// strings or a time. Plain strings, numbers and bools, the common case,
// are read as they stand; encoding/json has already checked them.
func (r rawValue) decode(into any) error {
	switch p := into.(type) {
	case *float64:
		if len(r) > 0 && (r[0] == '-' || r[0] >= '0' && r[0] <= '9') {
			v, err := strconv.ParseFloat(string(r), 64)
			*p = v
			return err
		}
		return errWrongKind
	case *string:
		if len(r) >= 2 && r[0] == '"' && bytes.IndexByte(r, '\\') < 0 && utf8.Valid(r) {
			*p = string(r[1 : len(r)-1])
			return nil
		}
	case *bool:
		switch string(r) {
		case "true", "false":
			*p = string(r) == "true"
			return nil
		}
		return errWrongKind
	}
	return json.Unmarshal(r, into)
}

var errWrongKind = errors.New("a value of the wrong kind")

// nextValue skips blanks and a comma from off.
func nextValue(b []byte, off int64) int64 {
	for off < int64(len(b)) && strings.IndexByte(" \t\r\n,", b[off]) >= 0 {
		off++
	}
	return off
}

// keyOffset finds where the value of a row's key starts: after the key at
// the row's top level, its colon and blanks. It returns the row's start
// when the key is not found as written (an escaped key).
func keyOffset(data []byte, start, end int64, key string) int64 {
	row := data[start:end]
	quoted := []byte(strconv.Quote(key))
	depth := 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		case '"':
			if depth == 1 && bytes.HasPrefix(row[i:], quoted) {
				j := int64(i + len(quoted))
				j = skipBlanks(row, j)
				if j < int64(len(row)) && row[j] == ':' {
					return start + skipBlanks(row, j+1)
				}
			}
			i = endOfString(row, i)
		}
	}
	return start
}

func skipBlanks(b []byte, i int64) int64 {
	for i < int64(len(b)) && strings.IndexByte(" \t\r\n", b[i]) >= 0 {
		i++
	}
	return i
}

// endOfString is the index of the quote that closes the string opening at
// i.
func endOfString(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j
		}
	}
	return len(b)
}

// lineCol turns a byte offset into a line and column.
func lineCol(data []byte, off int64) (int, int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := int(off) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// readYAML reads a YAML list of rows, each a mapping, and hands each to
// read with the line and column of every value.
func readYAML(name string, data []byte, read func(fileRow) error) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		// "yaml: line 3: did not find …": the line goes in the position.
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 0
		if rest, ok := strings.CutPrefix(msg, "line "); ok {
			if n, tail, ok := strings.Cut(rest, ": "); ok {
				if v, err := strconv.Atoi(n); err == nil {
					line, msg = v, tail
				}
			}
		}
		return &FileError{File: name, Line: line, Msg: i18n.Msg("file.syntax", msg)}
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return &FileError{File: name, Line: 1, Msg: i18n.Msg("file.want_list")}
	}
	list := doc.Content[0]
	if list.Kind != yaml.SequenceNode {
		return &FileError{File: name, Line: list.Line, Col: list.Column, Msg: i18n.Msg("file.want_list")}
	}
	for _, item := range list.Content {
		if item.Kind != yaml.MappingNode {
			return &FileError{File: name, Line: item.Line, Col: item.Column, Msg: i18n.Msg("file.want_object")}
		}
		row := fileRow{values: make([]fileValue, len(specs.Fields))}
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, v := item.Content[i], item.Content[i+1]
			// Keys match in any case, as encoding/json matches them.
			if f := fieldIndex(strings.ToLower(k.Value)); f >= 0 {
				row.values[f] = fileValue{given: true, null: v.Tag == "!!null", node: v}
			}
		}
		row.where = func(key string) position {
			if f := fieldIndex(key); f >= 0 && row.values[f].node != nil {
				return position{line: row.values[f].node.Line, col: row.values[f].node.Column}
			}
			return position{line: item.Line, col: item.Column}
		}
		if err := read(row); err != nil {
			return err
		}
	}
	return nil
}
