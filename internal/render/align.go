package render

import (
	"bufio"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
)

// largeTable is where a plain table stops going through tablewriter: past
// it, tablewriter's per-cell work costs seconds and gigabytes (100,000 rows:
// 2.2 s, 1 GB), and writeAligned, which writes the same bytes
// (TestAlignedMatchesTablewriter), streams instead.
const largeTable = 2000

// writeAligned draws a grid as writePlain does: columns padded to their
// widest cell, two spaces apart, numbers on the right, no trailing spaces.
func writeAligned(w io.Writer, g *grid) error {
	widths := make([]int, len(g.header))
	cellWidth := Width
	measure := func(row []string) {
		for i, c := range row {
			if i < len(widths) {
				widths[i] = max(widths[i], cellWidth(c))
			}
		}
	}
	measure(g.header)
	for _, r := range g.rows {
		measure(r)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var line []byte
	write := func(row []string) error {
		line = append(line[:0], g.indent...)
		for i := range widths {
			c := ""
			if i < len(row) {
				c = row[i]
			}
			pad := widths[i] - cellWidth(c)
			if i < len(g.numeric) && g.numeric[i] {
				line = append(line, strings.Repeat(" ", pad)...)
				line = append(line, c...)
			} else {
				line = append(line, c...)
				line = append(line, strings.Repeat(" ", pad)...)
			}
			line = append(line, "  "...)
		}
		line = trimLine(line)
		line = append(line, '\n')
		_, err := bw.Write(line)
		return err
	}
	if err := write(g.header); err != nil {
		return err
	}
	for _, r := range g.rows {
		if err := write(r); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// trimLine drops trailing spaces, as writeTrimmed does.
func trimLine(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}

// Width is the display width of s in terminal cells, escape codes left
// out; plain ASCII, the common case, is measured without parsing.
func Width(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] == 0x1b {
			return lipgloss.Width(s)
		}
	}
	return len(s)
}
