package render

import (
	"io"
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

func BenchmarkRender(b *testing.B) {
	for _, format := range []Format{JSON, CSV, Table} {
		b.Run(string(format), func(b *testing.B) {
			specstest.EachSize(b, func(b *testing.B, c *specs.Catalog) {
				rows := specstest.All(c)
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if err := Types(io.Discard, format, rows, en); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}
