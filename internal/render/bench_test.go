package render

import (
	"fmt"
	"io"
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

func BenchmarkRender(b *testing.B) {
	for _, n := range []int{38, 10_000, 100_000} {
		c := specs.Document()
		if n != 38 {
			c = specstest.Synthetic(n)
		}
		rows := specstest.All(c)
		for _, format := range []Format{JSON, CSV, Table} {
			b.Run(fmt.Sprintf("%s/rows=%d", format, n), func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					if err := Types(io.Discard, format, rows, en); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
