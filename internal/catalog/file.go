package catalog

import (
	"bytes"
	"path/filepath"
	"strconv"
	"strings"

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
	b.WriteString(e.File)
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
	b.WriteString(e.Msg.In(l))
	return b.String()
}

// position is a place in a file, 1-based; 0 when unknown.
type position struct{ line, col int }

// fileValue is one key's value in a row of a file, before it is read
// into its field: a decoder for it, and where it is.
type fileValue struct {
	null   bool
	decode func(into any) error
	at     position
}

// fileRow is one row of a file: its keys' values and where it starts.
type fileRow struct {
	values map[string]fileValue
	at     position
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
	} else {
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
		return &FileError{File: file, Line: at.line, Col: at.col, Field: key, Msg: msg}
	}
	var it specs.InstanceType
	nameField := specs.FieldByKey("instance_type")
	nv, ok := r.values[nameField.Key]
	if !ok {
		return it, fail(nameField.Key, r.at, i18n.Msg("file.want_name"))
	}
	name, err := readValue(nameField, nv)
	if err != nil || name == nil {
		return it, fail(nameField.Key, nv.at, i18n.Msg("file.want_name"))
	}
	if old := base.Type(name.(string)); old != nil {
		it = *old
	} else {
		for i := range specs.Fields {
			f := &specs.Fields[i]
			if v, ok := r.values[f.Key]; f.Required && (!ok || v.null) {
				return it, fail(f.Key, r.at, i18n.Msg("file.missing", andList(requiredKeys())))
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
		v, ok := r.values[f.Key]
		if !ok || f.ReadOnly || f == nameField {
			continue
		}
		val, err := readValue(f, v)
		if err == nil && !f.Set(&it, val) {
			err = problem{i18n.Msg("file.not_null")}
		}
		if err != nil {
			return it, fail(f.Key, v.at, err.(problem).msg)
		}
	}
	// What the instance gets stays count × per-GPU unless the file says.
	_, total := r.values["gpu_memory_gib"]
	_, count := r.values["gpu_count"]
	_, per := r.values["gpu_memory_per_gpu_gib"]
	if !total && (count || per) {
		it.GPUMemoryGiB = it.GPUCount * it.GPUMemoryPerGPUGiB
	}
	if it.Workloads == nil {
		it.Workloads = []specs.Workload{}
	}
	return it, nil
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
		if x < 0 || x != x || x > 1e300 {
			return nil, problem{i18n.Msg("file.want_non_negative")}
		}
		if kind == specs.KindInt {
			if x != float64(int64(x)) || x > 1<<53 {
				return nil, problem{i18n.Msg("file.want_whole")}
			}
			return int64(x), nil
		}
	case string:
		return normalized(f, x)
	case []string:
		for i, s := range x {
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
	case f.Key == "instance_type":
		return nil, problem{i18n.Msg("file.want_name")}
	}
	return nil, problem{i18n.Msg("file.want_text")}
}
