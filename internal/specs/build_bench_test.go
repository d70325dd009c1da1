package specs

import "testing"

// BenchmarkBuiltin is what building a built-in catalog costs, on every
// run of gpuspec.
func BenchmarkBuiltin(b *testing.B) {
	b.Run("original", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buildOriginal()
		}
	})
	b.Run("current", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buildCurrent()
		}
	})
}
