package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"go.yaml.in/yaml/v3"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

var en = Options{Printer: i18n.Printer{Lang: i18n.EN}, Styles: NewStyles(false)}

func allTypes() []*specs.InstanceType { return specstest.All(specs.Document()) }

func TestNumberFormats(t *testing.T) {
	for _, tc := range []struct {
		got, want string
	}{
		{Num(15), "15"}, {Num(7.5), "7.5"}, {Num(0.125), "0.125"},
		{GPUCount(0.25), "1/4"}, {GPUCount(0.125), "1/8"}, {GPUCount(0.5), "1/2"}, {GPUCount(1), "1"}, {GPUCount(8), "8"}, {GPUCount(0.3), "0.3"},
		{Grouped(500000), "500,000"}, {Grouped(18000000), "18,000,000"}, {Grouped(999), "999"}, {Grouped(-1000), "-1,000"}, {Grouped(0), "0"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// TestJSONKeys checks the list schema's keys, in order, as the issue lists
// them, and the plain units.
func TestJSONKeys(t *testing.T) {
	var buf bytes.Buffer
	it := specs.Document().Type("ecs.vgn6i-m4.xlarge")
	if err := Types(&buf, JSON, []*specs.InstanceType{it}, en); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(buf.Bytes()))
	var keys []string
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		default:
			if s, ok := tok.(string); ok && depth == 2 && dec.More() {
				keys = append(keys, s)
				// skip the value
				var v json.RawMessage
				if err := dec.Decode(&v); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if want := specs.Keys(); !reflect.DeepEqual(keys, want) {
		t.Fatalf("keys = %v\nwant %v", keys, want)
	}
	var rows []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	r := rows[0]
	for k, want := range map[string]any{"gpu_count": 0.25, "gpu_memory_per_gpu_gib": 16.0, "gpu_memory_gib": 4.0, "pps": 500000.0, "storage_iops": nil, "vgpu": true} {
		if r[k] != want {
			t.Errorf("%s = %v, want %v", k, r[k], want)
		}
	}
}

func TestEmptyListsAreArrays(t *testing.T) {
	for _, tc := range []struct {
		format Format
		want   string
	}{
		{JSON, "[]\n"},
		{YAML, "[]\n"},
		{CSV, strings.Join(specs.Keys(), ",") + "\n"},
	} {
		var buf bytes.Buffer
		if err := Types(&buf, tc.format, nil, en); err != nil {
			t.Fatal(err)
		}
		if buf.String() != tc.want {
			t.Errorf("%s: %q, want %q", tc.format, buf.String(), tc.want)
		}
	}
}

// TestYAMLMatchesJSON: both formats carry the same data.
func TestYAMLMatchesJSON(t *testing.T) {
	var j, y bytes.Buffer
	types := allTypes()
	if err := Types(&j, JSON, types, en); err != nil {
		t.Fatal(err)
	}
	if err := Types(&y, YAML, types, en); err != nil {
		t.Fatal(err)
	}
	var fromJSON, fromYAML []map[string]any
	if err := json.Unmarshal(j.Bytes(), &fromJSON); err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(y.Bytes(), &fromYAML); err != nil {
		t.Fatal(err)
	}
	if len(fromJSON) != 38 || len(fromYAML) != 38 {
		t.Fatalf("%d and %d rows", len(fromJSON), len(fromYAML))
	}
	for i := range fromJSON {
		for k, jv := range fromJSON[i] {
			yv, ok := fromYAML[i][k]
			if !ok {
				t.Fatalf("row %d: yaml lacks %s", i, k)
			}
			if jn, isNum := jv.(float64); isNum {
				switch yn := yv.(type) {
				case int:
					yv = float64(yn)
				case float64:
					yv = yn
				}
				if yv != jn {
					t.Errorf("row %d %s: json %v yaml %v", i, k, jv, yv)
				}
				continue
			}
			if !reflect.DeepEqual(jv, yv) {
				t.Errorf("row %d %s: json %#v yaml %#v", i, k, jv, yv)
			}
		}
	}
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := Types(&buf, CSV, allTypes(), en); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 39 {
		t.Fatalf("%d records, want a header and 38 rows", len(recs))
	}
	col := map[string]int{}
	for i, k := range recs[0] {
		col[k] = i
	}
	gn7 := recs[1]
	if gn7[col["private_ips_per_eni"]] != "" || gn7[col["storage_iops"]] != "" || gn7[col["workloads"]] != "training;scientific" {
		t.Errorf("gn7 row: %v", gn7)
	}
	slice := recs[4]
	if slice[col["gpu_count"]] != "0.25" || slice[col["instance_type"]] != "ecs.vgn6i-m4.xlarge" {
		t.Errorf("slice row: %v", slice)
	}
}

func TestPlainTable(t *testing.T) {
	var buf bytes.Buffer
	types := specs.Document().TypesOf("vgn6i")
	if err := Types(&buf, Table, types, en); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d lines:\n%s", len(lines), buf.String())
	}
	if !strings.HasPrefix(lines[0], "INSTANCE TYPE") || !strings.Contains(lines[0], "vCPU") {
		t.Errorf("header %q", lines[0])
	}
	for _, l := range lines {
		if strings.HasSuffix(l, " ") {
			t.Errorf("trailing space in %q", l)
		}
		if strings.Contains(l, "\x1b") {
			t.Errorf("escape code without colour: %q", l)
		}
	}
	if !strings.Contains(lines[3], "1/4") || !strings.HasSuffix(lines[3], "recommended, vGPU, vWS licence") {
		t.Errorf("vws row %q", lines[3])
	}
}

// TestWideCharactersAlign: Chinese headers take two columns each; the
// values below them must still line up.
func TestWideCharactersAlign(t *testing.T) {
	var buf bytes.Buffer
	zh := Options{Printer: i18n.Printer{Lang: i18n.ZH}, Styles: NewStyles(false)}
	types := specs.Document().TypesOf("gn6e")
	if err := Types(&buf, Table, types, zh); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	// endOf is the display column where the n-th space-separated cell ends.
	endOf := func(line string, n int) int {
		fields := strings.Fields(line)
		pos := 0
		for k := 0; k <= n; k++ {
			pos += strings.Index(line[pos:], fields[k]) + len(fields[k])
		}
		return lipgloss.Width(line[:pos])
	}
	// Header cells: 实例规格, vCPU, 内存, (GiB), GPU, GPU, 数, 显存, (GiB) …
	// Row cells: name, vcpu, memory, gpu, count, gpu memory …
	header := map[string]int{"vcpu": endOf(lines[0], 1), "memory": endOf(lines[0], 3), "gpumem": endOf(lines[0], 8)}
	for _, l := range lines[1:] {
		got := map[string]int{"vcpu": endOf(l, 1), "memory": endOf(l, 2), "gpumem": endOf(l, 5)}
		if !reflect.DeepEqual(got, header) {
			t.Errorf("columns end at %v, headers at %v:\n%s", got, header, buf.String())
		}
	}
}

func TestColourOnlyWhenEnabled(t *testing.T) {
	var plain, colour bytes.Buffer
	types := allTypes()[:4]
	if err := Types(&plain, Table, types, en); err != nil {
		t.Fatal(err)
	}
	if err := Types(&colour, Table, types, Options{Printer: en.Printer, Styles: NewStyles(true)}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "\x1b[") {
		t.Error("plain output has escape codes")
	}
	if !strings.Contains(colour.String(), "\x1b[") {
		t.Error("coloured output has none")
	}
}

func TestMarkdownEscapesPipes(t *testing.T) {
	var buf bytes.Buffer
	g := &grid{header: []string{"A"}, rows: [][]string{{"x|y"}}}
	if err := writeMarkdown(&buf, g); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `x\|y`) {
		t.Errorf("pipe not escaped: %s", buf.String())
	}
}

func TestWriteTrimmed(t *testing.T) {
	var buf bytes.Buffer
	in := "a  b   \nc\x1b[32mx\x1b[0m   \x1b[0m\nplain   "
	if err := writeTrimmed(&buf, []byte(in), "> "); err != nil {
		t.Fatal(err)
	}
	want := "> a  b\n> c\x1b[32mx\x1b[0m\n> plain\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}

func TestTypeDetailSlice(t *testing.T) {
	var buf bytes.Buffer
	c := specs.Document()
	if err := TypeDetail(&buf, c, c.Type("ecs.vgn6i-m4.xlarge"), en); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"1/4 of an NVIDIA Tesla T4 (vGPU slice)",
		"4 GiB (1/4 of a 16 GiB card)",
		"500,000 packets/s",
		"FP16 (tensor)           16.25 TFLOPS      estimate",
		"Linux images: buy a GRID licence",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}

func TestComparisonMarksDifferences(t *testing.T) {
	c := specs.Document()
	types := []*specs.InstanceType{c.Type("ecs.gn6i-c4g1.xlarge"), c.Type("ecs.gn6i-c8g1.2xlarge")}
	cmp := CompareTypes(c, types, en)
	byLabel := map[string]CompareRow{}
	for _, r := range cmp.Rows {
		byLabel[r.Label] = r
	}
	for label, differ := range map[string]bool{"vCPU": true, "Memory (GiB)": true, "GPU": false, "vCPU per GPU": true, "FP16 (TFLOPS)": false, "Family": false} {
		r, ok := byLabel[label]
		if !ok {
			t.Fatalf("no row %q", label)
		}
		if r.Differ != differ {
			t.Errorf("%s: differ = %v, want %v (%v)", label, r.Differ, differ, r.Values)
		}
	}
	var all, diff bytes.Buffer
	if err := WriteComparison(&all, cmp, false, Table, en); err != nil {
		t.Fatal(err)
	}
	if err := WriteComparison(&diff, cmp, true, Table, en); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(all.String(), "\n* vCPU ") || !strings.Contains(all.String(), "\n  GPU ") {
		t.Errorf("markers missing:\n%s", all.String())
	}
	for _, line := range strings.Split(diff.String(), "\n")[1:] {
		if strings.HasPrefix(line, "  ") {
			t.Errorf("--diff kept an equal row: %q", line)
		}
	}
	var colour bytes.Buffer
	if err := WriteComparison(&colour, cmp, false, Table, Options{Printer: en.Printer, Styles: NewStyles(true)}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(colour.String(), "* vCPU") || !strings.Contains(colour.String(), "\x1b[1;35m4") {
		t.Errorf("with colour, differences are starred and coloured:\n%q", colour.String())
	}
}

// TestJSONRowsMatchEncodingJSON: the list streams a row at a time, and
// writes exactly what encoding the whole list at once would, for every row
// of the document and for rows with every kind of value.
func TestJSONRowsMatchEncodingJSON(t *testing.T) {
	types := allTypes()
	at := time.Date(2026, 11, 29, 5, 1, 2, 345000000, time.UTC)
	price, cur, iops, ips, local := 1e-7, "CNY \"quoted\" <b>\u2028\x01", int64(0), 0, 1e21
	odd := *types[0]
	odd.Name = "ecs.odd\t\\name\xff"
	odd.MemoryGiB = 123456789.125
	tenth := 0.1
	odd.GPUCount = &tenth
	odd.Zones = []string{}
	odd.Workloads = nil
	odd.PricePerHour, odd.Currency, odd.StorageIOPS, odd.PrivateIPsPerENI, odd.LocalStorageGiB, odd.FetchedAt = &price, &cur, &iops, &ips, &local, &at
	two := odd
	two.Zones = []string{"cn-hangzhou-i", "é"}
	types = append(types, &odd, &two)
	for _, rows := range [][]*specs.InstanceType{types, nil, types[:1]} {
		var want bytes.Buffer
		if err := WriteJSON(&want, typesValue(rows)); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := Types(&got, JSON, rows, en); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("differs from encoding/json:\n%s", firstDiff(got.String(), want.String()))
		}
		var back []map[string]any
		if err := json.Unmarshal(got.Bytes(), &back); err != nil || len(back) != len(rows) {
			t.Errorf("does not read back: %v", err)
		}
	}
	if !strings.Contains(mustJSON(t, &odd), `"currency": "CNY \"quoted\" <b>`) {
		t.Error("HTML is escaped")
	}
}

func mustJSON(t *testing.T, it *specs.InstanceType) string {
	var b bytes.Buffer
	if err := Types(&b, JSON, []*specs.InstanceType{it}, en); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func firstDiff(a, b string) string {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			lo := max(0, i-80)
			return "got:  " + a[lo:min(len(a), i+40)] + "\nwant: " + b[lo:min(len(b), i+40)]
		}
	}
	return "lengths " + strconv.Itoa(len(a)) + " and " + strconv.Itoa(len(b))
}

// TestEveryFieldInItsViews: each view shows the fields the field table
// puts in it, by their labels, and no others; a field added to the table
// shows up with no code in render.
func TestEveryFieldInItsViews(t *testing.T) {
	c := specs.Document()
	it := *c.Type("ecs.gn5-c8g1.2xlarge")
	price, cur := 2.5, "CNY"
	it.PricePerHour, it.Currency, it.Zones = &price, &cur, []string{"cn-hangzhou-a"}
	// Sparse fields show where some type has them: this one has all.
	burst, bw, disks, queues := 5.0, 0.75, 17, 2
	it.NetworkBurstGbps, it.DiskBandwidthGBps, it.MaxDisks, it.NICQueuesSecondary = &burst, &bw, &disks, &queues
	it.BareMetal, it.SharedCPU = true, true
	eri, region := 1, "cn-hangzhou"
	it.EriQuantity, it.BootModes, it.Region, it.ZonesSoldOut, it.Retiring = &eri, []string{"UEFI"}, &region, []string{"cn-hangzhou-b"}, true
	types := []*specs.InstanceType{&it}
	header := func(format Format) string {
		var b bytes.Buffer
		if err := Types(&b, format, types, en); err != nil {
			t.Fatal(err)
		}
		return strings.SplitN(b.String(), "\n", 2)[0]
	}
	var detail, compare bytes.Buffer
	if err := TypeDetail(&detail, c, &it, en); err != nil {
		t.Fatal(err)
	}
	if err := WriteComparison(&compare, CompareTypes(c, []*specs.InstanceType{&it, c.Type("ecs.gn6i-c4g1.xlarge")}, en), false, Table, en); err != nil {
		t.Fatal(err)
	}
	views := []struct {
		view specs.View
		text string
		want func(*specs.Field) string
	}{
		{specs.InTable, header(Table), func(f *specs.Field) string { return en.Printer.T(f.Header) }},
		{specs.InWide, header(Wide), func(f *specs.Field) string { return en.Printer.T(f.Header) }},
		{specs.InCSV, header(CSV), func(f *specs.Field) string { return f.Key }},
		{specs.InCompare, strings.ReplaceAll(compare.String(), "\n* ", "\n  "), func(f *specs.Field) string { return "\n  " + Label(f, en.Printer, true) + "  " }},
	}
	for _, v := range views {
		for i := range specs.Fields {
			f := &specs.Fields[i]
			if got := strings.Contains(v.text, v.want(f)); got != f.Shows(v.view) && !(f.Key == "instance_type" && v.view == specs.InCompare) {
				t.Errorf("view %b: %s shown %v, the field table says %v", v.view, f.Key, got, f.Shows(v.view))
			}
		}
	}
	for _, f := range specs.FieldsIn(specs.InDetail) {
		if _, _, composite := detailRow(f.Key, c, &it, c.FamilyOf(&it), en.Printer); !composite && !strings.Contains(detail.String(), "  "+Label(f, en.Printer, false)+"  ") {
			t.Errorf("show lacks %s", f.Key)
		}
	}
}

// TestCSVText: text a spreadsheet would run as a formula gets a ' before
// it (OWASP's advice for CSV export); other text is left alone.
func TestCSVText(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")",
		"+cmd":              "'+cmd",
		"-2+3":              "'-2+3",
		"@SUM(1)":           "'@SUM(1)",
		"\tx":               "'\tx",
		"\rx":               "'\rx",
		"ecs.gn6i":          "ecs.gn6i",
		"A10":               "A10",
		"":                  "",
		"a=b":               "a=b",
	} {
		if got := CSVText(in); got != want {
			t.Errorf("CSVText(%q) = %q, want %q", in, got, want)
		}
	}
}
