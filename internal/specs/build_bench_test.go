package specs

import "testing"

// BenchmarkBuiltin is what building a built-in catalog costs, on every
// run of gpuspec.
func BenchmarkBuiltin(b *testing.B) {
	b.Run("original/rows=38", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buildOriginal()
		}
	})
	b.Run("current/rows=116", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buildCurrent()
		}
	})
}
