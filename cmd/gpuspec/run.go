package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Factory carries what every command needs: its streams, its language, its
// context and a way to get the catalog. Commands get it from their
// constructor.
type Factory struct {
	IO      *IOStreams
	Printer i18n.Printer
	Getenv  func(string) string
	// Context is cancelled by Ctrl+C and SIGTERM, with a *SignalError as
	// its cause.
	Context context.Context
	// OpenTTY opens the terminal the TUI draws on.
	OpenTTY func() (io.ReadWriteCloser, error)
	// CacheDir is where synced regions are kept.
	CacheDir func() (string, error)
	// global are the root's --region, --offline and --catalog.
	global *globalFlags
	// loaded is the catalog, built once on first use.
	loaded func() (*catalog.Loaded, error)
}

// Loaded returns the catalog with where its parts came from.
func (f *Factory) Loaded() (*catalog.Loaded, error) { return f.loaded() }

// Catalog returns the catalog the command works on.
func (f *Factory) Catalog() (*specs.Catalog, error) {
	l, err := f.loaded()
	if err != nil {
		return nil, err
	}
	return l.Catalog, nil
}

// RenderOptions are what render needs to write for people on stdout.
func (f *Factory) RenderOptions() render.Options {
	return render.Options{Printer: f.Printer, Styles: f.IO.Styles()}
}

// run builds the command tree for args and executes it, printing an error
// at most once, as one line. It returns the exit code.
func run(ctx context.Context, args []string, streams *IOStreams, getenv func(string) string) int {
	lang, err := pickLang(args, getenv)
	p := i18n.Printer{Lang: lang}
	// While the shell completes a command line, a half-typed --lang is
	// what is being completed, not a mistake.
	completing := len(args) > 0 && strings.HasPrefix(args[0], "__complete")
	if err != nil && !completing {
		fmt.Fprintln(streams.ErrOut, "gpuspec: "+catalog.FirstLine(p.Error(err)))
		return exitUsage
	}
	f := &Factory{
		IO:       streams,
		Printer:  p,
		Getenv:   getenv,
		Context:  ctx,
		OpenTTY:  openTTY,
		CacheDir: func() (string, error) { return catalog.CacheDir(getenv) },
		global:   &globalFlags{},
	}
	f.loaded = sync.OnceValues(f.load)
	root := newRootCmd(f, args)
	root.SetArgs(args)
	err = root.ExecuteContext(ctx)
	// A signal decides the exit code, whatever the command made of it.
	var sig *SignalError
	if cause := context.Cause(ctx); errors.As(cause, &sig) && !errors.As(err, &sig) {
		err = cause
	}
	code := exitCode(err)
	if err != nil && code != exitOK && !isSilent(err) {
		fmt.Fprintln(streams.ErrOut, "gpuspec: "+catalog.FirstLine(p.Error(err)))
	}
	return code
}

func isSilent(err error) bool {
	var s *silentExit
	return errors.As(err, &s)
}

// load builds the catalog from the global flags: the document, the synced
// region, the --catalog files.
func (f *Factory) load() (*catalog.Loaded, error) {
	g := f.global
	regions, err := g.regions()
	if err != nil {
		return nil, err
	}
	if g.offline && len(regions) > 0 {
		return nil, usageErr("err.offline_region")
	}
	edition, err := f.edition()
	if err != nil {
		return nil, err
	}
	limit, err := f.maxCatalogBytes()
	if err != nil {
		return nil, err
	}
	src := catalog.Sources{Edition: edition, Regions: regions, Offline: g.offline, Files: g.files, MaxFileBytes: limit,
		Warn: func(err error) {
			var stale *catalog.StaleCacheError
			var ce *catalog.CacheError
			if errors.As(err, &stale) && errors.As(err, &ce) {
				fmt.Fprintln(f.IO.ErrOut, "gpuspec: "+f.Printer.T("err.cache_stale", ce.Path, stale.Version, catalog.SnapshotVersion, stale.Region))
				return
			}
			fmt.Fprintln(f.IO.ErrOut, "gpuspec: "+f.Printer.T("warn.cache_ignored", catalog.FirstLine(err.Error())))
		}}
	// No cache directory (no HOME): the document alone still works.
	src.CacheDir, _ = f.CacheDir()
	l, err := catalog.Load(src)
	var regionErr *catalog.RegionError
	if errors.As(err, &regionErr) {
		return nil, &NotFoundError{Err: err}
	}
	return l, err
}

// maxCatalogBytes is the bound of a --catalog file: GPUSPEC_MAX_CATALOG_BYTES,
// a number of bytes with an optional unit (512MiB, 1GiB, 64k), else
// catalog.DefaultMaxFileBytes.
func (f *Factory) maxCatalogBytes() (int64, error) {
	v := strings.TrimSpace(f.Getenv("GPUSPEC_MAX_CATALOG_BYTES"))
	if v == "" {
		return catalog.DefaultMaxFileBytes, nil
	}
	n, ok := parseBytes(v)
	if !ok {
		return 0, usageErr("err.max_catalog_bytes", v)
	}
	return n, nil
}

// parseBytes reads a positive size: 1048576, 512MiB, 1GiB, 64k (units are
// binary, in any case, with or without "iB" or "B").
func parseBytes(s string) (int64, bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 15 {
		return 0, false
	}
	n, err := strconv.ParseInt(s[:i], 10, 64)
	if err != nil || n <= 0 {
		return 0, false
	}
	shift := map[string]uint{"": 0, "b": 0, "k": 10, "kb": 10, "kib": 10, "m": 20, "mb": 20, "mib": 20, "g": 30, "gb": 30, "gib": 30}
	sh, ok := shift[strings.ToLower(strings.TrimSpace(s[i:]))]
	if !ok || n > (1<<62)>>sh {
		return 0, false
	}
	return n << sh, true
}

// edition is the built-in edition: --edition, else GPUSPEC_EDITION, else
// the current one.
func (f *Factory) edition() (specs.Edition, error) {
	if f.global.edition != "" {
		e, _ := specs.ParseEdition(f.global.edition) // the flag took only names it knows
		return e, nil
	}
	if v := f.Getenv("GPUSPEC_EDITION"); v != "" {
		e, ok := specs.ParseEdition(v)
		if !ok {
			return "", usageErr("err.bad_env", "GPUSPEC_EDITION", v, joinList(specs.Editions()))
		}
		return e, nil
	}
	return specs.Current, nil
}

// pickLang finds the language before the command tree is built, so that
// help text is in it too: --lang, then GPUSPEC_LANG, then the locale.
func pickLang(args []string, getenv func(string) string) (i18n.Lang, error) {
	fallback := i18n.FromLocale(getenv)
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		var v string
		switch {
		case strings.HasPrefix(a, "--lang="):
			v = strings.TrimPrefix(a, "--lang=")
		case a == "--lang":
			if i+1 >= len(args) {
				return fallback, usageErr("err.flag_needs_value", "--lang")
			}
			v = args[i+1]
			i++
		default:
			continue
		}
		l, ok := i18n.LangByName(v)
		if !ok {
			return fallback, badValue("--lang", v, i18n.LangNames())
		}
		return l, nil
	}
	if v := getenv("GPUSPEC_LANG"); v != "" {
		l, ok := i18n.ParseLang(v)
		if !ok {
			return fallback, usageErr("err.bad_env", "GPUSPEC_LANG", v, joinList(i18n.LangNames()))
		}
		return l, nil
	}
	return fallback, nil
}

func joinList(values []string) string { return strings.Join(values, ", ") }
