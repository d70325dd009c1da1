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

// Criterion names one criterion of a filter, by its flag.
type Criterion string

const (
	ByGPU             Criterion = "gpu"
	ByFamily          Criterion = "family"
	ByVCPUs           Criterion = "vcpus"
	ByMemory          Criterion = "memory"
	ByGPUs            Criterion = "gpus"
	ByGPUMemory       Criterion = "gpu-memory"
	ByTotalGPUMemory  Criterion = "total-gpu-memory"
	ByNetwork         Criterion = "network"
	ByVGPU            Criterion = "vgpu"
	ByLicenseIncluded Criterion = "license-included"
	ByWorkload        Criterion = "workload"
	ByAvailability    Criterion = "availability"
)

// Match reports whether the type passes the filter.
func (f *Filter) Match(it *InstanceType) bool { return f.Reject(it) == "" }

// Reject returns the first criterion the type fails, or "" when it passes.
func (f *Filter) Reject(it *InstanceType) Criterion {
	switch {
	case len(f.GPUModels) > 0 && !containsFold(f.GPUModels, it.GPUModel):
		return ByGPU
	case len(f.Families) > 0 && !containsFold(f.Families, it.Family):
		return ByFamily
	case !f.VCPUs.Contains(it.VCPU):
		return ByVCPUs
	case !f.MemoryGiB.Contains(it.MemoryGiB):
		return ByMemory
	case !f.GPUs.Contains(it.GPUCount):
		return ByGPUs
	case !f.GPUMemoryPerGPUGiB.Contains(it.GPUMemoryPerGPUGiB):
		return ByGPUMemory
	case !f.GPUMemoryGiB.Contains(it.GPUMemoryGiB):
		return ByTotalGPUMemory
	case !f.NetworkGbps.Contains(it.NetworkGbps):
		return ByNetwork
	case f.VGPU != nil && it.VGPU != *f.VGPU:
		return ByVGPU
	case f.LicenseIncluded != nil && it.LicenseIncluded != *f.LicenseIncluded:
		return ByLicenseIncluded
	case f.OnSaleOnly && it.Availability == InviteOnly:
		return ByAvailability
	}
	for _, w := range f.Workloads {
		if !it.Serves(w) {
			return ByWorkload
		}
	}
	return ""
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
