package tui

import (
	"fmt"
	"runtime"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

// BenchmarkKeyToFrame measures a key press to the next frame: Update plus
// View, at the built-in catalog's size and at 10,000 rows. The target is
// 16 ms.
func BenchmarkKeyToFrame(b *testing.B) {
	for _, n := range specstest.BenchSizes[:2] {
		c := specstest.Catalog(n)
		for _, k := range []struct {
			name string
			keys []tea.KeyPressMsg
		}{
			{"down", []tea.KeyPressMsg{keyMsg("j")}},
			{"workload", []tea.KeyPressMsg{keyMsg("tab")}},
			{"sort", []tea.KeyPressMsg{keyMsg("s")}},
			{"search_char", []tea.KeyPressMsg{keyMsg("4")}},
		} {
			b.Run(fmt.Sprintf("%s/rows=%d", k.name, n), func(b *testing.B) {
				m := New(Options{Catalog: c, Printer: en})
				m.Update(tea.WindowSizeMsg{Width: 160, Height: 50})
				if k.name == "search_char" {
					press(m, "/")
					typeText(m, "gpu_mem>=1")
				}
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					for _, msg := range k.keys {
						m.Update(msg)
					}
					_ = m.View()
					if k.name == "search_char" {
						m.Update(keyMsg("backspace"))
					}
				}
			})
		}
	}
}

// BenchmarkScroll10k scrolls through the rows of a 10,000-row synthetic
// catalog with the preview pane on, a frame a row, and reports the live
// heap afterwards: the preview LRU keeps it flat however far one scrolls
// (compare scrolled=1000 with scrolled=10000).
func BenchmarkScroll10k(b *testing.B) {
	c := specstest.Catalog(10_000)
	for _, rows := range []int{1_000, 10_000} {
		b.Run(fmt.Sprintf("scrolled=%d", rows), func(b *testing.B) {
			b.ReportAllocs()
			var heap uint64
			for i := 0; i < b.N; i++ {
				m := New(Options{Catalog: c, Printer: en})
				m.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
				for range rows {
					m.Update(keyMsg("j"))
					_ = m.View()
				}
				if n := m.browse.previews.len(); n > previewCacheSize {
					b.Fatalf("%d previews kept", n)
				}
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				heap = ms.HeapAlloc
				runtime.KeepAlive(m)
			}
			b.ReportMetric(float64(heap)/(1<<20), "live-heap-MiB")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*rows), "µs/frame")
		})
	}
}
