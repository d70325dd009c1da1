package catalog

import (
	"fmt"
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

// BenchmarkLoadFile reads a --catalog file of n rows onto the document.
func BenchmarkLoadFile(b *testing.B) {
	for _, n := range []int{38, 10_000, 100_000} {
		data := listJSON(b, specstest.Synthetic(n).Types)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, _, err := ApplyFile(specs.Document(), "catalog.json", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
