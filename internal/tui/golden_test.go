package tui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// TestGolden drives the real program loop with teatest at fixed sizes,
// then compares the final screen with testdata/TestGolden/*.golden, its
// colours pinned to the 16-colour ANSI profile. Regenerate with -update.
func TestGolden(t *testing.T) {
	tests := []struct {
		name          string
		width, height int
		lang          i18n.Lang
		keys          []string
	}{
		{"browse_80x24", 80, 24, i18n.EN, nil},
		{"inference_search_120x40", 120, 40, i18n.EN, []string{"tab", "tab", "/", "g", "p", "u", "_", "m", "e", "m", ">", "=", "1", "6", "enter", "s", "s"}},
		{"compare_100x30", 100, 30, i18n.EN, []string{"j", "j", "j", "space", "space", "c"}},
		{"help_100x30", 100, 30, i18n.EN, []string{"?", "p"}},
		{"chinese_100x30", 100, 30, i18n.ZH, []string{"tab", "v"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := New(Options{Catalog: specs.Document(), Printer: i18n.Printer{Lang: tc.lang}})
			tm := teatest.NewTestModel(t, m,
				teatest.WithInitialTermSize(tc.width, tc.height),
				teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ANSI)))
			for _, k := range tc.keys {
				tm.Send(keyMsg(k))
			}
			tm.Send(keyMsg("ctrl+c"))
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
			if !final.Interrupted() {
				t.Fatal("the program did not end by ctrl+c")
			}
			var b bytes.Buffer
			w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.ANSI}
			if _, err := w.WriteString(final.View().Content); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, b.Bytes())
		})
	}
}
