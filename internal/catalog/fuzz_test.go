package catalog

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// FuzzLoadFile: any file either fails with a FileError or loads rows that
// are valid, and those rows, written as JSON, load again to the same rows.
func FuzzLoadFile(f *testing.F) {
	var doc bytes.Buffer
	render.WriteJSON(&doc, specs.Query(specs.Document(), specs.Filter{Families: []string{"vgn6i", "gn5"}}))
	var y bytes.Buffer
	render.WriteYAML(&y, specs.Query(specs.Document(), specs.Filter{Families: []string{"gn7"}}))
	seeds := []struct {
		yaml bool
		data string
	}{
		{false, doc.String()},
		{true, y.String()},
		{false, `[]`},
		{false, `[{"instance_type": "ecs.x-1", "vcpu": 4, "memory_gib": 8, "gpu_model": "A10", "gpu_count": 1, "gpu_memory_per_gpu_gib": 24, "zones": ["a"], "fetched_at": "2026-11-29T05:00:00Z", "extra": {"nested": [1, {"a": null}]}}]`},
		{false, `[{"instance_type": "gn6i-c4g1.xlarge", "price_per_hour": 7.5, "currency": "CNY", "storage_iops": null}]`},
		{false, `[{"instance_type": "\u0065cs.gn6i-c4g1.xlarge", "vcpu": 1e1}]`},
		{false, `[{"instance_type": 4}]`},
		{false, `{"a": 1}`},
		{false, `[{"instance_type": "ecs.gn6i-c4g1.xlarge",}]`},
		{true, "- instance_type: gn6i-c4g1.xlarge\n  vcpu: 8\n"},
		{true, "- instance_type: ecs.new-1\n  vcpu: 1\n  memory_gib: 2\n  gpu_model: T4\n  gpu_count: 0.5\n  gpu_memory_per_gpu_gib: 16\n  workloads: [inference]\n"},
		{true, "a: [1"},
	}
	for _, s := range seeds {
		f.Add(s.yaml, []byte(s.data))
	}
	base := specs.Document()
	f.Fuzz(func(t *testing.T, isYAML bool, data []byte) {
		name := "f.json"
		if isYAML {
			name = "f.yaml"
		}
		rows, err := LoadFile(name, data, base)
		if err != nil {
			if _, ok := err.(*FileError); !ok {
				t.Fatalf("error %T: %v", err, err)
			}
			if msg := err.Error(); strings.Contains(msg, "\n") && !isYAML {
				t.Fatalf("a JSON error of more than one line: %q", msg)
			}
			return
		}
		ptrs := make([]*specs.InstanceType, len(rows))
		for i := range rows {
			r := &rows[i]
			ptrs[i] = r
			if !strings.HasPrefix(r.Name, "ecs.") || r.VCPU < 0 || r.MemoryGiB < 0 || r.GPUCount < 0 || r.Source != specs.FromFile {
				t.Fatalf("row %d: %+v", i, r)
			}
		}
		var again bytes.Buffer
		if err := render.WriteJSON(&again, ptrs); err != nil {
			t.Fatal(err)
		}
		back, err := LoadFile("again.json", again.Bytes(), base)
		if err != nil || len(back) != len(rows) {
			t.Fatalf("rows written as JSON do not load again: %v\n%s", err, again.String())
		}
	})
}
