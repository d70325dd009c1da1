// Package render writes instance types for people and for machines: aligned
// tables, Markdown, JSON, YAML and CSV, and the detail and compare views that
// the CLI and the TUI share. It writes to an io.Writer and does nothing else.
package render

import (
	"math"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/gpuspec/gpuspec/internal/specs"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

// Format is an output format.
type Format string

const (
	Table    Format = "table"
	Wide     Format = "wide"
	JSON     Format = "json"
	YAML     Format = "yaml"
	CSV      Format = "csv"
	Markdown Format = "markdown"
)

// Formats lists every format `list` accepts, for validation and completion.
var Formats = []Format{Table, Wide, JSON, YAML, CSV, Markdown}

// Options are what every writer needs besides its data.
type Options struct {
	Printer i18n.Printer
	Styles  Styles
}

// Num formats a number without trailing zeros: 15, 7.5, 0.125.
func Num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// CPUText is a family's CPU in words: its model, clock and what else the
// pages say of it.
func CPUText(f *specs.Family, p i18n.Printer) string {
	cpu := cpuName(f, p)
	if f.CPUClockGHz > 0 {
		cpu = p.T("detail.cpu_clock", cpu, Num(f.CPUClockGHz))
	}
	if f.CPUNote.EN != "" {
		cpu += p.T("detail.cpu_note", f.CPUNote.In(p.Lang))
	}
	return cpu
}

func cpuName(f *specs.Family, p i18n.Printer) string {
	if f.CPU == "" {
		return p.T("detail.not_stated")
	}
	return f.CPU
}

// GPUTitle is a GPU's name for people: its Name, and for a card the
// documents do not name, "Blackwell 72 GB GPU, model not named".
func GPUTitle(g *specs.GPU, p i18n.Printer) string {
	if g.Model == "" {
		return p.T("detail.gpu_unnamed", g.Name)
	}
	return g.Name
}

// GPUName is a type's GPU in a few letters: its model, or its
// architecture in parentheses where the sources name no model, "(Hopper)".
func GPUName(it *specs.InstanceType) string {
	if m := it.Model(); m != "" {
		return m
	}
	if a := it.GPUArchitecture; a != nil {
		return "(" + *a + ")"
	}
	return none
}

// GPUCount formats a GPU count as the document does: 1/4 for a quarter
// slice, 2 for two cards.
func GPUCount(v float64) string {
	if v > 0 && v < 1 {
		if n := 1 / v; n == math.Trunc(n) {
			return "1/" + strconv.Itoa(int(n))
		}
	}
	return Num(v)
}

// Grouped formats an integer with thousands separators: 500,000.
func Grouped(v int64) string {
	s := strconv.FormatInt(v, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

const none = "-"

// Width is the display width of s in terminal cells, escape codes left
// out; plain ASCII, the common case, is measured without parsing.
func Width(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] == 0x1b {
			return lipgloss.Width(s)
		}
	}
	return len(s)
}

// ForPeople reports whether the format is read by people rather than
// programs.
func (f Format) ForPeople() bool { return f == Table || f == Wide || f == Markdown }
