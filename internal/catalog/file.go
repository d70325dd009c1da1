package catalog

import (
	"bytes"
	"errors"
	"path/filepath"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// FileError is a catalog file that does not load: the file, the position
// (line and column, 1-based; 0 when unknown) and the field at fault.
type FileError struct {
	File      string
	Line, Col int
	Field     string
	Msg       i18n.Message
}

func (e *FileError) Error() string { return e.In(i18n.EN) }

// In renders the error in l: "cat.json:12:5: vcpu: want a whole number".
func (e *FileError) In(l i18n.Lang) string {
	var b strings.Builder
	b.WriteString(specs.EscapeControl(e.File))
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
		if e.Col > 0 {
			b.WriteString(":" + strconv.Itoa(e.Col))
		}
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	// A parser's message may quote the file's own bytes.
	b.WriteString(specs.EscapeControl(e.Msg.In(l)))
	return b.String()
}

// position is a place in a file: a line and column (1-based; 0 when
// unknown), or in JSON a row's bytes in data, and the key whose value is
// meant; the line and column are worked out only when an error needs
// them.
type position struct {
	line, col  int
	data       []byte
	start, end int64
	key        string
}

func (p position) lineCol() (int, int) {
	if p.data == nil {
		return p.line, p.col
	}
	off := p.start
	if p.key != "" {
		off = keyOffset(p.data, p.start, p.end, p.key)
	}
	return lineCol(p.data, off)
}

// fileValue is one key's value in a row of a file, before it is read into
// its field.
type fileValue struct {
	given, null bool
	raw         rawValue   // in a JSON file
	node        *yaml.Node // in a YAML file
}

func (v fileValue) decode(into any) error {
	if v.node != nil {
		if ok := decodeScalar(v.node, into); ok {
			return nil
		}
		return v.node.Decode(into)
	}
	return v.raw.decode(into)
}

// decodeScalar reads the common YAML values (plain numbers, strings,
// booleans, lists of strings) without yaml.Node.Decode, which builds a
// decoder for each value; it reports false for anything else, which
// Decode then reads as it would.
func decodeScalar(n *yaml.Node, into any) bool {
	switch p := into.(type) {
	case *float64:
		if n.Kind == yaml.ScalarNode && (n.Tag == "!!int" || n.Tag == "!!float") {
			v, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
			if err == nil {
				*p = v
				return true
			}
		}
	case *string:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!str" {
			*p = n.Value
			return true
		}
	case *bool:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!bool" {
			switch n.Value {
			case "true", "True", "TRUE":
				*p = true
				return true
			case "false", "False", "FALSE":
				*p = false
				return true
			}
		}
	case *[]string:
		if n.Kind != yaml.SequenceNode {
			return false
		}
		out := make([]string, 0, len(n.Content))
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode || c.Tag != "!!str" {
				return false
			}
			out = append(out, c.Value)
		}
		*p = out
		return true
	}
	return false
}

// fileRow is one row of a file: the value of each field of the list
// schema, in the order of specs.Fields, and where the row and its values
// are, worked out when an error needs it.
type fileRow struct {
	values []fileValue
	where  func(key string) position
}

// ApplyFile loads a catalog file — a JSON or YAML list of instance types
// in the list schema, such as `gpuspec list -o json` prints — onto base,
// and returns the new catalog and how many rows the file had. A row whose
// instance_type base has changes the keys it gives; a new row adds a type
// and must give the schema's required keys. Keys outside the schema are
// ignored. A file that does not load is a *FileError.
func ApplyFile(base *specs.Catalog, name string, data []byte) (*specs.Catalog, int, error) {
	rows, err := readRows(base, name, data)
	if err != nil {
		return nil, 0, err
	}
	return WithRows(base, rows), len(rows), nil
}

// readRows reads a file's rows, each applied over base's row of its name.
func readRows(base *specs.Catalog, name string, data []byte) ([]specs.InstanceType, error) {
	var rows []specs.InstanceType
	read := func(r fileRow) error {
		it, err := buildRow(base, name, r)
		if err != nil {
			return err
		}
		rows = append(rows, it)
		return nil
	}
	var err error
	if isJSON(name, data) {
		err = readJSON(name, data, read)
	} else if err = readYAMLChunked(name, data, read); errors.Is(err, errNotChunked) {
		rows = rows[:0]
		err = readYAML(name, data, read)
	}
	return rows, err
}

func isJSON(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return true
	case ".yaml", ".yml":
		return false
	}
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	return len(t) > 0 && (t[0] == '[' || t[0] == '{')
}

// buildRow checks a row and applies it over the base row of the same
// name, if any.
func buildRow(base *specs.Catalog, file string, r fileRow) (specs.InstanceType, error) {
	fail := func(key string, at position, msg i18n.Message) error {
		line, col := at.lineCol()
		return &FileError{File: file, Line: line, Col: col, Field: key, Msg: msg}
	}
	var it specs.InstanceType
	given := func(key string) bool { return r.values[fieldIndex(key)].given }
	nameField := specs.FieldByKey("instance_type")
	nv := r.values[fieldIndex(nameField.Key)]
	if !nv.given {
		return it, fail(nameField.Key, r.where(""), i18n.Msg("file.want_name"))
	}
	name, err := readValue(nameField, nv)
	if err != nil || name == nil {
		msg := i18n.Msg("file.want_name")
		// A control character or a name too long says so.
		if p, ok := err.(problem); ok && strings.HasPrefix(p.msg.Key, "row.") {
			msg = p.msg
		}
		return it, fail(nameField.Key, r.where(nameField.Key), msg)
	}
	if old := base.Type(name.(string)); old != nil {
		it = *old
	} else {
		for i := range specs.Fields {
			f := &specs.Fields[i]
			// A required key must be there; it may be null where the field
			// may be (a card the sources do not name).
			if v := r.values[i]; f.Required && (!v.given || v.null && !f.Nullable()) {
				return it, fail(f.Key, r.where(""), i18n.Msg("file.missing", andList(requiredKeys())))
			}
		}
		it = specs.InstanceType{Name: name.(string), Family: specs.FamilyOfTypeName(name.(string)), Availability: specs.OnSale}
		if fam := base.Family(it.Family); fam != nil {
			specs.ApplyFamily(&it, fam)
		}
	}
	it.Source = specs.FromFile
	for i := range specs.Fields {
		f := &specs.Fields[i]
		v := r.values[i]
		if !v.given || f.ReadOnly || f == nameField {
			continue
		}
		val, err := readValue(f, v)
		if err == nil && !f.Set(&it, val) {
			err = problem{i18n.Msg("file.not_null")}
		}
		if err != nil {
			return it, fail(f.Key, r.where(f.Key), err.(problem).msg)
		}
	}
	// What the instance gets stays count × per-GPU unless the file says.
	if !given("gpu_memory_gib") && (given("gpu_count") || given("gpu_memory_per_gpu_gib")) {
		it.GPUMemoryGiB = nil
		if it.GPUCount != nil && it.GPUMemoryPerGPUGiB != nil {
			total := *it.GPUCount * *it.GPUMemoryPerGPUGiB
			it.GPUMemoryGiB = &total
		}
	}
	if it.Workloads == nil {
		it.Workloads = []specs.Workload{}
	}
	withArchitecture(base, &it)
	// What the row works out (gpu_memory_gib) keeps to the bounds too.
	if p := specs.CheckRow(&it); p != nil {
		return it, fail(p.Key, r.where(p.Key), ProblemMessage(p))
	}
	return it, nil
}

// withArchitecture gives a row that names a GPU the catalog knows, but not
// its architecture, the GPU's.
func withArchitecture(c *specs.Catalog, it *specs.InstanceType) {
	if it.GPUArchitecture != nil {
		return
	}
	if g := c.GPU(it); g != nil && g.Architecture.Known() {
		arch := g.Architecture.Text.EN
		it.GPUArchitecture = &arch
	}
}

// fieldIndex is the place of a key in specs.Fields, or -1.
func fieldIndex(key string) int {
	for i := range specs.Fields {
		if specs.Fields[i].Key == key {
			return i
		}
	}
	return -1
}

func requiredKeys() []string {
	var out []string
	for i := range specs.Fields {
		if specs.Fields[i].Required {
			out = append(out, specs.Fields[i].Key)
		}
	}
	return out
}

// andList joins names as "a, b and c" in each language.
func andList(names []string) i18n.Text {
	if len(names) < 2 {
		s := strings.Join(names, "")
		return i18n.Text{EN: s, ZH: s}
	}
	head, last := names[:len(names)-1], names[len(names)-1]
	return i18n.Text{EN: strings.Join(head, ", ") + " and " + last, ZH: strings.Join(head, "、") + " 和 " + last}
}

// ProblemMessage says what is wrong with a value in words, without
// quoting it.
func ProblemMessage(p *specs.Problem) i18n.Message {
	switch p.Kind {
	case specs.ProblemControl:
		return i18n.Msg("row.control", p.Rune)
	case specs.ProblemLong:
		return i18n.Msg("row.long", specs.MaxText)
	case specs.ProblemInvalidUTF8:
		return i18n.Msg("row.utf8")
	case specs.ProblemNegative:
		return i18n.Msg("file.want_non_negative")
	case specs.ProblemTooLarge:
		return i18n.Msg("row.at_most", specs.FormatBound(p.Max))
	case specs.ProblemSyntax:
		f := specs.FieldByKey(p.Key)
		switch {
		case p.Key == "instance_type":
			return i18n.Msg("file.want_name")
		case p.Key == "family":
			return i18n.Msg("row.want_family")
		case p.Key == "region" || p.Key == "zones" || p.Key == "zones_sold_out":
			return i18n.Msg("row.want_zone")
		case p.Key == "currency":
			return i18n.Msg("row.want_currency")
		case f != nil && f.Accepted != nil:
			return i18n.Msg("row.want_one_of", strings.Join(f.Accepted(), ", "))
		}
		return i18n.Msg("file.want_text")
	}
	return i18n.Msg("row.finite")
}

// problem is what is wrong with a value, in words.
type problem struct{ msg i18n.Message }

func (p problem) Error() string { return p.msg.In(i18n.EN) }

// wants says what a field of each kind takes.
var wants = map[specs.Kind]string{
	specs.KindText:   "file.want_text",
	specs.KindInt:    "file.want_whole",
	specs.KindNumber: "file.want_number",
	specs.KindBool:   "file.want_bool",
	specs.KindList:   "file.want_strings",
	specs.KindTime:   "file.want_time",
}

// readValue decodes a value into its field's kind and checks it: numbers
// of 0 or more, whole where the field is, names in the catalog's
// spelling, a value among those the field accepts. Null is nil.
func readValue(f *specs.Field, v fileValue) (any, error) {
	if v.null {
		return nil, nil
	}
	kind := f.Kind()
	holder := f.NewValue()
	if kind == specs.KindInt {
		holder = new(float64) // 1e1 is a whole number too
	}
	if v.decode(holder) != nil {
		return nil, problem{i18n.Msg(wants[kind])}
	}
	val := f.ValueOf(holder, false)
	switch x := val.(type) {
	case float64:
		if p := f.CheckNumber(x); p != nil {
			return nil, problem{ProblemMessage(p)}
		}
		if kind == specs.KindInt {
			if x != float64(int64(x)) || x > 1<<53 {
				return nil, problem{i18n.Msg("file.want_whole")}
			}
			return int64(x), nil
		}
	case string:
		if p := specs.CheckText(f.Key, x); p != nil {
			return nil, problem{ProblemMessage(p)}
		}
		return normalized(f, x)
	case []string:
		for i, s := range x {
			if p := specs.CheckText(f.Key, s); p != nil {
				return nil, problem{ProblemMessage(p)}
			}
			n, err := normalized(f, s)
			if err != nil {
				return nil, err
			}
			x[i] = n.(string)
		}
	}
	return val, nil
}

func normalized(f *specs.Field, s string) (any, error) {
	if f.Normalize == nil {
		return strings.TrimSpace(s), nil
	}
	n, ok := f.Normalize(s)
	switch {
	case ok:
		return n, nil
	case f.Accepted != nil:
		return nil, problem{i18n.Msg("file.want_one_of", s, strings.Join(f.Accepted(), ", "))}
	}
	return nil, problem{ProblemMessage(&specs.Problem{Key: f.Key, Kind: specs.ProblemSyntax})}
}
