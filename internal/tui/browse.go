package tui

import (
	"bytes"
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

// browseModel is the table of types with its workload bar, search line,
// preview pane, status line and help.
type browseModel struct {
	*common
	preset specs.Query // from the command line
	bar    int         // 0: all; i: workloads[i-1]
	toggle toggle
	search searchModel
	help   help.Model

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

	showPreview bool
	preview     map[string]string
	status      string
}

func newBrowse(c *common, preset specs.Query) *browseModel {
	b := &browseModel{
		common:      c,
		preset:      preset,
		search:      newSearch(c),
		help:        help.New(),
		sortAt:      -1,
		marks:       map[string]bool{},
		showPreview: true,
		preview:     map[string]string{},
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

// command is the `gpuspec list` command that prints the view's rows.
func (b *browseModel) command() string {
	q := b.query()
	args := q.Args()
	for i, a := range args {
		args[i] = shellQuote(a)
	}
	return strings.Join(append([]string{"gpuspec", "list"}, args...), " ")
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
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		if b.search.typing {
			var cmd tea.Cmd
			b.search.input, cmd = b.search.input.Update(msg)
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
		b.showPreview = !b.showPreview
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

// previewOf renders (once) the detail of a type, as `show` prints it.
func (b *browseModel) previewOf(it *specs.InstanceType) string {
	if s, ok := b.preview[it.Name]; ok {
		return s
	}
	var buf bytes.Buffer
	render.TypeDetail(&buf, b.catalog, it, b.renderOptions(true))
	b.preview[it.Name] = buf.String()
	return buf.String()
}

// comparison renders the marked types side by side, as `compare` does.
func (b *browseModel) comparison() string {
	types := make([]*specs.InstanceType, 0, len(b.markOrder))
	for _, n := range b.markOrder {
		if it := b.catalog.Type(n); it != nil {
			types = append(types, it)
		}
	}
	var buf bytes.Buffer
	ro := b.renderOptions(true)
	render.WriteComparison(&buf, render.CompareTypes(b.catalog, types, ro), false, render.Table, ro)
	return buf.String()
}
