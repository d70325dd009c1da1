package tui

import "charm.land/lipgloss/v2"

// Styles are the TUI's looks, in one place. They use the 16 basic ANSI
// colours so that they follow the terminal's own theme.
type Styles struct {
	Title      lipgloss.Style
	Bar        lipgloss.Style
	BarActive  lipgloss.Style
	Toggle     lipgloss.Style
	Header     lipgloss.Style
	Cursor     lipgloss.Style
	Mark       lipgloss.Style
	Status     lipgloss.Style
	Command    lipgloss.Style
	Error      lipgloss.Style
	Prompt     lipgloss.Style
	PaneBorder lipgloss.Style
	Dim        lipgloss.Style
	Chip       lipgloss.Style
	Diff       lipgloss.Style
}

func newStyles() Styles {
	return Styles{
		Title:      lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("6")),
		Bar:        lipgloss.NewStyle().Foreground(lipgloss.Color("8")),
		BarActive:  lipgloss.NewStyle().Bold(true).Reverse(true),
		Toggle:     lipgloss.NewStyle().Foreground(lipgloss.Color("3")),
		Header:     lipgloss.NewStyle().Bold(true),
		Cursor:     lipgloss.NewStyle().Reverse(true),
		Mark:       lipgloss.NewStyle().Foreground(lipgloss.Color("5")).Bold(true),
		Status:     lipgloss.NewStyle().Foreground(lipgloss.Color("8")),
		Command:    lipgloss.NewStyle().Foreground(lipgloss.Color("2")),
		Error:      lipgloss.NewStyle().Foreground(lipgloss.Color("1")),
		Prompt:     lipgloss.NewStyle().Foreground(lipgloss.Color("6")).Bold(true),
		PaneBorder: lipgloss.NewStyle().Foreground(lipgloss.Color("8")),
		Dim:        lipgloss.NewStyle().Faint(true),
		Chip:       lipgloss.NewStyle().Foreground(lipgloss.Color("4")),
		Diff:       lipgloss.NewStyle().Foreground(lipgloss.Color("5")).Bold(true),
	}
}
