package tui

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// barItems are the workload bar after "all".
var barItems = specs.Workloads

// The preview pane goes beside the table from this width, below it from
// this height, and not at all when neither fits.
const (
	previewBesideMinWidth = 110
	previewBelowMinHeight = 30
)

// layout is where each part of the browse view goes. Every size is
// clamped to zero or more.
type layout struct {
	bar, table, search, status, help int // heights
	tableWidth                       int
	preview                          int // 0: none, 1: beside, 2: below
	previewWidth, previewHeight      int
	helpText                         string
}

func (m *Model) layout() layout {
	var l layout
	w, h := max(m.width, 0), max(m.height, 0)
	if m.searching || m.search.Value() != "" {
		l.search = 1
	}
	l.bar, l.status = 1, 1
	l.helpText = m.helpView()
	l.help = strings.Count(l.helpText, "\n") + 1
	// The table needs its header and a row; give up the other parts, the
	// least needed first, until it has them.
	for _, part := range []*int{&l.help, &l.bar, &l.search, &l.status} {
		if h-l.bar-l.search-l.status-l.help >= 2 {
			break
		}
		*part = 0
	}
	l.table = max(h-l.bar-l.search-l.status-l.help, 0)
	l.tableWidth = w
	if m.showPreview && m.current() != nil {
		switch {
		case w >= previewBesideMinWidth:
			l.preview = 1
			l.previewWidth = min(max(w*2/5, 30), 80)
			l.tableWidth = w - l.previewWidth - 1
			l.previewHeight = l.table
		case h >= previewBelowMinHeight:
			l.preview = 2
			l.previewHeight = l.table / 3
			l.table -= l.previewHeight
		}
	}
	return l
}

// tableRows is how many rows of types the table shows.
func (m *Model) tableRows() int { return max(m.layout().table-1, 0) }

func (m *Model) helpView() string {
	if m.searching {
		return m.help.View(searchKeys{m.keys})
	}
	if m.state != browsing {
		return m.help.View(pageKeys{m.keys})
	}
	s := m.help.View(browseKeys{m.keys})
	if m.help.ShowAll {
		s += "\n" + m.styles.Dim.Render(m.p.T("tui.search_help", strings.Join(SearchFields, " ")))
	}
	return s
}

// View draws the current state.
func (m *Model) View() tea.View {
	var s string
	if m.state == browsing {
		s = m.browseView()
	} else {
		s = m.pageView()
	}
	v := tea.NewView(s)
	v.AltScreen = true
	v.WindowTitle = "gpuspec"
	return v
}

func (m *Model) pageView() string {
	title := m.p.T("tui.compare_title", len(m.markOrder))
	if m.state == detailing {
		if it := m.current(); it != nil {
			title = it.Name
		}
	}
	lines := []string{m.styles.Title.Render(title)}
	lines = append(lines, strings.Split(m.page.View(), "\n")...)
	lines = append(lines, m.help.View(pageKeys{m.keys}))
	return fit(lines, m.width, m.height)
}

func (m *Model) browseView() string {
	l := m.layout()
	var lines []string
	if l.bar > 0 {
		lines = append(lines, m.barView(m.width))
	}
	table := m.tableView(l.tableWidth, l.table)
	// Keep the status and help at the bottom of the screen.
	for len(table) < l.table {
		table = append(table, "")
	}
	switch l.preview {
	case 1:
		pane := m.previewLines(l.previewWidth, l.previewHeight)
		sep := m.styles.PaneBorder.Render("│")
		for i, row := range table {
			p := ""
			if i < len(pane) {
				p = pane[i]
			}
			table[i] = pad(row, l.tableWidth, false) + sep + p
		}
		lines = append(lines, table...)
	case 2:
		lines = append(lines, table...)
		pane := m.previewLines(m.width, l.previewHeight)
		for len(pane) < l.previewHeight {
			pane = append(pane, "")
		}
		lines = append(lines, pane...)
	default:
		lines = append(lines, table...)
	}
	if l.search > 0 {
		line := m.search.View()
		if m.queryErr != "" {
			line += "  " + m.styles.Error.Render(m.queryErr)
		}
		lines = append(lines, line)
	}
	if l.status > 0 {
		lines = append(lines, m.statusView())
	}
	if l.help > 0 {
		lines = append(lines, strings.Split(l.helpText, "\n")...)
	}
	return fit(lines, m.width, m.height)
}

// barView draws "gpuspec │ all training … │ vGPU: any", keeping the
// active item in sight when the bar is wider than the screen.
func (m *Model) barView(width int) string {
	items := []string{m.p.T("tui.all")}
	for _, w := range barItems {
		if m.p.Lang == "zh" {
			items = append(items, w.Label.In(m.p.Lang))
		} else {
			items = append(items, string(w.Slug))
		}
	}
	rendered := make([]string, len(items))
	for i, it := range items {
		if i == m.bar {
			// Brackets as well as the style, so that the active item
			// shows without colour too.
			rendered[i] = m.styles.BarActive.Render("[" + it + "]")
		} else {
			rendered[i] = m.styles.Bar.Render(" " + it + " ")
		}
	}
	toggle := m.styles.Toggle.Render(m.p.T("tui.toggle." + strconv.Itoa(int(m.toggle))))
	head := m.styles.Title.Render("gpuspec") + " "
	room := width - textWidth(head) - textWidth(toggle) - 1
	// Drop items from the far side of the active one until the rest fit.
	lo, hi := 0, len(rendered)
	widthOf := func() int {
		n := 0
		for _, r := range rendered[lo:hi] {
			n += textWidth(r)
		}
		return n
	}
	for widthOf() > room && hi-lo > 1 {
		if m.bar-lo > hi-1-m.bar {
			lo++
		} else {
			hi--
		}
	}
	return head + strings.Join(rendered[lo:hi], "") + " " + toggle
}

// columns picks the columns that fit: the name always, then the others
// until the width runs out, dropping the least needed first.
func (m *Model) columns(width int) []int {
	// Dropped first to last: notes, network, memory, vCPU, GPU memory, GPUs, GPU.
	drop := []string{"", "price_per_hour", "network_gbps", "memory_gib", "vcpu", "gpu_memory_gib", "gpu_count", "gpu_model"}
	shown := make([]bool, len(m.cols))
	for i := range shown {
		shown[i] = true
	}
	total := func() int {
		n := 2 // the cursor and mark gutter
		for i, ok := range shown {
			if ok {
				n += m.widths[i] + 2
			}
		}
		return n - 2
	}
	for _, key := range drop {
		if total() <= width {
			break
		}
		for i, c := range m.cols {
			if c.Key == key {
				shown[i] = false
			}
		}
	}
	var out []int
	for i, ok := range shown {
		if ok {
			out = append(out, i)
		}
	}
	return out
}

func (m *Model) tableView(width, height int) []string {
	if height <= 0 || width <= 0 {
		return nil
	}
	cols := m.columns(width)
	ro := m.renderOptions(false)
	cell := func(i int, text string) string {
		return pad(text, m.widths[i], m.cols[i].Numeric)
	}
	var header []string
	for _, i := range cols {
		h := m.cols[i].HeaderText(m.p)
		if m.sortAt >= 0 && m.sortable[m.sortAt] == i {
			if m.sortDesc {
				h += " ▼"
			} else {
				h += " ▲"
			}
		}
		header = append(header, cell(i, h))
	}
	lines := []string{m.styles.Header.Render(truncate("  "+strings.Join(header, "  "), width))}
	if len(m.rows) == 0 {
		return append(lines, m.styles.Dim.Render(truncate("  "+m.p.T("tui.no_rows"), width)))
	}
	end := min(m.offset+height-1, len(m.rows))
	for r := m.offset; r < end; r++ {
		it := m.rows[r]
		gutter := []byte("  ")
		if r == m.cursor {
			gutter[0] = '>'
		}
		if m.marks[it.Name] {
			gutter[1] = '+'
		}
		cells := make([]string, 0, len(cols))
		for _, i := range cols {
			cells = append(cells, cell(i, m.cols[i].Value(it, ro)))
		}
		line := truncate(string(gutter)+strings.Join(cells, "  "), width)
		switch {
		case r == m.cursor:
			line = m.styles.Cursor.Render(pad(line, width, false))
		case m.marks[it.Name]:
			line = m.styles.Mark.Render(line)
		}
		lines = append(lines, line)
	}
	return lines
}

func (m *Model) previewLines(width, height int) []string {
	it := m.current()
	if it == nil || width <= 0 || height <= 0 {
		return nil
	}
	lines := strings.Split(strings.TrimRight(m.previewOf(it), "\n"), "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = truncate(" "+l, width)
	}
	return lines
}

func (m *Model) statusView() string {
	parts := []string{m.p.T("tui.count", len(m.rows), len(m.all))}
	if n := len(m.markOrder); n > 0 {
		parts = append(parts, m.p.T("tui.marked", n))
	}
	left := m.styles.Status.Render(strings.Join(parts, " · "))
	if m.status != "" {
		left += "  " + m.styles.Error.Render(m.status)
	}
	return left + "  " + m.styles.Command.Render(m.Command())
}

// fit cuts the view to the screen: at most height lines, each at most
// width cells.
func fit(lines []string, width, height int) string {
	if height <= 0 || width <= 0 {
		return ""
	}
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = truncate(l, width)
	}
	return strings.Join(lines, "\n")
}

func truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if textWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "")
}

// pad fills s with spaces to width cells, on the left for numbers.
func pad(s string, width int, right bool) string {
	n := width - textWidth(s)
	if n <= 0 {
		return s
	}
	if right {
		return strings.Repeat(" ", n) + s
	}
	return s + strings.Repeat(" ", n)
}

// textWidth is the display width of s.
func textWidth(s string) int { return render.Width(s) }
