package specs

import (
	"fmt"
	"testing"
)

// benchSizes are the catalog sizes the benchmarks run at: the document's,
// and two synthetic ones.
var benchSizes = []int{38, 10_000, 100_000}

func benchCatalog(n int) *Catalog {
	if n == len(Document().Types) {
		return Document()
	}
	return Synthetic(n)
}

func BenchmarkFilter(b *testing.B) {
	for _, n := range benchSizes {
		c := benchCatalog(n)
		r, _ := ParseRange[float64]("16..")
		f := Filter{GPUModels: []string{"T4", "V100"}, GPUMemoryPerGPUGiB: r, Workloads: []Workload{Inference}}
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if len(Query(c, f)) == 0 {
					b.Fatal("no rows")
				}
			}
		})
	}
}

func BenchmarkSort(b *testing.B) {
	keys, _ := ParseSort("gpu_memory_gib:desc,vcpu")
	for _, n := range benchSizes {
		rows := Query(benchCatalog(n), Filter{})
		work := make([]*InstanceType, len(rows))
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				copy(work, rows)
				Sort(work, keys)
			}
		})
	}
}
