package render

import "charm.land/lipgloss/v2"

// Styles colours what the CLI prints. With colour off every style prints
// its text as it is, so piped output has no escape codes.
type Styles struct {
	enabled bool
	header  lipgloss.Style
	title   lipgloss.Style
	good    lipgloss.Style
	warn    lipgloss.Style
	diff    lipgloss.Style
	dim     lipgloss.Style
}

// NewStyles returns the CLI's styles, coloured or plain. It uses the 16
// basic ANSI colours, which every colour terminal draws in its own theme,
// and never asks the terminal anything.
func NewStyles(color bool) Styles {
	return Styles{
		enabled: color,
		header:  lipgloss.NewStyle().Bold(true),
		title:   lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("6")),
		good:    lipgloss.NewStyle().Foreground(lipgloss.Color("2")),
		warn:    lipgloss.NewStyle().Foreground(lipgloss.Color("3")),
		diff:    lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("5")),
		dim:     lipgloss.NewStyle().Faint(true),
	}
}

// Enabled reports whether the styles print colour.
func (s Styles) Enabled() bool { return s.enabled }

func (s Styles) apply(st lipgloss.Style, text string) string {
	if !s.enabled || text == "" {
		return text
	}
	return st.Render(text)
}

func (s Styles) Header(t string) string { return s.apply(s.header, t) }
func (s Styles) Title(t string) string  { return s.apply(s.title, t) }
func (s Styles) Good(t string) string   { return s.apply(s.good, t) }
func (s Styles) Warn(t string) string   { return s.apply(s.warn, t) }
func (s Styles) Diff(t string) string   { return s.apply(s.diff, t) }
func (s Styles) Dim(t string) string    { return s.apply(s.dim, t) }
