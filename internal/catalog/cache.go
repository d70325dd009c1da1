package catalog

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// ValidRegion reports whether s looks like a region ID: two or more
// letters, then one or more parts of letters and digits after a dash, as
// in cn-hangzhou or ap-southeast-1, at most 64 bytes.
func ValidRegion(s string) bool {
	if len(s) > 64 {
		return false
	}
	parts := strings.Split(s, "-")
	if len(parts) < 2 || len(parts[0]) < 2 {
		return false
	}
	for i, part := range parts {
		if part == "" {
			return false
		}
		for _, c := range part {
			if !(c >= 'a' && c <= 'z' || i > 0 && c >= '0' && c <= '9') {
				return false
			}
		}
	}
	return true
}

// CacheDir is where the synced regions live: <user cache dir>/gpuspec,
// the user cache directory found as os.UserCacheDir finds it, from the
// environment getenv gives.
func CacheDir(getenv func(string) string) (string, error) {
	var base string
	switch runtime.GOOS {
	case "windows":
		base = getenv("LocalAppData")
	case "darwin", "ios":
		if home := getenv("HOME"); home != "" {
			base = filepath.Join(home, "Library", "Caches")
		}
	default:
		base = getenv("XDG_CACHE_HOME")
		if !filepath.IsAbs(base) {
			base = ""
			if home := getenv("HOME"); home != "" {
				base = filepath.Join(home, ".cache")
			}
		}
	}
	if base == "" {
		return "", errors.New("neither $XDG_CACHE_HOME nor $HOME is defined")
	}
	return filepath.Join(base, "gpuspec"), nil
}

// CachePath is a region's cache file.
func CachePath(dir, region string) string { return filepath.Join(dir, region+".json") }

// Save writes a snapshot atomically: to a temporary file in the same
// directory, synced, then renamed over the old one. A reader sees the old
// file or the new one, never part of either; two syncs at once each write
// a whole file and the last rename wins. The file is private (0600).
func Save(dir string, snap *Snapshot) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	b, err := json.Marshal(snap)
	if err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(dir, "."+snap.Region+".*.tmp")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return "", err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Close(); err != nil {
		return "", err
	}
	path := CachePath(dir, snap.Region)
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", err
	}
	return path, nil
}

// LoadSnapshot reads a cache file.
func LoadSnapshot(path string) (*Snapshot, error) {
	b, err := ReadFileLimited(path, DefaultMaxFileBytes)
	var big *TooLargeError
	if errors.As(err, &big) {
		return nil, &CacheError{Path: path, Err: fmt.Errorf("over %s, more than gpuspec writes", FormatBytes(big.Limit))}
	}
	if err != nil {
		return nil, err
	}
	var snap Snapshot
	if err := json.Unmarshal(b, &snap); err != nil {
		return nil, &CacheError{Path: path, Err: err}
	}
	switch {
	case snap.Version > 0 && snap.Version < SnapshotVersion && snap.Region != "":
		return nil, &CacheError{Path: path, Err: &StaleCacheError{Version: snap.Version, Region: snap.Region}}
	case snap.Version != SnapshotVersion || snap.Region == "":
		return nil, &CacheError{Path: path, Err: fmt.Errorf("not a gpuspec cache of version %d", SnapshotVersion)}
	}
	if err := snap.Check(); err != nil {
		return nil, &CacheError{Path: path, Err: err}
	}
	return &snap, nil
}

// CacheError is a cache file that does not load.
type CacheError struct {
	Path string
	Err  error
}

func (e *CacheError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *CacheError) Unwrap() error { return e.Err }

// StaleCacheError is a cache an older gpuspec wrote, in a format this one
// no longer reads: the region is synced again.
type StaleCacheError struct {
	Version int
	Region  string
}

func (e *StaleCacheError) Error() string {
	return fmt.Sprintf("written by an older gpuspec (cache format %d, this one reads %d): run 'gpuspec catalog sync --region %s'", e.Version, SnapshotVersion, e.Region)
}

// Cached lists the regions with a cache file, as paths.
func Cached(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if e.Type().IsRegular() && strings.HasSuffix(name, ".json") && ValidRegion(strings.TrimSuffix(name, ".json")) {
			out = append(out, filepath.Join(dir, name))
		}
	}
	return out, nil
}

// Newest loads the most recently fetched cache in dir, or nil when there
// is none. A cache that does not load is skipped and reported.
func Newest(dir string) (*Snapshot, string, []error) {
	paths, err := Cached(dir)
	if err != nil {
		return nil, "", []error{err}
	}
	var best *Snapshot
	var bestPath string
	var errs []error
	for _, p := range paths {
		snap, err := LoadSnapshot(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if best == nil || snap.FetchedAt.After(best.FetchedAt) {
			best, bestPath = snap, p
		}
	}
	return best, bestPath, errs
}
