package tui

import (
	"slices"
	"strings"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// ListCommand writes the `gpuspec list` command that prints the same rows
// as the view: the filters merged into flags, the sort, and free search
// words as a grep, so that a view can be reproduced in a script.
func ListCommand(filters []specs.Filter, sort []specs.SortKey, words []string) string {
	var f specs.Filter
	for _, g := range filters {
		f.GPUModels = mergeList(f.GPUModels, g.GPUModels)
		f.Families = mergeList(f.Families, g.Families)
		for _, w := range g.Workloads {
			if !slices.Contains(f.Workloads, w) {
				f.Workloads = append(f.Workloads, w)
			}
		}
		f.VCPUs = f.VCPUs.Intersect(g.VCPUs)
		f.MemoryGiB = f.MemoryGiB.Intersect(g.MemoryGiB)
		f.GPUs = f.GPUs.Intersect(g.GPUs)
		f.GPUMemoryPerGPUGiB = f.GPUMemoryPerGPUGiB.Intersect(g.GPUMemoryPerGPUGiB)
		f.GPUMemoryGiB = f.GPUMemoryGiB.Intersect(g.GPUMemoryGiB)
		f.NetworkGbps = f.NetworkGbps.Intersect(g.NetworkGbps)
		if g.VGPU != nil {
			f.VGPU = g.VGPU
		}
		if g.LicenseIncluded != nil {
			f.LicenseIncluded = g.LicenseIncluded
		}
	}
	args := []string{"gpuspec", "list"}
	flag := func(name, value string) {
		if value != "" {
			args = append(args, "--"+name, value)
		}
	}
	for _, w := range f.Workloads {
		flag("workload", string(w))
	}
	flag("gpu", strings.Join(f.GPUModels, ","))
	flag("family", strings.Join(f.Families, ","))
	flag("vcpus", specs.FormatRange(f.VCPUs))
	flag("memory", specs.FormatRange(f.MemoryGiB))
	flag("gpus", specs.FormatRange(f.GPUs))
	flag("gpu-memory", specs.FormatRange(f.GPUMemoryPerGPUGiB))
	flag("total-gpu-memory", specs.FormatRange(f.GPUMemoryGiB))
	flag("network", specs.FormatRange(f.NetworkGbps))
	if f.VGPU != nil {
		if *f.VGPU {
			args = append(args, "--vgpu")
		} else {
			args = append(args, "--vgpu=false")
		}
	}
	if f.LicenseIncluded != nil {
		if *f.LicenseIncluded {
			args = append(args, "--license-included")
		} else {
			args = append(args, "--license-included=false")
		}
	}
	if len(sort) > 0 {
		keys := make([]string, len(sort))
		for i, k := range sort {
			keys[i] = k.Field.Key
			if k.Desc {
				keys[i] += ":desc"
			}
		}
		flag("sort", strings.Join(keys, ","))
	}
	cmd := strings.Join(args, " ")
	for _, w := range words {
		cmd += " | grep -i " + shellQuote(w)
	}
	return cmd
}

// mergeList intersects two OR-lists; an empty list allows everything.
func mergeList(a, b []string) []string {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	var out []string
	for _, x := range a {
		for _, y := range b {
			if strings.EqualFold(x, y) {
				out = append(out, x)
			}
		}
	}
	if len(out) == 0 {
		// Nothing passes both; the later list says what was asked last.
		return b
	}
	return out
}

// shellQuote quotes a word for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.,:/", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
