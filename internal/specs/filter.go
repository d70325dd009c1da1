package specs

import "strings"

// Filter selects instance types. Every set criterion must hold (AND); within
// a list (GPU models, families) any one may match (OR), except Workloads,
// where a type must serve every one.
type Filter struct {
	GPUModels          []string // gpu_model values, any case
	Families           []string
	VCPUs              Range[int]
	MemoryGiB          Range[float64]
	GPUs               Range[float64]
	GPUMemoryPerGPUGiB Range[float64]
	GPUMemoryGiB       Range[float64]
	NetworkGbps        Range[float64]
	VGPU               *bool // true: only vGPU types; false: only whole GPUs
	LicenseIncluded    *bool
	Workloads          []Workload
	// OnSaleOnly leaves out invitation-only types.
	OnSaleOnly bool
}

// Match reports whether the type passes the filter.
func (f *Filter) Match(it *InstanceType) bool {
	if len(f.GPUModels) > 0 && !containsFold(f.GPUModels, it.GPUModel) {
		return false
	}
	if len(f.Families) > 0 && !containsFold(f.Families, it.Family) {
		return false
	}
	if !f.VCPUs.Contains(it.VCPU) || !f.MemoryGiB.Contains(it.MemoryGiB) ||
		!f.GPUs.Contains(it.GPUCount) || !f.GPUMemoryPerGPUGiB.Contains(it.GPUMemoryPerGPUGiB) ||
		!f.GPUMemoryGiB.Contains(it.GPUMemoryGiB) || !f.NetworkGbps.Contains(it.NetworkGbps) {
		return false
	}
	if f.VGPU != nil && it.VGPU != *f.VGPU {
		return false
	}
	if f.LicenseIncluded != nil && it.LicenseIncluded != *f.LicenseIncluded {
		return false
	}
	for _, w := range f.Workloads {
		if !it.Serves(w) {
			return false
		}
	}
	if f.OnSaleOnly && it.Availability == InviteOnly {
		return false
	}
	return true
}

// Serves reports whether the type's family lists the workload.
func (it *InstanceType) Serves(w Workload) bool {
	for _, x := range it.Workloads {
		if x == w {
			return true
		}
	}
	return false
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// Query returns the catalog's types that pass the filter, in catalog order.
// The pointers point into the catalog.
func Query(c *Catalog, f Filter) []*InstanceType {
	out := make([]*InstanceType, 0, len(c.Types))
	for i := range c.Types {
		if f.Match(&c.Types[i]) {
			out = append(out, &c.Types[i])
		}
	}
	return out
}
