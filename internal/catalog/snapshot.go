package catalog

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// SnapshotVersion is the cache file's format version.
const SnapshotVersion = 1

// Snapshot is one region as a sync saw it: what the cache file holds.
type Snapshot struct {
	Version   int                  `json:"version"`
	Region    string               `json:"region"`
	FetchedAt time.Time            `json:"fetched_at"`
	Prices    bool                 `json:"prices"`
	Types     []specs.InstanceType `json:"instance_types"`
}

// gpuCategories are the DescribeInstanceTypes categories of GPU types.
var gpuCategories = []string{"Compute-optimized with GPU", "Visual Compute-optimized"}

// GPUCategories returns the instance categories a sync asks for.
func GPUCategories() []string { return slices.Clone(gpuCategories) }

// FromAPI maps an API type onto the list schema, in plain units:
// InstanceBandwidthRx is in Kbit/s with 1024-based prefixes, so Gbit/s is
// Kbit/s / 1024²; GPUMemorySize is per GPU; "NVIDIA A10" is gpu_model A10.
func FromAPI(a APIType, zones []string, price *Price, fetched time.Time) specs.InstanceType {
	it := specs.InstanceType{
		Name:               a.InstanceTypeID,
		Family:             strings.TrimPrefix(a.Family, "ecs."),
		VCPU:               a.CPUCoreCount,
		MemoryGiB:          a.MemorySizeGiB,
		GPUCount:           ptr(float64(a.GPUAmount)),
		GPUMemoryPerGPUGiB: ptr(a.GPUMemorySizeGiB),
		GPUMemoryGiB:       ptr(float64(a.GPUAmount) * a.GPUMemorySizeGiB),
		NetworkGbps:        math.Round(float64(a.BandwidthRxKbps)/1024/1024*1000) / 1000,
		PPS:                ptr(a.PPSRx),
		NICQueues:          a.PrimaryENIQueues,
		ENIs:               a.ENIQuantity,
		Availability:       specs.OnSale,
		VGPU:               a.Category == "Visual Compute-optimized",
		// Alibaba Cloud names the types that include the Quadro vWS
		// licence with -vws, as the document's vgn6i types are.
		LicenseIncluded: strings.Contains(a.InstanceTypeID, "-vws"),
		Workloads:       []specs.Workload{},
		Source:          specs.FromAPI,
	}
	if it.Family == "" {
		it.Family = specs.FamilyOfTypeName(it.Name)
	}
	if m := specs.NormalizeGPUModel(a.GPUSpec); m != "" {
		it.GPUModel = &m
	}
	if a.ENIPrivateIPQuantity > 0 {
		n := a.ENIPrivateIPQuantity
		it.PrivateIPsPerENI = &n
	}
	if a.LocalStorageGiB > 0 {
		total := float64(a.LocalStorageGiB) * float64(max(a.LocalStorageAmount, 1))
		it.LocalStorageGiB = &total
	}
	addLive(&it, zones, price, fetched)
	return it
}

// addLive puts what only a sync knows onto a row: its zones and price.
func addLive(it *specs.InstanceType, zones []string, price *Price, fetched time.Time) {
	it.Zones = slices.Clone(zones)
	if it.Zones == nil {
		it.Zones = []string{}
	}
	if price != nil {
		p, cur := price.PerHour, price.Currency
		it.PricePerHour, it.Currency = &p, &cur
	}
	t := fetched.UTC()
	it.FetchedAt = &t
}

func ptr[T any](v T) *T { return &v }
