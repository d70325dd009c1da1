package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

// readJSON reads a JSON list of rows with encoding/json, a row at a time,
// and hands each to read.
func readJSON(name string, data []byte, read func(fileRow) error) error {
	fail := func(off int64, msg i18n.Message) error {
		l, c := lineCol(data, off)
		return &FileError{File: name, Line: l, Col: c, Msg: msg}
	}
	body := bytes.TrimPrefix(data, []byte("\ufeff"))
	skipped := int64(len(data) - len(body))
	dec := json.NewDecoder(bytes.NewReader(body))
	tok, err := dec.Token()
	if err != nil {
		return syntaxError(name, data, err)
	}
	if tok != json.Delim('[') {
		return fail(skipped+nextValue(body, 0), i18n.Msg("file.want_list"))
	}
	for dec.More() {
		start := skipped + nextValue(body, dec.InputOffset())
		var values map[string]json.RawMessage
		if err := dec.Decode(&values); err != nil {
			var typeErr *json.UnmarshalTypeError
			if errors.As(err, &typeErr) && typeErr.Field == "" {
				return fail(start, i18n.Msg("file.want_object"))
			}
			return syntaxError(name, data, err)
		}
		end := skipped + dec.InputOffset()
		row := fileRow{values: map[string]fileValue{}}
		row.at.line, row.at.col = lineCol(data, start)
		for k, raw := range values {
			row.values[k] = fileValue{
				null:   string(raw) == "null",
				decode: func(into any) error { return json.Unmarshal(raw, into) },
				at:     keyPosition(data, start, end, k),
			}
		}
		if values == nil {
			return fail(start, i18n.Msg("file.want_object"))
		}
		if err := read(row); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil {
		return syntaxError(name, data, err)
	}
	if rest := bytes.TrimSpace(body[dec.InputOffset():]); len(rest) > 0 {
		return fail(skipped+nextValue(body, dec.InputOffset()), i18n.Msg("file.trailing"))
	}
	return nil
}

// syntaxError places a JSON syntax error. The streaming decoder's offsets
// are not exact, so the file is checked whole, which gives the offset of
// the first error exactly.
func syntaxError(name string, data []byte, err error) error {
	var v any
	if full := json.Unmarshal(bytes.TrimPrefix(data, []byte("\ufeff")), &v); full != nil {
		err = full
	}
	e := &FileError{File: name, Msg: i18n.Msg("file.syntax", strings.TrimPrefix(err.Error(), "json: "))}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		skipped := int64(len(data) - len(bytes.TrimPrefix(data, []byte("\ufeff"))))
		e.Line, e.Col = lineCol(data, skipped+max(se.Offset-1, 0))
	}
	return e
}

// nextValue skips blanks and a comma from off.
func nextValue(b []byte, off int64) int64 {
	for off < int64(len(b)) && strings.IndexByte(" \t\r\n,", b[off]) >= 0 {
		off++
	}
	return off
}

// keyPosition finds where the value of a row's key starts: after the key
// at the row's top level, its colon and blanks. It returns the row's start
// when the key is not found as written (an escaped key).
func keyPosition(data []byte, start, end int64, key string) position {
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
					l, c := lineCol(data, start+skipBlanks(row, j+1))
					return position{l, c}
				}
			}
			i = endOfString(row, i)
		}
	}
	l, c := lineCol(data, start)
	return position{l, c}
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
		row := fileRow{values: map[string]fileValue{}, at: position{item.Line, item.Column}}
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, v := item.Content[i], item.Content[i+1]
			row.values[k.Value] = fileValue{
				null:   v.Tag == "!!null",
				decode: v.Decode,
				at:     position{v.Line, v.Column},
			}
		}
		if err := read(row); err != nil {
			return err
		}
	}
	return nil
}
