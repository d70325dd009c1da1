package tui

import (
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

// FuzzParseQuery: any search either fails or filters without panicking,
// and its command line can be built.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"", "gn6i", "gpu_mem>=16", "vcpu<=8 gpu=t4", "vcpu=8..32", "gpus=1/4", "family=gn5i,gn6i", "workload=inference", "vgpu=true", "foo=1", "vcpu>8", "vcpu=", "=", ">=", "gpu>=t4", "it's", "a'b c\"d"} {
		f.Add(s)
	}
	c := specs.Document()
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s, c)
		if err != nil {
			return
		}
		rows := q.Select(c)
		// Its command, read back as list's flags, selects the same rows.
		back, err := specstest.ParseArgs(q.Args(), c)
		if err != nil {
			t.Fatalf("%q: %v does not read back: %v", s, q.Args(), err)
		}
		if got := back.Select(c); len(got) != len(rows) {
			t.Fatalf("%q: %v selects %d rows, the search %d", s, q.Args(), len(got), len(rows))
		}
	})
}
