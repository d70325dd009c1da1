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

// BenchmarkLoadFileYAML is BenchmarkLoadFile with the same rows as YAML;
// its target is within 3× of the JSON path's time and memory.
func BenchmarkLoadFileYAML(b *testing.B) {
	specstest.EachSize(b, func(b *testing.B, c *specs.Catalog) {
		if len(c.Types) > 10_000 {
			b.Skip("100,000 rows of YAML: see the 10,000")
		}
		data := listYAML(b, c.Types)
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, _, err := ApplyFile(specs.Document(), "catalog.yaml", data); err != nil {
				b.Fatal(err)
			}
		}
	})
}
