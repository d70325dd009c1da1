package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
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
	Regions    []string
	AllRegions bool
	Families   []string
	Prices     bool
	Endpoint   string
	Timeout    time.Duration
	// Concurrency bounds the API calls at once, across every region.
	Concurrency int
	// AllowEmpty saves a region whose answer has no GPU type over a
	// cache that has some.
	AllowEmpty bool
	// Connect finds credentials, once, and returns what makes each
	// region's API client; tests may replace it.
	Connect func(endpoint string) (func(region string) (catalog.Source, error), error)
}

// maxConcurrency is the most --concurrency takes: more only earns
// throttling.
const maxConcurrency = 64

func newCatalogSyncCmd(f *Factory) *cobra.Command {
	p := f.Printer
	var families []string
	var prices, all bool
	var endpoint string
	var timeout time.Duration
	var concurrency int
	var allowEmpty bool
	cmd := &cobra.Command{
		Use:  "sync --region REGION[,REGION…] | --all-regions",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := &SyncOptions{Factory: f, Prices: prices, Timeout: timeout, Connect: connectAPI, AllRegions: all, Concurrency: concurrency, AllowEmpty: allowEmpty}
			regions, err := f.global.regions()
			if err != nil {
				return err
			}
			switch {
			case len(regions) == 0 && !all:
				return usageErr("err.sync_region")
			case len(regions) > 0 && all:
				return usageErr("err.sync_all_regions")
			case f.global.offline:
				return usageErr("err.sync_offline")
			case concurrency < 1 || concurrency > maxConcurrency:
				return usageErr("err.concurrency", strconv.Itoa(concurrency), maxConcurrency)
			}
			opts.Regions = regions
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
					return usageErr("err.endpoint", aliyun.Redact(endpoint))
				}
			} else if env := f.Getenv("GPUSPEC_ECS_ENDPOINT"); env != "" {
				if _, _, err := aliyun.ParseEndpoint(env); err != nil {
					return usageErr("err.endpoint_env", aliyun.Redact(env))
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
	fl.BoolVar(&all, "all-regions", false, p.T("flag.all_regions"))
	fl.IntVar(&concurrency, "concurrency", catalog.DefaultConcurrency, p.T("flag.concurrency", catalog.DefaultConcurrency))
	fl.StringVar(&endpoint, "endpoint", "", p.T("flag.endpoint"))
	fl.BoolVar(&allowEmpty, "allow-empty", false, p.T("flag.allow_empty"))
	fl.DurationVar(&timeout, "timeout", 30*time.Second, p.T("flag.timeout"))
	// The usage says the defaults in the user's language; pflag would add
	// an English "(default …)".
	fl.Lookup("timeout").DefValue = "0s"
	fl.Lookup("concurrency").DefValue = "0"
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

// connectAPI finds credentials and returns what makes a region's SDK
// client.
func connectAPI(endpoint string) (func(region string) (catalog.Source, error), error) {
	cred, err := aliyun.Credential()
	if err != nil {
		return nil, i18n.Errorf("err.no_credentials")
	}
	return func(region string) (catalog.Source, error) {
		return aliyun.New(aliyun.Config{Region: region, Endpoint: endpoint, Credential: cred})
	}, nil
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
	ctx, cancel := context.WithTimeout(opts.Context, opts.Timeout)
	defer cancel()
	newSource, err := opts.Connect(opts.Endpoint)
	if err != nil {
		return err
	}
	regions := opts.Regions
	if opts.AllRegions {
		if regions, err = listRegions(ctx, newSource); err != nil {
			return syncError(ctx, opts, "", err)
		}
	}
	progress := newProgress(opts.IO.ErrOut, opts.IO.ErrTTY, opts.Printer)
	base := specs.Builtin(edition)
	results := catalog.SyncRegions(ctx, dir, regions, newSource, catalog.SyncRequest{Families: opts.Families, Prices: opts.Prices, Base: base, Limit: catalog.NewLimiter(opts.Concurrency), AllowEmpty: opts.AllowEmpty}, progress.update)
	progress.done()
	// A signal or the timeout ends every region alike: one line says so.
	var sig *SignalError
	if errors.As(context.Cause(ctx), &sig) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return syncError(ctx, opts, "", ctx.Err())
	}
	if len(results) == 1 && results[0].Err != nil {
		return syncError(ctx, opts, results[0].Region, results[0].Err)
	}
	failed := 0
	for _, r := range results {
		if r.Err != nil {
			failed++
			fmt.Fprintln(opts.IO.ErrOut, "gpuspec: "+r.Region+": "+catalog.FirstLine(opts.Printer.Error(syncError(ctx, opts, r.Region, r.Err))))
			continue
		}
		for _, d := range r.Snapshot.Dropped {
			fmt.Fprintln(opts.IO.ErrOut, "gpuspec: "+opts.Printer.T("warn.dropped_row", r.Region, strconv.Quote(d.Name), d.Problem.Key, catalog.ProblemMessage(d.Problem).In(opts.Printer.Lang)))
		}
		if err := render.Synced(opts.IO.Out, catalog.DescribeSnapshot(base, r.Snapshot, r.Path), opts.RenderOptions()); err != nil {
			return err
		}
	}
	if failed > 0 {
		return &silentExit{code: exitError}
	}
	return nil
}

// listRegions asks DescribeRegions, through the first region's endpoint
// (cn-hangzhou's unless --endpoint), which regions to sync.
func listRegions(ctx context.Context, newSource func(string) (catalog.Source, error)) ([]string, error) {
	src, err := newSource("cn-hangzhou")
	if err != nil {
		return nil, err
	}
	lister, ok := src.(catalog.RegionLister)
	if !ok {
		return nil, i18n.Errorf("err.sync_failed", "no region list")
	}
	return lister.Regions(ctx)
}

// syncError says why a region's sync failed; every message ends by saying
// that the cache is unchanged, because it is.
func syncError(ctx context.Context, opts *SyncOptions, region string, err error) error {
	var sig *SignalError
	if errors.As(context.Cause(ctx), &sig) {
		return &SignalError{Signal: sig.Signal, Err: i18n.Errorf("err.sync_interrupted")}
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return i18n.Errorf("err.sync_timeout", opts.Timeout.String())
	}
	var empty *catalog.EmptyError
	if errors.As(err, &empty) {
		return i18n.Errorf("err.sync_empty", empty.Region, empty.Cached)
	}
	var fail *catalog.SaveError
	if errors.As(err, &fail) {
		return i18n.Errorf("err.cache_write", fail.Dir, catalog.FirstLine(fail.Err.Error()))
	}
	var apiErr *catalog.APIError
	if !errors.As(err, &apiErr) {
		var msg *i18n.Error
		if errors.As(err, &msg) {
			return err
		}
		return i18n.Errorf("err.sync_failed", catalog.FirstLine(err.Error()))
	}
	where := aliyun.Redact(opts.Endpoint)
	if where == "" {
		if region == "" {
			region = "cn-hangzhou"
		}
		where = "ecs." + region + ".aliyuncs.com"
	}
	switch apiErr.Kind {
	case catalog.ErrThrottled:
		return i18n.Errorf("err.sync_throttled", apiErr.Action, apiErr.Code)
	case catalog.ErrServer:
		return i18n.Errorf("err.sync_server", apiErr.Action, apiErr.Status, apiErr.Code, apiErr.RequestID)
	case catalog.ErrAuth:
		return i18n.Errorf("err.sync_auth", apiErr.Code)
	case catalog.ErrClient:
		if apiErr.Code == "" {
			return i18n.Errorf("err.sync_client_no_code", apiErr.Action, apiErr.Status, where)
		}
		return i18n.Errorf("err.sync_client", apiErr.Action, apiErr.Code, apiErr.Status)
	case catalog.ErrMalformed:
		// A body that parsed but cannot be used.
		switch apiErr.Code {
		case "RepeatedNextToken":
			return i18n.Errorf("err.sync_repeated_token", apiErr.Message)
		case "NoInstanceTypePrice":
			return i18n.Errorf("err.sync_no_instance_price", apiErr.Message)
		case "BodyTooLarge":
			return i18n.Errorf("err.sync_body_too_large", apiErr.Action, catalog.FormatBytes(aliyun.MaxBody))
		case "TooManyPages":
			return i18n.Errorf("err.sync_too_many_pages", apiErr.Action, apiErr.Message)
		case "BadRegionId":
			return i18n.Errorf("err.sync_bad_region_id", apiErr.Message)
		}
		return i18n.Errorf("err.sync_malformed", apiErr.Action)
	}
	return i18n.Errorf("err.sync_unreachable", where)
}

// progress shows a sync's steps on a terminal's stderr, as one line
// rewritten in place, once the sync has taken more than a moment; it
// prints nothing when stderr is not a terminal. Several regions share the
// line, each with its last step.
type progress struct {
	w       io.Writer
	tty     bool
	p       i18n.Printer
	start   time.Time
	steps   map[string]string
	order   []string
	printed bool
}

const progressDelay = 500 * time.Millisecond

func newProgress(w io.Writer, tty bool, p i18n.Printer) *progress {
	return &progress{w: w, tty: tty, p: p, start: time.Now(), steps: map[string]string{}}
}

func (pr *progress) update(ev catalog.Progress) {
	if !pr.tty {
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
	case catalog.PhaseDone:
		text = pr.p.T("sync.progress_done")
	}
	if _, ok := pr.steps[ev.Region]; !ok {
		pr.order = append(pr.order, ev.Region)
	}
	pr.steps[ev.Region] = text
	if time.Since(pr.start) < progressDelay {
		return
	}
	line := text
	if len(pr.order) > 1 {
		parts := make([]string, len(pr.order))
		for i, r := range pr.order {
			parts[i] = r + " " + pr.steps[r]
		}
		line = strings.Join(parts, " · ")
	}
	fmt.Fprint(pr.w, "\r\x1b[K"+line)
	pr.printed = true
}

func (pr *progress) done() {
	if pr.printed {
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
