package catalog

import (
	"strings"
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// FuzzLoadFile: any file either fails with a FileError or loads rows that
// are valid, and those rows, written as JSON, load again to the same rows.
func FuzzLoadFile(f *testing.F) {
	c := specs.Document()
	doc := listJSON(f, append(c.Types[3:7:7], c.Types[24:32]...))
	y := listYAML(f, c.Types[0:3])
	seeds := []struct {
		yaml bool
		data string
	}{
		{false, string(doc)},
		{true, string(y)},
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
		rows, err := readRows(base, name, data)
		if err != nil {
			if _, ok := err.(*FileError); !ok {
				t.Fatalf("error %T: %v", err, err)
			}
			if msg := err.Error(); strings.Contains(msg, "\n") && !isYAML {
				t.Fatalf("a JSON error of more than one line: %q", msg)
			}
			return
		}
		for i := range rows {
			r := &rows[i]
			if !strings.HasPrefix(r.Name, "ecs.") || r.VCPU < 0 || r.MemoryGiB < 0 || r.GPUs() < 0 || r.Source != specs.FromFile {
				t.Fatalf("row %d: %+v", i, r)
			}
		}
		again := listJSON(t, rows)
		back, err := readRows(base, "again.json", again)
		if err != nil || len(back) != len(rows) {
			t.Fatalf("rows written as JSON do not load again: %v\n%s", err, again)
		}
	})
}
