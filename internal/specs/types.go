// Package specs is gpuspec's domain: instance types, families and GPUs, the
// catalog from Alibaba Cloud's GPU overview document, ranges, filters, sorting
// and lookup. It does no I/O: values in, values out.
package specs

import (
	"strings"
	"time"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

// Availability says whether a type can be bought by anyone.
type Availability string

const (
	OnSale       Availability = "on-sale"
	InviteOnly   Availability = "invite-only"   // an invitational preview, or a ticket is needed
	ContactSales Availability = "contact-sales" // only in some regions, through Alibaba Cloud's sales
	Retired      Availability = "retired"       // listed only by the original edition

	// What a sync finds of a type in a region (DescribeAvailableResource).
	SoldOut    Availability = "sold-out"    // offered, no zone has stock now
	Retiring   Availability = "retiring"    // being withdrawn: sold only while stock lasts
	NotOffered Availability = "not-offered" // listed by the API, but no zone sells it
)

// Buyable reports whether anyone can buy the type without asking first.
func (a Availability) Buyable() bool { return a == OnSale }

// Unavailable reports whether a type cannot simply be bought now: by
// invitation, through sales, sold out or not offered in its region.
// Retired and retiring types are neither: the first are hidden, the
// second still sold while stock lasts.
func (a Availability) Unavailable() bool {
	return a == InviteOnly || a == ContactSales || a == SoldOut || a == NotOffered
}

// Source says where a row or a figure comes from.
type Source string

const (
	FromDocument  Source = "document"  // Alibaba Cloud's GPU overview document
	FromAPI       Source = "api"       // the ECS API, by catalog sync
	FromFile      Source = "file"      // a user catalog file (--catalog)
	FromDatasheet Source = "datasheet" // NVIDIA's public datasheet for the GPU
	FromEstimate  Source = "estimate"  // derived by gpuspec, e.g. a vGPU slice's share
	// FromInference: the documents do not say it, but what they say
	// leaves one answer; the reasoning is given with it.
	FromInference Source = "inferred"
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
	Name      string
	Family    string
	VCPU      int
	MemoryGiB float64
	// GPUModel is the model the sources name ("A10"); nil where they name
	// none. GPUModelSource says whether a document names it or it is
	// inferred from what they say.
	GPUModel        *string
	GPUModelSource  *string
	GPUArchitecture *string
	// GPUCount is a fraction for a vGPU slice (1/12 is 0.0833…);
	// GPUMemoryPerGPUGiB is the whole card's and GPUMemoryGiB the
	// instance's. Each is nil where the sources do not give it.
	GPUCount           *float64
	GPUMemoryPerGPUGiB *float64
	GPUMemoryGiB       *float64
	NetworkGbps        float64
	NetworkBurstGbps   *float64
	PPS                *int64
	StorageIOPS        *int64 // cloud disks' baseline IOPS
	DiskBandwidthGBps  *float64
	MaxDisks           *int
	NICQueues          int
	NICQueuesSecondary *int
	ENIs               int
	PrivateIPsPerENI   *int
	IPv6PerENI         *int
	LocalStorageGiB    *float64
	// CPUArchitecture is X86 or ARM, as the API spells them.
	CPUArchitecture *string
	EriQuantity     *int     // elastic RDMA interfaces
	BootModes       []string // BIOS, UEFI; nil where not known
	BareMetal       bool
	SharedCPU       bool
	Recommended     bool
	Availability    Availability
	VGPU            bool
	LicenseIncluded bool
	Workloads       []Workload
	// Editions are the editions of the GPU overview that list the type.
	Editions []string
	// What a sync found in Region: the zones with stock, those sold out,
	// and whether the region is withdrawing the type.
	Region       *string
	Zones        []string
	ZonesSoldOut []string
	Retiring     bool
	PricePerHour *float64
	Currency     *string
	Source       Source
	FetchedAt    *time.Time
}

// ShortName is the name without the "ecs." prefix.
func (t *InstanceType) ShortName() string {
	if len(t.Name) > 4 && t.Name[:4] == "ecs." {
		return t.Name[4:]
	}
	return t.Name
}

// IsSlice reports whether the type has less than one whole GPU.
func (t *InstanceType) IsSlice() bool { n := t.GPUs(); return n > 0 && n < 1 }

// Model is the GPU model, or "" where the sources name none.
func (t *InstanceType) Model() string { return deref(t.GPUModel) }

// GPUs is the GPU count, or 0 where the sources do not give it.
func (t *InstanceType) GPUs() float64 { return deref(t.GPUCount) }

// MemoryPerGPU is a whole card's memory in GiB, or 0 where unknown.
func (t *InstanceType) MemoryPerGPU() float64 { return deref(t.GPUMemoryPerGPUGiB) }

// GPUMemory is the instance's GPU memory in GiB, or 0 where unknown.
func (t *InstanceType) GPUMemory() float64 { return deref(t.GPUMemoryGiB) }

// DeviceMemory is the GPU memory one device of the type holds: a whole
// card's, or a slice's; 0 where unknown.
func (t *InstanceType) DeviceMemory() float64 {
	if n := t.GPUs(); n > 0 && n < 1 || t.GPUCount == nil {
		return t.GPUMemory()
	}
	return t.MemoryPerGPU()
}

func deref[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// Family is an instance family: the facts the document gives once for all of
// its types.
type Family struct {
	Name    string
	Summary i18n.Text // a one-line description, in gpuspec's own words
	GPU     string    // key into the GPU table, e.g. "V100-SXM2-32GB"

	Interconnect i18n.Text // how the GPUs of one instance talk to each other
	Link         Link      // the same, for rules
	CPU          string    // model and generation, e.g. "Intel Xeon Platinum 8163 (Skylake)"; "" where not stated
	CPUClockGHz  float64
	CPUNote      i18n.Text // what else the pages say of it: turbo clocks
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
	BareMetal    bool     // an ECS Bare Metal family: the whole host
	SharedCPU    bool     // vCPUs shared with other instances (oversold)
	BootModes    []string // UEFI where the pages say images must boot so; nil: not said
	Licensing    *Licensing
	Notes        []i18n.Text
	Source       Source
	// ModelReasoning, when set, says why gpuspec gives the family's GPU a
	// model the pages do not name: its gpu_model is inferred.
	ModelReasoning i18n.Text

	// workloads caches Workloads(); rows of the family share it.
	workloads []Workload
}

// The CPU architectures, as the API spells them; rows share these.
var (
	x86 = "X86"
	arm = "ARM"
)

// CPUArchitecture is what the family's CPU is built on, from its name:
// Intel Xeon and AMD EPYC are X86, Ampere Altra is ARM; nil where the
// pages name no CPU.
func (f *Family) CPUArchitecture() *string {
	switch {
	case strings.Contains(f.CPU, "Intel") || strings.Contains(f.CPU, "AMD"):
		return &x86
	case strings.Contains(f.CPU, "Ampere"):
		return &arm
	}
	return nil
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
	DiskESSD         DiskCategory = "cloud_essd"
	DiskESSDAutoPL   DiskCategory = "cloud_auto"
	DiskRegionalESSD DiskCategory = "cloud_regional_disk_auto"
	DiskEphemeral    DiskCategory = "elastic_ephemeral_disk"
	DiskSSD          DiskCategory = "cloud_ssd"
	DiskEfficiency   DiskCategory = "cloud_efficiency"
)

// Scenario is one application scenario of a family, mapped to a workload.
type Scenario struct {
	Workload Workload
	Text     i18n.Text
}

// Workloads lists the family's workload slugs, each once, in scenario
// order, then the broader ones they imply (llm-inference: inference).
// Callers must not change the slice: the family's rows share it.
func (f *Family) Workloads() []Workload {
	if f.workloads != nil {
		return f.workloads
	}
	out := []Workload{}
	seen := map[Workload]bool{}
	add := func(w Workload) {
		if w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, s := range f.Scenarios {
		add(s.Workload)
	}
	for _, s := range f.Scenarios {
		add(Implied(s.Workload))
	}
	return out
}

// Licensing is what a vGPU family needs for graphics (OpenGL and the like).
type Licensing struct {
	When          i18n.Text // when a licence is needed at all
	AllIncluded   bool      // every type of the family includes a vWS licence
	IncludedTypes []string  // else the types that include the Quadro vWS licence
	Included      i18n.Text
	Windows       i18n.Text
	Linux         i18n.Text
}

// Includes reports whether the named type includes the licence.
func (l *Licensing) Includes(name string) bool {
	if l == nil {
		return false
	}
	if l.AllIncluded {
		return true
	}
	for _, n := range l.IncludedTypes {
		if n == name {
			return true
		}
	}
	return false
}
