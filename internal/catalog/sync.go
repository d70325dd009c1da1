package catalog

import (
	"context"
	"errors"
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
}

// Phase names a step of a sync, for progress.
type Phase string

const (
	PhaseTypes  Phase = "types"
	PhaseZones  Phase = "zones"
	PhasePrices Phase = "prices"
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
	zonesErr := make(chan error, 1)
	go func() {
		zonesErr <- lim.do(ctx, func() (err error) {
			zones, err = src.Availability(ctx)
			return err
		})
	}()
	var types []APIType
	err := lim.do(ctx, func() (err error) {
		types, err = src.InstanceTypes(ctx, req.Families, func(pages, n int) {
			progress(Progress{Region: req.Region, Phase: PhaseTypes, Pages: pages, Done: n})
		})
		return err
	})
	if err != nil {
		cancel()
		<-zonesErr
		return nil, err
	}
	types = keepGPUTypes(types, req.Families)
	progress(Progress{Region: req.Region, Phase: PhaseZones, Total: len(types)})
	if err := <-zonesErr; err != nil {
		return nil, err
	}
	var prices map[string]Price
	var refusals []PriceRefusal
	if req.Prices {
		// A type no zone of the region sells has no price to ask for.
		var sold []APIType
		for _, t := range types {
			if offered(zones[t.InstanceTypeID]) {
				sold = append(sold, t)
			}
		}
		if prices, refusals, err = fetchPrices(ctx, src, lim, req.Region, sold, progress); err != nil {
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
		snap.Types = append(snap.Types, FromAPI(base, a, zones[a.InstanceTypeID], price, req.Region, fetched))
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

// fetchPrices asks for every type's price, as many at once as the limiter
// allows. A type the API refuses (a 4xx: a family it will not price by the
// hour, a type it does not sell here) is reported with the API's reason;
// anything else fails the sync.
func fetchPrices(ctx context.Context, src Source, lim Limiter, region string, types []APIType, progress func(Progress)) (map[string]Price, []PriceRefusal, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var mu sync.Mutex
	prices := map[string]Price{}
	var refusals []PriceRefusal
	var firstErr error
	done := 0
	var wg sync.WaitGroup
	for _, t := range types {
		name := t.InstanceTypeID
		wg.Add(1)
		go func() {
			defer wg.Done()
			var p Price
			err := lim.do(ctx, func() (err error) {
				p, err = src.Price(ctx, name)
				return err
			})
			mu.Lock()
			defer mu.Unlock()
			var apiErr *APIError
			switch {
			case err == nil:
				prices[name] = p
			case errors.As(err, &apiErr) && apiErr.Kind == ErrClient:
				refusals = append(refusals, PriceRefusal{InstanceType: name, Code: apiErr.Code, Message: apiErr.Message})
			default:
				if firstErr == nil {
					firstErr = err
					cancel()
				}
			}
			done++
			progress(Progress{Region: region, Phase: PhasePrices, Done: done, Total: len(types)})
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, nil, firstErr
	}
	sort.Slice(refusals, func(i, j int) bool { return refusals[i].InstanceType < refusals[j].InstanceType })
	return prices, refusals, ctx.Err()
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
			path, err := Save(dir, snap)
			if err != nil {
				r.Err = &SaveError{Dir: dir, Err: err}
				return
			}
			r.Snapshot, r.Path = snap, path
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
