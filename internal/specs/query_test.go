package specs

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
)

func names(types []*InstanceType) []string {
	out := make([]string, len(types))
	for i, t := range types {
		out[i] = t.Name
	}
	return out
}

func mustRange(t *testing.T, s string) Range[float64] {
	t.Helper()
	r, err := ParseRange[float64](s)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSort(t *testing.T) {
	c := Document()
	tests := []struct {
		name  string
		sort  string
		first []string
		last  string
	}{
		{"vcpu ascending keeps document order among equals", "vcpu", []string{"ecs.vgn5i-m1.large", "ecs.gn5i-c2g1.large"}, "ecs.gn7-c13g1.26xlarge"},
		{"descending", "gpu_memory_gib:desc", []string{"ecs.gn7-c13g1.26xlarge", "ecs.gn6e-c12g1.24xlarge"}, "ecs.vgn5i-m1.large"},
		{"nulls last ascending", "storage_iops", []string{"ecs.gn6i-c24g1.24xlarge", "ecs.gn6v-c10g1.20xlarge"}, "ecs.gn5i-c28g1.14xlarge"},
		{"nulls last descending", "local_storage_gib:desc", []string{"ecs.gn5-c8g1.14xlarge", "ecs.gn5-c8g1.8xlarge"}, "ecs.gn5i-c28g1.14xlarge"},
		{"tie breaker", "gpu_count:desc,vcpu", []string{"ecs.gn5-c8g1.14xlarge", "ecs.gn6v-c8g1.16xlarge"}, "ecs.vgn5i-m1.large"},
		{"case and spaces", " VCPU : DESC ", []string{"ecs.gn7-c13g1.26xlarge"}, "ecs.gn5i-c2g1.large"},
		{"booleans", "recommended:desc", []string{"ecs.gn7-c12g1.3xlarge"}, "ecs.gn5i-c28g1.14xlarge"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			keys, err := ParseSort(tc.sort)
			if err != nil {
				t.Fatal(err)
			}
			var q Query
			got := q.Select(c)
			Sort(got, keys)
			if !slices.Equal(names(got)[:len(tc.first)], tc.first) {
				t.Errorf("first = %v, want %v", names(got)[:len(tc.first)], tc.first)
			}
			if got[len(got)-1].Name != tc.last {
				t.Errorf("last = %s, want %s", got[len(got)-1].Name, tc.last)
			}
		})
	}
}

func TestParseSortErrors(t *testing.T) {
	for _, tc := range []struct {
		in   string
		kind SortErrorKind
		part string
	}{
		{"price", SortUnknownField, "price"},
		{"vcpu:up", SortBadDirection, "up"},
		{"vcpu,", SortUnknownField, ""},
		{"", SortUnknownField, ""},
	} {
		_, err := ParseSort(tc.in)
		se, ok := err.(*SortError)
		if !ok || se.Kind != tc.kind || se.Part != tc.part {
			t.Errorf("ParseSort(%q) = %v, want kind %v part %q", tc.in, err, tc.kind, tc.part)
		}
	}
}

// TestFieldsFollowTheSchema: the list schema's keys, in order, as the
// issues list them; every field's kind and value agree.
func TestFieldsFollowTheSchema(t *testing.T) {
	want := []string{"instance_type", "family", "vcpu", "memory_gib", "gpu_model", "gpu_model_source", "gpu_architecture", "gpu_count",
		"gpu_memory_per_gpu_gib", "gpu_memory_gib", "network_gbps", "network_burst_gbps", "pps", "storage_iops",
		"disk_bandwidth_gbyte_s", "max_disks", "nic_queues", "nic_queues_secondary", "enis",
		"private_ips_per_eni", "ipv6_per_eni", "local_storage_gib", "cpu_architecture", "eri_quantity", "boot_modes", "bare_metal", "shared_cpu",
		"recommended", "availability", "vgpu", "license_included", "workloads", "editions", "region", "zones", "zones_sold_out", "retiring",
		"price_per_hour", "currency", "source", "fetched_at"}
	if got := Keys(); !slices.Equal(got, want) {
		t.Errorf("Keys() = %v\nwant %v", got, want)
	}
	it := Document().Type("ecs.gn6i-c24g1.24xlarge")
	kinds := map[Kind]func(any) bool{
		KindText:   func(v any) bool { _, ok := v.(string); return ok },
		KindInt:    func(v any) bool { _, ok := v.(int64); return ok },
		KindNumber: func(v any) bool { _, ok := v.(float64); return ok },
		KindBool:   func(v any) bool { _, ok := v.(bool); return ok },
		KindList:   func(v any) bool { _, ok := v.([]string); return ok },
	}
	for i := range Fields {
		f := &Fields[i]
		if f.Header == "" || f.Label == "" || f.Views == 0 {
			t.Errorf("%s: header %q, label %q, views %b", f.Key, f.Header, f.Label, f.Views)
		}
		v := f.Value(it)
		switch {
		case v == nil && !f.Nullable():
			t.Errorf("%s is null but cannot be", f.Key)
		case v != nil && kinds[f.Kind()] != nil && !kinds[f.Kind()](v):
			t.Errorf("%s = %T, not of its kind %d", f.Key, v, f.Kind())
		}
		if f.IsNull(it) != (v == nil) {
			t.Errorf("%s: IsNull and Value disagree", f.Key)
		}
	}
	if FieldByKey("storage_iops").Value(it) != int64(250000) {
		t.Error("storage_iops value is wrong")
	}
}

// TestJSONRoundTrip: every document row, written in the list schema,
// reads back the same.
func TestJSONRoundTrip(t *testing.T) {
	for _, it := range Document().Types {
		b, err := json.Marshal(it)
		if err != nil {
			t.Fatal(err)
		}
		var back InstanceType
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", it.Name, err)
		}
		if !reflect.DeepEqual(back, it) {
			t.Errorf("%s reads back as %+v", it.Name, back)
		}
	}
}

func TestLookup(t *testing.T) {
	c := Document()
	tests := []struct {
		in         string
		wantType   string
		wantFamily string
	}{
		{"ecs.gn6i-c4g1.xlarge", "ecs.gn6i-c4g1.xlarge", ""},
		{"gn6i-c4g1.xlarge", "ecs.gn6i-c4g1.xlarge", ""},
		{"ECS.GN6I-C4G1.XLARGE", "ecs.gn6i-c4g1.xlarge", ""},
		{" GN6I-c4g1.xlarge ", "ecs.gn6i-c4g1.xlarge", ""},
		{"gn6i", "", "gn6i"},
		{"VGN6I", "", "vgn6i"},
	}
	for _, tc := range tests {
		m, ok := c.Lookup(tc.in)
		if !ok {
			t.Errorf("Lookup(%q) found nothing", tc.in)
			continue
		}
		if (m.Type != nil && m.Type.Name != tc.wantType) || (m.Type == nil && tc.wantType != "") || m.Family != tc.wantFamily {
			t.Errorf("Lookup(%q) = %+v, want type %q family %q", tc.in, m, tc.wantType, tc.wantFamily)
		}
	}
	for _, bad := range []string{"", "gn6", "ecs.gn6i", "ecs.", "gn6i-c4g1", "t4"} {
		if m, ok := c.Lookup(bad); ok {
			t.Errorf("Lookup(%q) = %+v, want no match", bad, m)
		}
	}
}

func TestNearest(t *testing.T) {
	c := Document()
	tests := []struct {
		in   string
		want []string
	}{
		{"gn6x", []string{"gn6i", "gn6e", "gn6v"}},
		{"ecs.gn6i-c4g1.large", []string{"ecs.gn6i-c4g1.xlarge"}},
		{"gn6i-c4g1", []string{"ecs.gn6i-c4g1.xlarge"}},
		{"vgn6i-m4-vws", []string{"ecs.vgn6i-m4-vws.xlarge"}},
		{"zzzzzzzz", nil},
	}
	for _, tc := range tests {
		got := c.NearestNames(tc.in, 3, true)
		if !slices.Equal(got, tc.want) {
			t.Errorf("NearestNames(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		in   string
		list []string
		want []string
	}{
		{"h100", []string{"A100", "T4", "V100"}, []string{"A100"}},
		{"price", SortKeys(), []string{"price_per_hour"}},
		{"gaming", WorkloadSlugs(), nil},
		{"xml", []string{"table", "wide", "json", "yaml"}, nil},
	} {
		if got := Nearest(tc.in, tc.list, 1, nil); !slices.Equal(got, tc.want) {
			t.Errorf("Nearest(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestNormalizeGPUModel(t *testing.T) {
	for in, want := range map[string]string{"t4": "T4", "NVIDIA T4": "T4", " nvidia  a10 ": "A10", "Tesla-P4": "P4", "NVIDIA Tesla V100": "V100"} {
		if got := NormalizeGPUModel(in); got != want {
			t.Errorf("NormalizeGPUModel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFamilyOfTypeName(t *testing.T) {
	for in, want := range map[string]string{"ecs.gn6i-c4g1.xlarge": "gn6i", "ecs.ebmgn7e.32xlarge": "ebmgn7e", "gn7i-c8g1.2xlarge": "gn7i",
		"ecs.vgn6i-m4-vws.xlarge": "vgn6i-vws", "ECS.SGN7I-VWS-M2S.XLARGE": "sgn7i-vws", "ecs.gn8v-tee-8x.16xlarge": "gn8v-tee", "ecs.gn8v-tee.4xlarge": "gn8v-tee",
		"ecs.gn9gc-2x.16xlarge": "gn9gc", "ecs.vgn6i-m4.xlarge": "vgn6i"} {
		if got := FamilyOfTypeName(in); got != want {
			t.Errorf("FamilyOfTypeName(%q) = %q, want %q", in, got, want)
		}
	}
	// Every current type's family is the one its name gives; the original
	// edition put the -vws types in vgn6i, and keeps them there.
	for _, it := range CurrentCatalog().Types {
		if got := FamilyOfTypeName(it.Name); got != it.Family {
			t.Errorf("FamilyOfTypeName(%q) = %q, the catalog has %q", it.Name, got, it.Family)
		}
	}
	if f := Document().Type("ecs.vgn6i-m4-vws.xlarge").Family; f != "vgn6i" {
		t.Errorf("original edition: ecs.vgn6i-m4-vws.xlarge in %q, want vgn6i", f)
	}
}

func TestGPUShare(t *testing.T) {
	g := *Document().GPUByKey("T4")
	q := g.Share(0.25)
	if q.FP16TFLOPS.Value != 16.25 || q.FP16TFLOPS.Source != FromEstimate {
		t.Errorf("quarter T4 FP16 = %+v, want 16.25 estimate", q.FP16TFLOPS)
	}
	if q.MemoryGiB != g.MemoryGiB || q.Architecture != g.Architecture {
		t.Error("a share keeps the card's own facts")
	}
	if whole := g.Share(1); whole.FP16TFLOPS != g.FP16TFLOPS {
		t.Error("a whole card is not an estimate")
	}
}
