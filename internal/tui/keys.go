package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

// keyMap declares every key once; help.Model and the help page draw it.
type keyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	NextWorkload, PrevWorkload, Toggle      key.Binding
	Search, Sort, Reverse                   key.Binding
	Mark, Compare, Detail, Preview, Copy    key.Binding
	Choose, Back, Help, Quit, Interrupt     key.Binding
	// While typing a search.
	Accept, Cancel, PrevRow, NextRow key.Binding
	// On the detail, compare and help pages.
	PageBack, Left, Right, CompareBack key.Binding
}

// Two escapes that reach the terminal together read as alt+esc: each
// binding of esc takes it too, as one esc.
func newKeyMap(p i18n.Printer) keyMap {
	b := func(keys []string, label, help string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(label, p.T(help)))
	}
	return keyMap{
		Up:           b([]string{"up", "k", "ctrl+p"}, "↑/k", "key.up"),
		Down:         b([]string{"down", "j", "ctrl+n"}, "↓/j", "key.down"),
		PageUp:       b([]string{"pgup", "ctrl+b", "ctrl+u"}, "pgup", "key.page_up"),
		PageDown:     b([]string{"pgdown", "ctrl+f", "ctrl+d"}, "pgdn", "key.page_down"),
		Top:          b([]string{"home", "g"}, "g", "key.top"),
		Bottom:       b([]string{"end", "G"}, "G", "key.bottom"),
		NextWorkload: b([]string{"tab", "w"}, "tab/w", "key.next_workload"),
		PrevWorkload: b([]string{"shift+tab", "W"}, "shift+tab/W", "key.prev_workload"),
		Toggle:       b([]string{"v"}, "v", "key.toggle"),
		Search:       b([]string{"/"}, "/", "key.search"),
		Sort:         b([]string{"s"}, "s", "key.sort"),
		Reverse:      b([]string{"S"}, "S", "key.reverse"),
		Mark:         b([]string{"space"}, "space", "key.mark"),
		Compare:      b([]string{"c"}, "c", "key.compare"),
		Detail:       b([]string{"d", "right", "l"}, "d/→", "key.detail"),
		Preview:      b([]string{"p"}, "p", "key.preview"),
		Copy:         b([]string{"y"}, "y", "key.copy"),
		Choose:       b([]string{"enter"}, "enter", "key.choose"),
		Back:         b([]string{"esc", "alt+esc"}, "esc", "key.back"),
		Help:         b([]string{"?"}, "?", "key.help"),
		Quit:         b([]string{"q"}, "q", "key.quit"),
		Interrupt:    b([]string{"ctrl+c"}, "ctrl+c", "key.quit"),
		Accept:       b([]string{"enter"}, "enter", "key.accept"),
		Cancel:       b([]string{"esc", "alt+esc"}, "esc", "key.cancel"),
		PrevRow:      b([]string{"up", "ctrl+p"}, "↑", "key.up"),
		NextRow:      b([]string{"down", "ctrl+n"}, "↓", "key.down"),
		PageBack:     b([]string{"esc", "alt+esc", "left", "h", "backspace"}, "esc/←/h", "key.page_back"),
		Left:         b([]string{"left", "h"}, "←/h", "key.left"),
		Right:        b([]string{"right", "l"}, "→/l", "key.right"),
		CompareBack:  b([]string{"esc", "alt+esc", "backspace"}, "esc", "key.page_back"),
	}
}

// browseKeys is the help of the browse view.
type browseKeys struct{ k keyMap }

func (h browseKeys) ShortHelp() []key.Binding {
	k := h.k
	return []key.Binding{k.Up, k.Down, k.Search, k.NextWorkload, k.Sort, k.Mark, k.Compare, k.Choose, k.Copy, k.Help, k.Quit}
}

func (h browseKeys) FullHelp() [][]key.Binding {
	k := h.k
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.NextWorkload, k.PrevWorkload, k.Toggle, k.Search, k.Sort, k.Reverse},
		{k.Mark, k.Compare, k.Detail, k.Preview, k.Copy, k.Choose},
		{k.Back, k.Help, k.Quit, k.Interrupt},
	}
}

// searchKeys is the help while typing a search: arrows only, as j and k
// are typed into it.
type searchKeys struct{ k keyMap }

func (h searchKeys) ShortHelp() []key.Binding {
	return []key.Binding{h.k.Accept, h.k.Cancel, h.k.PrevRow, h.k.NextRow, h.k.Interrupt}
}
func (h searchKeys) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }

// detailKeys is the help of the detail page.
type detailKeys struct{ k keyMap }

func (h detailKeys) ShortHelp() []key.Binding {
	k := h.k
	return []key.Binding{k.PageBack, k.Choose, k.Up, k.Down, k.PageUp, k.PageDown, k.Help, k.Quit}
}
func (h detailKeys) FullHelp() [][]key.Binding {
	k := h.k
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Choose, k.PageBack, k.Help, k.Quit}}
}

// compareKeys is the help of the compare page: rows scroll up and down,
// types left and right, each only when there is more to see that way.
type compareKeys struct {
	k             keyMap
	columns, rows bool
}

func (h compareKeys) ShortHelp() []key.Binding {
	k := h.k
	var out []key.Binding
	if h.columns {
		out = append(out, k.Left, k.Right)
	}
	out = append(out, k.CompareBack)
	if h.rows {
		out = append(out, k.Up, k.Down, k.PageDown)
	}
	return append(out, k.Help, k.Quit)
}

func (h compareKeys) FullHelp() [][]key.Binding {
	k := h.k
	var out [][]key.Binding
	if h.rows {
		out = append(out, []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom})
	}
	if h.columns {
		out = append(out, []key.Binding{k.Left, k.Right})
	}
	return append(out, []key.Binding{k.CompareBack, k.Help, k.Quit})
}

// helpKeys is the help of the help page itself.
type helpKeys struct{ k keyMap }

func (h helpKeys) ShortHelp() []key.Binding {
	k := h.k
	return []key.Binding{k.PageBack, k.Up, k.Down, k.PageUp, k.PageDown, k.Quit}
}
func (h helpKeys) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }

// shortHelp draws as many of the bindings as the width holds, in order,
// and the last keep of them whatever the width: "? more" and "q quit"
// never fall off the end.
func shortHelp(h *help.Model, bindings []key.Binding, keep, width int) string {
	h.SetWidth(0)
	keep = min(keep, len(bindings))
	tail := bindings[len(bindings)-keep:]
	for n := len(bindings) - keep; n >= 0; n-- {
		s := h.ShortHelpView(append(bindings[:n:n], tail...))
		if textWidth(s) <= width || n == 0 {
			return s
		}
	}
	return ""
}
