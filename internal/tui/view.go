package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/gpuspec/gpuspec/internal/render"
)

// The preview pane goes beside the table from this width; narrower, it
// goes below, where it shows by itself from this height and with p at any
// height.
const (
	previewBesideMinWidth = 110
	previewBelowMinHeight = 30
)

// Most lines the filter chips take.
const chipLinesMax = 3

// layout is where each part of the browse view goes. Every size is
// clamped to zero or more.
type layout struct {
	bar, chips, table, search, status, help int // heights
	tableWidth                              int
	preview                                 int // 0: none, 1: beside, 2: below
	previewWidth, previewHeight             int
	helpText                                string
	chipLines                               []string
}

// previewShown is whether the pane is on: as p last left it, else where it
// fits.
func (b *browseModel) previewShown() bool {
	if b.preview != nil {
		return *b.preview
	}
	return b.width >= previewBesideMinWidth || b.height >= previewBelowMinHeight
}

func (b *browseModel) layout() layout {
	var l layout
	w, h := max(b.width, 0), max(b.height, 0)
	if b.search.active() {
		l.search = 1
	}
	l.bar, l.status = 1, 1
	l.chipLines = b.chipLines(w)
	l.chips = len(l.chipLines)
	l.helpText = b.helpView()
	l.help = strings.Count(l.helpText, "\n") + 1
	// The table needs its header and a row; give up the other parts, the
	// least needed first, until it has them.
	for _, part := range []*int{&l.help, &l.chips, &l.bar, &l.search, &l.status} {
		if h-l.bar-l.chips-l.search-l.status-l.help >= 2 {
			break
		}
		*part = 0
	}
	l.chipLines = l.chipLines[:l.chips]
	l.table = max(h-l.bar-l.chips-l.search-l.status-l.help, 0)
	l.tableWidth = w
	if b.previewShown() && b.current() != nil {
		switch {
		case w >= previewBesideMinWidth:
			l.preview = 1
			l.previewWidth = max(w*2/5, 30)
			l.tableWidth = w - l.previewWidth - 1
			l.previewHeight = l.table
		case l.table >= 3:
			l.preview = 2
			l.previewHeight = max(l.table/3, 1)
			l.table -= l.previewHeight
		}
	}
	return l
}

// chipLines lays the filter chips out in lines of width cells, at most
// chipLinesMax, the last ending "…" when more do not fit.
func (b *browseModel) chipLines(width int) []string {
	chips := b.chips()
	if len(chips) == 0 || width <= 0 {
		return nil
	}
	var lines []string
	line := ""
	for i, c := range chips {
		chip := b.styles.Chip.Render(c)
		switch {
		case line == "":
			line = chip
		case textWidth(line)+2+textWidth(chip) <= width:
			line += "  " + chip
		default:
			if len(lines) == chipLinesMax-1 {
				rest := len(chips) - i
				return append(lines, truncate(line+"  "+b.p.T("tui.more_chips", rest), width))
			}
			lines, line = append(lines, line), chip
		}
	}
	return append(lines, truncate(line, width))
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
	lines = append(lines, l.chipLines...)
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
		// A rule above the pane when it has the room.
		var pane []string
		if l.previewHeight >= 2 {
			pane = append(pane, b.styles.PaneBorder.Render(strings.Repeat("─", b.width)))
		}
		pane = append(pane, b.previewLines(b.width, l.previewHeight-len(pane))...)
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
	// The markers ‹ and › say that items lie beyond either end.
	marks := func() int {
		n := 0
		if lo > 0 {
			n += 2
		}
		if hi < len(rendered) {
			n += 2
		}
		return n
	}
	for widthOf()+marks() > room && hi-lo > 1 {
		if b.bar-lo > hi-1-b.bar {
			lo++
		} else {
			hi--
		}
	}
	line := strings.Join(rendered[lo:hi], "")
	if lo > 0 {
		line = b.styles.Bar.Render("‹ ") + line
	}
	if hi < len(rendered) {
		line += b.styles.Bar.Render(" ›")
	}
	return head + line + " " + toggle
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
	// The sort column stays in view, whatever else goes: sorting by a
	// column brings it in.
	sorted := -1
	if b.sortAt >= 0 {
		sorted = b.sortable[b.sortAt]
	}
	for _, key := range drop {
		if total() <= width {
			break
		}
		for i, c := range b.cols {
			if c.Key() == key && i != sorted {
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
	count := b.p.T("tui.count", len(b.rows), len(b.catalog.Types))
	if b.search.err != "" {
		count += " " + b.p.T("tui.last_valid")
	}
	parts := []string{count}
	if n := len(b.markOrder); n > 0 {
		parts = append(parts, b.p.T("tui.marked", n))
	}
	left := b.styles.Status.Render(strings.Join(parts, " · "))
	if b.status != "" {
		left += "  " + b.styles.Error.Render(b.status)
	}
	room := b.width - textWidth(left) - 2
	return left + "  " + b.styles.Command.Render(truncateEllipsis(b.command(), max(room, 0)))
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

// helpText is the help page of a view: its keys, group by group, each
// description wrapped to the width; for the browse view, the search syntax
// with every field, wrapped too.
func (m *Model) helpText(of state) string {
	width := max(m.width, 20)
	var groups [][]key.Binding
	switch of {
	case detailing:
		groups = detailKeys{m.keys}.FullHelp()
	case comparing:
		groups = m.compare.helpKeys().FullHelp()
	default:
		groups = browseKeys{m.keys}.FullHelp()
	}
	var b strings.Builder
	for i, group := range groups {
		if i > 0 {
			b.WriteString("\n")
		}
		keyWidth := 0
		for _, k := range group {
			keyWidth = max(keyWidth, textWidth(k.Help().Key))
		}
		indent := strings.Repeat(" ", keyWidth+4)
		for _, k := range group {
			desc := wordwrap(k.Help().Desc, width-keyWidth-4, indent)
			line := "  " + m.styles.Title.Render(pad(k.Help().Key, keyWidth, false)) + "  " + strings.TrimPrefix(desc, indent)
			b.WriteString(line + "\n")
		}
	}
	if of == browsing {
		syntax := m.p.T("tui.search_help", strings.Join(SearchFields(), ", "))
		b.WriteString("\n" + wordwrap(syntax, width-2, "  ") + "\n")
	}
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
