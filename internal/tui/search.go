package tui

import (
	"errors"
	"slices"
	"strings"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Query is a parsed search: field expressions, which map onto list's
// filter flags, and free words, which must each appear in a type's name,
// family or GPU.
type Query struct {
	Filter specs.Filter
	Words  []string // lower case
}

// Match reports whether the type passes the query.
func (q *Query) Match(it *specs.InstanceType) bool {
	if !q.Filter.Match(it) {
		return false
	}
	for _, w := range q.Words {
		if !strings.Contains(strings.ToLower(it.Name), w) &&
			!strings.Contains(strings.ToLower(it.Family), w) &&
			!strings.Contains(strings.ToLower(it.GPUModel), w) {
			return false
		}
	}
	return true
}

// searchFields maps the names a person may type onto list's criteria.
var searchFields = map[string]specs.Criterion{
	"vcpu": specs.ByVCPUs, "vcpus": specs.ByVCPUs,
	"mem": specs.ByMemory, "memory": specs.ByMemory, "memory_gib": specs.ByMemory,
	"gpus": specs.ByGPUs, "gpu_count": specs.ByGPUs,
	"gpu_mem": specs.ByGPUMemory, "gpu_memory": specs.ByGPUMemory, "gpu_memory_per_gpu_gib": specs.ByGPUMemory,
	"total_gpu_mem": specs.ByTotalGPUMemory, "total_gpu_memory": specs.ByTotalGPUMemory, "gpu_memory_gib": specs.ByTotalGPUMemory,
	"net": specs.ByNetwork, "network": specs.ByNetwork, "network_gbps": specs.ByNetwork,
	"gpu": specs.ByGPU, "gpu_model": specs.ByGPU,
	"family":   specs.ByFamily,
	"workload": specs.ByWorkload,
	"vgpu":     specs.ByVGPU,
	"licence":  specs.ByLicenseIncluded, "license": specs.ByLicenseIncluded, "license_included": specs.ByLicenseIncluded,
}

// SearchFields lists the field names the help shows, one per criterion.
var SearchFields = []string{"vcpu", "mem", "gpus", "gpu_mem", "total_gpu_mem", "net", "gpu", "family", "workload", "vgpu", "licence"}

// ParseQuery reads a search: words separated by spaces, each either
// FIELD>=N, FIELD<=N or FIELD=VALUE (a number, a RANGE such as 8..32, a
// name, or names separated by commas), or a free word. It is checked
// against the catalog's GPU models and families.
func ParseQuery(s string, c *specs.Catalog) (Query, error) {
	var q Query
	for _, tok := range strings.Fields(s) {
		field, op, value, isExpr := splitExpr(tok)
		if !isExpr {
			if strings.ContainsAny(tok, "<>") {
				return q, i18n.Errorf("search.use_ge_le", tok)
			}
			q.Words = append(q.Words, strings.ToLower(tok))
			continue
		}
		crit, ok := searchFields[strings.ToLower(field)]
		if !ok {
			return q, i18n.Errorf("search.unknown_field", field, strings.Join(SearchFields, ", "))
		}
		if value == "" {
			return q, i18n.Errorf("search.no_value", tok)
		}
		if err := q.add(crit, op, value, tok, c); err != nil {
			return q, err
		}
	}
	return q, nil
}

// splitExpr splits FIELD OP VALUE at the first operator.
func splitExpr(tok string) (field, op, value string, ok bool) {
	for i := 0; i < len(tok); i++ {
		switch {
		case strings.HasPrefix(tok[i:], ">="), strings.HasPrefix(tok[i:], "<="), strings.HasPrefix(tok[i:], "=="):
			return tok[:i], tok[i : i+2], tok[i+2:], i > 0
		case tok[i] == '=':
			return tok[:i], "=", tok[i+1:], i > 0
		}
	}
	return "", "", "", false
}

func (q *Query) add(crit specs.Criterion, op, value, tok string, c *specs.Catalog) error {
	f := &q.Filter
	switch crit {
	case specs.ByGPU, specs.ByFamily, specs.ByWorkload:
		if op != "=" && op != "==" {
			return i18n.Errorf("search.want_equals", tok)
		}
		for _, v := range strings.Split(value, ",") {
			v = strings.TrimSpace(v)
			if v == "" {
				continue
			}
			switch crit {
			case specs.ByGPU:
				m := specs.NormalizeGPUModel(v)
				if !slices.Contains(c.GPUModels(), m) {
					return i18n.Errorf("search.unknown_value", tok, strings.Join(c.GPUModels(), ", "))
				}
				f.GPUModels = append(f.GPUModels, m)
			case specs.ByFamily:
				if !slices.Contains(c.FamilyNames(), strings.ToLower(v)) {
					return i18n.Errorf("search.unknown_value", tok, strings.Join(c.FamilyNames(), ", "))
				}
				f.Families = append(f.Families, strings.ToLower(v))
			case specs.ByWorkload:
				w, ok := specs.ParseWorkload(v)
				if !ok {
					return i18n.Errorf("search.unknown_value", tok, strings.Join(specs.WorkloadSlugs(), ", "))
				}
				f.Workloads = append(f.Workloads, w)
			}
		}
		return nil
	case specs.ByVGPU, specs.ByLicenseIncluded:
		var b bool
		switch strings.ToLower(value) {
		case "true", "yes", "1":
			b = true
		case "false", "no", "0":
		default:
			return i18n.Errorf("search.want_bool", tok)
		}
		if crit == specs.ByVGPU {
			f.VGPU = &b
		} else {
			f.LicenseIncluded = &b
		}
		return nil
	}
	// A number field: = takes N or a RANGE; >= and <= take N.
	text := value
	switch op {
	case ">=":
		text = value + ".."
	case "<=":
		text = ".." + value
	}
	if op != "=" && op != "==" && strings.Contains(value, "..") {
		return i18n.Errorf("search.want_number", tok)
	}
	if crit == specs.ByVCPUs {
		r, err := specs.ParseRange[int](text)
		if err != nil {
			return rangeErr(tok, err)
		}
		f.VCPUs = f.VCPUs.Intersect(r)
		return nil
	}
	r, err := specs.ParseRange[float64](text)
	if err != nil {
		return rangeErr(tok, err)
	}
	switch crit {
	case specs.ByMemory:
		f.MemoryGiB = f.MemoryGiB.Intersect(r)
	case specs.ByGPUs:
		f.GPUs = f.GPUs.Intersect(r)
	case specs.ByGPUMemory:
		f.GPUMemoryPerGPUGiB = f.GPUMemoryPerGPUGiB.Intersect(r)
	case specs.ByTotalGPUMemory:
		f.GPUMemoryGiB = f.GPUMemoryGiB.Intersect(r)
	case specs.ByNetwork:
		f.NetworkGbps = f.NetworkGbps.Intersect(r)
	}
	return nil
}

func rangeErr(tok string, err error) error {
	var re *specs.RangeError
	if errors.As(err, &re) && re.Kind == specs.RangeMinMax {
		return i18n.Errorf("search.min_max", tok)
	}
	return i18n.Errorf("search.want_number", tok)
}
