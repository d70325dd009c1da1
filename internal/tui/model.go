// Package tui is gpuspec's interactive browser: a table of instance types
// to filter by workload, search, sort, mark, compare and choose from. It
// uses the same query, columns, detail and compare renderers as the CLI.
package tui

import (
	tea "charm.land/bubbletea/v2"

	"charm.land/bubbles/v2/key"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Options preset the view.
type Options struct {
	Catalog *specs.Catalog
	Printer i18n.Printer
	// Preset holds the filter flags given on the command line; they stay
	// in force and appear in the equivalent command.
	Preset specs.Query
	// Globals are the global flags that change the rows (--catalog,
	// --region, --offline, --edition), which the equivalent command
	// repeats.
	Globals []string
	// Query is a search to start with (tui --query).
	Query string
}

// Default size before the first WindowSizeMsg.
const defaultWidth, defaultHeight = 80, 24

// common is what every child model shares.
type common struct {
	catalog *specs.Catalog
	// workloads are the bar's, those some type of the catalog serves.
	workloads     []specs.WorkloadInfo
	p             i18n.Printer
	keys          keyMap
	styles        Styles
	width, height int
}

func (c *common) renderOptions(color bool) render.Options {
	return render.Options{Printer: c.p, Styles: render.NewStyles(color)}
}

type state int

const (
	browsing state = iota
	detailing
	comparing
	helping
)

// action is what a child model asks of the root after a message.
type action int

const (
	stay action = iota
	openDetail
	openCompare
	openHelp
	goBack
	choose
	quit
)

// Model is the TUI's root model, after glow's: it holds the state and the
// child models (browse, detail, compare, help), handles the window size
// and Ctrl+C itself, and hands every other message to the active child.
type Model struct {
	*common
	state state
	// helpOf is the view the help page is about, and goes back to.
	helpOf  state
	browse  *browseModel
	detail  *pageModel
	compare *compareModel
	help    *pageModel

	chosen      []string
	interrupted bool
}

// New makes the model for a catalog and presets.
func New(opts Options) *Model {
	c := &common{
		catalog:   opts.Catalog,
		workloads: opts.Catalog.Workloads(),
		p:         opts.Printer,
		keys:      newKeyMap(opts.Printer),
		styles:    newStyles(),
		width:     defaultWidth,
		height:    defaultHeight,
	}
	return &Model{
		common:  c,
		browse:  newBrowse(c, opts),
		detail:  newPage(c, detailing),
		compare: newCompare(c),
		help:    newPage(c, helping),
	}
}

// Chosen are the types chosen with enter: the marked ones, in the order
// they were marked, else the one under the cursor; none after q.
func (m *Model) Chosen() []string { return m.chosen }

// Interrupted reports a quit by ctrl+c.
func (m *Model) Interrupted() bool { return m.interrupted }

// Command is the `gpuspec list` command that prints the view's rows.
func (m *Model) Command() string { return m.browse.command() }

// Init starts nothing: the catalog is already in memory.
func (m *Model) Init() tea.Cmd { return nil }

// Update handles the window size and ctrl+c first, then hands the message
// to the active child and does what it asks.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(msg.Width, 0), max(msg.Height, 0)
		if m.state == helping {
			// The help wraps to the width: lay it out again.
			m.help.raw = m.helpText(m.helpOf)
		}
		for _, pg := range []*pageModel{m.detail, m.help} {
			pg.resize()
		}
		if m.compare.cmp != nil {
			m.compare.scrollRows(0)
		}
		m.browse.clampCursor()
		return m, nil
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Interrupt) {
			m.interrupted = true
			return m, tea.Quit
		}
	}
	var act action
	var cmd tea.Cmd
	switch m.state {
	case browsing:
		act, cmd = m.browse.update(msg)
	case comparing:
		act, cmd = m.compare.update(msg)
	case detailing:
		act, cmd = m.detail.update(msg)
	default:
		act, cmd = m.help.update(msg)
	}
	return m, m.do(act, cmd)
}

func (m *Model) do(act action, cmd tea.Cmd) tea.Cmd {
	switch act {
	case openDetail:
		if it := m.browse.current(); it != nil {
			m.state = detailing
			m.detail.open(it.Name, m.browse.previewOf(it))
		}
	case openCompare:
		m.state = comparing
		m.compare.open(m.p.T("tui.compare_title", len(m.browse.markOrder)), m.browse.comparison())
	case openHelp:
		// The help of the view it is opened from, which esc goes back to.
		m.helpOf, m.state = m.state, helping
		title := m.p.T("tui.help_title")
		switch m.helpOf {
		case detailing:
			title = m.p.T("tui.help_title_detail")
		case comparing:
			title = m.p.T("tui.help_title_compare")
		}
		m.help.open(title, m.helpText(m.helpOf))
	case goBack:
		if m.state == helping {
			m.state = m.helpOf
		} else {
			m.state = browsing
		}
	case choose:
		if m.state == detailing {
			if it := m.browse.current(); it != nil {
				m.chosen = []string{it.Name}
				return tea.Quit
			}
		}
		if names := m.browse.chosen(); len(names) > 0 {
			m.chosen = names
			return tea.Quit
		}
	case quit:
		return tea.Quit
	}
	return cmd
}

// View draws the current state.
func (m *Model) View() tea.View {
	var s string
	switch m.state {
	case browsing:
		s = m.browse.view()
	case comparing:
		s = m.compare.view()
	case detailing:
		s = m.detail.view()
	default:
		s = m.help.view()
	}
	v := tea.NewView(s)
	v.AltScreen = true
	v.WindowTitle = "gpuspec"
	// The wheel scrolls and a click picks a row.
	v.MouseMode = tea.MouseModeCellMotion
	return v
}
