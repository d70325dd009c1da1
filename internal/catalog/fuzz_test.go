package catalog

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// FuzzLoadFile: any file either fails with a FileError or loads rows that
// are valid, and those rows, written as JSON, load again to the same rows.
func FuzzLoadFile(f *testing.F) {
	c := specs.Document()
	// Two rows: a seed of a dozen (12 KB) stalls the fuzzing engine's
	// mutator on a 2-core machine.
	doc := listJSON(f, append(c.Types[3:4:4], c.Types[24]))
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
		// Control characters, in names, models, zones, families (issue 15, 1).
		{false, `[{"instance_type": "ecs.gnx\u001b[31m.large", "vcpu": 2, "memory_gib": 8, "gpu_model": "A10", "gpu_count": 1, "gpu_memory_per_gpu_gib": 24}]`},
		{false, `[{"instance_type": "ecs.gn7i-c8g1.2xlarge", "gpu_model": "A10\u0007", "zones": ["cn-\u009b1m"]}]`},
		{true, "- instance_type: ecs.gn7i-c8g1.2xlarge\n  currency: \"CNY\\x7f\"\n"},
		// Magnitudes: overflow, infinities, the bounds themselves (5).
		{false, `[{"instance_type": "ecs.gnx.large", "vcpu": 2, "memory_gib": 8, "gpu_model": "A10", "gpu_count": 1e308, "gpu_memory_per_gpu_gib": 1e308}]`},
		{false, `[{"instance_type": "ecs.gnx.large", "vcpu": 4096, "memory_gib": 65536, "gpu_model": "A10", "gpu_count": 64, "gpu_memory_per_gpu_gib": 1024, "price_per_hour": 1e6}]`},
		{true, "- instance_type: ecs.gn7i-c8g1.2xlarge\n  network_gbps: .inf\n  pps: 1e300\n"},
		// Newlines and separators in names (9).
		{false, `[{"instance_type": "ecs.gn7i-c8g1.2xlarge", "family": "gn7i\nnext | row"}]`},
		{true, "- instance_type: \"ecs.gnx\\nlarge\"\n  vcpu: 1\n"},
		{false, `[{"instance_type": "ecs.gnx.large", "vcpu": 2, "memory_gib": 8, "gpu_model": "A|10", "gpu_count": 1, "gpu_memory_per_gpu_gib": 24}]`},
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
			// Every loaded row keeps to the limits: no control
			// character, every figure finite and within its bound.
			if p := specs.CheckRow(r); p != nil {
				t.Fatalf("row %d loaded with %v", i, p)
			}
		}
		// The round trip: what list -o json prints of the rows loads
		// again, as the same rows, and prints the same.
		again := listJSON(t, rows)
		back, err := readRows(base, "again.json", again)
		if err != nil || len(back) != len(rows) {
			t.Fatalf("rows written as JSON do not load again: %v\n%s", err, again)
		}
		if twice := listJSON(t, back); !bytes.Equal(twice, again) {
			t.Fatalf("rows read back print differently:\n%s\n%s", again, twice)
		}
	})
}
