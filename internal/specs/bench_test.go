package specs_test

import (
	"fmt"
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

// benchSizes are the catalog sizes the benchmarks run at: the document's,
// and two synthetic ones.
var benchSizes = []int{38, 10_000, 100_000}

func benchCatalog(n int) *specs.Catalog {
	if n == len(specs.Document().Types) {
		return specs.Document()
	}
	return specstest.Synthetic(n)
}

func BenchmarkFilter(b *testing.B) {
	for _, n := range benchSizes {
		c := benchCatalog(n)
		var q specs.Query
		for flag, v := range map[string]string{"gpu": "T4,V100", "gpu-memory": "16..", "workload": "inference"} {
			if err := specs.CriterionByFlag(flag).Add(&q, v, c); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if len(q.Select(c)) == 0 {
					b.Fatal("no rows")
				}
			}
		})
	}
}

func BenchmarkSort(b *testing.B) {
	keys, _ := specs.ParseSort("gpu_memory_gib:desc,vcpu")
	for _, n := range benchSizes {
		rows := specstest.All(benchCatalog(n))
		work := make([]*specs.InstanceType, len(rows))
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				copy(work, rows)
				specs.Sort(work, keys)
			}
		})
	}
}
