package main

import (
	"io"
	"os"

	"github.com/charmbracelet/x/term"

	"github.com/gpuspec/gpuspec/internal/render"
)

// IOStreams are the streams a command reads and writes, and what they are
// connected to. Only main makes them from the process's own streams; tests
// pass buffers.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	InTTY  bool
	OutTTY bool
	ErrTTY bool

	// Color is decided once from the environment and OutTTY.
	Color bool
}

// Styles returns the CLI styles for stdout.
func (s *IOStreams) Styles() render.Styles { return render.NewStyles(s.Color) }

// ColorWanted applies the colour conventions: NO_COLOR (any value) turns
// colour off and wins; CLICOLOR_FORCE (any value but 0) turns it on for
// pipes; otherwise colour goes only to a terminal.
func ColorWanted(getenv func(string) string, outTTY bool) bool {
	if getenv("NO_COLOR") != "" {
		return false
	}
	if v := getenv("CLICOLOR_FORCE"); v != "" && v != "0" {
		return true
	}
	return outTTY && getenv("TERM") != "dumb"
}

func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }

// checkedWriter makes a failed write a *WriteError, so that it is told
// as one line and exits 1; a closed pipe stays what it is, and ends the
// command quietly.
type checkedWriter struct{ w io.Writer }

func (c *checkedWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	if err != nil && !isClosedPipe(err) {
		err = &WriteError{Err: err}
	}
	return n, err
}
