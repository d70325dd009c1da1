package main

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

// subcommand is one of the root's commands: its name, and how to build it.
// A command is built in full only when the command line may run it, or
// when help, completion or the man page needs them all; the others stand
// as their name and one line, which is all the root's help shows.
type subcommand struct {
	name    string
	aliases []string
	short   string // message key
	build   func(*Factory) *cobra.Command
}

var subcommands = []subcommand{
	{"list", []string{"ls"}, "list.short", newListCmd},
	{"show", nil, "show.short", newShowCmd},
	{"compare", nil, "compare.short", newCompareCmd},
	{"recommend", nil, "recommend.short", newRecommendCmd},
	{"models", nil, "models.short", newModelsCmd},
	{"tui", nil, "tui.short", newTUICmd},
	{"catalog", nil, "catalog.short", newCatalogCmd},
	{"completion", nil, "completion.short", newCompletionCmd},
	{"man", nil, "man.short", newManCmd},
}

// needsWholeTree reports a command line that walks every command: shell
// completion scripts, the man page, completing a command's name.
func needsWholeTree(args []string) bool {
	for _, a := range args {
		if a == "man" || a == "completion" {
			return true
		}
	}
	return len(args) == 2 && strings.HasPrefix(args[0], "__complete") && !strings.HasPrefix(args[1], "-")
}

func newRootCmd(f *Factory, args []string) *cobra.Command {
	p := f.Printer
	root := &cobra.Command{
		Use:           "gpuspec",
		SilenceUsage:  true,
		SilenceErrors: true,
		// Set, so that cobra leaves unknown commands to unknownCommand
		// instead of printing its own English message.
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return unknownCommand(cmd, args[0])
			}
			return nil
		},
		// Bare gpuspec opens the TUI on a terminal and prints the usage
		// anywhere else.
		RunE: func(cmd *cobra.Command, args []string) error {
			if version, _ := cmd.Flags().GetBool("version"); version {
				v, c, d := buildVersion()
				_, err := io.WriteString(f.IO.Out, p.T("version.line", v, c, d)+"\n")
				return err
			}
			if f.IO.InTTY && f.IO.OutTTY {
				return runTUI(&TUIOptions{Factory: f})
			}
			return cmd.Help()
		},
	}
	command(f, "root.", root)
	root.SuggestionsMinimumDistance = 2
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	root.SetIn(f.IO.In)
	root.SetFlagErrorFunc(flagError)
	root.SetUsageFunc(func(c *cobra.Command) error { return writeUsage(c.OutOrStderr(), c, p) })
	f.global.register(root, p)
	registerGlobalCompletions(root, f)

	root.Flags().BoolP("version", "v", false, p.T("flag.version"))
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetHelpCommand(newHelpCmd(f))

	all := needsWholeTree(args)
	for _, sc := range subcommands {
		if all || mentions(args, sc) {
			root.AddCommand(sc.build(f))
			continue
		}
		root.AddCommand(&cobra.Command{Use: sc.name, Aliases: sc.aliases, Short: p.T(sc.short), RunE: func(*cobra.Command, []string) error { return nil }})
	}
	return root
}

// mentions reports whether args name the subcommand, wherever they do: a
// command built for a word that turns out to be a flag's value costs
// little.
func mentions(args []string, sc subcommand) bool {
	for _, a := range args {
		if a == sc.name || containsString(sc.aliases, a) {
			return true
		}
	}
	return false
}

// helpFlag gives a command its -h/--help in the user's language; cobra's
// own would say "help for" in English.
func helpFlag(c *cobra.Command, p i18n.Printer) {
	c.Flags().BoolP("help", "h", false, p.T("flag.help", c.Name()))
}

// command finishes a command: its one line, its description and its
// examples are the messages under prefix ("list." gives "list.short",
// "list.long" and "list.example", where there are such), and its help
// flag is in the user's language.
func command(f *Factory, prefix string, c *cobra.Command) *cobra.Command {
	p := f.Printer
	c.Short = p.T(prefix + "short")
	if s, ok := p.Lookup(prefix + "long"); ok {
		c.Long = s
	}
	if s, ok := p.Lookup(prefix + "example"); ok {
		c.Example = s
	}
	helpFlag(c, p)
	return c
}

// unknownCommand names the command and suggests the nearest.
func unknownCommand(cmd *cobra.Command, name string) error {
	if s := cmd.SuggestionsFor(name); len(s) > 0 {
		return usageErr("err.unknown_command_suggest", name, cmd.CommandPath(), s[0])
	}
	return usageErr("err.unknown_command", name, cmd.CommandPath())
}

// writeUsage writes a command's usage in the user's language. It is Go
// code rather than a cobra template: a template links text/template, whose
// use of reflection keeps every method of every type in the binary.
func writeUsage(w io.Writer, c *cobra.Command, p i18n.Printer) error {
	var b strings.Builder
	b.WriteString(p.T("help.usage") + ":")
	if c.Runnable() {
		b.WriteString("\n  " + c.UseLine())
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n  " + c.CommandPath() + " [" + p.T("help.command_word") + "]")
	}
	if len(c.Aliases) > 0 {
		b.WriteString("\n\n" + p.T("help.aliases") + ":\n  " + c.NameAndAliases())
	}
	if c.HasExample() {
		b.WriteString("\n\n" + p.T("help.examples") + ":\n" + c.Example)
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n\n" + p.T("help.commands") + ":")
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() || sub.Name() == "help" {
				b.WriteString("\n  " + sub.Name() + strings.Repeat(" ", max(sub.NamePadding()-len(sub.Name()), 0)) + " " + sub.Short)
			}
		}
	}
	if c.HasAvailableLocalFlags() {
		b.WriteString("\n\n" + p.T("help.flags") + ":\n" + strings.TrimRight(c.LocalFlags().FlagUsages(), " \n"))
	}
	if c.HasAvailableInheritedFlags() {
		b.WriteString("\n\n" + p.T("help.global_flags") + ":\n" + strings.TrimRight(c.InheritedFlags().FlagUsages(), " \n"))
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n\n" + p.T("help.more", c.CommandPath()))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// newHelpCmd replaces cobra's help command, which answers an unknown topic
// with exit 0.
func newHelpCmd(f *Factory) *cobra.Command {
	return command(f, "help.", &cobra.Command{
		Use: "help [command]",
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			target, rest, err := root.Find(args)
			if err != nil || target == nil || len(rest) > 0 {
				name := ""
				if len(args) > 0 {
					name = args[len(args)-1]
				}
				if len(rest) > 0 {
					name = rest[0]
				}
				parent := root
				if target != nil {
					parent = target
				}
				return unknownCommand(parent, name)
			}
			return target.Help()
		},
	})
}

// noArgs rejects positional arguments with a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErr("err.no_args", cmd.CommandPath(), args[0])
	}
	return nil
}

// minArgs requires at least n names.
func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageErr("err.min_args", cmd.CommandPath(), n, i18n.Errorf(what))
		}
		return nil
	}
}
