package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Factory carries what every command needs: its streams, its language and
// a way to get the catalog. Commands get it from their constructor.
type Factory struct {
	IO      *IOStreams
	Printer i18n.Printer
	Getenv  func(string) string
	// Catalog returns the catalog the command works on.
	Catalog func() (*specs.Catalog, error)
	// Context is cancelled on Ctrl+C.
	Context context.Context
	// OpenTTY opens the terminal the TUI draws on.
	OpenTTY func() (io.ReadWriteCloser, error)
	// CacheDir is where synced regions are kept.
	CacheDir func() (string, error)
	// Loaded is the catalog with where its parts came from.
	Loaded func() (*loadedCatalog, error)
	// catalogFlags are the root's --region, --offline and --catalog.
	catalogFlags *catalogFlags
}

// run builds the command tree for args and executes it, printing an error
// at most once, as one line. It returns the exit code.
func run(args []string, streams *IOStreams, getenv func(string) string) int {
	lang, err := pickLang(args, getenv)
	p := i18n.Printer{Lang: lang}
	// While the shell completes a command line, a half-typed --lang is
	// what is being completed, not a mistake.
	completing := len(args) > 0 && strings.HasPrefix(args[0], "__complete")
	if err != nil && !completing {
		fmt.Fprintln(streams.ErrOut, "gpuspec: "+oneLine(p.Error(err)))
		return exitUsage
	}
	f := &Factory{
		IO:           streams,
		Printer:      p,
		Getenv:       getenv,
		Context:      context.Background(),
		OpenTTY:      openTTY,
		CacheDir:     catalog.CacheDir,
		catalogFlags: &catalogFlags{},
	}
	f.Loaded = catalogLoader(f, f.catalogFlags)
	f.Catalog = func() (*specs.Catalog, error) {
		lc, err := f.Loaded()
		if err != nil {
			return nil, err
		}
		return lc.catalog, nil
	}
	root := newRootCmd(f)
	root.SetArgs(args)
	err = root.ExecuteContext(f.Context)
	if err == nil {
		return exitOK
	}
	if isClosedPipe(err) {
		return exitOK
	}
	var silent *silentExit
	if errors.As(err, &silent) {
		return silent.code
	}
	fmt.Fprintln(streams.ErrOut, "gpuspec: "+oneLine(p.Error(err)))
	return exitCode(err)
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
			return fallback, usageErr("err.bad_enum", "--lang", v, strings.Join(i18n.LangNames(), ", "))
		}
		return l, nil
	}
	if v := getenv("GPUSPEC_LANG"); v != "" {
		l, ok := i18n.ParseLang(v)
		if !ok {
			return fallback, usageErr("err.bad_env", "GPUSPEC_LANG", v, strings.Join(i18n.LangNames(), ", "))
		}
		return l, nil
	}
	return fallback, nil
}
