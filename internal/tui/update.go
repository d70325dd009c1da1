package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

// Update handles the window size and ctrl+c first, then hands the message
// to the active state.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(msg.Width, 0), max(msg.Height, 0)
		m.help.SetWidth(m.width)
		m.layoutPage()
		m.clampCursor()
		return m, nil
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Interrupt) {
			m.interrupted = true
			return m, tea.Quit
		}
		m.status = ""
		switch {
		case m.searching:
			return m.updateSearch(msg)
		case m.state == detailing || m.state == comparing:
			return m.updatePage(msg)
		}
		return m.updateBrowse(msg)
	}
	if m.searching {
		var cmd tea.Cmd
		m.search, cmd = m.search.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m *Model) updateBrowse(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Choose):
		if it := m.current(); it != nil {
			m.chosen = it.Name
			return m, tea.Quit
		}
	case key.Matches(msg, k.Up):
		m.move(-1)
	case key.Matches(msg, k.Down):
		m.move(1)
	case key.Matches(msg, k.PageUp):
		m.move(-max(1, m.tableRows()))
	case key.Matches(msg, k.PageDown):
		m.move(max(1, m.tableRows()))
	case key.Matches(msg, k.Top):
		m.move(-len(m.rows))
	case key.Matches(msg, k.Bottom):
		m.move(len(m.rows))
	case key.Matches(msg, k.NextWorkload):
		m.bar = (m.bar + 1) % (len(barItems) + 1)
		m.refilter()
	case key.Matches(msg, k.PrevWorkload):
		m.bar = (m.bar + len(barItems)) % (len(barItems) + 1)
		m.refilter()
	case key.Matches(msg, k.Toggle):
		m.toggle = (m.toggle + 1) % toggleCount
		m.refilter()
	case key.Matches(msg, k.Search):
		m.searching = true
		return m, m.search.Focus()
	case key.Matches(msg, k.Sort):
		m.sortAt++
		if m.sortAt >= len(m.sortable) {
			m.sortAt, m.sortDesc = -1, false
		}
		m.refilter()
	case key.Matches(msg, k.Reverse):
		if m.sortAt < 0 {
			m.sortAt = 0
		}
		m.sortDesc = !m.sortDesc
		m.refilter()
	case key.Matches(msg, k.Mark):
		if it := m.current(); it != nil {
			m.toggleMark(it)
			m.move(1)
		}
	case key.Matches(msg, k.Compare):
		if n := len(m.markOrder); n < 2 || n > 6 {
			m.status = m.p.T("tui.need_marks", n)
			return m, nil
		}
		m.openPage(comparing, m.comparison())
	case key.Matches(msg, k.Detail):
		if it := m.current(); it != nil {
			m.openPage(detailing, m.previewOf(it))
		}
	case key.Matches(msg, k.Preview):
		m.showPreview = !m.showPreview
	case key.Matches(msg, k.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.clampCursor()
	case key.Matches(msg, k.Back):
		m.back()
	}
	return m, nil
}

// back clears one thing at a time: the search, then the marks, then the
// workload and toggle.
func (m *Model) back() {
	switch {
	case m.search.Value() != "":
		m.search.SetValue("")
		m.query, m.queryErr = Query{}, ""
		m.refilter()
	case len(m.markOrder) > 0:
		m.marks, m.markOrder = map[string]bool{}, nil
	case m.bar != 0 || m.toggle != toggleAny:
		m.bar, m.toggle = 0, toggleAny
		m.refilter()
	}
}

func (m *Model) updateSearch(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Accept):
		m.searching = false
		m.search.Blur()
		return m, nil
	case key.Matches(msg, k.Cancel):
		m.searching = false
		m.search.Blur()
		m.search.SetValue("")
		m.query, m.queryErr = Query{}, ""
		m.refilter()
		return m, nil
	case msg.String() == "up" || msg.String() == "ctrl+p":
		m.move(-1)
		return m, nil
	case msg.String() == "down" || msg.String() == "ctrl+n":
		m.move(1)
		return m, nil
	}
	before := m.search.Value()
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg)
	if m.search.Value() != before {
		m.applySearch()
	}
	return m, cmd
}

// applySearch parses the search as it is typed; a search that does not
// parse keeps the last rows and says why.
func (m *Model) applySearch() {
	q, err := ParseQuery(m.search.Value(), m.catalog)
	if err != nil {
		m.queryErr = i18n.Printer{Lang: m.p.Lang}.Error(err)
		return
	}
	m.query, m.queryErr = q, ""
	m.refilter()
}

func (m *Model) updatePage(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Back):
		m.state = browsing
	case key.Matches(msg, k.Choose):
		if m.state == detailing {
			if it := m.current(); it != nil {
				m.chosen = it.Name
				return m, tea.Quit
			}
		}
	case key.Matches(msg, k.Up):
		m.page.ScrollUp(1)
	case key.Matches(msg, k.Down):
		m.page.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		m.page.PageUp()
	case key.Matches(msg, k.PageDown):
		m.page.PageDown()
	case key.Matches(msg, k.Top):
		m.page.GotoTop()
	case key.Matches(msg, k.Bottom):
		m.page.GotoBottom()
	case key.Matches(msg, k.Help):
		m.help.ShowAll = !m.help.ShowAll
	}
	return m, nil
}

func (m *Model) openPage(s state, content string) {
	m.state = s
	m.layoutPage()
	m.page.SetContent(content)
	m.page.GotoTop()
}

// layoutPage sizes the detail or compare page: all but its title and help.
func (m *Model) layoutPage() {
	m.page.SetWidth(max(m.width, 1))
	m.page.SetHeight(max(m.height-2, 1))
}

// move moves the cursor by n rows, clamped, and scrolls to keep it shown.
func (m *Model) move(n int) {
	m.cursor += n
	m.clampCursor()
}

func (m *Model) clampCursor() {
	m.cursor = min(max(m.cursor, 0), max(len(m.rows)-1, 0))
	h := max(m.tableRows(), 1)
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+h {
		m.offset = m.cursor - h + 1
	}
	m.offset = min(max(m.offset, 0), max(len(m.rows)-h, 0))
}
