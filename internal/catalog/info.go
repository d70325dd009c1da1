package catalog

import (
	"time"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// Info describes where the catalog comes from and what the cache holds.
type Info struct {
	// The built-in edition, its types (retired ones among them) and
	// families.
	Edition                         specs.Edition
	DocumentTypes, DocumentFamilies int
	RetiredTypes                    int
	// Synced are the regions in use.
	Synced  []RegionInfo
	Offline bool
	Files   []LoadedFile
	// The whole catalog.
	Types, Families int
	GPUModels       []string
	CacheDir        string
	Cached          []RegionInfo
}

// RegionInfo describes one synced region.
type RegionInfo struct {
	Region    string
	FetchedAt time.Time
	Types     int
	New       int // not in the built-in edition
	// The types by what DescribeAvailableResource says of them.
	OnSale, SoldOut, Retiring, NotOffered int
	WithZones                             int
	WithPrices                            int
	Prices                                bool // prices were asked for
	// PriceRefusals are the types DescribePrice would not price, and why.
	PriceRefusals []PriceRefusal
	// Dropped counts the rows of the API's answer left out by the checks.
	Dropped    int
	Path       string
	InUse      bool
	Unreadable string // why the cache file does not load, or ""
}

// Describe reads the cache directory and describes the loaded catalog.
func Describe(l *Loaded) Info {
	doc := specs.Builtin(l.Catalog.Edition)
	info := Info{
		Edition: doc.Edition, DocumentTypes: len(doc.Types), DocumentFamilies: len(doc.Families),
		Offline: l.Offline, Files: l.Files,
		Types: len(l.Catalog.Types), Families: len(l.Catalog.FamilyNames()), GPUModels: l.Catalog.GPUModels(),
		CacheDir: l.CacheDir,
	}
	for i := range doc.Types {
		if doc.Types[i].Availability == specs.Retired {
			info.RetiredTypes++
		}
	}
	inUse := map[string]bool{}
	for _, u := range l.InUse {
		s := DescribeSnapshot(doc, u.Snapshot, u.Path)
		s.InUse = true
		info.Synced = append(info.Synced, s)
		inUse[u.Path] = true
	}
	paths, _ := Cached(l.CacheDir)
	for _, path := range paths {
		snap, err := LoadSnapshot(path)
		if err != nil {
			info.Cached = append(info.Cached, RegionInfo{Path: path, Unreadable: FirstLine(err.Error())})
			continue
		}
		s := DescribeSnapshot(doc, snap, path)
		s.InUse = inUse[path]
		info.Cached = append(info.Cached, s)
	}
	return info
}

// DescribeSnapshot counts what a synced region holds, and how many of its
// types the built-in catalog doc lacks.
func DescribeSnapshot(doc *specs.Catalog, snap *Snapshot, path string) RegionInfo {
	s := RegionInfo{Region: snap.Region, FetchedAt: snap.FetchedAt, Types: len(snap.Types), Path: path,
		Prices: snap.Prices, PriceRefusals: snap.PriceRefusals, Dropped: len(snap.Dropped)}
	for _, it := range snap.Types {
		if doc.Type(it.Name) == nil {
			s.New++
		}
		switch it.Availability {
		case specs.OnSale:
			s.OnSale++
		case specs.SoldOut:
			s.SoldOut++
		case specs.Retiring:
			s.Retiring++
		case specs.NotOffered:
			s.NotOffered++
		}
		if len(it.Zones) > 0 {
			s.WithZones++
		}
		if it.PricePerHour != nil {
			s.WithPrices++
		}
	}
	return s
}
