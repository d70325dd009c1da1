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
// resolveAlias follows an alias (*name) to the node it names.
func resolveAlias(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 16; i++ {
		n = n.Alias
	}
	return n
}

// mergeKeys applies a mapping's merge keys (<<: *a, or <<: [*a, *b]) to a
// row: a key the row already has stays; of several merged mappings the
// first that has a key gives it, as YAML's merge key says. Each mapping is
// merged once however often it is named, so that merges of merges of
// aliases cannot multiply the work (a "billion laughs").
func mergeKeys(m *yaml.Node, row *fileRow, seen map[*yaml.Node]bool) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Tag != "!!merge" {
			continue
		}
		v := resolveAlias(m.Content[i+1])
		sources := []*yaml.Node{v}
		if v.Kind == yaml.SequenceNode {
			sources = v.Content
		}
		for _, src := range sources {
			src = resolveAlias(src)
			if src.Kind != yaml.MappingNode || seen[src] {
				continue
			}
			seen[src] = true
			for j := 0; j+1 < len(src.Content); j += 2 {
				f := fieldIndex(strings.ToLower(src.Content[j].Value))
				if f < 0 || row.values[f].given {
					continue
				}
				val := resolveAlias(src.Content[j+1])
				row.values[f] = fileValue{given: true, null: val.Tag == "!!null", node: val}
			}
			mergeKeys(src, row, seen)
		}
	}
}

func readYAML(name string, data []byte, read func(fileRow) error) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return yamlSyntaxError(name, err, 0)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return &FileError{File: name, Line: 1, Msg: i18n.Msg("file.want_list")}
	}
	list := doc.Content[0]
	if list.Kind != yaml.SequenceNode {
		return &FileError{File: name, Line: list.Line, Col: list.Column, Msg: i18n.Msg("file.want_list")}
	}
	for _, item := range list.Content {
		if err := readYAMLItem(name, item, 0, read); err != nil {
			return err
		}
	}
	return nil
}

// yamlSyntaxError places what the YAML parser found wrong: "yaml: line 3:
// did not find …" gives the line, offset by the lines before the part of
// the file parsed.
func yamlSyntaxError(name string, err error, offset int) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, tail, ok := strings.Cut(rest, ": "); ok {
			if v, err := strconv.Atoi(n); err == nil {
				line, msg = v+offset, tail
			}
		}
	}
	return &FileError{File: name, Line: line, Msg: i18n.Msg("file.syntax", msg)}
}

// errNotChunked: the file is not a plain block list, or a part of it does
// not parse alone; the whole file is parsed at once instead.
var errNotChunked = errors.New("not a plain block list")

// readYAMLChunked reads a YAML file that is a plain block list (each row
// starting with "- " at the left margin, no anchors, aliases or merge
// keys, one document) a row at a time: the parser's tree of one row at a
// time, not of the whole file, which takes several times the memory and
// time of the JSON path.
func readYAMLChunked(name string, data []byte, read func(fileRow) error) error {
	if bytes.ContainsAny(data, "&*") || bytes.Contains(data, []byte("<<")) {
		return errNotChunked
	}
	type chunk struct {
		start, line int
	}
	var chunks []chunk
	line := 0
	for off := 0; off < len(data); {
		end := bytes.IndexByte(data[off:], '\n')
		next := len(data)
		if end >= 0 {
			next = off + end + 1
		}
		line++
		l := data[off:next]
		if line == 1 {
			l = bytes.TrimPrefix(l, []byte("\ufeff"))
		}
		switch {
		case len(l) == 0 || l[0] == ' ' || l[0] == '\t' || l[0] == '\n' || l[0] == '\r' || l[0] == '#':
			// Indented, blank or a comment: part of the row before.
		case l[0] == '-' && (len(l) == 1 || l[1] == ' ' || l[1] == '\n' || l[1] == '\r') && !bytes.HasPrefix(l, []byte("---")):
			chunks = append(chunks, chunk{start: off, line: line})
		default:
			return errNotChunked
		}
		if len(chunks) == 0 && len(bytes.TrimSpace(l)) > 0 && l[0] != '#' {
			return errNotChunked
		}
		off = next
	}
	if len(chunks) == 0 {
		return errNotChunked
	}
	for i, c := range chunks {
		end := len(data)
		if i+1 < len(chunks) {
			end = chunks[i+1].start
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(data[c.start:end], &doc); err != nil {
			return errNotChunked
		}
		if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.SequenceNode || len(doc.Content[0].Content) != 1 {
			return errNotChunked
		}
		if err := readYAMLItem(name, doc.Content[0].Content[0], c.line-1, read); err != nil {
			return err
		}
	}
	return nil
}

// readYAMLItem reads one row of a YAML list; its lines are offset lines
// into the file.
func readYAMLItem(name string, item *yaml.Node, offset int, read func(fileRow) error) error {
	item = resolveAlias(item)
	if item.Kind != yaml.MappingNode {
		return &FileError{File: name, Line: item.Line + offset, Col: item.Column, Msg: i18n.Msg("file.want_object")}
	}
	row := fileRow{values: make([]fileValue, len(specs.Fields))}
	keys := make([]*yaml.Node, len(specs.Fields))
	for i := 0; i+1 < len(item.Content); i += 2 {
		k, v := item.Content[i], item.Content[i+1]
		if k.Tag == "!!merge" {
			continue
		}
		// Keys match in any case, as encoding/json matches them.
		f := fieldIndex(strings.ToLower(k.Value))
		if f < 0 {
			continue
		}
		if first := keys[f]; first != nil {
			return &FileError{File: name, Line: k.Line + offset, Col: k.Column, Field: specs.Fields[f].Key, Msg: i18n.Msg("file.duplicate_key", first.Line+offset)}
		}
		keys[f] = k
		v = resolveAlias(v)
		row.values[f] = fileValue{given: true, null: v.Tag == "!!null", node: v}
	}
	// Merge keys (<<: *defaults) give what the row does not.
	mergeKeys(item, &row, map[*yaml.Node]bool{item: true})
	row.where = func(key string) position {
		if f := fieldIndex(key); f >= 0 && row.values[f].node != nil {
			return position{line: row.values[f].node.Line + offset, col: row.values[f].node.Column}
		}
		return position{line: item.Line + offset, col: item.Column}
	}
	return read(row)
}
