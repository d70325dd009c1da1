package tui

import (
	"bytes"
	"container/list"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// toggle is the vGPU / licence filter that `v` cycles.
type toggle int

const (
	toggleAny toggle = iota
	toggleVGPU
	toggleWhole
	toggleLicence
	toggleCount
)

// browseModel is the table of types with its workload bar, filter chips,
// search line, preview pane, status line and help.
type browseModel struct {
	*common
	preset specs.Query // from the command line
	// globals are the global flags that change the rows (--catalog,
	// --region, --offline, --edition), for the equivalent command.
	globals []string
	bar     int // 0: all; i: workloads[i-1]
	toggle  toggle
	search  searchModel
	help    help.Model

	cols     []render.Column
	widths   []int // natural width of each column, over the whole catalog
	sortable []int // indexes into cols that s cycles through
	sortAt   int   // index into sortable, or -1 for the query's own order
	sortDesc bool

	rows   []*specs.InstanceType
	cursor int
	offset int

	marks     map[string]bool
	markOrder []string

	// preview is the pane's state once p has been pressed; before, the
	// pane shows where it fits beside or below the table.
	preview  *bool
	previews *previewCache
	status   string
}

func newBrowse(c *common, opts Options) *browseModel {
	b := &browseModel{
		common:   c,
		preset:   opts.Preset,
		globals:  opts.Globals,
		search:   newSearch(c),
		help:     help.New(),
		sortAt:   -1,
		marks:    map[string]bool{},
		previews: newPreviewCache(previewCacheSize),
	}
	b.takePresets()
	all := make([]*specs.InstanceType, len(c.catalog.Types))
	for i := range c.catalog.Types {
		all[i] = &c.catalog.Types[i]
	}
	b.cols = render.TableColumns(all)
	b.widths = make([]int, len(b.cols))
	ro := c.renderOptions(false)
	for i, col := range b.cols {
		b.widths[i] = textWidth(col.Header(c.p)) + 2 // room for the sort arrow
		if col.Key() != "" {
			b.sortable = append(b.sortable, i)
		}
	}
	for _, it := range all {
		for i, col := range b.cols {
			b.widths[i] = max(b.widths[i], textWidth(col.Value(it, ro)))
		}
	}
	b.takeSort()
	if opts.Query != "" {
		b.search.input.SetValue(opts.Query)
		b.search.apply()
	}
	b.refilter()
	return b
}

// takePresets lets the bar and the toggle show the presets they can: the
// first workload, and a vGPU or licence flag.
func (b *browseModel) takePresets() {
	p := &b.preset
	if len(p.Workloads) > 0 && len(p.Workloads[0]) == 1 {
		for i, w := range b.workloads {
			if string(w.Slug) == p.Workloads[0][0] {
				b.bar = i + 1
				p.Workloads = p.Workloads[1:]
				break
			}
		}
	}
	switch {
	case p.LicenseIncluded == specs.Want{Yes: true} && !p.VGPU.No:
		b.toggle, p.LicenseIncluded, p.VGPU = toggleLicence, specs.Want{}, specs.Want{}
	case p.VGPU == specs.Want{Yes: true}:
		b.toggle, p.VGPU = toggleVGPU, specs.Want{}
	case p.VGPU == specs.Want{No: true}:
		b.toggle, p.VGPU = toggleWhole, specs.Want{}
	}
}

// takeSort lets the sort column show a preset --sort of one column of the
// table; another sort stays the preset's, until s picks a column.
func (b *browseModel) takeSort() {
	if len(b.preset.Sort) != 1 {
		return
	}
	k := b.preset.Sort[0]
	for at, i := range b.sortable {
		if b.cols[i].Field == k.Field {
			b.sortAt, b.sortDesc, b.preset.Sort = at, k.Desc, nil
			return
		}
	}
}

// workload is the bar's workload, or "" for all.
func (b *browseModel) workload() specs.Workload {
	if b.bar == 0 {
		return ""
	}
	return b.workloads[b.bar-1].Slug
}

// query is the view's whole query: the presets, the bar, the toggle, the
// sort column and the search, all of which must hold.
func (b *browseModel) query() specs.Query {
	var v specs.Query
	if w := b.workload(); w != "" {
		v.Workloads = specs.Clauses{{string(w)}}
	}
	switch b.toggle {
	case toggleVGPU:
		v.VGPU.Yes = true
	case toggleWhole:
		v.VGPU.No = true
	case toggleLicence:
		v.LicenseIncluded.Yes = true
	}
	if b.sortAt >= 0 {
		v.Sort = []specs.SortKey{{Field: b.cols[b.sortable[b.sortAt]].Field, Desc: b.sortDesc}}
	}
	return b.preset.Intersect(v).Intersect(b.search.query)
}

// command is the `gpuspec list` command that prints the view's rows, in
// the view's order: the global flags that change the rows, then the
// query's flags, each quoted for a POSIX shell.
func (b *browseModel) command() string {
	args := append([]string{"gpuspec", "list"}, b.globals...)
	args = append(args, b.query().Args()...)
	for i, a := range args {
		args[i] = shellQuote(a)
	}
	return strings.Join(args, " ")
}

// chips are the view's filters as "name: value", one per flag of the
// equivalent command (the sort aside, which the arrow in the header shows).
func (b *browseModel) chips() []string {
	args := b.query().Args()
	var out []string
	for i := 0; i < len(args); i++ {
		flag, val, has := strings.Cut(strings.TrimPrefix(args[i], "--"), "=")
		crit := specs.CriterionByFlag(flag)
		if crit == nil {
			continue
		}
		value := val
		switch {
		case crit.Kind == specs.ByYesNo:
			value = b.p.T("tui.yes")
			if has && val == "false" {
				value = b.p.T("tui.no")
			}
		case has:
		case i+1 < len(args):
			i++
			value = args[i]
		}
		if crit.Kind == specs.BySort {
			continue
		}
		name := flag
		if len(crit.Names) > 0 {
			name = crit.Names[0]
		}
		out = append(out, name+": "+value)
	}
	return out
}

// refilter recomputes the rows after a filter or sort change, keeping the
// cursor on the same type when it is still shown.
func (b *browseModel) refilter() {
	var current string
	if it := b.current(); it != nil {
		current = it.Name
	}
	q := b.query()
	b.rows = q.Select(b.catalog)
	b.cursor = 0
	for i, it := range b.rows {
		if it.Name == current {
			b.cursor = i
			break
		}
	}
	b.clampCursor()
}

func (b *browseModel) current() *specs.InstanceType {
	if b.cursor >= 0 && b.cursor < len(b.rows) {
		return b.rows[b.cursor]
	}
	return nil
}

func (b *browseModel) update(msg tea.Msg) (action, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			b.move(-3)
		case tea.MouseWheelDown:
			b.move(3)
		}
		return stay, nil
	case tea.MouseClickMsg:
		if msg.Button == tea.MouseLeft {
			b.click(msg.X, msg.Y)
		}
		return stay, nil
	}
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		if b.search.typing {
			// A paste, or the cursor's blink: what changes the text reads
			// again, as typing does.
			before := b.search.input.Value()
			var cmd tea.Cmd
			b.search.input, cmd = b.search.input.Update(msg)
			if b.search.input.Value() != before && b.search.apply() {
				b.refilter()
			}
			return stay, cmd
		}
		return stay, nil
	}
	b.status = ""
	if b.search.typing {
		changed, move, cmd := b.search.update(press)
		if changed {
			b.refilter()
		}
		b.move(move)
		return stay, cmd
	}
	return b.updateKeys(press)
}

// click puts the cursor on the row clicked.
func (b *browseModel) click(x, y int) {
	l := b.layout()
	first := l.bar + l.chips + 1 // under the header
	if x >= l.tableWidth || y < first || y >= l.bar+l.chips+l.table {
		return
	}
	if r := b.offset + y - first; r < len(b.rows) {
		b.cursor = r
		b.clampCursor()
	}
}

func (b *browseModel) updateKeys(msg tea.KeyPressMsg) (action, tea.Cmd) {
	k := b.keys
	switch {
	case key.Matches(msg, k.Quit):
		return quit, nil
	case key.Matches(msg, k.Choose):
		return choose, nil
	case key.Matches(msg, k.Detail):
		return openDetail, nil
	case key.Matches(msg, k.Help):
		return openHelp, nil
	case key.Matches(msg, k.Compare):
		if n := len(b.markOrder); n < render.CompareMin || n > render.CompareMax {
			b.status = b.p.T("tui.need_marks", render.CompareMin, render.CompareMax, n)
			return stay, nil
		}
		return openCompare, nil
	case key.Matches(msg, k.Search):
		return stay, b.search.start()
	case key.Matches(msg, k.Copy):
		b.status = b.p.T("tui.copied")
		return stay, tea.SetClipboard(b.command())
	case key.Matches(msg, k.Up):
		b.move(-1)
	case key.Matches(msg, k.Down):
		b.move(1)
	case key.Matches(msg, k.PageUp):
		b.move(-max(1, b.tableRows()))
	case key.Matches(msg, k.PageDown):
		b.move(max(1, b.tableRows()))
	case key.Matches(msg, k.Top):
		b.move(-len(b.rows))
	case key.Matches(msg, k.Bottom):
		b.move(len(b.rows))
	case key.Matches(msg, k.Mark):
		if it := b.current(); it != nil {
			b.toggleMark(it)
			b.move(1)
		}
	case key.Matches(msg, k.Preview):
		on := !b.previewShown()
		b.preview = &on
		b.clampCursor()
	case key.Matches(msg, k.Back):
		b.back()
	default:
		b.updateFilters(msg)
	}
	return stay, nil
}

// updateFilters handles the keys that change the rows: the bar, the
// toggle and the sort.
func (b *browseModel) updateFilters(msg tea.KeyPressMsg) {
	k := b.keys
	switch {
	case key.Matches(msg, k.NextWorkload):
		b.bar = (b.bar + 1) % (len(b.workloads) + 1)
	case key.Matches(msg, k.PrevWorkload):
		b.bar = (b.bar + len(b.workloads)) % (len(b.workloads) + 1)
	case key.Matches(msg, k.Toggle):
		b.toggle = (b.toggle + 1) % toggleCount
	case key.Matches(msg, k.Sort):
		b.sortAt++
		if b.sortAt >= len(b.sortable) {
			b.sortAt, b.sortDesc = -1, false
		}
	case key.Matches(msg, k.Reverse):
		if b.sortAt < 0 {
			b.sortAt = 0
		}
		b.sortDesc = !b.sortDesc
	default:
		return
	}
	b.refilter()
}

// back clears one thing at a time: the search, then the marks, then the
// workload and toggle.
func (b *browseModel) back() {
	switch {
	case b.search.active():
		b.search.clear()
		b.refilter()
	case len(b.markOrder) > 0:
		b.marks, b.markOrder = map[string]bool{}, nil
	case b.bar != 0 || b.toggle != toggleAny:
		b.bar, b.toggle = 0, toggleAny
		b.refilter()
	}
}

func (b *browseModel) toggleMark(it *specs.InstanceType) {
	if b.marks[it.Name] {
		delete(b.marks, it.Name)
		b.markOrder = slices.DeleteFunc(b.markOrder, func(n string) bool { return n == it.Name })
		return
	}
	b.marks[it.Name] = true
	b.markOrder = append(b.markOrder, it.Name)
}

// chosen are the types enter chooses: the marked ones in the order they
// were marked, else the one under the cursor.
func (b *browseModel) chosen() []string {
	if len(b.markOrder) > 0 {
		return slices.Clone(b.markOrder)
	}
	if it := b.current(); it != nil {
		return []string{it.Name}
	}
	return nil
}

// move moves the cursor by n rows, clamped, and scrolls to keep it shown.
func (b *browseModel) move(n int) {
	b.cursor += n
	b.clampCursor()
}

func (b *browseModel) clampCursor() {
	b.cursor = min(max(b.cursor, 0), max(len(b.rows)-1, 0))
	h := max(b.tableRows(), 1)
	if b.cursor < b.offset {
		b.offset = b.cursor
	}
	if b.cursor >= b.offset+h {
		b.offset = b.cursor - h + 1
	}
	b.offset = min(max(b.offset, 0), max(len(b.rows)-h, 0))
}

// previewOf renders the detail of a type, as `show` prints it; the last
// few are kept, so that scrolling through thousands of rows holds only
// those in memory.
func (b *browseModel) previewOf(it *specs.InstanceType) string {
	key := it.Name + "\x00" + deref(it.Region)
	if s, ok := b.previews.get(key); ok {
		return s
	}
	var buf bytes.Buffer
	render.TypeDetail(&buf, b.catalog, it, b.renderOptions(true))
	b.previews.put(key, buf.String())
	return buf.String()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// comparison lays the marked types side by side, as `compare` does.
func (b *browseModel) comparison() *render.Comparison {
	types := make([]*specs.InstanceType, 0, len(b.markOrder))
	for _, n := range b.markOrder {
		if it := b.catalog.Type(n); it != nil {
			types = append(types, it)
		}
	}
	return render.CompareTypes(b.catalog, types, b.renderOptions(true))
}

// previewCacheSize is how many rendered previews are kept.
const previewCacheSize = 64

// previewCache keeps the most recently used rendered previews.
type previewCache struct {
	size  int
	order *list.List // front: most recent; values: keys
	items map[string]*list.Element
	text  map[string]string
}

func newPreviewCache(size int) *previewCache {
	return &previewCache{size: size, order: list.New(), items: map[string]*list.Element{}, text: map[string]string{}}
}

func (c *previewCache) get(key string) (string, bool) {
	el, ok := c.items[key]
	if !ok {
		return "", false
	}
	c.order.MoveToFront(el)
	return c.text[key], true
}

func (c *previewCache) put(key, text string) {
	if el, ok := c.items[key]; ok {
		c.order.MoveToFront(el)
		c.text[key] = text
		return
	}
	c.items[key] = c.order.PushFront(key)
	c.text[key] = text
	for c.order.Len() > c.size {
		last := c.order.Back()
		k := last.Value.(string)
		c.order.Remove(last)
		delete(c.items, k)
		delete(c.text, k)
	}
}

// len is how many previews are kept.
func (c *previewCache) len() int { return c.order.Len() }
