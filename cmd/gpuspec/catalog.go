package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/aliyun"
	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

func newCatalogCmd(f *Factory) *cobra.Command {
	p := f.Printer
	cmd := &cobra.Command{
		Use:   "catalog",
		Short: p.T("catalog.short"),
		Long:  p.T("catalog.long"),
		Args:  noArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newCatalogSyncCmd(f), newCatalogInfoCmd(f))
	return cmd
}

// SyncOptions is everything `gpuspec catalog sync` needs.
type SyncOptions struct {
	IO       *IOStreams
	Printer  i18n.Printer
	Region   string
	Families []string
	Prices   bool
	Endpoint string
	Timeout  time.Duration
	CacheDir func() (string, error)
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
		Use:     "sync --region REGION",
		Short:   p.T("sync.short"),
		Long:    p.T("sync.long"),
		Example: p.T("sync.example"),
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := &SyncOptions{IO: f.IO, Printer: p, Prices: prices, Timeout: timeout, CacheDir: f.CacheDir, NewSource: newAPISource}
			opts.Region = f.catalogFlags.region
			if opts.Region == "" {
				return usageErr("err.sync_region")
			}
			if !catalog.ValidRegion(opts.Region) {
				return usageErr("err.region", opts.Region)
			}
			if f.catalogFlags.offline {
				return usageErr("err.sync_offline")
			}
			if err := notBlank(cmd.Flags(), "family"); err != nil {
				return err
			}
			opts.Families = splitList(families)
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
	return cmd
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
	p := opts.Printer
	dir, err := opts.CacheDir()
	if err != nil {
		return i18n.Errorf("err.no_cache_dir", err.Error())
	}
	src, err := opts.NewSource(opts.Region, opts.Endpoint)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), opts.Timeout)
	defer cancel()
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	progress := newProgress(opts.IO.ErrOut, opts.IO.ErrTTY, p)
	snap, err := catalog.Sync(ctx, src, catalog.SyncRequest{Region: opts.Region, Families: opts.Families, Prices: opts.Prices}, progress.update)
	progress.done()
	if err != nil {
		return syncError(ctx, opts, err)
	}
	path, err := catalog.Save(dir, snap)
	if err != nil {
		return i18n.Errorf("err.cache_write", dir, shortErr(err))
	}
	var inDoc, zoned, priced int
	doc := specs.Document()
	for _, it := range snap.Types {
		if doc.Type(it.Name) != nil {
			inDoc++
		}
		if len(it.Zones) > 0 {
			zoned++
		}
		if it.PricePerHour != nil {
			priced++
		}
	}
	summary := p.T("sync.done", opts.Region, len(snap.Types), inDoc, len(snap.Types)-inDoc, zoned)
	if opts.Prices {
		summary += p.T("sync.done_prices", priced)
	}
	fmt.Fprintln(opts.IO.Out, summary)
	fmt.Fprintln(opts.IO.Out, p.T("sync.saved", path))
	return nil
}

// syncError says why a sync failed; every message ends by saying that the
// cache is unchanged, because it is.
func syncError(ctx context.Context, opts *SyncOptions, err error) error {
	if errors.Is(context.Cause(ctx), context.Canceled) || errors.Is(ctx.Err(), context.Canceled) {
		return &CanceledError{Err: i18n.Errorf("err.sync_interrupted")}
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return i18n.Errorf("err.sync_timeout", opts.Timeout.String())
	}
	var apiErr *catalog.APIError
	if !errors.As(err, &apiErr) {
		return i18n.Errorf("err.sync_failed", shortErr(err))
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

// CatalogInfo is what `catalog info -o json` prints.
type CatalogInfo struct {
	Document struct {
		Types    int `json:"types"`
		Families int `json:"families"`
	} `json:"document"`
	Synced *SyncedInfo `json:"synced"`
	Files  []FileInfo  `json:"files"`
	Total  struct {
		Types     int      `json:"types"`
		Families  int      `json:"families"`
		GPUModels []string `json:"gpu_models"`
	} `json:"catalog"`
	CacheDir string       `json:"cache_dir"`
	Cached   []SyncedInfo `json:"cached_regions"`
}

// SyncedInfo describes one synced region.
type SyncedInfo struct {
	Region     string    `json:"region"`
	FetchedAt  time.Time `json:"fetched_at"`
	Types      int       `json:"types"`
	New        int       `json:"not_in_document"`
	WithZones  int       `json:"with_zones"`
	WithPrices int       `json:"with_prices"`
	Path       string    `json:"path"`
	InUse      bool      `json:"in_use"`
	Unreadable string    `json:"unreadable,omitempty"`
}

// FileInfo describes one --catalog file.
type FileInfo struct {
	Path  string `json:"path"`
	Types int    `json:"types"`
}

func newCatalogInfoCmd(f *Factory) *cobra.Command {
	p := f.Printer
	var output string
	cmd := &cobra.Command{
		Use:   "info",
		Short: p.T("info.short"),
		Long:  p.T("info.long"),
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := parseOutput(output, []render.Format{render.Table, render.JSON})
			if err != nil {
				return err
			}
			lc, err := f.Loaded()
			if err != nil {
				return err
			}
			return runCatalogInfo(f, lc, format)
		},
	}
	outputFlag(cmd, &output, p, []render.Format{render.Table, render.JSON})
	return cmd
}

func synced(snap *catalog.Snapshot, path string) SyncedInfo {
	doc := specs.Document()
	s := SyncedInfo{Region: snap.Region, FetchedAt: snap.FetchedAt, Types: len(snap.Types), Path: path}
	for _, it := range snap.Types {
		if doc.Type(it.Name) == nil {
			s.New++
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

func runCatalogInfo(f *Factory, lc *loadedCatalog, format render.Format) error {
	p := f.Printer
	var info CatalogInfo
	doc := specs.Document()
	info.Document.Types, info.Document.Families = len(doc.Types), len(doc.Families)
	if lc.snapshot != nil {
		s := synced(lc.snapshot, lc.cachePath)
		s.InUse = true
		info.Synced = &s
	}
	info.Files = []FileInfo{}
	for _, file := range lc.files {
		info.Files = append(info.Files, FileInfo{Path: file.name, Types: file.types})
	}
	info.Total.Types, info.Total.Families, info.Total.GPUModels = len(lc.catalog.Types), len(lc.catalog.FamilyNames()), lc.catalog.GPUModels()
	info.CacheDir = lc.cacheDir
	if info.CacheDir == "" {
		info.CacheDir, _ = f.CacheDir()
	}
	info.Cached = []SyncedInfo{}
	paths, _ := catalog.Cached(info.CacheDir)
	for _, path := range paths {
		snap, err := catalog.Load(path)
		if err != nil {
			info.Cached = append(info.Cached, SyncedInfo{Path: path, Unreadable: shortErr(err)})
			continue
		}
		s := synced(snap, path)
		s.InUse = path == lc.cachePath
		info.Cached = append(info.Cached, s)
	}
	if format == render.JSON {
		return render.WriteJSON(f.IO.Out, info)
	}
	var b strings.Builder
	st := f.IO.Styles()
	line := func(k, v string) {
		fmt.Fprintf(&b, "  %s%s%s\n", st.Dim(k), strings.Repeat(" ", max(1, 12-lipgloss.Width(k))), v)
	}
	b.WriteString(st.Title(p.T("info.sources")) + "\n")
	line(p.T("source.document"), p.T("info.document", info.Document.Types, info.Document.Families))
	if s := info.Synced; s != nil {
		line(p.T("source.api"), p.T("info.synced", s.Region, s.FetchedAt.UTC().Format("2006-01-02 15:04 MST"), s.Types, s.New, s.WithZones, s.WithPrices))
		line("", s.Path)
	} else if f.catalogFlags.offline {
		line(p.T("source.api"), p.T("info.offline"))
	} else {
		line(p.T("source.api"), p.T("info.not_synced"))
	}
	for _, file := range info.Files {
		line(p.T("source.file"), p.T("info.file", file.Path, file.Types))
	}
	b.WriteString("\n" + st.Title(p.T("info.catalog")) + "\n")
	line(p.T("info.types"), fmt.Sprint(info.Total.Types))
	line(p.T("info.families"), fmt.Sprint(info.Total.Families))
	line(p.T("info.gpus"), strings.Join(info.Total.GPUModels, ", "))
	b.WriteString("\n" + st.Title(p.T("info.cache")) + "\n")
	line(p.T("info.cache_dir"), info.CacheDir)
	if len(info.Cached) == 0 {
		line(p.T("info.regions"), p.T("detail.none"))
	}
	for _, c := range info.Cached {
		switch {
		case c.Unreadable != "":
			line(p.T("info.regions"), c.Path+"  "+st.Warn(p.T("info.unreadable", c.Unreadable)))
		case c.InUse:
			line(c.Region, p.T("info.cached", c.FetchedAt.UTC().Format("2006-01-02 15:04 MST"), c.Types)+"  "+st.Good(p.T("info.in_use")))
		default:
			line(c.Region, p.T("info.cached", c.FetchedAt.UTC().Format("2006-01-02 15:04 MST"), c.Types))
		}
	}
	_, err := io.WriteString(f.IO.Out, b.String())
	return err
}
