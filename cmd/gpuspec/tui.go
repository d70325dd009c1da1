package main

import (
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/tui"
)

// TUIOptions is everything `gpuspec tui` needs.
type TUIOptions struct {
	IO      *IOStreams
	Printer i18n.Printer
	Catalog *specs.Catalog
	Filter  specs.Filter
	OpenTTY func() (io.ReadWriteCloser, error)
}

func newTUICmd(f *Factory) *cobra.Command {
	p := f.Printer
	var ff filterFlags
	cmd := &cobra.Command{
		Use:     "tui",
		Short:   p.T("tui.short"),
		Long:    p.T("tui.long"),
		Example: p.T("tui.example"),
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := &TUIOptions{IO: f.IO, Printer: p, OpenTTY: f.OpenTTY}
			var err error
			if opts.Catalog, err = f.Catalog(); err != nil {
				return err
			}
			if opts.Filter, err = ff.filter(cmd.Flags(), opts.Catalog); err != nil {
				return err
			}
			return runTUI(opts)
		},
	}
	ff.register(cmd.Flags(), p)
	return cmd
}

// openTTY opens the controlling terminal, which the TUI draws on so that
// stdout stays free for the chosen type.
func openTTY() (io.ReadWriteCloser, error) { return os.OpenFile("/dev/tty", os.O_RDWR, 0) }

// silentExit ends gpuspec with a code and no message (ctrl+c in the TUI).
type silentExit struct{ code int }

func (e *silentExit) Error() string { return fmt.Sprintf("exit %d", e.code) }

func runTUI(opts *TUIOptions) error {
	tty, err := opts.OpenTTY()
	if err != nil {
		return usageErr("err.no_tty")
	}
	defer tty.Close()
	m := tui.New(tui.Options{Catalog: opts.Catalog, Printer: opts.Printer, Filter: opts.Filter})
	prog := tea.NewProgram(m, tea.WithInput(tty), tea.WithOutput(tty))
	if _, err := prog.Run(); err != nil {
		return err
	}
	if m.Interrupted() {
		return &silentExit{code: exitCanceled}
	}
	if name := m.Chosen(); name != "" {
		fmt.Fprintln(opts.IO.Out, name)
	}
	return nil
}
