package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/gpuspec/gpuspec/internal/render"
)

// compareModel lays the marked types side by side, as `compare` does, at
// any width: the field column stays, the types' columns scroll left and
// right, the rows up and down.
type compareModel struct {
	*common
	title  string
	cmp    *render.Comparison
	first  int // the first type column shown
	top    int // the first row shown
	help   help.Model
	legend string
}

// Widest a type's column gets: wider values are cut with "…", and on a
// narrow screen less, so that two types show side by side.
const compareColumnMax = 40

func newCompare(c *common) *compareModel {
	return &compareModel{common: c, help: help.New()}
}

func (cm *compareModel) open(title string, cmp *render.Comparison) {
	cm.title, cm.cmp, cm.first, cm.top = title, cmp, 0, 0
	cm.legend = cm.p.T("cmp.legend")
}

// fieldWidth is the field column's: its widest label and the diff mark.
func (cm *compareModel) fieldWidth() int {
	w := textWidth(cm.p.T("cmp.field"))
	for _, r := range cm.cmp.Rows {
		w = max(w, textWidth(r.Label)+2)
	}
	return min(w, max(cm.width/3, 12))
}

// columnWidth is a type column's: its name or widest value, at most
// compareColumnMax, and at most what is left beside the field column.
func (cm *compareModel) columnWidth(i int) int {
	w := textWidth(cm.cmp.Names[i])
	for _, r := range cm.cmp.Rows {
		w = max(w, textWidth(r.Values[i]))
	}
	half := (cm.width-cm.fieldWidth())/2 - 2
	return max(1, min(w, max(half, 20), compareColumnMax, cm.width-cm.fieldWidth()-2))
}

// shown is the range of type columns that fit from first.
func (cm *compareModel) shown() (int, int) {
	n := len(cm.cmp.Names)
	room := cm.width - cm.fieldWidth()
	end := cm.first
	for end < n {
		need := 2 + cm.columnWidth(end)
		if end > cm.first && need > room {
			break
		}
		room -= need
		end++
	}
	return cm.first, end
}

// legendLines is the legend wrapped to the width.
func (cm *compareModel) legendLines() []string {
	return strings.Split(wordwrap(cm.legend, max(cm.width, 1), ""), "\n")
}

// bodyHeight is how many field rows fit under the title and header, above
// the legend and help.
func (cm *compareModel) bodyHeight() int { return max(cm.height-3-len(cm.legendLines()), 1) }

func (cm *compareModel) scrollRows(n int) {
	cm.top = min(max(cm.top+n, 0), max(len(cm.cmp.Rows)-cm.bodyHeight(), 0))
}

// scrollColumns moves the first column shown, and stops once the last
// column is in sight.
func (cm *compareModel) scrollColumns(n int) {
	total := len(cm.cmp.Names)
	if n > 0 {
		if _, end := cm.shown(); end >= total {
			return
		}
	}
	cm.first = min(max(cm.first+n, 0), max(total-1, 0))
}

func (cm *compareModel) update(msg tea.Msg) (action, tea.Cmd) {
	if wheel, ok := msg.(tea.MouseWheelMsg); ok {
		switch wheel.Button {
		case tea.MouseWheelUp:
			cm.scrollRows(-3)
		case tea.MouseWheelDown:
			cm.scrollRows(3)
		case tea.MouseWheelLeft:
			cm.scrollColumns(-1)
		case tea.MouseWheelRight:
			cm.scrollColumns(1)
		}
		return stay, nil
	}
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return stay, nil
	}
	k := cm.keys
	switch {
	case key.Matches(press, k.Quit):
		return quit, nil
	case key.Matches(press, k.CompareBack):
		return goBack, nil
	case key.Matches(press, k.Help):
		return openHelp, nil
	case key.Matches(press, k.Left):
		cm.scrollColumns(-1)
	case key.Matches(press, k.Right):
		cm.scrollColumns(1)
	case key.Matches(press, k.Up):
		cm.scrollRows(-1)
	case key.Matches(press, k.Down):
		cm.scrollRows(1)
	case key.Matches(press, k.PageUp):
		cm.scrollRows(-cm.bodyHeight())
	case key.Matches(press, k.PageDown):
		cm.scrollRows(cm.bodyHeight())
	case key.Matches(press, k.Top):
		cm.top = 0
	case key.Matches(press, k.Bottom):
		cm.scrollRows(len(cm.cmp.Rows))
	}
	return stay, nil
}

func (cm *compareModel) view() string {
	if cm.cmp == nil {
		return ""
	}
	first, end := cm.shown()
	total := len(cm.cmp.Names)
	title := cm.styles.Title.Render(cm.title)
	if first > 0 || end < total {
		pos := cm.p.T("tui.columns", first+1, end, total)
		if first > 0 {
			pos = "‹ " + pos
		}
		if end < total {
			pos += " ›"
		}
		title += "  " + cm.styles.Status.Render(pos)
	}
	fw := cm.fieldWidth()
	cell := func(s string, w int) string { return pad(truncateEllipsis(s, w), w, false) }
	header := cell(cm.p.T("cmp.field"), fw)
	for i := first; i < end; i++ {
		header += "  " + cell(cm.cmp.Names[i], cm.columnWidth(i))
	}
	lines := []string{title, cm.styles.Header.Render(header)}
	rows := cm.cmp.Rows
	last := min(cm.top+cm.bodyHeight(), len(rows))
	for _, r := range rows[cm.top:last] {
		mark := "  "
		if r.Differ {
			mark = "* "
		}
		line := cell(mark+r.Label, fw)
		for i := first; i < end; i++ {
			v := cell(r.Values[i], cm.columnWidth(i))
			if r.Differ {
				v = cm.styles.Diff.Render(v)
			}
			line += "  " + v
		}
		lines = append(lines, line)
	}
	for len(lines) < 2+cm.bodyHeight() {
		lines = append(lines, "")
	}
	for _, l := range cm.legendLines() {
		lines = append(lines, cm.styles.Dim.Render(l))
	}
	lines = append(lines, shortHelp(&cm.help, cm.helpKeys().ShortHelp(), 2, cm.width))
	return fit(lines, cm.width, cm.height)
}

// helpKeys offers the keys that do something at this size: ←/→ when
// not every type fits, ↑/↓ when not every field does.
func (cm *compareModel) helpKeys() compareKeys {
	h := compareKeys{k: cm.keys}
	if cm.cmp == nil {
		return h
	}
	saved := cm.first
	cm.first = 0
	_, end := cm.shown()
	cm.first = saved
	h.columns = cm.first > 0 || end < len(cm.cmp.Names)
	h.rows = len(cm.cmp.Rows) > cm.bodyHeight()
	return h
}

// truncateEllipsis cuts s to width cells, ending with "…" when it cuts.
func truncateEllipsis(s string, width int) string {
	if textWidth(s) <= width {
		return s
	}
	if width <= 1 {
		return truncate(s, width)
	}
	return truncate(s, width-1) + "…"
}

// visibleNames are the names of the columns in view, for tests.
func (cm *compareModel) visibleNames() []string {
	first, end := cm.shown()
	return append([]string(nil), cm.cmp.Names[first:end]...)
}

// columnsText is the position shown in the title: "2–3 of 4".
func (cm *compareModel) columnsText() string {
	first, end := cm.shown()
	return strings.TrimSpace(cm.p.T("tui.columns", first+1, end, len(cm.cmp.Names)))
}
