package catalog

import (
	"github.com/gpuspec/gpuspec/internal/specs"
)

// WithSnapshot adds a synced region to a catalog. A type the catalog
// already has keeps its figures and facts (the document's win) and gains
// the region's zones and price; a type it lacks is added as the API gives
// it, with its family's facts when the family is known.
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
		if i, ok := index[row.Name]; ok {
			types[i].Zones, types[i].PricePerHour, types[i].Currency, types[i].FetchedAt = row.Zones, row.PricePerHour, row.Currency, row.FetchedAt
			continue
		}
		if fam := base.Family(row.Family); fam != nil {
			specs.ApplyFamily(&row, fam)
		}
		withArchitecture(base, &row)
		index[row.Name] = len(types)
		types = append(types, row)
	}
	return base.WithTypes(types)
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
