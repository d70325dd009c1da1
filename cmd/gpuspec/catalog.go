package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/aliyun"
	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

func newCatalogCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:  "catalog",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newCatalogSyncCmd(f), newCatalogInfoCmd(f))
	return command(f, "catalog.", cmd)
}

// SyncOptions is everything `gpuspec catalog sync` needs.
type SyncOptions struct {
	*Factory
	Region   string
	Families []string
	Prices   bool
	Endpoint string
	Timeout  time.Duration
	// NewSource makes the API client; tests may replace it.
	NewSource func(region, endpoint string) (catalog.Source, error)
}

func newCatalogSyncCmd(f *Factory) *cobra.Command {
	p := f.Printer
	var families []string
	var prices bool
	var endpoint string
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:  "sync --region REGION",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := &SyncOptions{Factory: f, Prices: prices, Timeout: timeout, NewSource: newAPISource}
			opts.Region = f.global.region
			if opts.Region == "" {
				return usageErr("err.sync_region")
			}
			if !catalog.ValidRegion(opts.Region) {
				return usageErr("err.region", opts.Region)
			}
			if f.global.offline {
				return usageErr("err.sync_offline")
			}
			opts.Families = splitList(families)
			if cmd.Flags().Changed("family") && len(opts.Families) == 0 {
				return usageErr("err.flag_needs_value", "--family")
			}
			for _, fam := range opts.Families {
				if !validFamily(fam) {
					return usageErr("err.sync_family", fam)
				}
			}
			opts.Endpoint = endpoint
			if cmd.Flags().Changed("endpoint") {
				if _, _, err := aliyun.ParseEndpoint(endpoint); err != nil {
					return usageErr("err.endpoint", endpoint)
				}
			} else if env := f.Getenv("GPUSPEC_ECS_ENDPOINT"); env != "" {
				if _, _, err := aliyun.ParseEndpoint(env); err != nil {
					return usageErr("err.endpoint_env", env)
				}
				opts.Endpoint = env
			}
			if timeout <= 0 {
				return usageErr("err.timeout", timeout.String())
			}
			return runSync(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringSliceVar(&families, "family", nil, p.T("flag.sync_family"))
	fl.BoolVar(&prices, "prices", false, p.T("flag.prices"))
	fl.StringVar(&endpoint, "endpoint", "", p.T("flag.endpoint"))
	fl.DurationVar(&timeout, "timeout", 30*time.Second, p.T("flag.timeout"))
	// The usage says the default in the user's language; pflag would add
	// an English "(default 30s)".
	fl.Lookup("timeout").DefValue = "0s"
	return command(f, "sync.", cmd)
}

// splitList flattens repeated and comma-separated values, dropping blanks.
func splitList(values []string) []string {
	var out []string
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

func validFamily(s string) bool {
	s = strings.TrimPrefix(strings.ToLower(s), "ecs.")
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// newAPISource finds credentials and makes the SDK client.
func newAPISource(region, endpoint string) (catalog.Source, error) {
	cred, err := aliyun.Credential()
	if err != nil {
		return nil, i18n.Errorf("err.no_credentials")
	}
	return aliyun.New(aliyun.Config{Region: region, Endpoint: endpoint, Credential: cred})
}

func runSync(opts *SyncOptions) error {
	edition, err := opts.edition()
	if err != nil {
		return err
	}
	dir, err := opts.CacheDir()
	if err != nil {
		return i18n.Errorf("err.no_cache_dir", err.Error())
	}
	src, err := opts.NewSource(opts.Region, opts.Endpoint)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(opts.Context, opts.Timeout)
	defer cancel()
	progress := newProgress(opts.IO.ErrOut, opts.IO.ErrTTY, opts.Printer)
	snap, err := catalog.Sync(ctx, src, catalog.SyncRequest{Region: opts.Region, Families: opts.Families, Prices: opts.Prices}, progress.update)
	progress.done()
	if err != nil {
		return syncError(ctx, opts, err)
	}
	path, err := catalog.Save(dir, snap)
	if err != nil {
		return i18n.Errorf("err.cache_write", dir, catalog.FirstLine(err.Error()))
	}
	return render.Synced(opts.IO.Out, catalog.DescribeSnapshot(specs.Builtin(edition), snap, path), opts.Prices, opts.RenderOptions())
}

// syncError says why a sync failed; every message ends by saying that the
// cache is unchanged, because it is.
func syncError(ctx context.Context, opts *SyncOptions, err error) error {
	var sig *SignalError
	if errors.As(context.Cause(ctx), &sig) {
		return &SignalError{Signal: sig.Signal, Err: i18n.Errorf("err.sync_interrupted")}
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return i18n.Errorf("err.sync_timeout", opts.Timeout.String())
	}
	var apiErr *catalog.APIError
	if !errors.As(err, &apiErr) {
		return i18n.Errorf("err.sync_failed", catalog.FirstLine(err.Error()))
	}
	where := opts.Endpoint
	if where == "" {
		where = "ecs." + opts.Region + ".aliyuncs.com"
	}
	switch apiErr.Kind {
	case catalog.ErrThrottled:
		return i18n.Errorf("err.sync_throttled", apiErr.Action, apiErr.Code)
	case catalog.ErrServer:
		return i18n.Errorf("err.sync_server", apiErr.Action, apiErr.Status, apiErr.Code, apiErr.RequestID)
	case catalog.ErrAuth:
		return i18n.Errorf("err.sync_auth", apiErr.Code)
	case catalog.ErrClient:
		return i18n.Errorf("err.sync_client", apiErr.Action, apiErr.Code, apiErr.Status)
	case catalog.ErrMalformed:
		return i18n.Errorf("err.sync_malformed", apiErr.Action)
	}
	return i18n.Errorf("err.sync_unreachable", where)
}

// progress prints a sync's steps on stderr once it has taken more than a
// moment: on a terminal as one line rewritten in place, elsewhere as a
// line per step.
type progress struct {
	w       io.Writer
	tty     bool
	p       i18n.Printer
	start   time.Time
	last    catalog.Phase
	printed bool
}

const progressDelay = 500 * time.Millisecond

func newProgress(w io.Writer, tty bool, p i18n.Printer) *progress {
	return &progress{w: w, tty: tty, p: p, start: time.Now()}
}

func (pr *progress) update(ev catalog.Progress) {
	if time.Since(pr.start) < progressDelay {
		return
	}
	var text string
	switch ev.Phase {
	case catalog.PhaseTypes:
		text = pr.p.T("sync.progress_types", ev.Pages, ev.Done)
	case catalog.PhaseZones:
		text = pr.p.T("sync.progress_zones", ev.Total)
	case catalog.PhasePrices:
		text = pr.p.T("sync.progress_prices", ev.Done, ev.Total)
	}
	if pr.tty {
		fmt.Fprint(pr.w, "\r\x1b[K"+text)
		pr.printed = true
		return
	}
	if ev.Phase != pr.last {
		fmt.Fprintln(pr.w, text)
		pr.last = ev.Phase
	}
}

func (pr *progress) done() {
	if pr.tty && pr.printed {
		fmt.Fprint(pr.w, "\r\x1b[K")
	}
}

func newCatalogInfoCmd(f *Factory) *cobra.Command {
	p := f.Printer
	var format render.Format
	cmd := &cobra.Command{
		Use:  "info",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := f.Loaded()
			if err != nil {
				return err
			}
			info := catalog.Describe(l)
			if info.CacheDir == "" {
				info.CacheDir, _ = f.CacheDir()
			}
			return render.CatalogInfo(f.IO.Out, format, info, f.RenderOptions())
		},
	}
	outputFlag(cmd, &format, p, []render.Format{render.Table, render.JSON})
	return command(f, "info.", cmd)
}
