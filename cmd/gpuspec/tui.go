package main

import (
	"context"
	"errors"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/tui"
)

// TUIOptions is everything `gpuspec tui` needs.
type TUIOptions struct {
	*Factory
	// Preset holds the filter flags given on the command line.
	Preset specs.Query
	// Query is the search to start with (--query).
	Query string
}

func newTUICmd(f *Factory) *cobra.Command {
	opts := &TUIOptions{Factory: f}
	var flags queryFlags
	cmd := &cobra.Command{
		Use:  "tui",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := f.Catalog()
			if err != nil {
				return err
			}
			if opts.Preset, err = flags.query(c); err != nil {
				return err
			}
			if _, err := tui.ParseQuery(opts.Query, c); err != nil {
				// The message names the term that does not read.
				return usageErr("err.tui_query", err)
			}
			return runTUI(opts)
		},
	}
	flags.register(cmd, f, "limit")
	cmd.Flags().StringVar(&opts.Query, "query", "", f.Printer.T("flag.tui_query"))
	return command(f, "tui.", cmd)
}

// openTTY opens the controlling terminal, which the TUI draws on so that
// stdout stays free for the chosen type.
func openTTY() (io.ReadWriteCloser, error) { return os.OpenFile("/dev/tty", os.O_RDWR, 0) }

func runTUI(opts *TUIOptions) error {
	c, err := opts.Catalog()
	if err != nil {
		return err
	}
	tty, err := opts.OpenTTY()
	if err != nil {
		return usageErr("err.no_tty")
	}
	defer tty.Close()
	m := tui.New(tui.Options{Catalog: c, Printer: opts.Printer, Preset: opts.Preset, Globals: opts.globalArgs(), Query: opts.Query})
	prog := tea.NewProgram(m, tea.WithInput(tty), tea.WithOutput(tty), tea.WithContext(opts.Context), tea.WithoutSignalHandler())
	if _, err := prog.Run(); err != nil {
		if errors.Is(err, tea.ErrProgramKilled) && opts.Context.Err() != nil {
			return context.Cause(opts.Context)
		}
		return err
	}
	if m.Interrupted() {
		return &silentExit{code: exitCanceled}
	}
	// One type a line, as fzf -m prints its choices.
	for _, name := range m.Chosen() {
		if _, err := io.WriteString(opts.IO.Out, name+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// globalArgs are the global flags that change the rows, as the equivalent
// `gpuspec list` command repeats them: the edition (from the flag or
// GPUSPEC_EDITION), the catalog files, the regions and --offline.
func (f *Factory) globalArgs() []string {
	var out []string
	g := f.global
	switch {
	case g.edition != "":
		out = append(out, "--edition", g.edition)
	case f.Getenv("GPUSPEC_EDITION") != "":
		out = append(out, "--edition", f.Getenv("GPUSPEC_EDITION"))
	}
	for _, file := range g.files {
		out = append(out, "--catalog", file)
	}
	if g.region != "" {
		out = append(out, "--region", g.region)
	}
	if g.offline {
		out = append(out, "--offline")
	}
	return out
}
