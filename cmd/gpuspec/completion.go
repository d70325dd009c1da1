package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

var shells = []string{"bash", "zsh", "fish", "powershell"}

// newCompletionCmd replaces cobra's default one so that its help speaks
// the user's language and a bad shell is a usage error.
func newCompletionCmd(f *Factory) *cobra.Command {
	return command(f, "completion.", &cobra.Command{
		Use:       "completion bash|zsh|fish|powershell",
		ValidArgs: shells,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErr("err.completion_args", strings.Join(shells, ", "))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			root, w := cmd.Root(), f.IO.Out
			switch strings.ToLower(args[0]) {
			case "bash":
				return root.GenBashCompletionV2(w, true)
			case "zsh":
				return root.GenZshCompletion(w)
			case "fish":
				return root.GenFishCompletion(w, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(w)
			}
			return usageErr("err.unknown_shell", args[0], strings.Join(shells, ", "))
		},
	})
}

type completeFunc = func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective)

// completeNames completes type names (full and without "ecs.") and, when
// families is set, family names; names already given are left out.
func completeNames(f *Factory, families bool) completeFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		c, err := f.Catalog()
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		given := map[string]bool{}
		for _, a := range args {
			if m, ok := c.Lookup(a); ok {
				if m.Type != nil {
					given[m.Type.Name] = true
				} else {
					given[m.Family] = true
				}
			}
		}
		pre := strings.ToLower(toComplete)
		var out []string
		if families {
			for _, name := range c.FamilyNames() {
				if strings.HasPrefix(name, pre) && !given[name] {
					out = append(out, name+"\t"+familySummary(c, name, f.Printer))
				}
			}
		}
		for i := range c.Types {
			it := &c.Types[i]
			if given[it.Name] {
				continue
			}
			desc := typeSummary(it)
			if strings.HasPrefix(it.Name, pre) {
				out = append(out, it.Name+"\t"+desc)
			}
			if short := it.ShortName(); short != it.Name && strings.HasPrefix(short, pre) {
				out = append(out, short+"\t"+desc)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

func typeSummary(it *specs.InstanceType) string {
	gpus := render.GPUName(it)
	if it.GPUCount != nil {
		gpus += " × " + render.GPUCount(it.GPUs())
	}
	return fmt.Sprintf("%d vCPU, %s GiB, %s", it.VCPU, render.Num(it.MemoryGiB), gpus)
}

func familySummary(c *specs.Catalog, name string, p i18n.Printer) string {
	if fam := c.Family(name); fam != nil {
		return fam.Summary.In(p.Lang)
	}
	return ""
}

// completeList completes a comma-separated list flag: the part after the
// last comma, from the values, with the earlier parts kept.
func completeList(values func() []string) completeFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		head, last := "", toComplete
		if i := strings.LastIndex(toComplete, ","); i >= 0 {
			head, last = toComplete[:i+1], toComplete[i+1:]
		}
		var out []string
		for _, v := range values() {
			if strings.HasPrefix(strings.ToLower(v), strings.ToLower(last)) {
				out = append(out, head+v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

func completeFixed(values ...string) completeFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, v := range values {
			if strings.HasPrefix(v, strings.ToLower(toComplete)) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeSort completes FIELD[:asc|desc][,FIELD…].
func completeSort(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	head, last := "", toComplete
	if i := strings.LastIndex(toComplete, ","); i >= 0 {
		head, last = toComplete[:i+1], toComplete[i+1:]
	}
	var out []string
	if field, _, hasDir := strings.Cut(last, ":"); hasDir {
		if specs.FieldByKey(field) != nil {
			for _, d := range []string{"asc", "desc"} {
				if strings.HasPrefix(field+":"+d, last) {
					out = append(out, head+field+":"+d)
				}
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
	for _, k := range specs.SortKeys() {
		if strings.HasPrefix(k, strings.ToLower(last)) {
			out = append(out, head+k)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// criterionCompletion completes a filter flag with the values its
// criterion takes, live from the catalog; nil for a flag of free values.
func criterionCompletion(c *specs.Criterion, f *Factory) completeFunc {
	switch c.Kind {
	case specs.BySort:
		return completeSort
	case specs.ByName, specs.ByAll:
		return completeList(func() []string {
			cat, err := f.Catalog()
			if err != nil {
				return nil
			}
			return c.Values(cat)
		})
	case specs.ByText, specs.ByRange, specs.ByLimit:
		return completeFixed()
	}
	return nil
}

// registerGlobalCompletions completes the root's --region with the synced
// regions, a comma-separated list of them, and --catalog with JSON and
// YAML files.
func registerGlobalCompletions(root *cobra.Command, f *Factory) {
	_ = root.RegisterFlagCompletionFunc("region", completeList(func() []string {
		var out []string
		if dir, err := f.CacheDir(); err == nil {
			paths, _ := catalog.Cached(dir)
			for _, p := range paths {
				out = append(out, strings.TrimSuffix(filepath.Base(p), ".json"))
			}
		}
		return out
	}))
	_ = root.RegisterFlagCompletionFunc("catalog", func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		return []string{"json", "yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
	})
}
