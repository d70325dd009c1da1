package specs

import (
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

func TestQuery(t *testing.T) {
	c := Document()
	yes, no := true, false
	tests := []struct {
		name   string
		filter Filter
		count  int
		first  string
		check  func(*InstanceType) bool
	}{
		{"everything", Filter{}, 38, "ecs.gn7-c12g1.3xlarge", nil},
		{"gpu T4", Filter{GPUModels: []string{"T4"}}, 10, "ecs.vgn6i-m4.xlarge", func(it *InstanceType) bool { return it.GPUModel == "T4" }},
		{"gpu any case", Filter{GPUModels: []string{"t4", "a100"}}, 13, "ecs.gn7-c12g1.3xlarge", nil},
		{"family", Filter{Families: []string{"GN6V"}}, 4, "ecs.gn6v-c8g1.2xlarge", nil},
		{"quarter slices", Filter{GPUs: mustRange(t, "0.25")}, 3, "ecs.vgn6i-m4.xlarge", func(it *InstanceType) bool { return it.GPUCount == 0.25 }},
		{"per-GPU memory 32", Filter{GPUMemoryPerGPUGiB: mustRange(t, "32..")}, 6, "ecs.gn7-c12g1.3xlarge", nil},
		{"instance GPU memory up to 4", Filter{GPUMemoryGiB: mustRange(t, "..4")}, 5, "ecs.vgn6i-m4.xlarge", func(it *InstanceType) bool { return it.GPUMemoryGiB <= 4 }},
		{"vgpu only", Filter{VGPU: &yes}, 8, "ecs.vgn6i-m4.xlarge", func(it *InstanceType) bool { return it.VGPU }},
		{"whole GPUs only", Filter{VGPU: &no}, 30, "ecs.gn7-c12g1.3xlarge", func(it *InstanceType) bool { return !it.VGPU }},
		{"license included", Filter{LicenseIncluded: &yes}, 2, "ecs.vgn6i-m4-vws.xlarge", nil},
		{"workload inference", Filter{Workloads: []Workload{Inference}}, 27, "ecs.vgn6i-m4.xlarge", func(it *InstanceType) bool { return it.Serves(Inference) }},
		{"workloads AND", Filter{Workloads: []Workload{Training, Inference}}, 7, "ecs.gn6e-c12g1.3xlarge", nil},
		{"transcoding", Filter{Workloads: []Workload{Transcoding}}, 14, "ecs.gn5-c4g1.xlarge", nil},
		{"gpu-database", Filter{Workloads: []Workload{GPUDatabase}}, 6, "ecs.gn6i-c4g1.xlarge", nil},
		{"AND of criteria", Filter{GPUModels: []string{"V100"}, NetworkGbps: mustRange(t, "20..")}, 3, "ecs.gn6e-c12g1.24xlarge", nil},
		{"on sale only", Filter{OnSaleOnly: true}, 35, "ecs.vgn6i-m4.xlarge", func(it *InstanceType) bool { return it.Availability == OnSale }},
		{"nothing", Filter{GPUModels: []string{"T4"}, GPUs: mustRange(t, "8..")}, 0, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Query(c, tc.filter)
			if len(got) != tc.count {
				t.Fatalf("%d types, want %d: %v", len(got), tc.count, names(got))
			}
			if tc.count > 0 && got[0].Name != tc.first {
				t.Errorf("first = %s, want %s", got[0].Name, tc.first)
			}
			for _, it := range got {
				if tc.check != nil && !tc.check(it) {
					t.Errorf("%s should not match", it.Name)
				}
			}
		})
	}
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
			got := Query(c, Filter{})
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

// TestFieldsFollowTheSchema keeps the sortable keys and the JSON tags of
// InstanceType the same list in the same order.
func TestFieldsFollowTheSchema(t *testing.T) {
	want := []string{"instance_type", "family", "vcpu", "memory_gib", "gpu_model", "gpu_count",
		"gpu_memory_per_gpu_gib", "gpu_memory_gib", "network_gbps", "pps", "storage_iops", "nic_queues", "enis",
		"private_ips_per_eni", "local_storage_gib", "recommended", "availability", "vgpu", "license_included",
		"workloads", "zones", "price_per_hour", "currency", "source", "fetched_at"}
	if got := FieldKeys(); !slices.Equal(got, want) {
		t.Errorf("FieldKeys() = %v\nwant %v", got, want)
	}
	it := Document().Type("ecs.gn6i-c24g1.24xlarge")
	for _, f := range Fields {
		v := f.Value(it)
		switch f.Key {
		case "zones", "price_per_hour", "currency", "fetched_at", "local_storage_gib":
			if v != nil {
				t.Errorf("%s = %v, want nil for a document row", f.Key, v)
			}
		default:
			if v == nil {
				t.Errorf("%s is nil for %s", f.Key, it.Name)
			}
		}
	}
	if FieldByKey("storage_iops").Value(it) != int64(250000) {
		t.Error("storage_iops value is wrong")
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

func TestSuggest(t *testing.T) {
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
		got := c.Suggest(tc.in, 3, true, true)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Suggest(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	if got := SuggestFrom("h100", []string{"A100", "T4", "V100"}, 1); !slices.Equal(got, []string{"A100"}) {
		t.Errorf("SuggestFrom(h100) = %v", got)
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
	for in, want := range map[string]string{"ecs.gn6i-c4g1.xlarge": "gn6i", "ecs.ebmgn7e.32xlarge": "ebmgn7e", "ecs.vgn6i-m4-vws.xlarge": "vgn6i", "gn7i-c8g1.2xlarge": "gn7i"} {
		if got := FamilyOfTypeName(in); got != want {
			t.Errorf("FamilyOfTypeName(%q) = %q, want %q", in, got, want)
		}
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
