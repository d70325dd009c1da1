package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

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
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + itoa(e.Line))
		if e.Col > 0 {
			b.WriteString(":" + itoa(e.Col))
		}
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(e.Msg.In(l))
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}

// field is one key of a file row: whether it was given, null, and its
// value.
type field[T any] struct {
	set, null bool
	v         T
	at        int // where the value starts in a JSON file
}

// fileRow is a row of a catalog file: the list schema, every key optional.
type fileRow struct {
	Name               field[string]    `json:"instance_type"`
	Family             field[string]    `json:"family"`
	VCPU               field[int]       `json:"vcpu"`
	MemoryGiB          field[float64]   `json:"memory_gib"`
	GPUModel           field[string]    `json:"gpu_model"`
	GPUCount           field[float64]   `json:"gpu_count"`
	GPUMemoryPerGPUGiB field[float64]   `json:"gpu_memory_per_gpu_gib"`
	GPUMemoryGiB       field[float64]   `json:"gpu_memory_gib"`
	NetworkGbps        field[float64]   `json:"network_gbps"`
	PPS                field[int64]     `json:"pps"`
	StorageIOPS        field[int64]     `json:"storage_iops"`
	NICQueues          field[int]       `json:"nic_queues"`
	ENIs               field[int]       `json:"enis"`
	PrivateIPsPerENI   field[int]       `json:"private_ips_per_eni"`
	LocalStorageGiB    field[float64]   `json:"local_storage_gib"`
	Recommended        field[bool]      `json:"recommended"`
	Availability       field[string]    `json:"availability"`
	VGPU               field[bool]      `json:"vgpu"`
	LicenseIncluded    field[bool]      `json:"license_included"`
	Workloads          field[[]string]  `json:"workloads"`
	Zones              field[[]string]  `json:"zones"`
	PricePerHour       field[float64]   `json:"price_per_hour"`
	Currency           field[string]    `json:"currency"`
	FetchedAt          field[time.Time] `json:"fetched_at"`
}

// LoadFile reads a catalog file — a JSON or YAML list of instance types
// in the list schema, such as `gpuspec list -o json` prints — and applies
// it to base: a row whose instance_type base has changes the keys it gives;
// a new row adds a type, and must give instance_type, vcpu, memory_gib,
// gpu_model, gpu_count and gpu_memory_per_gpu_gib. Keys outside the schema
// are ignored.
func LoadFile(name string, data []byte, base *specs.Catalog) ([]specs.InstanceType, error) {
	if isJSON(name, data) {
		return loadJSON(name, data, base, nil)
	}
	return loadYAML(name, data, base)
}

// ApplyFile loads a catalog file onto base and returns the new catalog and
// how many rows the file had. Rows are read straight after a copy of the
// base's types, so a large file is held in memory once.
func ApplyFile(base *specs.Catalog, name string, data []byte) (*specs.Catalog, int, error) {
	var rows []specs.InstanceType
	var err error
	if isJSON(name, data) {
		prefix := make([]specs.InstanceType, len(base.Types))
		copy(prefix, base.Types)
		rows, err = loadJSON(name, data, base, prefix)
		if err != nil {
			return nil, 0, err
		}
		n := len(rows) - len(prefix)
		return specs.NewCatalog(base.Families, base.GPUs, rows), n, nil
	}
	if rows, err = loadYAML(name, data, base); err != nil {
		return nil, 0, err
	}
	return WithRows(base, rows), len(rows), nil
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

// lineCol turns a byte offset into a line and column.
func lineCol(data []byte, off int64) (int, int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := int(off) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// loadJSON appends the file's rows to out.
func loadJSON(name string, data []byte, base *specs.Catalog, out []specs.InstanceType) ([]specs.InstanceType, error) {
	fail := func(off int, fieldName string, msg i18n.Message) error {
		l, c := lineCol(data, int64(off))
		return &FileError{File: name, Line: l, Col: c, Field: fieldName, Msg: msg}
	}
	s := &scanner{data: data}
	if len(data) >= 3 && string(data[:3]) == "\ufeff" {
		s.pos = 3
	}
	s.ws()
	if s.peek() != '[' {
		if s.kind() == 0 {
			return nil, fail(s.pos, "", i18n.Msg("file.syntax", s.describe()))
		}
		return nil, fail(s.pos, "", i18n.Msg("file.want_list"))
	}
	s.pos++
	prefix := len(out)
	var memo workloadMemo
	s.ws()
	if s.peek() == ']' {
		s.pos++
	} else {
		for {
			s.ws()
			start := s.pos
			if s.peek() != '{' {
				if s.kind() == 0 {
					return nil, fail(s.pos, "", i18n.Msg("file.syntax", s.describe()))
				}
				return nil, fail(s.pos, "", i18n.Msg("file.want_object"))
			}
			var row fileRow
			if err := s.decodeRow(&row); err != nil {
				return nil, rowError(fail, err)
			}
			it, fieldName, msg := row.build(base, &memo)
			if fieldName != "" || msg.Key != "" {
				at := start
				if off := row.offset(fieldName); off > 0 {
					at = off
				}
				return nil, fail(at, fieldName, msg)
			}
			if len(out) == prefix {
				// Rows are alike in size: the first tells how many to
				// expect, so the list is allocated once.
				grown := make([]specs.InstanceType, prefix, prefix+len(data)/max(s.pos-start, 1)+1)
				copy(grown, out)
				out = grown
			}
			out = append(out, it)
			s.ws()
			if s.peek() == ',' {
				s.pos++
				continue
			}
			if s.peek() == ']' {
				s.pos++
				break
			}
			return nil, fail(s.pos, "", i18n.Msg("file.syntax", s.describe()+" in the list"))
		}
	}
	s.ws()
	if s.pos < len(data) {
		return nil, fail(s.pos, "", i18n.Msg("file.trailing"))
	}
	return out, nil
}

// rowError places a row's decoding error.
func rowError(fail func(int, string, i18n.Message) error, err error) error {
	switch e := err.(type) {
	case *fieldError:
		return fail(e.off, e.key, e.msg)
	case *syntaxError:
		return fail(e.off, "", i18n.Msg("file.syntax", e.msg))
	}
	return err
}

// loadYAML reads each row as a YAML mapping and decodes it through JSON,
// so that both formats share one set of rules; the keys' lines make the
// errors precise.
func loadYAML(name string, data []byte, base *specs.Catalog) ([]specs.InstanceType, error) {
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
		return nil, &FileError{File: name, Line: line, Msg: i18n.Msg("file.syntax", msg)}
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, &FileError{File: name, Line: 1, Msg: i18n.Msg("file.want_list")}
	}
	list := doc.Content[0]
	if list.Kind != yaml.SequenceNode {
		return nil, &FileError{File: name, Line: list.Line, Col: list.Column, Msg: i18n.Msg("file.want_list")}
	}
	var out []specs.InstanceType
	var memo workloadMemo
	for _, item := range list.Content {
		if item.Kind != yaml.MappingNode {
			return nil, &FileError{File: name, Line: item.Line, Col: item.Column, Msg: i18n.Msg("file.want_object")}
		}
		where := map[string][2]int{}
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, v := item.Content[i], item.Content[i+1]
			where[k.Value] = [2]int{v.Line, v.Column}
		}
		at := func(key string) (int, int) {
			if p, ok := where[key]; ok {
				return p[0], p[1]
			}
			return item.Line, item.Column
		}
		var generic any
		if err := item.Decode(&generic); err != nil {
			l, c := at("")
			return nil, &FileError{File: name, Line: l, Col: c, Msg: i18n.Msg("file.syntax", err.Error())}
		}
		js, err := json.Marshal(jsonable(generic))
		if err != nil {
			return nil, &FileError{File: name, Line: item.Line, Col: item.Column, Msg: i18n.Msg("file.syntax", err.Error())}
		}
		var row fileRow
		if err := (&scanner{data: js}).decodeRow(&row); err != nil {
			var fe *fieldError
			if errors.As(err, &fe) {
				l, c := at(fe.key)
				return nil, &FileError{File: name, Line: l, Col: c, Field: fe.key, Msg: fe.msg}
			}
			return nil, &FileError{File: name, Line: item.Line, Col: item.Column, Msg: i18n.Msg("file.syntax", err.Error())}
		}
		it, fieldName, msg := row.build(base, &memo)
		if fieldName != "" || msg.Key != "" {
			l, c := at(fieldName)
			return nil, &FileError{File: name, Line: l, Col: c, Field: fieldName, Msg: msg}
		}
		out = append(out, it)
	}
	return out, nil
}

// jsonable turns what YAML decodes (maps with any keys, times) into what
// JSON encodes.
func jsonable(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = jsonable(e)
		}
		return x
	case map[any]any:
		m := map[string]any{}
		for k, e := range x {
			m[toString(k)] = jsonable(e)
		}
		return m
	case []any:
		for i, e := range x {
			x[i] = jsonable(e)
		}
		return x
	case time.Time:
		return x.UTC().Format(time.RFC3339)
	}
	return v
}

func toString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// wantFor says what a key accepts.
func wantFor(key string) i18n.Message {
	switch key {
	case "vcpu", "nic_queues", "enis", "private_ips_per_eni", "pps", "storage_iops":
		return i18n.Msg("file.want_whole")
	case "memory_gib", "gpu_count", "gpu_memory_per_gpu_gib", "gpu_memory_gib", "network_gbps", "local_storage_gib", "price_per_hour":
		return i18n.Msg("file.want_number")
	case "recommended", "vgpu", "license_included":
		return i18n.Msg("file.want_bool")
	case "workloads", "zones":
		return i18n.Msg("file.want_strings")
	case "fetched_at":
		return i18n.Msg("file.want_time")
	}
	return i18n.Msg("file.want_text")
}

// required are the keys a new type must give.
var required = []string{"vcpu", "memory_gib", "gpu_model", "gpu_count", "gpu_memory_per_gpu_gib"}

// problem is a key of a row and what is wrong with it.
type problem struct {
	key string
	msg i18n.Message
}

type number interface{ ~int | ~int64 | ~float64 }

func checkNonNeg[T number](key string, v T) *problem {
	f := float64(v)
	if f < 0 || math.IsNaN(f) || math.IsInf(f, 0) {
		return &problem{key, i18n.Msg("file.want_non_negative")}
	}
	return nil
}

// applyNum sets a number the schema always has: given, it may not be null.
func applyNum[T number](key string, f field[T], dst *T) *problem {
	if !f.set {
		return nil
	}
	if f.null {
		return &problem{key, i18n.Msg("file.not_null")}
	}
	if p := checkNonNeg(key, f.v); p != nil {
		return p
	}
	*dst = f.v
	return nil
}

// applyOpt sets a number that may be null.
func applyOpt[T number](key string, f field[T], dst **T) *problem {
	if !f.set {
		return nil
	}
	if f.null {
		*dst = nil
		return nil
	}
	if p := checkNonNeg(key, f.v); p != nil {
		return p
	}
	v := f.v
	*dst = &v
	return nil
}

func applyBool(key string, f field[bool], dst *bool) *problem {
	if !f.set {
		return nil
	}
	if f.null {
		return &problem{key, i18n.Msg("file.not_null")}
	}
	*dst = f.v
	return nil
}

func validName(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && len(s) <= 128 && !strings.ContainsAny(s, " \t\n\r\"'`,;|/\\")
}

// build checks a row and applies it over the base row of the same name,
// if any. It returns the field at fault and why.
func (r *fileRow) build(base *specs.Catalog, memo *workloadMemo) (specs.InstanceType, string, i18n.Message) {
	var it specs.InstanceType
	if !r.Name.set || r.Name.null || !validName(r.Name.v) {
		return it, "instance_type", i18n.Msg("file.want_name")
	}
	name := strings.ToLower(strings.TrimSpace(r.Name.v))
	if !strings.HasPrefix(name, "ecs.") {
		name = "ecs." + name
	}
	if old := base.Type(name); old != nil {
		it = *old
	} else {
		for _, key := range required {
			if !r.given(key) {
				return it, key, i18n.Msg("file.missing")
			}
		}
		it = specs.InstanceType{Name: name, Family: specs.FamilyOfTypeName(name), Availability: specs.OnSale}
		if fam := base.Family(it.Family); fam != nil {
			specs.ApplyFamily(&it, fam)
		}
	}
	it.Source = specs.FromFile
	problems := []*problem{
		applyNum("vcpu", r.VCPU, &it.VCPU),
		applyNum("memory_gib", r.MemoryGiB, &it.MemoryGiB),
		applyNum("gpu_count", r.GPUCount, &it.GPUCount),
		applyNum("gpu_memory_per_gpu_gib", r.GPUMemoryPerGPUGiB, &it.GPUMemoryPerGPUGiB),
		applyNum("gpu_memory_gib", r.GPUMemoryGiB, &it.GPUMemoryGiB),
		applyNum("network_gbps", r.NetworkGbps, &it.NetworkGbps),
		applyNum("pps", r.PPS, &it.PPS),
		applyOpt("storage_iops", r.StorageIOPS, &it.StorageIOPS),
		applyNum("nic_queues", r.NICQueues, &it.NICQueues),
		applyNum("enis", r.ENIs, &it.ENIs),
		applyOpt("private_ips_per_eni", r.PrivateIPsPerENI, &it.PrivateIPsPerENI),
		applyOpt("local_storage_gib", r.LocalStorageGiB, &it.LocalStorageGiB),
		applyOpt("price_per_hour", r.PricePerHour, &it.PricePerHour),
		applyBool("recommended", r.Recommended, &it.Recommended),
		applyBool("vgpu", r.VGPU, &it.VGPU),
		applyBool("license_included", r.LicenseIncluded, &it.LicenseIncluded),
		r.applyText(&it, memo),
	}
	for _, p := range problems {
		if p != nil {
			return it, p.key, p.msg
		}
	}
	// Keep what the instance gets consistent with count × per-GPU unless
	// the file says otherwise.
	if !r.GPUMemoryGiB.set && (r.GPUCount.set || r.GPUMemoryPerGPUGiB.set) {
		it.GPUMemoryGiB = it.GPUCount * it.GPUMemoryPerGPUGiB
	}
	if it.Workloads == nil {
		it.Workloads = []specs.Workload{}
	}
	return it, "", i18n.Message{}
}

// applyText sets the keys that are names, lists and times.
func (r *fileRow) applyText(it *specs.InstanceType, memo *workloadMemo) *problem {
	if r.Family.set {
		if r.Family.null {
			return &problem{"family", i18n.Msg("file.not_null")}
		}
		if f := strings.ToLower(strings.TrimSpace(r.Family.v)); f != "" {
			it.Family = strings.TrimPrefix(f, "ecs.")
		}
	}
	if r.GPUModel.set {
		if r.GPUModel.null || strings.TrimSpace(r.GPUModel.v) == "" {
			return &problem{"gpu_model", i18n.Msg("file.want_text")}
		}
		it.GPUModel = specs.NormalizeGPUModel(r.GPUModel.v)
	}
	if r.Availability.set {
		a := specs.Availability(strings.ToLower(strings.TrimSpace(r.Availability.v)))
		if r.Availability.null || a != specs.OnSale && a != specs.InviteOnly {
			return &problem{"availability", i18n.Msg("file.want_availability")}
		}
		it.Availability = a
	}
	if r.Workloads.set {
		ws, p := memo.parse(r.Workloads.v)
		if p != nil {
			return p
		}
		it.Workloads = ws
	}
	if r.Zones.set {
		it.Zones = r.Zones.v
	}
	if r.Currency.set {
		if r.Currency.null {
			it.Currency = nil
		} else {
			c := strings.TrimSpace(r.Currency.v)
			it.Currency = &c
		}
	}
	if r.FetchedAt.set {
		if r.FetchedAt.null {
			it.FetchedAt = nil
		} else {
			t := r.FetchedAt.v.UTC()
			it.FetchedAt = &t
		}
	}
	return nil
}

func (r *fileRow) given(key string) bool {
	switch key {
	case "vcpu":
		return r.VCPU.set && !r.VCPU.null
	case "memory_gib":
		return r.MemoryGiB.set && !r.MemoryGiB.null
	case "gpu_model":
		return r.GPUModel.set && !r.GPUModel.null
	case "gpu_count":
		return r.GPUCount.set && !r.GPUCount.null
	case "gpu_memory_per_gpu_gib":
		return r.GPUMemoryPerGPUGiB.set && !r.GPUMemoryPerGPUGiB.null
	}
	return false
}

// workloadMemo remembers the last list of workloads a file gave: rows come
// family by family, so consecutive rows usually share one slice.
type workloadMemo struct {
	in  []string
	out []specs.Workload
}

func (m *workloadMemo) parse(in []string) ([]specs.Workload, *problem) {
	if m.out != nil && slices.Equal(in, m.in) {
		return m.out, nil
	}
	out := make([]specs.Workload, 0, len(in))
	for _, s := range in {
		w, ok := specs.ParseWorkload(s)
		if !ok {
			return nil, &problem{"workloads", i18n.Msg("file.want_workload", s, strings.Join(specs.WorkloadSlugs(), ", "))}
		}
		out = append(out, w)
	}
	m.in, m.out = in, out
	return out, nil
}

// offset is where a key's value starts in a JSON file, or 0 when the row
// does not give the key.
func (r *fileRow) offset(key string) int {
	switch key {
	case "instance_type":
		return r.Name.at
	case "family":
		return r.Family.at
	case "vcpu":
		return r.VCPU.at
	case "memory_gib":
		return r.MemoryGiB.at
	case "gpu_model":
		return r.GPUModel.at
	case "gpu_count":
		return r.GPUCount.at
	case "gpu_memory_per_gpu_gib":
		return r.GPUMemoryPerGPUGiB.at
	case "gpu_memory_gib":
		return r.GPUMemoryGiB.at
	case "network_gbps":
		return r.NetworkGbps.at
	case "pps":
		return r.PPS.at
	case "storage_iops":
		return r.StorageIOPS.at
	case "nic_queues":
		return r.NICQueues.at
	case "enis":
		return r.ENIs.at
	case "private_ips_per_eni":
		return r.PrivateIPsPerENI.at
	case "local_storage_gib":
		return r.LocalStorageGiB.at
	case "recommended":
		return r.Recommended.at
	case "availability":
		return r.Availability.at
	case "vgpu":
		return r.VGPU.at
	case "license_included":
		return r.LicenseIncluded.at
	case "workloads":
		return r.Workloads.at
	case "zones":
		return r.Zones.at
	case "price_per_hour":
		return r.PricePerHour.at
	case "currency":
		return r.Currency.at
	case "fetched_at":
		return r.FetchedAt.at
	}
	return 0
}
