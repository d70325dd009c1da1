package main

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// The README's tables of families and workloads are the catalog's: this
// test writes them from it and fails when the README says otherwise (run
// with -update to rewrite them).

func familiesTable() string {
	c := specs.CurrentCatalog()
	p := i18n.Printer{Lang: i18n.EN}
	var b strings.Builder
	b.WriteString("| family | GPU | architecture | GPUs per type | types | kind | availability |\n|---|---|---|---|---:|---|---|\n")
	for _, f := range c.Families {
		types := c.TypesOf(f.Name)
		g := c.GPUByKey(f.GPU)
		gpu := render.GPUTitle(g, p)
		if f.ModelReasoning.EN != "" {
			gpu += " (inferred)"
		}
		arch := g.Architecture.Text.EN
		if g.Architecture.Source == specs.FromInference {
			arch += " (inferred)"
		}
		var kind []string
		for _, k := range []struct {
			on   bool
			name string
		}{{f.VGPU, "vGPU"}, {f.BareMetal, "bare metal"}, {f.SharedCPU, "shared CPU"}, {f.Licensing.Includes(types[0].Name), "vWS licence"}} {
			if k.on {
				kind = append(kind, k.name)
			}
		}
		status := p.T("availability." + string(f.Availability))
		if !f.Recommended && f.Availability != specs.Retired {
			status += ", not recommended"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %d | %s | %s |\n", f.Name, gpu, arch, gpuSpread(types), len(types), strings.Join(kind, ", "), status)
	}
	return b.String()
}

// gpuSpread is the fewest and most GPUs of a family's types, or its
// slices' memory where the pages give no fraction.
func gpuSpread(types []*specs.InstanceType) string {
	var counts, mems []float64
	for _, it := range types {
		if it.GPUCount != nil {
			counts = append(counts, *it.GPUCount)
		} else if it.GPUMemoryGiB != nil {
			mems = append(mems, *it.GPUMemoryGiB)
		}
	}
	spread := func(v []float64, f func(float64) string) string {
		lo, hi := slices.Min(v), slices.Max(v)
		if lo == hi {
			return f(lo)
		}
		return f(lo) + " to " + f(hi)
	}
	if len(counts) == 0 {
		return "slices of " + spread(mems, render.Num) + " GB"
	}
	return spread(counts, render.GPUCount)
}

func workloadsTable() string {
	c := specs.CurrentCatalog()
	var b strings.Builder
	b.WriteString("| slug | work | families (current edition) |\n|---|---|---|\n")
	for _, w := range specs.Workloads {
		var fams []string
		for _, f := range c.Families {
			if f.Availability != specs.Retired && slices.Contains(f.Workloads(), w.Slug) {
				fams = append(fams, f.Name)
			}
		}
		about := w.About.EN
		if w.Implies != "" {
			about += "; implies `" + string(w.Implies) + "`"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", w.Slug, about, strings.Join(fams, ", "))
	}
	return b.String()
}

func TestREADMETables(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	for name, table := range map[string]string{"families": familiesTable(), "workloads": workloadsTable()} {
		re := regexp.MustCompile(`(?s)(<!-- ` + name + ` -->\n).*?(<!-- /` + name + ` -->)`)
		if !re.MatchString(readme) {
			t.Fatalf("README has no <!-- %s --> block", name)
		}
		want := re.ReplaceAllLiteralString(readme, "<!-- "+name+" -->\n"+table+"<!-- /"+name+" -->")
		if want != readme {
			if !*update {
				t.Errorf("README's %s table is not the catalog's; go test ./cmd/gpuspec -run TestREADMETables -update rewrites it", name)
			}
			readme = want
		}
	}
	if *update {
		if err := os.WriteFile("../../README.md", []byte(readme), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
