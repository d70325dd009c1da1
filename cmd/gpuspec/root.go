package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

func newRootCmd(f *Factory) *cobra.Command {
	p := f.Printer
	root := &cobra.Command{
		Use:           "gpuspec",
		Short:         p.T("root.short"),
		Long:          p.T("root.long"),
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
			if f.IO.InTTY && f.IO.OutTTY {
				catalog, err := f.Catalog()
				if err != nil {
					return err
				}
				return runTUI(&TUIOptions{IO: f.IO, Printer: p, Catalog: catalog, OpenTTY: f.OpenTTY})
			}
			return cmd.Help()
		},
	}
	root.SuggestionsMinimumDistance = 2
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	root.SetIn(f.IO.In)
	root.SetFlagErrorFunc(flagError)
	root.PersistentFlags().String("lang", "", p.T("flag.lang", strings.Join(i18n.LangNames(), "|")))
	f.catalogFlags.register(root.PersistentFlags(), p)

	v, c, d := buildVersion()
	root.Version = v
	root.SetVersionTemplate(p.T("version.line", v, c, d) + "\n")
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetHelpCommand(newHelpCmd(f))
	root.AddCommand(
		newListCmd(f),
		newShowCmd(f),
		newCompareCmd(f),
		newRecommendCmd(f),
		newTUICmd(f),
		newCatalogCmd(f),
		newCompletionCmd(f),
		newManCmd(f),
	)
	registerCompletions(root, f)
	localiseHelp(root, p)
	if flag := root.Flags().Lookup("version"); flag == nil {
		root.Flags().BoolP("version", "v", false, p.T("flag.version"))
	}
	return root
}

// unknownCommand names the command and suggests the nearest.
func unknownCommand(cmd *cobra.Command, name string) error {
	if s := cmd.SuggestionsFor(name); len(s) > 0 {
		return usageErr("err.unknown_command_suggest", name, cmd.CommandPath(), s[0])
	}
	return usageErr("err.unknown_command", name, cmd.CommandPath())
}

// localiseHelp puts cobra's own words (the usage template, the help flag
// and the help command) into the user's language, on every command.
func localiseHelp(root *cobra.Command, p i18n.Printer) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.SetUsageTemplate(usageTemplate(p))
		if c.Flags().Lookup("help") == nil {
			c.Flags().BoolP("help", "h", false, p.T("flag.help", c.Name()))
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

func usageTemplate(p i18n.Printer) string {
	r := strings.NewReplacer(
		"@USAGE@", p.T("help.usage"),
		"@ALIASES@", p.T("help.aliases"),
		"@EXAMPLES@", p.T("help.examples"),
		"@COMMANDS@", p.T("help.commands"),
		"@FLAGS@", p.T("help.flags"),
		"@GLOBAL@", p.T("help.global_flags"),
		"@MORE@", p.T("help.more", "{{.CommandPath}}"),
		"@COMMAND@", p.T("help.command_word"),
	)
	return r.Replace(`@USAGE@:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [@COMMAND@]{{end}}{{if gt (len .Aliases) 0}}

@ALIASES@:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

@EXAMPLES@:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

@COMMANDS@:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

@FLAGS@:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

@GLOBAL@:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

@MORE@{{end}}
`)
}

// newHelpCmd replaces cobra's help command, which answers an unknown topic
// with exit 0.
func newHelpCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: f.Printer.T("help.short"),
		Long:  f.Printer.T("help.long"),
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
	}
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
