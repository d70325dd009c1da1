package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
)

// pageModel is a page that scrolls: a type in full, the compared types,
// or every key and the search syntax.
type pageModel struct {
	*common
	kind  state
	title string
	port  viewport.Model
	help  help.Model
}

func newPage(c *common, kind state) *pageModel {
	return &pageModel{common: c, kind: kind, port: viewport.New(), help: help.New()}
}

func (pg *pageModel) open(title, content string) {
	pg.title = title
	pg.resize()
	pg.port.SetContent(content)
	pg.port.GotoTop()
}

// resize gives the page all but its title and help line.
func (pg *pageModel) resize() {
	pg.port.SetWidth(max(pg.width, 1))
	pg.port.SetHeight(max(pg.height-2, 1))
	pg.help.SetWidth(pg.width)
}

func (pg *pageModel) keys() pageKeys {
	return pageKeys{k: pg.common.keys, choose: pg.kind == detailing}
}

func (pg *pageModel) update(msg tea.Msg) (action, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return stay, nil
	}
	k := pg.common.keys
	switch {
	case key.Matches(press, k.Quit):
		return quit, nil
	case key.Matches(press, k.Back):
		return goBack, nil
	case key.Matches(press, k.Help) && pg.kind == helping:
		return goBack, nil
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
	lines := []string{pg.styles.Title.Render(pg.title)}
	lines = append(lines, strings.Split(pg.port.View(), "\n")...)
	lines = append(lines, shortHelp(&pg.help, pg.keys().ShortHelp(), 2, pg.width))
	return fit(lines, pg.width, pg.height)
}

// Content is what the page shows, before it scrolls.
func (pg *pageModel) Content() string { return pg.port.GetContent() }
