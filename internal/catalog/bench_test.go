package catalog

import (
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

// BenchmarkLoadFile reads a --catalog file of n rows onto the document.
func BenchmarkLoadFile(b *testing.B) {
	specstest.EachSize(b, func(b *testing.B, c *specs.Catalog) {
		data := listJSON(b, c.Types)
		b.SetBytes(int64(len(data)))
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, _, err := ApplyFile(specs.Document(), "catalog.json", data); err != nil {
				b.Fatal(err)
			}
		}
	})
}
