// Package specstest makes catalogs for tests, benchmarks and scale
// scripts; the gpuspec binary does not use it.
package specstest

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// Synthetic returns a catalog of n types made from the current edition's:
// copies with numbered names and varied sizes, in families the catalog
// knows, for catalogs far larger than its 116 types.
func Synthetic(n int) *specs.Catalog {
	doc := specs.CurrentCatalog()
	types := make([]specs.InstanceType, n)
	for i := range types {
		t := doc.Types[i%len(doc.Types)]
		scale := 1 + i/len(doc.Types)%4
		t.Name = t.Name + ".n" + strconv.Itoa(i)
		t.VCPU *= scale
		t.MemoryGiB *= float64(scale)
		t.NetworkGbps *= float64(scale)
		types[i] = t
	}
	return doc.WithTypes(types)
}

// All selects every type of c, in catalog order.
func All(c *specs.Catalog) []*specs.InstanceType {
	out := make([]*specs.InstanceType, len(c.Types))
	for i := range c.Types {
		out[i] = &c.Types[i]
	}
	return out
}

// ParseArgs reads list's filter flags into a query, as the command line
// does: ParseArgs([]string{"--gpu", "T4", "--vgpu", "--vcpus=8.."}, c).
func ParseArgs(args []string, c *specs.Catalog) (specs.Query, error) {
	var q specs.Query
	for i := 0; i < len(args); i++ {
		flag, value, hasValue := strings.Cut(strings.TrimPrefix(args[i], "--"), "=")
		crit := specs.CriterionByFlag(flag)
		if crit == nil {
			return q, fmt.Errorf("no criterion for %s", args[i])
		}
		switch {
		case hasValue:
		case crit.Kind == specs.ByYesNo && (i+1 == len(args) || strings.HasPrefix(args[i+1], "--")):
			value = "true"
		case i+1 == len(args):
			return q, fmt.Errorf("%s needs a value", args[i])
		default:
			i++
			value = args[i]
		}
		if err := crit.Add(&q, value, c); err != nil {
			return q, err
		}
	}
	return q, nil
}

// BenchSizes are the catalog sizes benchmarks run at: the built-in
// current edition's, and two synthetic ones.
var BenchSizes = []int{116, 10_000, 100_000}

// Catalog is the current edition's catalog for its own size, else a
// synthetic one of n types.
func Catalog(n int) *specs.Catalog {
	if c := specs.CurrentCatalog(); n == len(c.Types) {
		return c
	}
	return Synthetic(n)
}

// EachSize runs bench once per size of BenchSizes, as a sub-benchmark
// named rows=N, with allocations reported.
func EachSize(b *testing.B, bench func(b *testing.B, c *specs.Catalog)) {
	for _, n := range BenchSizes {
		c := Catalog(n)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			bench(b, c)
		})
	}
}
