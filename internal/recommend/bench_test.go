package recommend

import (
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

func BenchmarkRank(b *testing.B) {
	req := Request{Workloads: []specs.Workload{specs.Inference}, Model: &Model{Params: 7e9}}
	specstest.EachSize(b, func(b *testing.B, c *specs.Catalog) {
		for i := 0; i < b.N; i++ {
			if out := Rank(c, req); len(out.Results) == 0 {
				b.Fatal("no results")
			}
		}
	})
}
