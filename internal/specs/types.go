// Package specs is gpuspec's domain: instance types, families and GPUs, the
// catalog from Alibaba Cloud's GPU overview document, ranges, filters, sorting
// and lookup. It does no I/O: values in, values out.
package specs

import (
	"time"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

// Availability says whether a type can be bought by anyone.
type Availability string

const (
	OnSale     Availability = "on-sale"
	InviteOnly Availability = "invite-only"
)

// Source says where a row or a figure comes from.
type Source string

const (
	FromDocument  Source = "document"  // Alibaba Cloud's GPU overview document
	FromAPI       Source = "api"       // the ECS API, by catalog sync
	FromFile      Source = "file"      // a user catalog file (--catalog)
	FromDatasheet Source = "datasheet" // NVIDIA's public datasheet for the GPU
	FromEstimate  Source = "estimate"  // derived by gpuspec, e.g. a vGPU slice's share
)

// InstanceType is one ECS instance type. Its keys in the list schema, which
// `list -o json|yaml|csv` prints and catalog files are read in, are declared
// once, in Fields. Pointer fields are null where the source has no figure,
// never 0.
//
// The family-level fields (Recommended, Availability, VGPU, Workloads) are
// defined once per family in the catalog and resolved onto each row when the
// catalog is built, so that queries read one struct.
type InstanceType struct {
	Name               string
	Family             string
	VCPU               int
	MemoryGiB          float64
	GPUModel           string
	GPUCount           float64
	GPUMemoryPerGPUGiB float64
	GPUMemoryGiB       float64
	NetworkGbps        float64
	PPS                int64
	StorageIOPS        *int64
	NICQueues          int
	ENIs               int
	PrivateIPsPerENI   *int
	IPv6PerENI         *int
	LocalStorageGiB    *float64
	Recommended        bool
	Availability       Availability
	VGPU               bool
	LicenseIncluded    bool
	Workloads          []Workload
	Zones              []string
	PricePerHour       *float64
	Currency           *string
	Source             Source
	FetchedAt          *time.Time
}

// ShortName is the name without the "ecs." prefix.
func (t *InstanceType) ShortName() string {
	if len(t.Name) > 4 && t.Name[:4] == "ecs." {
		return t.Name[4:]
	}
	return t.Name
}

// IsSlice reports whether the type has less than one whole GPU.
func (t *InstanceType) IsSlice() bool { return t.GPUCount > 0 && t.GPUCount < 1 }

// Family is an instance family: the facts the document gives once for all of
// its types.
type Family struct {
	Name    string
	Summary i18n.Text // a one-line description, in gpuspec's own words
	GPU     string    // key into the GPU table, e.g. "V100-SXM2-32GB"

	Interconnect i18n.Text // how the GPUs of one instance talk to each other
	Link         Link      // the same, for rules
	CPU          string    // model and generation, e.g. "Intel Xeon Platinum 8163 (Skylake)"
	CPUClockGHz  float64
	VCPUToMemory i18n.Text // the document's vCPU:memory ratio, as it states it
	LocalStorage i18n.Text // empty when the family has no local disks
	Disks        []DiskCategory
	DiskNote     i18n.Text // e.g. ESSD at up to a million IOPS
	IOOptimized  bool
	IPv6         bool
	Slices       i18n.Text // vGPU families: the slices the document lists

	Scenarios []Scenario
	// Recommended: in the document's recommended list (it advises these when
	// the others are sold out).
	Recommended  bool
	Availability Availability
	VGPU         bool
	Licensing    *Licensing
	Notes        []i18n.Text
	Source       Source

	// workloads caches Workloads(); rows of the family share it.
	workloads []Workload
}

// Link is how the GPUs of one instance are connected.
type Link string

const (
	LinkNone     Link = ""         // one GPU or one vGPU per instance, or unknown
	LinkPCIe     Link = "pcie"     // through the host's PCIe bus
	LinkNVLink   Link = "nvlink"   // NVLink between GPUs
	LinkNVSwitch Link = "nvswitch" // NVLink through NVSwitch, all to all
)

// Fast reports whether the link is NVLink or NVSwitch.
func (l Link) Fast() bool { return l == LinkNVLink || l == LinkNVSwitch }

// DiskCategory is an ECS cloud disk category, by its API name.
type DiskCategory string

const (
	DiskESSD       DiskCategory = "cloud_essd"
	DiskSSD        DiskCategory = "cloud_ssd"
	DiskEfficiency DiskCategory = "cloud_efficiency"
)

// Scenario is one application scenario of a family, mapped to a workload.
type Scenario struct {
	Workload Workload
	Text     i18n.Text
}

// Workloads lists the family's workload slugs, each once, in scenario
// order. Callers must not change the slice: the family's rows share it.
func (f *Family) Workloads() []Workload {
	if f.workloads != nil {
		return f.workloads
	}
	out := []Workload{}
	seen := map[Workload]bool{}
	for _, s := range f.Scenarios {
		if !seen[s.Workload] {
			seen[s.Workload] = true
			out = append(out, s.Workload)
		}
	}
	return out
}

// Licensing is what a vGPU family needs for graphics (OpenGL and the like).
type Licensing struct {
	When          i18n.Text // when a licence is needed at all
	IncludedTypes []string  // types that include the Quadro vWS licence
	Included      i18n.Text
	Windows       i18n.Text
	Linux         i18n.Text
}

// Includes reports whether the named type includes the licence.
func (l *Licensing) Includes(name string) bool {
	if l == nil {
		return false
	}
	for _, n := range l.IncludedTypes {
		if n == name {
			return true
		}
	}
	return false
}
