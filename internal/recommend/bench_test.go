package recommend

import (
	"fmt"
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

func BenchmarkRank(b *testing.B) {
	for _, n := range []int{38, 10_000, 100_000} {
		c := specs.Document()
		if n != 38 {
			c = specstest.Synthetic(n)
		}
		req := Request{Workloads: []specs.Workload{specs.Inference}, Model: &Model{Params: 7e9}}
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if out := Rank(c, req); len(out.Results) == 0 {
					b.Fatal("no results")
				}
			}
		})
	}
}
