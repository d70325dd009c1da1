package main

import (
	"fmt"
	"strings"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// The man page comes from the command tree itself, through mango-cobra: it
// cannot drift from --help, and in Chinese with --lang zh. mango-cobra is
// small and only writes roff; it leaves help and errors to gpuspec.
func newManCmd(f *Factory) *cobra.Command {
	p := f.Printer
	return command(f, "man.", &cobra.Command{
		Use:  "man",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			prepareForMan(cmd.Root())
			page, err := mcobra.NewManPage(1, cmd.Root())
			if err != nil {
				return err
			}
			page = page.WithSection(p.T("man.exit_status_title"), p.T("man.exit_status")).
				WithSection(p.T("man.environment_title"), p.T("man.environment"))
			_, err = fmt.Fprint(f.IO.Out, page.Build(roff.NewDocument()))
			return err
		},
	})
}

// prepareForMan readies the tree for roff, which the man command is about
// to print before gpuspec exits: mango starts a paragraph at every line
// break, so the lines of a paragraph are joined (indented lines, such as
// examples, stay as they are); and the backquotes that name a flag's value
// in --help are dropped.
func prepareForMan(c *cobra.Command) {
	c.Long = reflow(c.Long)
	unquote := func(f *pflag.Flag) { f.Usage = strings.ReplaceAll(f.Usage, "`", "") }
	c.Flags().VisitAll(unquote)
	c.PersistentFlags().VisitAll(unquote)
	for _, sub := range c.Commands() {
		prepareForMan(sub)
	}
}

func reflow(s string) string {
	var out []string
	for _, para := range strings.Split(s, "\n\n") {
		lines := strings.Split(para, "\n")
		var b strings.Builder
		for i, l := range lines {
			switch {
			case i == 0:
			case strings.HasPrefix(l, " ") || strings.HasPrefix(lines[i-1], " "):
				b.WriteString("\n")
			default:
				b.WriteString(" ")
			}
			b.WriteString(l)
		}
		out = append(out, b.String())
	}
	return strings.Join(out, "\n\n")
}
