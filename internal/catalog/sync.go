package catalog

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// DefaultConcurrency is how many API calls a sync makes at once, across
// all its regions, unless told otherwise.
const DefaultConcurrency = 8

// Limiter bounds how many API calls run at once; one limiter is shared by
// every region of a sync.
type Limiter chan struct{}

// NewLimiter allows n calls at once (at least one).
func NewLimiter(n int) Limiter { return make(Limiter, max(n, 1)) }

// do runs f once a slot is free, or gives up when ctx ends.
func (l Limiter) do(ctx context.Context, f func() error) error {
	select {
	case l <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-l }()
	return f()
}

// SyncRequest says what to fetch from one region.
type SyncRequest struct {
	Region   string
	Families []string // "gn7i" or "ecs.gn7i"; empty: every GPU family
	Prices   bool
	// Base is the built-in catalog the API's figures are read against:
	// its GPU table settles a vGPU slice's fraction, its rows what the
	// API leaves unsaid.
	Base *specs.Catalog
	Now  func() time.Time
	// Limit bounds the calls at once; nil: DefaultConcurrency for this
	// region alone.
	Limit Limiter
	// AllowEmpty saves a region whose answer has no GPU type over a
	// cache that has some; otherwise that is an EmptyError.
	AllowEmpty bool
}

// EmptyError is a sync that found no GPU type in a region whose cache has
// some: an answer such as {} or a broken endpoint, not saved.
type EmptyError struct {
	Region string
	Cached int // the GPU types the cache has
}

func (e *EmptyError) Error() string {
	return fmt.Sprintf("%s: the answer has no GPU types where the cache has %d", e.Region, e.Cached)
}

// Phase names a step of a sync, for progress.
type Phase string

const (
	PhaseTypes  Phase = "types"
	PhaseZones  Phase = "zones"
	PhasePrices Phase = "prices"
	PhaseDone   Phase = "done" // the region is saved
)

// Progress is where a region's sync is.
type Progress struct {
	Region      string
	Phase       Phase
	Pages       int
	Done, Total int
}

// Sync fetches a region's GPU types, their standing in each zone and, when
// asked, their prices. It writes nothing: the caller saves the snapshot
// when, and only when, everything succeeded. A type DescribePrice refuses
// is kept, unpriced, with the API's reason in the snapshot; any other
// failure fails the sync.
//
// The calls overlap as far as they can under the limiter: the zones are
// asked with the first page of types, and a page's types are priced as
// soon as it and the zones are in, while later pages are still coming.
func Sync(ctx context.Context, src Source, req SyncRequest, progress func(Progress)) (*Snapshot, error) {
	if progress == nil {
		progress = func(Progress) {}
	}
	now := time.Now
	if req.Now != nil {
		now = req.Now
	}
	lim := req.Limit
	if lim == nil {
		lim = NewLimiter(DefaultConcurrency)
	}
	base := req.Base
	if base == nil {
		base = specs.CurrentCatalog()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// The zones do not depend on the types: ask for both at once.
	var zones map[string][]ZoneStatus
	var zonesErr error
	zonesIn := make(chan struct{})
	go func() {
		defer close(zonesIn)
		zonesErr = lim.do(ctx, func() (err error) {
			zones, err = src.Availability(ctx)
			return err
		})
	}()
	var pr *pricer
	if req.Prices {
		pr = newPricer(ctx, src, lim, req.Region, zonesIn, func() map[string][]ZoneStatus { return zones }, progress)
	}
	var types []APIType
	err := lim.do(ctx, func() (err error) {
		seen := 0
		types, err = src.InstanceTypes(ctx, req.Families, func(pages int, page []APIType) {
			seen += len(page)
			progress(Progress{Region: req.Region, Phase: PhaseTypes, Pages: pages, Done: seen})
			if pr != nil {
				for _, t := range keepGPUTypes(page, req.Families) {
					// A name that is not one is not sent back to the API.
					if specs.ValidTypeName(t.InstanceTypeID) {
						pr.add(t.InstanceTypeID)
					}
				}
			}
		})
		return err
	})
	if err != nil {
		cancel()
		<-zonesIn
		if pr != nil {
			pr.wait()
		}
		return nil, err
	}
	types = keepGPUTypes(types, req.Families)
	progress(Progress{Region: req.Region, Phase: PhaseZones, Total: len(types)})
	<-zonesIn
	if zonesErr != nil {
		cancel()
		if pr != nil {
			pr.wait()
		}
		return nil, zonesErr
	}
	var prices map[string]Price
	var refusals []PriceRefusal
	if pr != nil {
		if prices, refusals, err = pr.wait(); err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fetched := now()
	snap := &Snapshot{Version: SnapshotVersion, Region: req.Region, FetchedAt: fetched.UTC(), Prices: req.Prices, PriceRefusals: refusals}
	if snap.PriceRefusals == nil {
		snap.PriceRefusals = []PriceRefusal{}
	}
	for _, a := range types {
		var price *Price
		if p, ok := prices[a.InstanceTypeID]; ok {
			price = &p
		}
		row := FromAPI(base, a, zones[a.InstanceTypeID], price, req.Region, fetched)
		// An API row is held to what a catalog file is: one that fails
		// is reported and left out, never saved.
		if p := specs.CheckRow(&row); p != nil {
			snap.Dropped = append(snap.Dropped, Dropped{Name: specs.EscapeControl(a.InstanceTypeID), Problem: p})
			continue
		}
		snap.Types = append(snap.Types, row)
	}
	if snap.Types == nil {
		snap.Types = []specs.InstanceType{}
	}
	return snap, nil
}

// offered reports whether some zone sells the type, in stock or not.
func offered(zones []ZoneStatus) bool {
	for _, z := range zones {
		if z.Category != "ClosedWithoutStock" {
			return true
		}
	}
	return false
}

// keepGPUTypes keeps the types with a GPU, of the families asked for.
func keepGPUTypes(types []APIType, families []string) []APIType {
	want := map[string]bool{}
	for _, f := range families {
		want[strings.TrimPrefix(strings.ToLower(f), "ecs.")] = true
	}
	var out []APIType
	for _, t := range types {
		if t.HasGPU() && (len(want) == 0 || want[strings.TrimPrefix(strings.ToLower(t.Family), "ecs.")]) {
			out = append(out, t)
		}
	}
	return out
}

// PriceRefusal is a type DescribePrice would not price, and why.
type PriceRefusal struct {
	InstanceType string `json:"instance_type"`
	Code         string `json:"code"`
	Message      string `json:"message"`
}

// pricer asks for types' prices as they are found, as many at once as the
// limiter allows, each once the zones are in: a type no zone of the
// region sells has no price to ask for. A type the API refuses (a 4xx: a
// family it will not price by the hour, a type it does not sell here) is
// reported with the API's reason; anything else fails the sync.
type pricer struct {
	ctx     context.Context
	cancel  context.CancelFunc
	src     Source
	lim     Limiter
	region  string
	zonesIn <-chan struct{}
	zones   func() map[string][]ZoneStatus
	report  func(Progress)

	wg       sync.WaitGroup
	mu       sync.Mutex
	prices   map[string]Price
	refusals []PriceRefusal
	err      error
	asked    int
	done     int
}

func newPricer(ctx context.Context, src Source, lim Limiter, region string, zonesIn <-chan struct{}, zones func() map[string][]ZoneStatus, report func(Progress)) *pricer {
	ctx, cancel := context.WithCancel(ctx)
	return &pricer{ctx: ctx, cancel: cancel, src: src, lim: lim, region: region, zonesIn: zonesIn, zones: zones, report: report, prices: map[string]Price{}}
}

func (p *pricer) add(name string) {
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		select {
		case <-p.zonesIn:
		case <-p.ctx.Done():
			return
		}
		if !offered(p.zones()[name]) {
			return
		}
		p.mu.Lock()
		p.asked++
		p.mu.Unlock()
		var price Price
		err := p.lim.do(p.ctx, func() (err error) {
			price, err = p.src.Price(p.ctx, name)
			return err
		})
		p.mu.Lock()
		defer p.mu.Unlock()
		var apiErr *APIError
		switch {
		case err == nil:
			p.prices[name] = price
		case errors.As(err, &apiErr) && apiErr.Kind == ErrClient:
			p.refusals = append(p.refusals, PriceRefusal{InstanceType: name, Code: specs.EscapeControl(apiErr.Code), Message: specs.EscapeControl(apiErr.Message)})
		default:
			if p.err == nil {
				p.err = err
				p.cancel()
			}
		}
		p.done++
		p.report(Progress{Region: p.region, Phase: PhasePrices, Done: p.done, Total: p.asked})
	}()
}

// wait waits for every price asked for.
func (p *pricer) wait() (map[string]Price, []PriceRefusal, error) {
	p.wg.Wait()
	defer p.cancel()
	if p.err != nil {
		return nil, nil, p.err
	}
	if err := p.ctx.Err(); err != nil {
		return nil, nil, err
	}
	sort.Slice(p.refusals, func(i, j int) bool { return p.refusals[i].InstanceType < p.refusals[j].InstanceType })
	return p.prices, p.refusals, nil
}

// RegionResult is how one region of a sync ended.
type RegionResult struct {
	Region   string
	Snapshot *Snapshot // nil when it failed
	Path     string    // where it was saved
	Err      error
}

// SyncRegions syncs each region at once, all under one limiter, and saves
// each region's snapshot as soon as it is whole: a region that fails leaves
// its cache as it was, and the others are still saved. Results come in the
// order of regions.
func SyncRegions(ctx context.Context, dir string, regions []string, newSource func(region string) (Source, error), req SyncRequest, progress func(Progress)) []RegionResult {
	if req.Limit == nil {
		req.Limit = NewLimiter(DefaultConcurrency)
	}
	out := make([]RegionResult, len(regions))
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i, region := range regions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := RegionResult{Region: region}
			defer func() { out[i] = r }()
			src, err := newSource(region)
			if err != nil {
				r.Err = err
				return
			}
			rq := req
			rq.Region = region
			snap, err := Sync(ctx, src, rq, func(p Progress) {
				mu.Lock()
				defer mu.Unlock()
				if progress != nil {
					progress(p)
				}
			})
			if err != nil {
				r.Err = err
				return
			}
			if len(snap.Types) == 0 && !req.AllowEmpty {
				if old, err := LoadSnapshot(CachePath(dir, region)); err == nil && len(old.Types) > 0 {
					r.Err = &EmptyError{Region: region, Cached: len(old.Types)}
					return
				}
			}
			path, err := Save(dir, snap)
			if err != nil {
				r.Err = &SaveError{Dir: dir, Err: err}
				return
			}
			r.Snapshot, r.Path = snap, path
			if progress != nil {
				mu.Lock()
				progress(Progress{Region: region, Phase: PhaseDone})
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return out
}

// SaveError is a snapshot that could not be written.
type SaveError struct {
	Dir string
	Err error
}

func (e *SaveError) Error() string { return "writing the cache in " + e.Dir + ": " + e.Err.Error() }
func (e *SaveError) Unwrap() error { return e.Err }
