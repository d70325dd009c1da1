// Package catalog builds the catalog a command works on: the document's,
// plus a region synced from the Alibaba Cloud API (kept in a cache file),
// plus the user's catalog files. The API itself is behind Source; the one
// implementation that speaks to Alibaba Cloud is in internal/aliyun.
package catalog

import (
	"context"
	"fmt"
)

// Source is what a sync needs from the ECS API.
type Source interface {
	// InstanceTypes returns the GPU instance types, following every page;
	// page is called after each page with the count so far.
	InstanceTypes(ctx context.Context, families []string, page func(pages, types int)) ([]APIType, error)
	// Zones returns, for each instance type, the zones that have stock.
	Zones(ctx context.Context) (map[string][]string, error)
	// Price returns the pay-as-you-go price per hour of one type.
	Price(ctx context.Context, instanceType string) (Price, error)
}

// APIType is an instance type as DescribeInstanceTypes gives it, in the
// API's own units.
type APIType struct {
	InstanceTypeID       string
	Family               string // "ecs.gn7i"
	Category             string // "Compute-optimized with GPU", "Visual Compute-optimized"
	CPUCoreCount         int
	MemorySizeGiB        float64
	GPUAmount            int
	GPUSpec              string  // "NVIDIA A10"
	GPUMemorySizeGiB     float64 // per GPU
	BandwidthRxKbps      int64   // Kbit/s, 1024-based
	PPSRx                int64
	ENIQuantity          int
	ENIPrivateIPQuantity int
	PrimaryENIQueues     int
	LocalStorageGiB      int64 // per disk
	LocalStorageAmount   int
}

// Price is a pay-as-you-go hourly price.
type Price struct {
	PerHour  float64
	Currency string
}

// ErrorKind says what went wrong talking to the API.
type ErrorKind int

const (
	ErrServer      ErrorKind = iota // 5xx
	ErrThrottled                    // Throttling, Throttling.User, Throttling.Api
	ErrClient                       // 4xx: bad region, no permission, …
	ErrAuth                         // credentials refused
	ErrMalformed                    // a body that does not parse
	ErrUnreachable                  // no connection, a timeout
)

// APIError is a failed API call, in terms gpuspec can explain.
type APIError struct {
	Kind      ErrorKind
	Action    string // DescribeInstanceTypes, …
	Status    int
	Code      string
	Message   string
	RequestID string
	Err       error
}

func (e *APIError) Error() string {
	return fmt.Sprintf("%s: %s %d %s", e.Action, e.Code, e.Status, e.Message)
}

func (e *APIError) Unwrap() error { return e.Err }
