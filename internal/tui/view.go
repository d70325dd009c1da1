package tui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/gpuspec/gpuspec/internal/render"
)

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

func (b *browseModel) layout() layout {
	var l layout
	w, h := max(b.width, 0), max(b.height, 0)
	if b.search.active() {
		l.search = 1
	}
	l.bar, l.status = 1, 1
	l.helpText = b.helpView()
	l.help = strings.Count(l.helpText, "\n") + 1
	// The table needs its header and a row; give up the other parts, the
	// least needed first, until it has theb.
	for _, part := range []*int{&l.help, &l.bar, &l.search, &l.status} {
		if h-l.bar-l.search-l.status-l.help >= 2 {
			break
		}
		*part = 0
	}
	l.table = max(h-l.bar-l.search-l.status-l.help, 0)
	l.tableWidth = w
	if b.showPreview && b.current() != nil {
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
func (b *browseModel) tableRows() int { return max(b.layout().table-1, 0) }

func (b *browseModel) helpView() string {
	if b.search.typing {
		return shortHelp(&b.help, searchKeys{b.keys}.ShortHelp(), 1, b.width)
	}
	return shortHelp(&b.help, browseKeys{b.keys}.ShortHelp(), 2, b.width)
}

func (b *browseModel) view() string {
	l := b.layout()
	var lines []string
	if l.bar > 0 {
		lines = append(lines, b.barView(b.width))
	}
	table := b.tableView(l.tableWidth, l.table)
	// Keep the status and help at the bottom of the screen.
	for len(table) < l.table {
		table = append(table, "")
	}
	switch l.preview {
	case 1:
		pane := b.previewLines(l.previewWidth, l.previewHeight)
		sep := b.styles.PaneBorder.Render("│")
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
		pane := b.previewLines(b.width, l.previewHeight)
		for len(pane) < l.previewHeight {
			pane = append(pane, "")
		}
		lines = append(lines, pane...)
	default:
		lines = append(lines, table...)
	}
	if l.search > 0 {
		lines = append(lines, b.search.view())
	}
	if l.status > 0 {
		lines = append(lines, b.statusView())
	}
	if l.help > 0 {
		lines = append(lines, strings.Split(l.helpText, "\n")...)
	}
	return fit(lines, b.width, b.height)
}

// barView draws "gpuspec │ all training … │ vGPU: any", keeping the
// active item in sight when the bar is wider than the screen.
func (b *browseModel) barView(width int) string {
	items := []string{b.p.T("tui.all")}
	for _, w := range b.workloads {
		if b.p.Lang == "zh" {
			items = append(items, w.Label.In(b.p.Lang))
		} else {
			items = append(items, string(w.Slug))
		}
	}
	rendered := make([]string, len(items))
	for i, it := range items {
		if i == b.bar {
			// Brackets as well as the style, so that the active item
			// shows without colour too.
			rendered[i] = b.styles.BarActive.Render("[" + it + "]")
		} else {
			rendered[i] = b.styles.Bar.Render(" " + it + " ")
		}
	}
	toggle := b.styles.Toggle.Render(b.p.T("tui.toggle." + strconv.Itoa(int(b.toggle))))
	head := b.styles.Title.Render("gpuspec") + " "
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
		if b.bar-lo > hi-1-b.bar {
			lo++
		} else {
			hi--
		}
	}
	return head + strings.Join(rendered[lo:hi], "") + " " + toggle
}

// columns picks the columns that fit: the name always, then the others
// until the width runs out, dropping the least needed first.
func (b *browseModel) columns(width int) []int {
	// Dropped first to last: notes, network, memory, vCPU, GPU memory, GPUs, GPU.
	drop := []string{"", "price_per_hour", "network_gbps", "memory_gib", "vcpu", "gpu_memory_gib", "gpu_count", "gpu_model"}
	shown := make([]bool, len(b.cols))
	for i := range shown {
		shown[i] = true
	}
	total := func() int {
		n := 2 // the cursor and mark gutter
		for i, ok := range shown {
			if ok {
				n += b.widths[i] + 2
			}
		}
		return n - 2
	}
	for _, key := range drop {
		if total() <= width {
			break
		}
		for i, c := range b.cols {
			if c.Key() == key {
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

func (b *browseModel) tableView(width, height int) []string {
	if height <= 0 || width <= 0 {
		return nil
	}
	cols := b.columns(width)
	ro := b.renderOptions(false)
	cell := func(i int, text string) string {
		return pad(text, b.widths[i], b.cols[i].Numeric())
	}
	var header []string
	for _, i := range cols {
		h := b.cols[i].Header(b.p)
		if b.sortAt >= 0 && b.sortable[b.sortAt] == i {
			if b.sortDesc {
				h += " ▼"
			} else {
				h += " ▲"
			}
		}
		header = append(header, cell(i, h))
	}
	lines := []string{b.styles.Header.Render(truncate("  "+strings.Join(header, "  "), width))}
	if len(b.rows) == 0 {
		return append(lines, b.styles.Dim.Render(truncate("  "+b.p.T("tui.no_rows"), width)))
	}
	end := min(b.offset+height-1, len(b.rows))
	for r := b.offset; r < end; r++ {
		it := b.rows[r]
		gutter := []byte("  ")
		if r == b.cursor {
			gutter[0] = '>'
		}
		if b.marks[it.Name] {
			gutter[1] = '+'
		}
		cells := make([]string, 0, len(cols))
		for _, i := range cols {
			cells = append(cells, cell(i, b.cols[i].Value(it, ro)))
		}
		line := truncate(string(gutter)+strings.Join(cells, "  "), width)
		switch {
		case r == b.cursor:
			line = b.styles.Cursor.Render(pad(line, width, false))
		case b.marks[it.Name]:
			line = b.styles.Mark.Render(line)
		}
		lines = append(lines, line)
	}
	return lines
}

func (b *browseModel) previewLines(width, height int) []string {
	it := b.current()
	if it == nil || width <= 0 || height <= 0 {
		return nil
	}
	lines := strings.Split(strings.TrimRight(b.previewOf(it), "\n"), "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = truncate(" "+l, width)
	}
	return lines
}

func (b *browseModel) statusView() string {
	parts := []string{b.p.T("tui.count", len(b.rows), len(b.catalog.Types))}
	if n := len(b.markOrder); n > 0 {
		parts = append(parts, b.p.T("tui.marked", n))
	}
	left := b.styles.Status.Render(strings.Join(parts, " · "))
	if b.status != "" {
		left += "  " + b.styles.Error.Render(b.status)
	}
	return left + "  " + b.styles.Command.Render(b.command())
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

// helpText is the help page: every key, group by group, and the search
// syntax with every field, wrapped to the width.
func (m *Model) helpText() string {
	width := max(m.width, 20)
	var b strings.Builder
	for i, group := range (browseKeys{m.keys}).FullHelp() {
		if i > 0 {
			b.WriteString("\n")
		}
		keyWidth := 0
		for _, k := range group {
			keyWidth = max(keyWidth, textWidth(k.Help().Key))
		}
		for _, k := range group {
			line := "  " + m.styles.Title.Render(pad(k.Help().Key, keyWidth, false)) + "  " + k.Help().Desc
			b.WriteString(truncate(line, width) + "\n")
		}
	}
	syntax := m.p.T("tui.search_help", strings.Join(SearchFields(), ", "))
	b.WriteString("\n" + wordwrap(syntax, width-2, "  ") + "\n")
	return b.String()
}

// wordwrap breaks text at spaces into lines of at most width cells, each
// after indent; a word longer than the width is broken where it must be.
func wordwrap(text string, width int, indent string) string {
	width = max(width, 1)
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		for textWidth(word) > width {
			cut := ansi.Truncate(word, width, "")
			if line != "" {
				lines, line = append(lines, line), ""
			}
			lines, word = append(lines, cut), strings.TrimPrefix(word, cut)
		}
		switch {
		case line == "":
			line = word
		case textWidth(line)+1+textWidth(word) <= width:
			line += " " + word
		default:
			lines, line = append(lines, line), word
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return indent + strings.Join(lines, "\n"+indent)
}

// shellQuote quotes a word for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.,:/=", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
