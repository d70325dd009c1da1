package recommend

import (
	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Request is what a person needs.
type Request struct {
	// Workloads must all be listed by a type's family (hard), and shape
	// its capability score.
	Workloads []specs.Workload
	// Query holds the hard constraints of list's filter flags; its sort
	// and limit do not apply.
	Query specs.Query
	// Model, when set, is sized and must fit the type's GPU memory.
	Model *Model
	// Precision, when set without a Model, still applies its rules.
	Precision specs.Precision
	// Like asks for alternatives to this type.
	Like *specs.InstanceType
	// IncludeUnavailable keeps invitation-only types.
	IncludeUnavailable bool
}

// Reason is one sentence of why a type ranks where it does. Weight orders
// reasons: the ones that decided most come first.
type Reason struct {
	Msg    i18n.Message
	Weight float64
	// Warning marks a reason against the type.
	Warning bool
}

// ComponentName names a part of the fitness score.
type ComponentName string

const (
	Capability   ComponentName = "capability"
	Scenarios    ComponentName = "scenarios"
	Memory       ComponentName = "memory"
	Generation   ComponentName = "generation"
	Recommended  ComponentName = "recommended"
	Availability ComponentName = "availability"
	Licence      ComponentName = "licence"
	Similarity   ComponentName = "similarity"
)

// Component is one part of the fitness score: its points out of its max.
type Component struct {
	Name   ComponentName `json:"name"`
	Points float64       `json:"points"`
	Max    float64       `json:"max"`
}

// Fit is how a sized model sits on one type.
type Fit struct {
	NeededGiB          float64    `json:"needed_gib"`
	GPUsUsed           int        `json:"gpus_used"`
	PerGPUNeededGiB    float64    `json:"per_gpu_needed_gib"`
	PerGPUAvailableGiB float64    `json:"per_gpu_available_gib"`
	Utilization        float64    `json:"utilization"`
	Split              bool       `json:"split"`
	Link               specs.Link `json:"link,omitempty"`
	Parts              []FitPart  `json:"parts"`
}

// FitPart is one share of the estimate, for the JSON fit object.
type FitPart struct {
	Name string  `json:"name"`
	GiB  float64 `json:"gib"`
}

// Result is one ranked type.
type Result struct {
	Type *specs.InstanceType
	// Score is 0.9 × Fitness + 0.1 × Economy, out of 100.
	Score      float64
	Fitness    float64
	Economy    float64
	Components []Component
	Reasons    []Reason
	Fit        *Fit
	costRank   int
}

// Excluded counts the types left out for one reason.
type Excluded struct {
	Msg   i18n.Message
	Count int
}

// CostBy says what ordered the candidates by cost.
type CostBy string

const (
	ByPrice CostBy = "price" // every candidate's synced price
	ByProxy CostBy = "proxy" // fewest GPUs, then vCPUs, then memory
)

// Outcome is the answer to a Request.
type Outcome struct {
	Results  []Result
	Excluded []Excluded
	// ExcludedTotal is the number of types left out.
	ExcludedTotal int
	Estimate      *Estimate
	// Largest is the type with the most GPU memory among those that pass
	// every rule but the model's size; set when a model fits nowhere.
	Largest *specs.InstanceType
	// LargerUnavailable is an invitation-only or sales-only type with
	// more GPU memory than Largest, left out because it is not on sale.
	LargerUnavailable *specs.InstanceType
	CostBy            CostBy
}
