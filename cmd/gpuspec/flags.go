package main

import (
	"errors"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// filterFlags are the filter flags that list, recommend and tui share.
type filterFlags struct {
	gpus            []string
	families        []string
	vcpus           string
	memory          string
	gpuCount        string
	gpuMemory       string
	totalGPUMemory  string
	network         string
	vgpu            bool
	licenseIncluded bool
	workloads       []string
}

func (ff *filterFlags) register(fs *pflag.FlagSet, p i18n.Printer) {
	fs.StringSliceVar(&ff.gpus, "gpu", nil, p.T("flag.gpu"))
	fs.StringSliceVar(&ff.families, "family", nil, p.T("flag.family"))
	fs.StringVar(&ff.vcpus, "vcpus", "", p.T("flag.vcpus"))
	fs.StringVar(&ff.memory, "memory", "", p.T("flag.memory"))
	fs.StringVar(&ff.gpuCount, "gpus", "", p.T("flag.gpus"))
	fs.StringVar(&ff.gpuMemory, "gpu-memory", "", p.T("flag.gpu_memory"))
	fs.StringVar(&ff.totalGPUMemory, "total-gpu-memory", "", p.T("flag.total_gpu_memory"))
	fs.StringVar(&ff.network, "network", "", p.T("flag.network"))
	fs.BoolVar(&ff.vgpu, "vgpu", false, p.T("flag.vgpu"))
	fs.BoolVar(&ff.licenseIncluded, "license-included", false, p.T("flag.license_included"))
	fs.StringSliceVar(&ff.workloads, "workload", nil, p.T("flag.workload"))
	for _, name := range []string{"vcpus", "memory", "gpus", "gpu-memory", "total-gpu-memory", "network"} {
		fs.Lookup(name).Value = &rangeValue{fs.Lookup(name).Value}
	}
}

// rangeValue only changes how a RANGE flag's type shows in help.
type rangeValue struct{ pflag.Value }

func (rangeValue) Type() string { return "RANGE" }

// filter validates the flags against the catalog and builds the filter.
func (ff *filterFlags) filter(flags *pflag.FlagSet, c *specs.Catalog) (specs.Filter, error) {
	var f specs.Filter
	var err error
	for _, name := range []string{"gpu", "family", "workload"} {
		if err := notBlank(flags, name); err != nil {
			return f, err
		}
	}
	if f.GPUModels, err = gpuModels(ff.gpus, c); err != nil {
		return f, err
	}
	if f.Families, err = familyNames("--family", ff.families, c); err != nil {
		return f, err
	}
	if f.Workloads, err = workloadSlugs(ff.workloads); err != nil {
		return f, err
	}
	if f.VCPUs, err = parseRangeFlag[int](flags, "vcpus", ff.vcpus); err != nil {
		return f, err
	}
	for _, r := range []struct {
		name, value string
		into        *specs.Range[float64]
	}{
		{"memory", ff.memory, &f.MemoryGiB},
		{"gpus", ff.gpuCount, &f.GPUs},
		{"gpu-memory", ff.gpuMemory, &f.GPUMemoryPerGPUGiB},
		{"total-gpu-memory", ff.totalGPUMemory, &f.GPUMemoryGiB},
		{"network", ff.network, &f.NetworkGbps},
	} {
		if *r.into, err = parseRangeFlag[float64](flags, r.name, r.value); err != nil {
			return f, err
		}
	}
	if flags.Changed("vgpu") {
		v := ff.vgpu
		f.VGPU = &v
	}
	if flags.Changed("license-included") {
		v := ff.licenseIncluded
		f.LicenseIncluded = &v
	}
	return f, nil
}

// rangeErrorKeys maps a RANGE problem to its message.
var rangeErrorKeys = map[specs.RangeErrorKind]string{
	specs.RangeSyntax:   "err.range_syntax",
	specs.RangeNegative: "err.range_negative",
	specs.RangeNotWhole: "err.range_not_whole",
	specs.RangeMinMax:   "err.range_min_max",
}

// parseRangeFlag parses a RANGE flag; a flag not given is the open range,
// and one given empty is an error.
func parseRangeFlag[T specs.Number](flags *pflag.FlagSet, name, value string) (specs.Range[T], error) {
	if !flags.Changed(name) {
		return specs.Range[T]{}, nil
	}
	r, err := specs.ParseRange[T](value)
	var re *specs.RangeError
	if errors.As(err, &re) {
		return r, usageErr(rangeErrorKeys[re.Kind], "--"+name, value)
	}
	return r, err
}

// notBlank rejects a list flag given with nothing in it (--gpu=""), which
// would otherwise quietly select everything.
func notBlank(flags *pflag.FlagSet, name string) error {
	f := flags.Lookup(name)
	if f == nil || !f.Changed {
		return nil
	}
	if sv, ok := f.Value.(pflag.SliceValue); ok && len(splitList(sv.GetSlice())) == 0 {
		return usageErr("err.flag_needs_value", "--"+name)
	}
	return nil
}

// splitList flattens repeated and comma-separated values, dropping blanks.
func splitList(values []string) []string {
	var out []string
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

func gpuModels(values []string, c *specs.Catalog) ([]string, error) {
	known := c.GPUModels()
	var out []string
	for _, v := range splitList(values) {
		m := specs.NormalizeGPUModel(v)
		if !containsFold(known, m) {
			return nil, badValue("--gpu", v, known)
		}
		out = append(out, m)
	}
	if len(values) > 0 && len(out) == 0 {
		return nil, badValue("--gpu", strings.Join(values, ","), known)
	}
	return out, nil
}

func familyNames(flag string, values []string, c *specs.Catalog) ([]string, error) {
	known := c.FamilyNames()
	var out []string
	for _, v := range splitList(values) {
		n := strings.ToLower(v)
		if !containsFold(known, n) {
			return nil, badValue(flag, v, known)
		}
		out = append(out, n)
	}
	if len(values) > 0 && len(out) == 0 {
		return nil, badValue(flag, strings.Join(values, ","), known)
	}
	return out, nil
}

func workloadSlugs(values []string) ([]specs.Workload, error) {
	var out []specs.Workload
	for _, v := range splitList(values) {
		w, ok := specs.ParseWorkload(v)
		if !ok {
			return nil, badValue("--workload", v, specs.WorkloadSlugs())
		}
		out = append(out, w)
	}
	if len(values) > 0 && len(out) == 0 {
		return nil, badValue("--workload", strings.Join(values, ","), specs.WorkloadSlugs())
	}
	return out, nil
}

// badValue is a flag value outside a known list: it names the flag and the
// accepted values, and suggests the nearest when one is near.
func badValue(flag, value string, accepted []string) error {
	if near := specs.SuggestFrom(value, accepted, 1); len(near) == 1 {
		return usageErr("err.bad_enum_suggest", flag, value, near[0], strings.Join(accepted, ", "))
	}
	return usageErr("err.bad_enum", flag, value, strings.Join(accepted, ", "))
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// outputFlag registers -o/--output with its accepted formats.
func outputFlag(cmd *cobra.Command, into *string, p i18n.Printer, formats []render.Format) {
	cmd.Flags().StringVarP(into, "output", "o", "", p.T("flag.output", strings.Join(render.FormatNames(formats), "|"), formats[0]))
}

// parseOutput validates -o; not given, it is the first of the formats.
func parseOutput(value string, formats []render.Format) (render.Format, error) {
	if value == "" {
		return formats[0], nil
	}
	f, ok := render.ParseFormat(value, formats)
	if !ok {
		return "", badValue("--output", value, render.FormatNames(formats))
	}
	return f, nil
}

func parseSortFlag(value string) ([]specs.SortKey, error) {
	if strings.TrimSpace(value) == "" {
		return nil, nil
	}
	keys, err := specs.ParseSort(value)
	var se *specs.SortError
	if errors.As(err, &se) {
		if se.Kind == specs.SortBadDirection {
			return nil, usageErr("err.sort_direction", value, se.Part)
		}
		return nil, badValue("--sort", se.Part, specs.FieldKeys())
	}
	return keys, err
}
