package catalog

import (
	"github.com/gpuspec/gpuspec/internal/specs"
)

// WithSnapshot layers a synced region over a catalog. A type the catalog
// has takes the API's figures for what the API knows, keeps the
// documents' facts, and gains the region's stock and price, in its place;
// a type it lacks is added as the API gives it, with its family's facts
// when the family is known.
func WithSnapshot(base *specs.Catalog, snap *Snapshot) *specs.Catalog {
	if snap == nil {
		return base
	}
	types := make([]specs.InstanceType, 0, len(base.Types)+len(snap.Types))
	types = append(types, base.Types...)
	index := make(map[string]int, len(types))
	for i := range types {
		index[types[i].Name] = i
	}
	for _, row := range snap.Types {
		merged := Merge(base, row)
		if i, ok := index[row.Name]; ok {
			types[i] = merged
			continue
		}
		index[row.Name] = len(types)
		types = append(types, merged)
	}
	return base.WithTypes(types)
}

// FromRegions is the catalog of the synced regions alone: each region's
// types, merged with what base knows of them, each row naming its region.
// A type two regions sell is two rows; a type no region lists is left out.
func FromRegions(base *specs.Catalog, snaps []*Snapshot) *specs.Catalog {
	var types []specs.InstanceType
	for _, snap := range snaps {
		for _, row := range snap.Types {
			types = append(types, Merge(base, row))
		}
	}
	if types == nil {
		types = []specs.InstanceType{}
	}
	return base.WithTypes(types)
}

// Merge puts a synced row together with what base knows of the type: the
// API's figures where it gives them, the documents' facts (family facts,
// scenarios and workloads, licence rules, recommended, editions, the
// figures the API does not report), and the region's stock and price.
func Merge(base *specs.Catalog, api specs.InstanceType) specs.InstanceType {
	doc := base.Type(api.Name)
	if doc == nil {
		row := api
		if fam := base.Family(row.Family); fam != nil {
			availability := row.Availability
			specs.ApplyFamily(&row, fam)
			row.Availability = availability
			row.VGPU = row.VGPU || api.VGPU
			row.LicenseIncluded = row.LicenseIncluded || api.LicenseIncluded
		}
		withArchitecture(base, &row)
		return row
	}
	row := *doc
	row.VCPU, row.MemoryGiB, row.NetworkGbps = api.VCPU, api.MemoryGiB, api.NetworkGbps
	if api.GPUCount != nil || doc.GPUCount == nil {
		row.GPUCount, row.GPUMemoryPerGPUGiB = api.GPUCount, api.GPUMemoryPerGPUGiB
	}
	if api.GPUMemoryGiB != nil {
		row.GPUMemoryGiB = api.GPUMemoryGiB
	}
	// The documents' model stands where they name one; the API's fills a
	// model they do not name, or one gpuspec only inferred.
	if m := api.GPUModel; m != nil && (doc.GPUModel == nil || deref(doc.GPUModelSource) == string(specs.FromInference)) {
		row.GPUModel, row.GPUModelSource = m, ptr(string(specs.FromAPI))
	}
	keep := func(dst **int, v *int) {
		if v != nil {
			*dst = v
		}
	}
	if api.PPS != nil {
		row.PPS = api.PPS
	}
	row.NICQueues, row.ENIs = api.NICQueues, api.ENIs
	keep(&row.NICQueuesSecondary, api.NICQueuesSecondary)
	keep(&row.PrivateIPsPerENI, api.PrivateIPsPerENI)
	keep(&row.IPv6PerENI, api.IPv6PerENI)
	keep(&row.EriQuantity, api.EriQuantity)
	if api.LocalStorageGiB != nil {
		row.LocalStorageGiB = api.LocalStorageGiB
	}
	if api.CPUArchitecture != nil {
		row.CPUArchitecture = api.CPUArchitecture
	}
	if api.BootModes != nil {
		row.BootModes = api.BootModes
	}
	row.BareMetal = row.BareMetal || api.BareMetal
	row.VGPU = row.VGPU || api.VGPU
	row.Region, row.Zones, row.ZonesSoldOut, row.Retiring = api.Region, api.Zones, api.ZonesSoldOut, api.Retiring
	row.Availability = api.Availability
	row.PricePerHour, row.Currency, row.FetchedAt = api.PricePerHour, api.Currency, api.FetchedAt
	row.Source = specs.FromAPI
	return row
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// WithRows adds or replaces types, such as a catalog file's.
func WithRows(base *specs.Catalog, rows []specs.InstanceType) *specs.Catalog {
	if len(rows) == 0 {
		return base
	}
	types := make([]specs.InstanceType, 0, len(base.Types)+len(rows))
	types = append(types, base.Types...)
	types = append(types, rows...) // NewCatalog lets a later row of a name replace an earlier one
	return base.WithTypes(types)
}
