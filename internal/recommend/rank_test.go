package recommend

import (
	"slices"
	"strings"
	"testing"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

func doc() *specs.Catalog { return specs.Document() }

func reasonsOf(r Result) string {
	var s []string
	for _, why := range r.Reasons {
		s = append(s, why.Msg.In(i18n.EN))
	}
	return strings.Join(s, " | ")
}

func position(out Outcome, name string) int {
	for i, r := range out.Results {
		if r.Type.Name == name {
			return i
		}
	}
	return -1
}

func checkInvariants(t *testing.T, out Outcome, catalogSize int) {
	t.Helper()
	if got := len(out.Results) + out.ExcludedTotal; got != catalogSize {
		t.Errorf("%d results + %d left out = %d, want %d", len(out.Results), out.ExcludedTotal, got, catalogSize)
	}
	for i := 1; i < len(out.Results); i++ {
		if out.Results[i].Score > out.Results[i-1].Score {
			t.Errorf("not sorted: %s %.1f after %s %.1f", out.Results[i].Type.Name, out.Results[i].Score, out.Results[i-1].Type.Name, out.Results[i-1].Score)
		}
	}
	for _, r := range out.Results {
		if r.Score < 0 || r.Score > 100 || r.Fitness > 100 || len(r.Reasons) == 0 {
			t.Errorf("%s: score %v fitness %v, %d reasons", r.Type.Name, r.Score, r.Fitness, len(r.Reasons))
		}
	}
}

// TestRankByWorkload: for each workload, the best type, and what must not
// come first.
func TestRankByWorkload(t *testing.T) {
	tests := []struct {
		name      string
		req       Request
		top       string
		topGPU    []string // when the exact type is not the point
		count     int
		notBefore [2]string // [0] must rank after [1]
	}{
		{name: "inference", req: Request{Workloads: []specs.Workload{specs.Inference}}, top: "ecs.gn6i-c4g1.xlarge", count: 27},
		{name: "training", req: Request{Workloads: []specs.Workload{specs.Training}}, topGPU: []string{"V100"}, count: 15,
			notBefore: [2]string{"ecs.gn5-c4g1.xlarge", "ecs.gn6v-c8g1.2xlarge"}},
		{name: "training with gn7", req: Request{Workloads: []specs.Workload{specs.Training}, IncludeUnavailable: true}, top: "ecs.gn7-c12g1.3xlarge", count: 18},
		{name: "scientific", req: Request{Workloads: []specs.Workload{specs.Scientific}}, topGPU: []string{"V100", "P100"}, count: 21,
			notBefore: [2]string{"ecs.gn6i-c4g1.xlarge", "ecs.gn6v-c8g1.2xlarge"}},
		{name: "cloud gaming", req: Request{Workloads: []specs.Workload{specs.CloudGaming}}, top: "ecs.vgn6i-m4-vws.xlarge", count: 14,
			notBefore: [2]string{"ecs.vgn5i-m1.large", "ecs.vgn6i-m4.xlarge"}},
		{name: "ar-vr", req: Request{Workloads: []specs.Workload{specs.ARVR}}, top: "ecs.vgn6i-m4-vws.xlarge", count: 14},
		{name: "graphics", req: Request{Workloads: []specs.Workload{specs.Graphics}}, top: "ecs.gn6i-c4g1.xlarge", count: 14},
		{name: "transcoding", req: Request{Workloads: []specs.Workload{specs.Transcoding}}, top: "ecs.gn5i-c2g1.large", count: 14},
		{name: "gpu database", req: Request{Workloads: []specs.Workload{specs.GPUDatabase}}, top: "ecs.gn6i-c4g1.xlarge", count: 6},
		{name: "teaching", req: Request{Workloads: []specs.Workload{specs.Teaching}}, top: "ecs.vgn6i-m4.xlarge", count: 8,
			notBefore: [2]string{"ecs.vgn6i-m8.2xlarge", "ecs.vgn6i-m4.xlarge"}},
		{name: "two workloads", req: Request{Workloads: []specs.Workload{specs.Training, specs.Inference}}, topGPU: []string{"V100"}, count: 7},
		{name: "hard constraints", req: Request{Workloads: []specs.Workload{specs.Inference}, Query: specs.Query{VGPU: specs.Want{No: true}, GPUs: specs.Range[float64]{Min: ptr(2.0)}}},
			top: "ecs.gn6i-c24g1.12xlarge", count: 9},
		{name: "nothing asked", req: Request{}, count: 35},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := Rank(doc(), tc.req)
			checkInvariants(t, out, 38)
			if len(out.Results) != tc.count {
				t.Fatalf("%d results, want %d", len(out.Results), tc.count)
			}
			best := out.Results[0]
			if tc.top != "" && best.Type.Name != tc.top {
				t.Errorf("top = %s (%.1f: %s), want %s at %d", best.Type.Name, best.Score, reasonsOf(best), tc.top, position(out, tc.top))
			}
			if tc.topGPU != nil && !slices.Contains(tc.topGPU, best.Type.Model()) {
				t.Errorf("top = %s with %s, want one of %v", best.Type.Name, best.Type.Model(), tc.topGPU)
			}
			if a, b := tc.notBefore[0], tc.notBefore[1]; a != "" && position(out, a) < position(out, b) {
				t.Errorf("%s (at %d) ranks before %s (at %d)", a, position(out, a), b, position(out, b))
			}
			for _, r := range out.Results {
				if r.Type.Availability == specs.InviteOnly && !tc.req.IncludeUnavailable {
					t.Errorf("%s is invitation-only", r.Type.Name)
				}
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestRules(t *testing.T) {
	c := doc()
	t.Run("bf16 only where the GPU has it", func(t *testing.T) {
		out := Rank(c, Request{Precision: specs.BF16})
		if len(out.Results) != 0 {
			t.Errorf("%d results without A100", len(out.Results))
		}
		out = Rank(c, Request{Precision: specs.BF16, IncludeUnavailable: true})
		for _, r := range out.Results {
			if r.Type.Model() != "A100" {
				t.Errorf("%s has no bf16", r.Type.Name)
			}
		}
		if len(out.Results) != 3 {
			t.Errorf("%d A100 types, want 3", len(out.Results))
		}
	})
	t.Run("int8 speed-ups need int8 tensor cores", func(t *testing.T) {
		out := Rank(c, Request{Workloads: []specs.Workload{specs.Inference}, Model: &Model{Params: 7e9, Precision: specs.INT8}})
		v100 := out.Results[position(out, "ecs.gn6e-c12g1.3xlarge")]
		t4 := out.Results[position(out, "ecs.gn6i-c4g1.xlarge")]
		if !strings.Contains(reasonsOf(v100), "V100 has no INT8 tensor cores") {
			t.Errorf("V100 reasons: %s", reasonsOf(v100))
		}
		if !strings.Contains(reasonsOf(t4), "T4 has INT8 tensor cores") {
			t.Errorf("T4 reasons: %s", reasonsOf(t4))
		}
		if out.Results[0].Type.Model() != "T4" {
			t.Errorf("int8 7B inference: top %s, want a T4", out.Results[0].Type.Name)
		}
	})
	t.Run("FP64-heavy work wants V100, P100 or A100", func(t *testing.T) {
		out := Rank(c, Request{Workloads: []specs.Workload{specs.Scientific}})
		t4 := out.Results[position(out, "ecs.gn6i-c4g1.xlarge")]
		if !strings.Contains(reasonsOf(t4), "FP64-heavy work wants V100, P100 or A100") || !t4.Reasons[0].Warning {
			t.Errorf("T4 first reason should warn about FP64: %s", reasonsOf(t4))
		}
		for _, r := range out.Results[:5] {
			if r.Type.Model() == "T4" || r.Type.Model() == "P4" {
				t.Errorf("%s in the top five for FP64 work", r.Type.Name)
			}
		}
	})
	t.Run("recommended families first among equals", func(t *testing.T) {
		// gn6v and gn5 both hold a 7B LoRA on... no: compare equal-looking
		// single-GPU 16 GiB types for training.
		out := Rank(c, Request{Workloads: []specs.Workload{specs.Training}, Query: specs.Query{GPUMemoryPerGPUGiB: specs.Range[float64]{Min: ptr(16.0), Max: ptr(16.0)}}})
		if position(out, "ecs.gn6v-c8g1.2xlarge") > position(out, "ecs.gn5-c8g1.2xlarge") {
			t.Error("recommended gn6v should rank before gn5 of the same size")
		}
	})
	t.Run("invitation-only counted when left out", func(t *testing.T) {
		out := Rank(c, Request{Workloads: []specs.Workload{specs.Training}})
		found := false
		for _, e := range out.Excluded {
			if e.Msg.Key == "why.unavailable.invite-only" && e.Count == 3 {
				found = true
			}
		}
		if !found {
			t.Errorf("excluded: %+v", out.Excluded)
		}
	})
}

func TestRankModel(t *testing.T) {
	c := doc()
	t.Run("13B fp16 inference fits one V100 32 GB best", func(t *testing.T) {
		out := Rank(c, Request{Model: &Model{Params: 13e9, Precision: specs.FP16, Task: Infer}})
		checkInvariants(t, out, 38)
		best := out.Results[0]
		if best.Type.Name != "ecs.gn6e-c12g1.3xlarge" || best.Fit == nil || best.Fit.Split || best.Fit.GPUsUsed != 1 {
			t.Fatalf("best %s fit %+v: %s", best.Type.Name, best.Fit, reasonsOf(best))
		}
		for _, r := range out.Results {
			if r.Fit.GPUsUsed > 1 && !r.Fit.Split {
				t.Errorf("%s: %d GPUs but not split", r.Type.Name, r.Fit.GPUsUsed)
			}
			if r.Fit.PerGPUNeededGiB > r.Fit.PerGPUAvailableGiB {
				t.Errorf("%s: %.1f GiB needed on a %.1f GiB GPU", r.Type.Name, r.Fit.PerGPUNeededGiB, r.Fit.PerGPUAvailableGiB)
			}
		}
		// Split with NVLink beats split over PCIe, on 2 of 4 GPUs each.
		split := out.Results[position(out, "ecs.gn6i-c24g1.24xlarge")]
		if split.Fit.Link != specs.LinkPCIe || !strings.Contains(reasonsOf(split), "over PCIe, without NVLink") {
			t.Errorf("gn6i split: %+v %s", split.Fit, reasonsOf(split))
		}
		nv := out.Results[position(out, "ecs.gn6v-c8g1.8xlarge")]
		if nv.Fit.Link != specs.LinkNVLink || nv.Components[2].Name != Memory || nv.Components[2].Points <= split.Components[2].Points {
			t.Errorf("NVLink split memory score %v should beat PCIe %v", nv.Components[2], split.Components[2])
		}
	})
	t.Run("7B LoRA fine-tune", func(t *testing.T) {
		out := Rank(c, Request{Model: &Model{Params: 7e9, Task: FineTune}})
		if got := out.Results[0].Type.Name; got != "ecs.gn6e-c12g1.3xlarge" {
			t.Errorf("top %s: %s", got, reasonsOf(out.Results[0]))
		}
	})
	t.Run("too large for any instance", func(t *testing.T) {
		out := Rank(c, Request{Model: &Model{Params: 1e12}})
		if len(out.Results) != 0 || out.Largest == nil || out.Largest.Name != "ecs.gn6e-c12g1.24xlarge" {
			t.Errorf("results %d, largest %v", len(out.Results), out.Largest)
		}
		out = Rank(c, Request{Model: &Model{Params: 1e12}, IncludeUnavailable: true})
		if out.Largest == nil || out.Largest.Name != "ecs.gn7-c13g1.26xlarge" {
			t.Errorf("largest with gn7: %v", out.Largest)
		}
	})
	t.Run("a slice is enough for a small model", func(t *testing.T) {
		out := Rank(c, Request{Workloads: []specs.Workload{specs.Inference}, Model: &Model{Params: 350e6}})
		if position(out, "ecs.vgn6i-m4.xlarge") > 2 {
			t.Errorf("a 350M model: vgn6i-m4 at %d", position(out, "ecs.vgn6i-m4.xlarge"))
		}
		big := Rank(c, Request{Workloads: []specs.Workload{specs.Inference}, Model: &Model{Params: 7e9}})
		if position(big, "ecs.vgn6i-m4.xlarge") != -1 {
			t.Error("a 7B model does not fit a quarter T4")
		}
	})
}

func TestLike(t *testing.T) {
	c := doc()
	gn5 := c.Type("ecs.gn5-c8g1.2xlarge")
	out := Rank(c, Request{Like: gn5})
	checkInvariants(t, out, 38)
	if position(out, gn5.Name) != -1 {
		t.Fatal("--like returned the type itself")
	}
	best := out.Results[0]
	if best.Type.Name != "ecs.gn6v-c8g1.2xlarge" {
		t.Errorf("best replacement %s: %s", best.Type.Name, reasonsOf(best))
	}
	if !best.Type.Recommended {
		t.Error("recommended families come first")
	}
	if !strings.HasPrefix(reasonsOf(best), "like ecs.gn5-c8g1.2xlarge: 16 GiB of GPU memory per GPU (was 16), 8 vCPU (was 8)") {
		t.Errorf("first reason: %s", reasonsOf(best))
	}
}

// TestEconomy: the cost proxy orders equals, and price replaces it when
// every candidate has one.
func TestEconomy(t *testing.T) {
	c := doc()
	out := Rank(c, Request{Workloads: []specs.Workload{specs.GPUDatabase}})
	var got []string
	for _, r := range out.Results {
		got = append(got, r.Type.Name)
	}
	want := []string{"ecs.gn6i-c4g1.xlarge", "ecs.gn6i-c8g1.2xlarge", "ecs.gn6i-c16g1.4xlarge", "ecs.gn6i-c24g1.6xlarge", "ecs.gn6i-c24g1.12xlarge", "ecs.gn6i-c24g1.24xlarge"}
	if !slices.Equal(got, want) || out.CostBy != ByProxy {
		t.Errorf("order %v by %s", got, out.CostBy)
	}
	// With some prices, the priced types come first, cheapest first.
	partly := slices.Clone(c.Types)
	for i := range partly {
		if partly[i].Name == "ecs.gn6i-c24g1.12xlarge" {
			price := 50.0
			partly[i].PricePerHour = &price
		}
	}
	out = Rank(specs.NewCatalog(c.Families, c.GPUs, partly), Request{Workloads: []specs.Workload{specs.GPUDatabase}})
	if out.CostBy != ByPrice || out.Results[0].Type.Name != "ecs.gn6i-c24g1.12xlarge" || !strings.Contains(reasonsOf(out.Results[1]), "no price is known") {
		t.Errorf("by %s, top %s; second: %s", out.CostBy, out.Results[0].Type.Name, reasonsOf(out.Results[1]))
	}
	// With prices, the cheapest wins among equals even if it is bigger.
	types := slices.Clone(c.Types)
	for i := range types {
		price := float64(types[i].VCPU)
		if types[i].Name == "ecs.gn6i-c24g1.6xlarge" {
			price = 1
		}
		types[i].PricePerHour = &price
	}
	priced := specs.NewCatalog(c.Families, c.GPUs, types)
	out = Rank(priced, Request{Workloads: []specs.Workload{specs.GPUDatabase}})
	if out.CostBy != ByPrice || out.Results[0].Type.Name != "ecs.gn6i-c24g1.6xlarge" {
		t.Errorf("by %s, top %s", out.CostBy, out.Results[0].Type.Name)
	}
}
