package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/spf13/pflag"

	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// catalogFlags choose what the catalog holds besides the document.
type catalogFlags struct {
	region  string
	offline bool
	files   []string
}

func (cf *catalogFlags) register(fs *pflag.FlagSet, p i18n.Printer) {
	fs.StringVar(&cf.region, "region", "", p.T("flag.region"))
	fs.BoolVar(&cf.offline, "offline", false, p.T("flag.offline"))
	fs.StringArrayVar(&cf.files, "catalog", nil, p.T("flag.catalog"))
}

// loadedCatalog is the catalog and where its parts came from.
type loadedCatalog struct {
	catalog   *specs.Catalog
	cacheDir  string
	cachePath string
	snapshot  *catalog.Snapshot
	files     []loadedFile
}

type loadedFile struct {
	name  string
	types int
}

// catalogLoader builds the catalog once, on first use: the document, then
// the synced region (the one --region names, else the newest), then each
// --catalog file in order.
func catalogLoader(f *Factory, cf *catalogFlags) func() (*loadedCatalog, error) {
	return sync.OnceValues(func() (*loadedCatalog, error) {
		lc := &loadedCatalog{catalog: specs.Document()}
		if cf.region != "" && !catalog.ValidRegion(cf.region) {
			return nil, usageErr("err.region", cf.region)
		}
		if !cf.offline {
			if err := lc.addCache(f, cf.region); err != nil {
				return nil, err
			}
		}
		for _, name := range cf.files {
			data, release, err := mapFile(name)
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return nil, usageErr("err.catalog_missing", name)
				}
				return nil, usageErr("err.catalog_unreadable", name, shortErr(err))
			}
			next, n, err := catalog.ApplyFile(lc.catalog, name, data)
			release()
			if err != nil {
				return nil, &UsageError{Err: err}
			}
			lc.catalog = next
			lc.files = append(lc.files, loadedFile{name: name, types: n})
		}
		return lc, nil
	})
}

func (lc *loadedCatalog) addCache(f *Factory, region string) error {
	dir, err := f.CacheDir()
	if err != nil {
		// No cache directory (no HOME): the document alone still works.
		return nil
	}
	lc.cacheDir = dir
	if region != "" {
		path := catalog.CachePath(dir, region)
		snap, err := catalog.Load(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return &NotFoundError{Err: i18n.Errorf("err.region_not_synced", region)}
		case err != nil:
			return i18n.Errorf("err.cache_unreadable", path, shortErr(err))
		}
		lc.snapshot, lc.cachePath = snap, path
	} else {
		snap, path, errs := catalog.Newest(dir)
		for _, e := range errs {
			fmt.Fprintln(f.IO.ErrOut, "gpuspec: "+f.Printer.T("warn.cache_ignored", shortErr(e)))
		}
		lc.snapshot, lc.cachePath = snap, path
	}
	lc.catalog = catalog.WithSnapshot(lc.catalog, lc.snapshot)
	return nil
}

// shortErr keeps the first line of an error.
func shortErr(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}
