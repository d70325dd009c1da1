package catalog

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// SnapshotVersion is the cache file's format version. Version 1 read the
// API's bandwidth and slices wrongly; its files are ignored, with a word
// to sync again.
const SnapshotVersion = 2

// Snapshot is one region as a sync saw it: what the cache file holds.
type Snapshot struct {
	Version   int                  `json:"version"`
	Region    string               `json:"region"`
	FetchedAt time.Time            `json:"fetched_at"`
	Prices    bool                 `json:"prices"`
	Types     []specs.InstanceType `json:"instance_types"`
	// PriceRefusals are the types DescribePrice would not price, with the
	// API's reasons.
	PriceRefusals []PriceRefusal `json:"price_refusals"`
	// Dropped are the API's rows that failed the checks every row must
	// pass; a sync reports them and never saves them.
	Dropped []Dropped `json:"-"`
}

// Dropped is a row of an API answer left out, and why.
type Dropped struct {
	// Name is the row's instance type, its control characters escaped.
	Name    string
	Problem *specs.Problem
}

// Check applies to a snapshot read from the cache the checks every row
// must pass: a file that fails them was not written by gpuspec as it is.
func (s *Snapshot) Check() error {
	if !ValidRegion(s.Region) {
		return fmt.Errorf("region %q is not a region ID", specs.EscapeControl(s.Region))
	}
	for i := range s.Types {
		if p := specs.CheckRow(&s.Types[i]); p != nil {
			return fmt.Errorf("instance_types[%d] (%s): %v", i, specs.EscapeControl(s.Types[i].Name), p)
		}
	}
	for _, r := range s.PriceRefusals {
		for _, text := range []string{r.InstanceType, r.Code, r.Message} {
			if specs.EscapeControl(text) != text {
				return fmt.Errorf("price_refusals: %s: control characters", specs.EscapeControl(r.InstanceType))
			}
		}
	}
	return nil
}

// The API's categories that say what a type is.
const (
	categoryVisual    = "Visual Compute-optimized"
	categoryBareMetal = "ECS Bare Metal"
)

// kbpsPerGbps is how the API counts a Gbit/s: its bandwidth is in Kbit/s,
// and 1 Gbit/s is reported as 1,024,000 (20 Gbit/s as 20,480,000).
const kbpsPerGbps = 1_024_000

// FromAPI maps an API type onto the list schema, in plain units, reading
// its GPUs against base: a vGPU slice (reported as one GPU with the
// slice's memory) gets its fraction of the card; the API's stock in each
// zone gives zones, zones_sold_out, retiring and availability.
func FromAPI(base *specs.Catalog, a APIType, zones []ZoneStatus, price *Price, region string, fetched time.Time) specs.InstanceType {
	it := specs.InstanceType{
		Name:      a.InstanceTypeID,
		Family:    strings.TrimPrefix(strings.ToLower(a.Family), "ecs."),
		VCPU:      a.CPUCoreCount,
		MemoryGiB: a.MemorySizeGiB,
		PPS:       ptr(a.PPSRx),
		NICQueues: a.PrimaryENIQueues,
		ENIs:      a.ENIQuantity,
		VGPU:      a.Category == categoryVisual,
		BareMetal: a.Category == categoryBareMetal,
		BootModes: slices.Clone(a.BootModes),
		Workloads: []specs.Workload{},
		Source:    specs.FromAPI,
		Region:    ptr(region),
		// Alibaba Cloud names the types that include the vWS licence
		// with -vws.
		LicenseIncluded: strings.Contains(a.InstanceTypeID, "-vws"),
	}
	if it.Family == "" {
		it.Family = specs.FamilyOfTypeName(it.Name)
	}
	// The documents' figure is the inbound baseline; Tx stands in where
	// Rx is missing.
	kbps := a.BandwidthRxKbps
	if kbps == 0 {
		kbps = a.BandwidthTxKbps
	}
	it.NetworkGbps = math.Round(float64(kbps)/kbpsPerGbps*1000) / 1000
	if doc := base.Type(it.Name); doc != nil && doc.VGPU {
		it.VGPU = true
	} else if fam := base.Family(it.Family); fam != nil && fam.VGPU {
		it.VGPU = true
	}
	gpuFigures(base, a, &it)
	if n := a.SecondaryENIQueues; n > 0 {
		it.NICQueuesSecondary = ptr(n)
	}
	if n := a.ENIPrivateIPQuantity; n > 0 {
		it.PrivateIPsPerENI = ptr(n)
	}
	if n := a.ENIIPv6Quantity; n > 0 {
		it.IPv6PerENI = ptr(n)
	}
	if a.EriQuantity > 0 {
		it.EriQuantity = ptr(a.EriQuantity)
	}
	if arch, ok := normalizeArch(a.CPUArchitecture); ok {
		it.CPUArchitecture = &arch
	}
	if a.LocalStorageGiB > 0 {
		total := float64(a.LocalStorageGiB) * float64(max(a.LocalStorageAmount, 1))
		it.LocalStorageGiB = &total
	}
	stock(&it, zones)
	if price != nil {
		p, cur := price.PerHour, price.Currency
		it.PricePerHour, it.Currency = &p, &cur
	}
	t := fetched.UTC()
	it.FetchedAt = &t
	return it
}

func normalizeArch(s string) (string, bool) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "X86", "X86_64":
		return "X86", true
	case "ARM", "ARM64":
		return "ARM", true
	}
	return "", false
}

// gpuFigures reads the API's GPU figures. GPUAmount is a whole number and
// a vGPU slice is reported as one GPU with the slice's memory, so a type
// is a share of a card when its memory per GPU is less than the card's of
// that model: a vGPU type's slice (2 GiB of a 24 GB A10 is 1/12), or one
// GPU of a multi-GPU board (16 GiB of a 64 GB A16 is 1/4). Where the card
// is unknown, the built-in row of the type settles it; where nothing does,
// a vGPU type's count is unknown (null), never one whole GPU.
func gpuFigures(base *specs.Catalog, a APIType, it *specs.InstanceType) {
	model := specs.NormalizeGPUModel(a.GPUSpec)
	if model != "" {
		it.GPUModel, it.GPUModelSource = &model, ptr(string(specs.FromAPI))
	}
	n, mem := float64(a.GPUAmount), a.GPUMemorySizeGiB
	if n == 0 && model != "" {
		n = 1
	}
	whole := func() {
		it.GPUCount, it.GPUMemoryPerGPUGiB, it.GPUMemoryGiB = ptr(n), ptr(mem), ptr(n*mem)
	}
	if mem <= 0 {
		it.GPUCount = ptr(n)
		return
	}
	if card, ok := cardOf(base, model, mem); ok {
		switch ratio := card / mem; {
		case math.Abs(card-mem) < 0.5:
			whole()
		case it.VGPU || math.Abs(ratio-math.Round(ratio)) < 0.01:
			it.GPUCount, it.GPUMemoryPerGPUGiB, it.GPUMemoryGiB = ptr(n*mem/card), ptr(card), ptr(n*mem)
		default:
			whole()
		}
		return
	}
	if doc := base.Type(a.InstanceTypeID); doc != nil && (doc.VGPU || it.VGPU) {
		// The documents' count and card for this very type.
		it.GPUCount, it.GPUMemoryPerGPUGiB, it.GPUMemoryGiB = doc.GPUCount, doc.GPUMemoryPerGPUGiB, ptr(n*mem)
		return
	}
	if it.VGPU {
		it.GPUMemoryGiB = ptr(n * mem)
		return
	}
	whole()
}

// cardOf is the memory of the model's card that a GPU of mem GiB is, or a
// share of: the card of that memory, else the smallest larger one.
func cardOf(base *specs.Catalog, model string, mem float64) (float64, bool) {
	if model == "" {
		return 0, false
	}
	best := 0.0
	for i := range base.GPUs {
		g := &base.GPUs[i]
		if !strings.EqualFold(g.Model, model) || !g.MemoryGiB.Known() {
			continue
		}
		m := g.MemoryGiB.Value
		if math.Abs(m-mem) < 0.5 {
			return m, true
		}
		if m > mem && (best == 0 || m < best) {
			best = m
		}
	}
	return best, best > 0
}

// stock reads a type's StatusCategory in each zone: WithStock is in stock;
// ClosedWithStock is being withdrawn, still sold while stock lasts;
// WithoutStock is sold out; ClosedWithoutStock is no longer sold there.
func stock(it *specs.InstanceType, zones []ZoneStatus) {
	it.Zones, it.ZonesSoldOut = []string{}, []string{}
	var open, closedStock, anyClosed bool
	for _, z := range zones {
		switch z.Category {
		case "WithStock":
			it.Zones = append(it.Zones, z.Zone)
			open = true
		case "ClosedWithStock":
			it.Zones = append(it.Zones, z.Zone)
			closedStock, anyClosed = true, true
		case "WithoutStock":
			it.ZonesSoldOut = append(it.ZonesSoldOut, z.Zone)
			open = true
		case "ClosedWithoutStock":
			anyClosed = true
		}
	}
	sort.Strings(it.Zones)
	sort.Strings(it.ZonesSoldOut)
	it.Retiring = anyClosed && !open
	inStock := false
	for _, z := range zones {
		inStock = inStock || z.Category == "WithStock"
	}
	switch {
	case inStock:
		it.Availability = specs.OnSale
	case closedStock:
		it.Availability = specs.Retiring
	case len(it.ZonesSoldOut) > 0:
		it.Availability = specs.SoldOut
	default:
		it.Availability = specs.NotOffered
	}
}

func ptr[T any](v T) *T { return &v }
