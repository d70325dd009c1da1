// Package tui is gpuspec's interactive browser: a table of instance types
// to filter by workload, search, sort, mark, compare and choose from. It
// uses the same columns, detail and compare renderers as the CLI.
package tui

import (
	"bytes"
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Options preset the view.
type Options struct {
	Catalog *specs.Catalog
	Printer i18n.Printer
	// Filter holds the filter flags given on the command line; they stay
	// in force and appear in the equivalent command.
	Filter specs.Filter
}

type state int

const (
	browsing state = iota
	detailing
	comparing
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

// Default size before the first WindowSizeMsg.
const defaultWidth, defaultHeight = 80, 24

// Model is the TUI's root model.
type Model struct {
	catalog *specs.Catalog
	p       i18n.Printer
	keys    keyMap
	styles  Styles
	help    help.Model

	width, height int
	state         state

	base      specs.Filter // from the command line
	bar       int          // 0: all; i: specs.Workloads[i-1]
	toggle    toggle
	search    textinput.Model
	searching bool
	query     Query
	queryErr  string

	cols     []render.Column
	widths   []int // natural width of each column, over the whole catalog
	sortable []int // indexes into cols that s cycles through
	sortAt   int   // index into sortable, or -1 for the catalog's order
	sortDesc bool

	all    []*specs.InstanceType
	rows   []*specs.InstanceType
	cursor int
	offset int

	marks     map[string]bool
	markOrder []string

	showPreview bool
	preview     map[string]string
	page        viewport.Model

	status      string
	chosen      string
	interrupted bool
}

// New makes the model for a catalog and presets.
func New(opts Options) *Model {
	m := &Model{
		catalog:     opts.Catalog,
		p:           opts.Printer,
		keys:        newKeyMap(opts.Printer),
		styles:      newStyles(),
		help:        help.New(),
		width:       defaultWidth,
		height:      defaultHeight,
		base:        opts.Filter,
		sortAt:      -1,
		marks:       map[string]bool{},
		showPreview: true,
		preview:     map[string]string{},
		page:        viewport.New(),
	}
	// The bar and the toggle take over the presets they can show.
	if len(m.base.Workloads) > 0 {
		for i, w := range specs.Workloads {
			if w.Slug == m.base.Workloads[0] {
				m.bar = i + 1
			}
		}
		m.base.Workloads = slices.Clone(m.base.Workloads[1:])
	}
	switch {
	case m.base.LicenseIncluded != nil && *m.base.LicenseIncluded:
		m.toggle, m.base.LicenseIncluded, m.base.VGPU = toggleLicence, nil, nil
	case m.base.VGPU != nil && *m.base.VGPU:
		m.toggle, m.base.VGPU = toggleVGPU, nil
	case m.base.VGPU != nil:
		m.toggle, m.base.VGPU = toggleWhole, nil
	}
	m.search = textinput.New()
	m.search.Prompt = "/ "
	m.search.Placeholder = opts.Printer.T("tui.search_placeholder")
	st := m.search.Styles()
	st.Cursor.Blink = false
	m.search.SetStyles(st)
	m.search.CharLimit = 200

	m.all = make([]*specs.InstanceType, len(m.catalog.Types))
	for i := range m.catalog.Types {
		m.all[i] = &m.catalog.Types[i]
	}
	m.cols = render.TableColumns()
	if render.HasPrices(m.all) {
		m.cols = slices.Insert(m.cols, len(m.cols)-1, render.PriceColumn())
	}
	m.widths = make([]int, len(m.cols))
	ro := m.renderOptions(false)
	for i, c := range m.cols {
		m.widths[i] = textWidth(c.HeaderText(m.p)) + 2 // room for the sort arrow
		if c.Key != "" {
			m.sortable = append(m.sortable, i)
		}
	}
	for _, it := range m.all {
		for i, c := range m.cols {
			m.widths[i] = max(m.widths[i], textWidth(c.Value(it, ro)))
		}
	}
	m.refilter()
	return m
}

// Chosen is the type chosen with enter, or "".
func (m *Model) Chosen() string { return m.chosen }

// Interrupted reports a quit by ctrl+c.
func (m *Model) Interrupted() bool { return m.interrupted }

// Init starts nothing: the catalog is already in memory.
func (m *Model) Init() tea.Cmd { return nil }

func (m *Model) renderOptions(color bool) render.Options {
	return render.Options{Printer: m.p, Styles: render.NewStyles(color)}
}

// workload is the bar's workload, or "" for all.
func (m *Model) workload() specs.Workload {
	if m.bar == 0 {
		return ""
	}
	return specs.Workloads[m.bar-1].Slug
}

// viewFilter is what the bar and the toggle select.
func (m *Model) viewFilter() specs.Filter {
	var f specs.Filter
	if w := m.workload(); w != "" {
		f.Workloads = []specs.Workload{w}
	}
	yes, no := true, false
	switch m.toggle {
	case toggleVGPU:
		f.VGPU = &yes
	case toggleWhole:
		f.VGPU = &no
	case toggleLicence:
		f.LicenseIncluded = &yes
	}
	return f
}

func (m *Model) sortKeys() []specs.SortKey {
	if m.sortAt < 0 {
		return nil
	}
	return []specs.SortKey{{Field: specs.FieldByKey(m.cols[m.sortable[m.sortAt]].Key), Desc: m.sortDesc}}
}

// refilter recomputes the rows after a filter or sort change, keeping the
// cursor on the same type when it is still shown.
func (m *Model) refilter() {
	var current string
	if m.cursor < len(m.rows) {
		current = m.rows[m.cursor].Name
	}
	view := m.viewFilter()
	rows := make([]*specs.InstanceType, 0, len(m.all))
	for _, it := range m.all {
		if m.base.Match(it) && view.Match(it) && m.query.Match(it) {
			rows = append(rows, it)
		}
	}
	specs.Sort(rows, m.sortKeys())
	m.rows = rows
	m.cursor = 0
	for i, it := range rows {
		if it.Name == current {
			m.cursor = i
			break
		}
	}
	m.clampCursor()
}

// Command is the `gpuspec list` command for the current view.
func (m *Model) Command() string {
	return ListCommand([]specs.Filter{m.base, m.viewFilter(), m.query.Filter}, m.sortKeys(), m.query.Words)
}

func (m *Model) current() *specs.InstanceType {
	if m.cursor >= 0 && m.cursor < len(m.rows) {
		return m.rows[m.cursor]
	}
	return nil
}

func (m *Model) toggleMark(it *specs.InstanceType) {
	if m.marks[it.Name] {
		delete(m.marks, it.Name)
		m.markOrder = slices.DeleteFunc(m.markOrder, func(n string) bool { return n == it.Name })
		return
	}
	m.marks[it.Name] = true
	m.markOrder = append(m.markOrder, it.Name)
}

// previewOf renders (once) the detail of a type, as `show` prints it.
func (m *Model) previewOf(it *specs.InstanceType) string {
	if s, ok := m.preview[it.Name]; ok {
		return s
	}
	var b bytes.Buffer
	render.TypeDetail(&b, m.catalog, it, m.renderOptions(true))
	m.preview[it.Name] = b.String()
	return b.String()
}

// comparison renders the marked types side by side, as `compare` does.
func (m *Model) comparison() string {
	types := make([]*specs.InstanceType, 0, len(m.markOrder))
	for _, n := range m.markOrder {
		if it := m.catalog.Type(n); it != nil {
			types = append(types, it)
		}
	}
	var b bytes.Buffer
	ro := m.renderOptions(true)
	render.WriteComparison(&b, render.CompareTypes(m.catalog, types, ro), false, render.Table, ro)
	return b.String()
}
