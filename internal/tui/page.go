package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// pageModel is a page that scrolls: a type in full, or the help. Its text
// is wrapped to the width, and wrapped again when the width changes.
type pageModel struct {
	*common
	kind  state
	title string
	raw   string
	port  viewport.Model
	help  help.Model
}

func newPage(c *common, kind state) *pageModel {
	return &pageModel{common: c, kind: kind, port: viewport.New(), help: help.New()}
}

func (pg *pageModel) open(title, content string) {
	pg.title, pg.raw = title, content
	pg.resize()
	pg.port.GotoTop()
}

// resize gives the page all but its title and help line, and wraps its
// text to the width.
func (pg *pageModel) resize() {
	w := max(pg.width, 1)
	pg.port.SetWidth(w)
	pg.port.SetHeight(max(pg.height-2, 1))
	pg.help.SetWidth(pg.width)
	y := pg.port.YOffset()
	pg.port.SetContent(wrapText(pg.raw, w))
	pg.port.SetYOffset(y)
}

// wrapText wraps every line to width cells, at spaces where it can,
// keeping colours.
func wrapText(s string, width int) string {
	s = strings.TrimRight(s, "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if textWidth(l) > width {
			lines[i] = ansi.Wrap(l, width, " ")
		}
	}
	return strings.Join(lines, "\n")
}

func (pg *pageModel) keys() help.KeyMap {
	if pg.kind == detailing {
		return detailKeys{pg.common.keys}
	}
	return helpKeys{pg.common.keys}
}

func (pg *pageModel) update(msg tea.Msg) (action, tea.Cmd) {
	if wheel, ok := msg.(tea.MouseWheelMsg); ok {
		switch wheel.Button {
		case tea.MouseWheelUp:
			pg.port.ScrollUp(3)
		case tea.MouseWheelDown:
			pg.port.ScrollDown(3)
		}
		return stay, nil
	}
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return stay, nil
	}
	k := pg.common.keys
	switch {
	case key.Matches(press, k.Quit):
		return quit, nil
	case key.Matches(press, k.PageBack):
		return goBack, nil
	case key.Matches(press, k.Help):
		if pg.kind == helping {
			return goBack, nil
		}
		return openHelp, nil
	case key.Matches(press, k.Choose) && pg.kind == detailing:
		return choose, nil
	case key.Matches(press, k.Up):
		pg.port.ScrollUp(1)
	case key.Matches(press, k.Down):
		pg.port.ScrollDown(1)
	case key.Matches(press, k.PageUp):
		pg.port.PageUp()
	case key.Matches(press, k.PageDown):
		pg.port.PageDown()
	case key.Matches(press, k.Top):
		pg.port.GotoTop()
	case key.Matches(press, k.Bottom):
		pg.port.GotoBottom()
	}
	return stay, nil
}

func (pg *pageModel) view() string {
	title := pg.styles.Title.Render(pg.title)
	// Taller than the screen: which lines show, and that more lies above
	// or below.
	if total, shown := pg.port.TotalLineCount(), pg.port.VisibleLineCount(); total > shown {
		first := pg.port.YOffset() + 1
		pos := pg.p.T("tui.lines", first, first+shown-1, total)
		if !pg.port.AtTop() {
			pos = "↑ " + pos
		}
		if !pg.port.AtBottom() {
			pos += " ↓"
		}
		title += "  " + pg.styles.Status.Render(pos)
	}
	lines := []string{title}
	lines = append(lines, strings.Split(pg.port.View(), "\n")...)
	lines = append(lines, shortHelp(&pg.help, pg.keys().ShortHelp(), 2, pg.width))
	return fit(lines, pg.width, pg.height)
}

// Content is what the page shows, before it scrolls.
func (pg *pageModel) Content() string { return pg.port.GetContent() }
