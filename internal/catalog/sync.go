package catalog

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"
)

// SyncRequest says what to fetch.
type SyncRequest struct {
	Region   string
	Families []string // "gn7i" or "ecs.gn7i"; empty: every GPU family
	Prices   bool
	Now      func() time.Time
	// Workers is how many price queries run at once.
	Workers int
}

// Phase names a step of a sync, for progress.
type Phase string

const (
	PhaseTypes  Phase = "types"
	PhaseZones  Phase = "zones"
	PhasePrices Phase = "prices"
)

// Progress is where a sync is.
type Progress struct {
	Phase       Phase
	Pages       int
	Done, Total int
}

// Sync fetches a region's GPU types, the zones with stock and, when asked,
// their prices. It writes nothing: the caller saves the snapshot when, and
// only when, everything succeeded.
func Sync(ctx context.Context, src Source, req SyncRequest, progress func(Progress)) (*Snapshot, error) {
	if progress == nil {
		progress = func(Progress) {}
	}
	now := time.Now
	if req.Now != nil {
		now = req.Now
	}
	types, err := src.InstanceTypes(ctx, req.Families, func(pages, n int) {
		progress(Progress{Phase: PhaseTypes, Pages: pages, Done: n})
	})
	if err != nil {
		return nil, err
	}
	types = keepFamilies(types, req.Families)
	progress(Progress{Phase: PhaseZones, Total: len(types)})
	zones, err := src.Zones(ctx)
	if err != nil {
		return nil, err
	}
	var prices map[string]Price
	if req.Prices {
		if prices, err = fetchPrices(ctx, src, types, req.Workers, progress); err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fetched := now()
	snap := &Snapshot{Version: SnapshotVersion, Region: req.Region, FetchedAt: fetched.UTC(), Prices: req.Prices}
	for _, a := range types {
		var price *Price
		if p, ok := prices[a.InstanceTypeID]; ok {
			price = &p
		}
		snap.Types = append(snap.Types, FromAPI(a, zones[a.InstanceTypeID], price, fetched))
	}
	return snap, nil
}

func keepFamilies(types []APIType, families []string) []APIType {
	if len(families) == 0 {
		return types
	}
	want := map[string]bool{}
	for _, f := range families {
		want[strings.TrimPrefix(strings.ToLower(f), "ecs.")] = true
	}
	var out []APIType
	for _, t := range types {
		if want[strings.TrimPrefix(strings.ToLower(t.Family), "ecs.")] {
			out = append(out, t)
		}
	}
	return out
}

// fetchPrices asks for every type's price, a few at a time. A type the
// price API refuses (a 4xx, such as a type not sold by the hour) is left
// without a price; anything else fails the sync.
func fetchPrices(ctx context.Context, src Source, types []APIType, workers int, progress func(Progress)) (map[string]Price, error) {
	if workers <= 0 {
		workers = 4
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var mu sync.Mutex
	prices := map[string]Price{}
	var firstErr error
	done := 0
	jobs := make(chan string)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range jobs {
				p, err := src.Price(ctx, name)
				mu.Lock()
				var apiErr *APIError
				switch {
				case err == nil:
					prices[name] = p
				case errors.As(err, &apiErr) && apiErr.Kind == ErrClient:
				default:
					if firstErr == nil {
						firstErr = err
						cancel()
					}
				}
				done++
				progress(Progress{Phase: PhasePrices, Done: done, Total: len(types)})
				mu.Unlock()
			}
		}()
	}
feed:
	for _, t := range types {
		select {
		case jobs <- t.InstanceTypeID:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	return prices, ctx.Err()
}
