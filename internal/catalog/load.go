package catalog

import (
	"errors"
	"io/fs"
	"os"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Sources says what the catalog holds besides the built-in document.
type Sources struct {
	// Edition is the built-in catalog the rest layers over.
	Edition specs.Edition
	// CacheDir holds the synced regions; "" when there is none.
	CacheDir string
	// Regions picks synced regions: the catalog is then their types alone,
	// a row per region. None: the newest synced region, layered over the
	// built-in edition.
	Regions []string
	// Offline leaves the synced regions out.
	Offline bool
	// Files are --catalog files, applied in order.
	Files []string
	// Warn is told of a cache that does not load and is skipped.
	Warn func(error)
}

// Loaded is the catalog and where its parts came from.
type Loaded struct {
	Catalog  *specs.Catalog
	CacheDir string
	// InUse are the synced regions in use and their cache files.
	InUse   []InUse
	Files   []LoadedFile
	Offline bool
}

// InUse is a synced region a catalog is built from.
type InUse struct {
	Snapshot *Snapshot
	Path     string
}

// LoadedFile is one --catalog file and how many rows it gave.
type LoadedFile struct {
	Path  string
	Types int
}

// RegionError is a --region that is not synced: a name not found.
type RegionError struct{ Region string }

func (e *RegionError) Error() string { return e.In(i18n.EN) }
func (e *RegionError) In(l i18n.Lang) string {
	return i18n.Errorf("err.region_not_synced", e.Region).In(l)
}

// OpenError is a --catalog file that cannot be read: a usage error.
type OpenError struct {
	File string
	Err  error
}

func (e *OpenError) Error() string { return e.In(i18n.EN) }
func (e *OpenError) Unwrap() error { return e.Err }
func (e *OpenError) In(l i18n.Lang) string {
	if errors.Is(e.Err, fs.ErrNotExist) {
		return i18n.Errorf("err.catalog_missing", e.File).In(l)
	}
	return i18n.Errorf("err.catalog_unreadable", e.File, FirstLine(e.Err.Error())).In(l)
}

// Load builds the catalog: the document, then the synced region (the one
// asked for, else the newest), then each file in order.
func Load(src Sources) (*Loaded, error) {
	l := &Loaded{Catalog: specs.Builtin(src.Edition), CacheDir: src.CacheDir, Offline: src.Offline}
	switch {
	case !src.Offline && src.CacheDir != "":
		if err := l.addCache(src); err != nil {
			return nil, err
		}
	case len(src.Regions) > 0:
		// No cache directory: no region can have been synced.
		return nil, &RegionError{Region: src.Regions[0]}
	}
	for _, name := range src.Files {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, &OpenError{File: name, Err: err}
		}
		next, n, err := ApplyFile(l.Catalog, name, data)
		if err != nil {
			return nil, err
		}
		l.Catalog = next
		l.Files = append(l.Files, LoadedFile{Path: name, Types: n})
	}
	return l, nil
}

func (l *Loaded) addCache(src Sources) error {
	if len(src.Regions) == 0 {
		snap, path, errs := Newest(src.CacheDir)
		for _, e := range errs {
			if src.Warn != nil {
				src.Warn(e)
			}
		}
		if snap != nil {
			l.InUse = []InUse{{Snapshot: snap, Path: path}}
		}
		l.Catalog = WithSnapshot(l.Catalog, snap)
		return nil
	}
	snaps := make([]*Snapshot, 0, len(src.Regions))
	for _, region := range src.Regions {
		path := CachePath(src.CacheDir, region)
		snap, err := LoadSnapshot(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return &RegionError{Region: region}
		case err != nil:
			var stale *StaleCacheError
			if errors.As(err, &stale) {
				return i18n.Errorf("err.cache_stale", path, stale.Version, SnapshotVersion, stale.Region)
			}
			var ce *CacheError
			if errors.As(err, &ce) {
				err = ce.Err
			}
			return i18n.Errorf("err.cache_unreadable", path, FirstLine(err.Error()))
		}
		l.InUse = append(l.InUse, InUse{Snapshot: snap, Path: path})
		snaps = append(snaps, snap)
	}
	l.Catalog = FromRegions(l.Catalog, snaps)
	return nil
}

// FirstLine keeps the first line of a message from outside gpuspec (the
// OS, a decoder): a user sees one clear line, never a trace.
func FirstLine(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}
