package tui

import (
	"fmt"
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
