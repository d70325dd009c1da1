package tui

import (
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
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
		for i := range c.Types {
			q.Match(&c.Types[i])
		}
		if cmd := ListCommand([]specs.Filter{q.Filter}, nil, q.Words); len(cmd) < len("gpuspec list") {
			t.Fatalf("%q: command %q", s, cmd)
		}
	})
}
