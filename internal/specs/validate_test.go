package specs_test

import (
	"math"
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// TestBuiltinRowsPassTheChecks: the limits every source must keep to hold
// for the documents' own rows, in both editions.
func TestBuiltinRowsPassTheChecks(t *testing.T) {
	for _, c := range []*specs.Catalog{specs.Document(), specs.CurrentCatalog()} {
		for i := range c.Types {
			if p := specs.CheckRow(&c.Types[i]); p != nil {
				t.Errorf("%s: %v", c.Types[i].Name, p)
			}
		}
	}
}

// TestEveryNumberHasABound: a number field without Max would let a file's
// 1e308 through, and products of figures overflow.
func TestEveryNumberHasABound(t *testing.T) {
	for i := range specs.Fields {
		f := &specs.Fields[i]
		k := f.Kind()
		if (k == specs.KindInt || k == specs.KindNumber) != (f.Max > 0) {
			t.Errorf("%s: kind %d, Max %v", f.Key, k, f.Max)
		}
	}
	// The bounds keep every product of figures finite and exact enough.
	count, per := specs.FieldByKey("gpu_count").Max, specs.FieldByKey("gpu_memory_per_gpu_gib").Max
	if total := specs.FieldByKey("gpu_memory_gib").Max; count*per > total {
		t.Errorf("gpu_count × gpu_memory_per_gpu_gib can reach %v, over gpu_memory_gib's bound %v", count*per, total)
	}
}

func TestCheckRow(t *testing.T) {
	base := specs.CurrentCatalog().Type("ecs.gn7i-c8g1.2xlarge")
	tests := []struct {
		name string
		edit func(*specs.InstanceType)
		key  string
		kind specs.ProblemKind
	}{
		{"escape in the name", func(t *specs.InstanceType) { t.Name = "ecs.gn7i\x1b[31m" }, "instance_type", specs.ProblemControl},
		{"newline in the family", func(t *specs.InstanceType) { t.Family = "gn7i\nx" }, "family", specs.ProblemControl},
		{"C1 control in the GPU", func(t *specs.InstanceType) { m := "A10\u009b"; t.GPUModel = &m }, "gpu_model", specs.ProblemControl},
		{"DEL in a zone", func(t *specs.InstanceType) { t.Zones = []string{"cn-hangzhou-i", "x\x7f"} }, "zones", specs.ProblemControl},
		{"not UTF-8", func(t *specs.InstanceType) { c := "\xff"; t.Currency = &c }, "currency", specs.ProblemInvalidUTF8},
		{"a path for a name", func(t *specs.InstanceType) { t.Name = "../../../etc/passwd" }, "instance_type", specs.ProblemSyntax},
		{"ecs. alone", func(t *specs.InstanceType) { t.Name = "ecs." }, "instance_type", specs.ProblemSyntax},
		{"NUL bytes in the name", func(t *specs.InstanceType) { t.Name = "ecs." + string(make([]byte, 20)) }, "instance_type", specs.ProblemControl},
		{"negative vCPU", func(t *specs.InstanceType) { t.VCPU = -1 }, "vcpu", specs.ProblemNegative},
		{"huge GPU count", func(t *specs.InstanceType) { n := 1e308; t.GPUCount = &n }, "gpu_count", specs.ProblemTooLarge},
		{"infinite memory", func(t *specs.InstanceType) { t.MemoryGiB = math.Inf(1) }, "memory_gib", specs.ProblemNotFinite},
		{"NaN price", func(t *specs.InstanceType) { p := math.NaN(); t.PricePerHour = &p }, "price_per_hour", specs.ProblemNotFinite},
		{"negative price", func(t *specs.InstanceType) { p := -1.0; t.PricePerHour = &p }, "price_per_hour", specs.ProblemNegative},
		{"a region with a slash", func(t *specs.InstanceType) { r := "cn/hangzhou"; t.Region = &r }, "region", specs.ProblemSyntax},
		{"a lower-case currency made up", func(t *specs.InstanceType) { c := "C N Y"; t.Currency = &c }, "currency", specs.ProblemSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := *base
			tc.edit(&it)
			p := specs.CheckRow(&it)
			if p == nil || p.Key != tc.key || p.Kind != tc.kind {
				t.Errorf("%+v, want %s kind %d", p, tc.key, tc.kind)
			}
		})
	}
	long := *base
	long.Name = "ecs.a"
	for len(long.Name) <= specs.MaxText {
		long.Name += "a"
	}
	if p := specs.CheckRow(&long); p == nil || p.Key != "instance_type" || p.Kind != specs.ProblemLong {
		t.Errorf("a %d-character name: %+v", len(long.Name), p)
	}
}

func TestEscapeControl(t *testing.T) {
	for in, want := range map[string]string{
		"Throttling.User": "Throttling.User",
		"bad\x1b[2Jcode":  `bad\x1b[2Jcode`,
		"line\nbreak\r":   `line\nbreak\r`[:0] + `line\x0abreak\x0d`,
		"c1\u009bx":       `c1\u009bx`,
		"\xffraw":         `\xffraw`,
		"中文 and ü":        "中文 and ü",
		"bell\a":          `bell\x07`,
	} {
		if got := specs.EscapeControl(in); got != want {
			t.Errorf("EscapeControl(%q) = %q, want %q", in, got, want)
		}
	}
}
