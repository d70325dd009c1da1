package recommend

import (
	"cmp"
	"slices"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// applyEconomy ranks the candidates by cost and turns the rank into the
// economy score (100 for the cheapest), then computes each final score.
// Types with a known price come first, cheapest first; the rest follow in
// the order of the cost proxy: fewest GPUs (a slice before a whole card),
// then fewest vCPUs, then least memory. Without any price, the proxy alone
// decides.
func applyEconomy(rs []Result) CostBy {
	by := ByProxy
	for i := range rs {
		if rs[i].Type.PricePerHour != nil {
			by = ByPrice
			break
		}
	}
	if len(rs) == 0 {
		return by
	}
	costCmp := func(a, b *specs.InstanceType) int {
		pa, pb := a.PricePerHour, b.PricePerHour
		switch {
		case pa != nil && pb != nil:
			return cmp.Compare(*pa, *pb)
		case pa != nil:
			return -1
		case pb != nil:
			return 1
		}
		if c := cmp.Compare(a.GPUs(), b.GPUs()); c != 0 {
			return c
		}
		if c := cmp.Compare(a.VCPU, b.VCPU); c != 0 {
			return c
		}
		return cmp.Compare(a.MemoryGiB, b.MemoryGiB)
	}
	idx := make([]int, len(rs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return costCmp(rs[a].Type, rs[b].Type) })
	rank := 0
	for k, i := range idx {
		if k > 0 && costCmp(rs[idx[k-1]].Type, rs[i].Type) != 0 {
			rank++
		}
		rs[i].costRank = rank
	}
	for i := range rs {
		r := &rs[i]
		r.Economy = 100
		if rank > 0 {
			r.Economy = round1(100 * float64(rank-r.costRank) / float64(rank))
		}
		r.Score = round1(fitnessShare*r.Fitness + economyShare*r.Economy)
		if r.costRank == 0 {
			r.Reasons = append(r.Reasons, Reason{Msg: i18n.Msg("why.cheapest_" + string(by)), Weight: 0.5})
		}
		switch {
		case r.Type.PricePerHour != nil:
			r.Reasons = append(r.Reasons, Reason{Msg: i18n.Msg("why.price", num(*r.Type.PricePerHour), deref(r.Type.Currency)), Weight: 0.45})
		case by == ByPrice:
			r.Reasons = append(r.Reasons, Reason{Msg: i18n.Msg("why.no_price"), Weight: 0.45, Warning: true})
		}
		if f := r.Fit; f != nil && f.Speed != nil && f.Speed.CostPerM != nil {
			r.Reasons = append(r.Reasons, Reason{Msg: i18n.Msg("why.cost_per_m", num(*f.Speed.CostPerM), deref(r.Type.Currency)), Weight: 0.44})
		}
		slices.SortStableFunc(r.Reasons, func(a, b Reason) int { return cmp.Compare(b.Weight, a.Weight) })
	}
	return by
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
