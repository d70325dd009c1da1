// Package catalog builds the catalog a command works on: the built-in
// edition, plus regions synced from the Alibaba Cloud API (kept in cache
// files), plus the user's catalog files. The API itself is behind Source;
// the one implementation that speaks to Alibaba Cloud is in
// internal/aliyun.
package catalog

import (
	"context"
	"fmt"
)

// Source is what a sync needs from the ECS API, for one region.
type Source interface {
	// InstanceTypes returns every instance type of the families (all
	// when none), following every page; page is called with each page's
	// types as it comes, and the count of pages so far.
	InstanceTypes(ctx context.Context, families []string, page func(pages int, types []APIType)) ([]APIType, error)
	// Availability returns, for each instance type, its status in each
	// zone of the region (DescribeAvailableResource).
	Availability(ctx context.Context) (map[string][]ZoneStatus, error)
	// Price returns the pay-as-you-go price per hour of one type.
	Price(ctx context.Context, instanceType string) (Price, error)
}

// RegionLister lists the regions an account can use (DescribeRegions).
type RegionLister interface {
	Regions(ctx context.Context) ([]string, error)
}

// APIType is an instance type as DescribeInstanceTypes gives it, in the
// API's own units.
type APIType struct {
	InstanceTypeID       string
	Family               string // "ecs.gn7i"
	Category             string // "Compute-optimized with GPU", "Visual Compute-optimized", "ECS Bare Metal", …
	CPUArchitecture      string // "X86", "ARM"
	CPUCoreCount         int
	MemorySizeGiB        float64
	GPUAmount            int     // whole GPUs; a vGPU slice is reported as 1
	GPUSpec              string  // "NVIDIA A10"
	GPUMemorySizeGiB     float64 // per GPU; a vGPU slice's own memory
	BandwidthRxKbps      int64   // Kbit/s, 1 Gbit/s = 1,024,000
	BandwidthTxKbps      int64
	PPSRx                int64
	ENIQuantity          int
	ENIPrivateIPQuantity int
	ENIIPv6Quantity      int
	PrimaryENIQueues     int
	SecondaryENIQueues   int
	EriQuantity          int
	BootModes            []string // "BIOS", "UEFI"
	LocalStorageGiB      int64    // per disk
	LocalStorageAmount   int
}

// HasGPU reports whether the type is a GPU type: it has a GPU count or
// names a GPU, whatever its category (bare-metal GPU types are "ECS Bare
// Metal", not a GPU category).
func (a APIType) HasGPU() bool { return a.GPUAmount > 0 || a.GPUSpec != "" }

// ZoneStatus is a type's standing in one zone: its StatusCategory.
type ZoneStatus struct {
	Zone     string
	Category string // WithStock, ClosedWithStock, WithoutStock, ClosedWithoutStock
}

// Price is a pay-as-you-go hourly price: the instance's own, and its
// system disk's, which DescribePrice adds to the total.
type Price struct {
	PerHour     float64
	DiskPerHour float64
	Currency    string
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

// Reason is the API's code and message, as a refusal is reported.
func (e *APIError) Reason() string {
	if e.Message == "" {
		return e.Code
	}
	return e.Code + ": " + e.Message
}
