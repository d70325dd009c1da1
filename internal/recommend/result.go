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
	// AnyWorkloads are groups (--workload a,b) of which a type must serve
	// at least one workload each; the first it serves shapes its score.
	AnyWorkloads [][]specs.Workload
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
	// MaxUtil is the most of a GPU's usable memory a model may take;
	// 0: DefaultMaxUtil.
	MaxUtil float64
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
	// NoFit says why a sized model fits nowhere, and what would fit; set
	// when some type passes every rule but the model's size, and none
	// holds it.
	NoFit  *NoFit
	CostBy CostBy
}

// NoFit is a model that no candidate holds: what it needs on the type
// that comes closest, what that type can give, and what would fit.
type NoFit struct {
	// Closest is the candidate with the most usable GPU memory in all;
	// the model needs PerGPUNeededGiB on each of its GPUs used, where
	// each can give BudgetPerGPUGiB (MaxUtil of UsablePerGPUGiB).
	Closest         *specs.InstanceType
	GPUs            int
	PerGPUNeededGiB float64
	UsablePerGPUGiB float64
	BudgetPerGPUGiB float64
	MaxUtil         float64
	// LowerPrecision is the highest precision below the one asked that
	// would fit, and a type it fits on; empty when none would.
	LowerPrecision     specs.Precision
	LowerPrecisionType *specs.InstanceType
	// Unavailable is a type not on general sale, passing every other
	// rule, that would hold the model: --include-unavailable would help.
	Unavailable *specs.InstanceType
	// ShorterContext: the KV cache is most of the need, and a quarter of
	// the context would fit on Closest.
	ShorterContext int
}
