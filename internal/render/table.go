package render

// This file is the only one that speaks tablewriter's v1 API: its v0 API
// broke, and so might this one.

import (
	"bytes"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// grid is a table to draw: a header row, rows, and which columns are
// numbers (right-aligned).
type grid struct {
	header  []string
	rows    [][]string
	numeric []bool
	indent  string // put before every line
}

func (g *grid) alignments() []tw.Align {
	out := make([]tw.Align, len(g.header))
	for i := range out {
		out[i] = tw.AlignLeft
		if i < len(g.numeric) && g.numeric[i] {
			out[i] = tw.AlignRight
		}
	}
	return out
}

// config lays cells out as they are: no wrapping, numbers on the right,
// and headers as written (auto-format would turn "vCPU" into "V CPU").
func (g *grid) config() tablewriter.Config {
	align := tw.CellAlignment{PerColumn: g.alignments()}
	return tablewriter.Config{
		Header: tw.CellConfig{Formatting: tw.CellFormatting{AutoFormat: tw.Off, AutoWrap: tw.WrapNone}, Alignment: align},
		Row:    tw.CellConfig{Formatting: tw.CellFormatting{AutoWrap: tw.WrapNone}, Alignment: align},
	}
}

// writePlain draws the grid as aligned columns separated by two spaces, with
// no borders, like kubectl and gh: it reads well and cuts well with awk.
// Trailing spaces are trimmed.
func writePlain(w io.Writer, g *grid) error {
	var buf bytes.Buffer
	t := tablewriter.NewTable(&buf,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Borders: tw.BorderNone,
			Symbols: tw.NewSymbols(tw.StyleNone),
			Settings: tw.Settings{
				Separators: tw.Separators{BetweenColumns: tw.Off, BetweenRows: tw.Off, ShowHeader: tw.Off},
				Lines:      tw.Lines{ShowHeaderLine: tw.Off},
			},
		})),
		tablewriter.WithConfig(g.config()),
		tablewriter.WithPadding(tw.Padding{Left: "", Right: "  ", Overwrite: true}),
		tablewriter.WithTrimSpace(tw.Off),
	)
	t.Header(g.header)
	if err := t.Bulk(g.rows); err != nil {
		return err
	}
	if err := t.Render(); err != nil {
		return err
	}
	return writeTrimmed(w, buf.Bytes(), g.indent)
}

// writeMarkdown draws the grid as a GitHub-flavoured Markdown table.
func writeMarkdown(w io.Writer, g *grid) error {
	esc := func(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
	header := make([]string, len(g.header))
	for i, h := range g.header {
		header[i] = esc(h)
	}
	rows := make([][]string, len(g.rows))
	for i, r := range g.rows {
		rows[i] = make([]string, len(r))
		for j, c := range r {
			rows[i][j] = esc(c)
		}
	}
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewMarkdown()),
		tablewriter.WithConfig(g.config()),
	)
	t.Header(header)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	return t.Render()
}

// writeTrimmed writes b line by line without trailing spaces. A trailing
// colour reset after the spaces is kept, without the spaces.
func writeTrimmed(w io.Writer, b []byte, indent string) error {
	const reset = "\x1b[0m"
	var out bytes.Buffer
	out.Grow(len(b))
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		s := string(line)
		hadReset := false
		for {
			trimmed := strings.TrimRight(s, " ")
			if strings.HasSuffix(trimmed, reset) {
				s, hadReset = strings.TrimSuffix(trimmed, reset), true
				continue
			}
			s = trimmed
			break
		}
		out.WriteString(indent)
		out.WriteString(s)
		if hadReset && strings.Contains(s, "\x1b[") {
			out.WriteString(reset)
		}
		out.WriteByte('\n')
	}
	_, err := w.Write(out.Bytes())
	return err
}
