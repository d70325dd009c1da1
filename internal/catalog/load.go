package catalog

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"strconv"

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
	// MaxFileBytes bounds each file; 0: DefaultMaxFileBytes.
	MaxFileBytes int64
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

// DefaultMaxFileBytes bounds a catalog file unless told otherwise
// (GPUSPEC_MAX_CATALOG_BYTES): far past a catalog of every instance type
// there is, and short of what would exhaust a machine's memory.
const DefaultMaxFileBytes = 256 << 20

// TooLargeError is a file past its bound: /dev/zero, a FIFO fed for ever,
// a file of gigabytes.
type TooLargeError struct {
	File  string
	Limit int64
}

func (e *TooLargeError) Error() string { return e.In(i18n.EN) }
func (e *TooLargeError) In(l i18n.Lang) string {
	return i18n.Errorf("err.catalog_too_large", e.File, FormatBytes(e.Limit)).In(l)
}

// FormatBytes writes a size in the largest binary unit that divides it:
// 256 MiB, 1 GiB, 1000 bytes.
func FormatBytes(n int64) string {
	for _, u := range []struct {
		size int64
		name string
	}{{1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}} {
		if n >= u.size && n%u.size == 0 {
			return strconv.FormatInt(n/u.size, 10) + " " + u.name
		}
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// ReadFileLimited reads a whole file of at most limit bytes: a regular
// file larger than that is refused before it is read, anything else (a
// device, a FIFO) is read up to the limit and refused past it. The file
// is read into memory, not mapped, so another process truncating or
// rewriting it meanwhile cannot crash the reader.
func ReadFileLimited(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		if st.Size() > limit {
			return nil, &TooLargeError{File: name, Limit: limit}
		}
		// One buffer of the file's size, and a little more in case it
		// grows while it is read.
		buf := bytes.NewBuffer(make([]byte, 0, st.Size()+512))
		if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
			return nil, err
		}
		if int64(buf.Len()) > limit {
			return nil, &TooLargeError{File: name, Limit: limit}
		}
		return buf.Bytes(), nil
	}
	// A device or a FIFO: chunks of 4 MiB, joined once the end is in
	// (growing one buffer would copy and fault far more).
	var chunks [][]byte
	var total int64
	for total <= limit {
		c := make([]byte, min(4<<20, limit+1-total))
		n, err := io.ReadFull(f, c)
		chunks = append(chunks, c[:n])
		total += int64(n)
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if total > limit {
		return nil, &TooLargeError{File: name, Limit: limit}
	}
	return bytes.Join(chunks, nil), nil
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
	limit := src.MaxFileBytes
	if limit <= 0 {
		limit = DefaultMaxFileBytes
	}
	for _, name := range src.Files {
		data, err := ReadFileLimited(name, limit)
		if err != nil {
			var big *TooLargeError
			if errors.As(err, &big) {
				return nil, err
			}
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
