package specs_test

import (
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

func BenchmarkFilter(b *testing.B) {
	specstest.EachSize(b, func(b *testing.B, c *specs.Catalog) {
		q, err := specstest.ParseArgs([]string{"--gpu", "T4,V100", "--gpu-memory", "16..", "--workload", "inference"}, c)
		if err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if len(q.Select(c)) == 0 {
				b.Fatal("no rows")
			}
		}
	})
}

func BenchmarkSort(b *testing.B) {
	keys, _ := specs.ParseSort("gpu_memory_gib:desc,vcpu")
	specstest.EachSize(b, func(b *testing.B, c *specs.Catalog) {
		rows := specstest.All(c)
		work := make([]*specs.InstanceType, len(rows))
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			copy(work, rows)
			specs.Sort(work, keys)
		}
	})
}
