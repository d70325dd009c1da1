package recommend

import (
	"maps"
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
		// The vWS types serve graphics: their licence is for it.
		{name: "graphics", req: Request{Workloads: []specs.Workload{specs.Graphics}}, topGPU: []string{"T4"}, count: 16},
		// Every GPU with a video encoder transcodes; Turing's beat Pascal's.
		{name: "transcoding", req: Request{Workloads: []specs.Workload{specs.Transcoding}}, top: "ecs.gn6i-c4g1.xlarge", count: 28,
			notBefore: [2]string{"ecs.gn5i-c2g1.large", "ecs.gn6i-c4g1.xlarge"}},
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
	t.Run("weight-only int8 computes in fp16", func(t *testing.T) {
		out := Rank(c, Request{Workloads: []specs.Workload{specs.Inference}, Model: guessed(7e9, Infer, specs.INT8)})
		for _, name := range []string{"ecs.gn6e-c12g1.3xlarge", "ecs.gn6i-c4g1.xlarge"} {
			r := out.Results[position(out, name)]
			if why := reasonsOf(r); !strings.Contains(why, "INT8 weights are widened to FP16") || strings.Contains(why, "INT8 tensor cores") {
				t.Errorf("%s reasons: %s", name, why)
			}
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

func guessed(params float64, task Task, precision specs.Precision) *Model {
	m := NewGuessedModel(params)
	m.Task, m.Precision, m.Context, m.Batch = task, precision, DefaultContext, DefaultBatch
	return &m
}

func presetModel(t *testing.T, name string, precision specs.Precision, context, batch int) *Model {
	m := NewModel(preset(t, name))
	m.Task, m.Precision, m.Context, m.Batch = Infer, precision, context, batch
	return &m
}

func TestRankModel(t *testing.T) {
	c := doc()
	t.Run("13B fp16 inference fits one V100 32 GB best", func(t *testing.T) {
		out := Rank(c, Request{Model: guessed(13e9, Infer, specs.FP16)})
		checkInvariants(t, out, 38)
		best := out.Results[0]
		if best.Type.Name != "ecs.gn6e-c12g1.3xlarge" || best.Fit == nil || best.Fit.GPUsUsed != 1 || best.Fit.Interconnect != nil {
			t.Fatalf("best %s fit %+v: %s", best.Type.Name, best.Fit, reasonsOf(best))
		}
		for _, r := range out.Results {
			f := r.Fit
			if f.Utilization > DefaultMaxUtil || f.PerGPUNeededGiB > f.UsablePerGPUGiB*DefaultMaxUtil+0.01 || f.UsablePerGPUGiB >= r.Type.DeviceMemory() {
				t.Errorf("%s: %.2f GiB needed of %.2f usable (%.2f)", r.Type.Name, f.PerGPUNeededGiB, f.UsablePerGPUGiB, f.Utilization)
			}
			if (f.GPUsUsed > 1) != (f.Interconnect != nil) {
				t.Errorf("%s: %d GPUs, interconnect %v", r.Type.Name, f.GPUsUsed, f.Interconnect)
			}
		}
		// Split with NVLink beats split over PCIe, on 2 of 4 GPUs each.
		split := out.Results[position(out, "ecs.gn6i-c24g1.24xlarge")]
		if *split.Fit.Interconnect != specs.LinkPCIe || !strings.Contains(reasonsOf(split), "over PCIe, without NVLink") {
			t.Errorf("gn6i split: %+v %s", split.Fit, reasonsOf(split))
		}
		nv := out.Results[position(out, "ecs.gn6v-c8g1.8xlarge")]
		if *nv.Fit.Interconnect != specs.LinkNVLink || nv.Components[2].Name != Memory || nv.Components[2].Points <= split.Components[2].Points {
			t.Errorf("NVLink split memory score %v should beat PCIe %v", nv.Components[2], split.Components[2])
		}
		if nv.Fit.Speed == nil || split.Fit.Speed == nil || nv.Fit.Speed.PerSequence <= split.Fit.Speed.PerSequence {
			t.Errorf("NVLink's speed should beat PCIe's on the same GPU count: %+v %+v", nv.Fit.Speed, split.Fit.Speed)
		}
	})
	t.Run("7B LoRA fine-tune", func(t *testing.T) {
		out := Rank(c, Request{Model: guessed(7e9, FineTune, specs.FP16)})
		if got := out.Results[0].Type.Name; got != "ecs.gn6e-c12g1.3xlarge" {
			t.Errorf("top %s: %s", got, reasonsOf(out.Results[0]))
		}
	})
	t.Run("a fit at full memory is no fit", func(t *testing.T) {
		// 16 GiB on a 16 GB T4 was a fit once; usable memory is 14.5 GiB.
		out := Rank(specs.CurrentCatalog(), Request{Model: presetModel(t, "llama-3.1-8b", specs.FP16, 2048, 1), Query: specs.Query{GPUModels: specs.Clauses{{"T4"}}, GPUs: specs.Range[float64]{Max: ptr(1.0)}}})
		if len(out.Results) != 0 || out.NoFit == nil {
			t.Fatalf("an 8B fp16 model on one T4: %d results", len(out.Results))
		}
	})
	t.Run("a slice is enough for a small model", func(t *testing.T) {
		out := Rank(c, Request{Workloads: []specs.Workload{specs.Inference}, Model: guessed(350e6, Infer, specs.FP16)})
		if position(out, "ecs.vgn6i-m4.xlarge") > 2 {
			t.Errorf("a 350M model: vgn6i-m4 at %d", position(out, "ecs.vgn6i-m4.xlarge"))
		}
		big := Rank(c, Request{Workloads: []specs.Workload{specs.Inference}, Model: guessed(7e9, Infer, specs.FP16)})
		if position(big, "ecs.vgn6i-m4.xlarge") != -1 {
			t.Error("a 7B model does not fit a quarter T4")
		}
	})
}

// TestGQAFlipsThePick is the case: an 8B model at 8k × 8 needs
// about 8 GiB of KV cache with grouped-query attention, not 32, so one
// GPU holds it.
func TestGQAFlipsThePick(t *testing.T) {
	c := specs.CurrentCatalog()
	out := Rank(c, Request{Model: presetModel(t, "llama-3.1-8b", specs.FP16, 8192, 8)})
	best := out.Results[0]
	if best.Fit.GPUsUsed != 1 || !near(best.Fit.KVCacheGiB, 8) || best.Fit.NeededGiB > 25 {
		t.Errorf("best %s on %d GPUs, KV %.1f GiB, needs %.1f: %s", best.Type.Name, best.Fit.GPUsUsed, best.Fit.KVCacheGiB, best.Fit.NeededGiB, reasonsOf(best))
	}
	full := Rank(c, Request{Model: guessed(8e9, Infer, specs.FP16)})
	if full.Estimate.KVCache <= out.Estimate.KVCache/8*2048/8192 {
		t.Error("a guessed shape keeps full multi-head attention")
	}
}

func TestNoFit(t *testing.T) {
	cur := specs.CurrentCatalog()
	t.Run("the need and what the closest gives agree", func(t *testing.T) {
		out := Rank(cur, Request{Model: presetModel(t, "llama-3.1-405b", specs.FP16, 2048, 1)})
		nf := out.NoFit
		if len(out.Results) != 0 || nf == nil {
			t.Fatalf("405B fp16 fits: %d results", len(out.Results))
		}
		if nf.PerGPUNeededGiB <= nf.BudgetPerGPUGiB || nf.BudgetPerGPUGiB >= nf.UsablePerGPUGiB || nf.GPUs != 8 {
			t.Errorf("contradiction: needs %.1f on each of %d, gives %.1f of %.1f", nf.PerGPUNeededGiB, nf.GPUs, nf.BudgetPerGPUGiB, nf.UsablePerGPUGiB)
		}
		// int8 (405 GB) fits 8 × 80 GB; the first lower precision that
		// fits is the one suggested.
		if nf.LowerPrecision != specs.INT8 || nf.LowerPrecisionType == nil {
			t.Errorf("lower precision %q on %v", nf.LowerPrecision, nf.LowerPrecisionType)
		}
		m := presetModel(t, "llama-3.1-405b", specs.INT8, 2048, 1)
		if again := Rank(cur, Request{Model: m}); position(again, nf.LowerPrecisionType.Name) < 0 {
			t.Errorf("the suggested %s does not hold it at int4", nf.LowerPrecisionType.Name)
		}
	})
	t.Run("--include-unavailable only when it helps", func(t *testing.T) {
		out := Rank(cur, Request{Model: presetModel(t, "deepseek-r1", specs.FP8, 2048, 1)})
		if out.NoFit == nil || out.NoFit.Unavailable == nil || !out.NoFit.Unavailable.Availability.Unavailable() {
			t.Fatalf("DeepSeek-R1 fp8: %+v", out.NoFit)
		}
		with := Rank(cur, Request{Model: presetModel(t, "deepseek-r1", specs.FP8, 2048, 1), IncludeUnavailable: true})
		if position(with, out.NoFit.Unavailable.Name) < 0 {
			t.Errorf("%s does not hold it after all", out.NoFit.Unavailable.Name)
		}
		// The user's own filter excludes every sales-only type: no hint.
		filtered := Rank(cur, Request{Model: presetModel(t, "deepseek-r1", specs.FP8, 2048, 1), Query: specs.Query{GPUModels: specs.Clauses{{"A100"}}}})
		if filtered.NoFit == nil || filtered.NoFit.Unavailable != nil {
			t.Errorf("a hint the filters rule out: %+v", filtered.NoFit)
		}
		// Nothing would hold it: no hint either.
		huge := Rank(cur, Request{Model: guessed(5e12, Infer, specs.INT4)})
		if huge.NoFit == nil || huge.NoFit.Unavailable != nil || huge.NoFit.LowerPrecision != "" {
			t.Errorf("hints for a model nothing holds: %+v", huge.NoFit)
		}
	})
	t.Run("a shorter context when the KV cache is the problem", func(t *testing.T) {
		out := Rank(cur, Request{Model: presetModel(t, "llama-3.1-70b", specs.INT4, 131072, 8), Query: specs.Query{GPUModels: specs.Clauses{{"A10"}}}})
		if out.NoFit == nil || out.NoFit.ShorterContext == 0 || out.NoFit.ShorterContext >= 131072 {
			t.Errorf("%+v", out.NoFit)
		}
	})
}

func TestTrainingExcludesSlices(t *testing.T) {
	for _, task := range []Task{Train, FineTune} {
		out := Rank(specs.CurrentCatalog(), Request{Model: guessed(125e6, task, specs.FP16)})
		for _, r := range out.Results {
			if r.Type.VGPU || r.Type.IsSlice() {
				t.Errorf("%s: %s is a vGPU slice", task, r.Type.Name)
			}
		}
		found := false
		for _, e := range out.Excluded {
			found = found || e.Msg.Key == "why.training_slice"
		}
		if !found {
			t.Errorf("%s: slices not counted as left out: %+v", task, out.Excluded)
		}
	}
	// Inference still takes them.
	out := Rank(specs.CurrentCatalog(), Request{Model: guessed(125e6, Infer, specs.FP16)})
	slice := false
	for _, r := range out.Results {
		slice = slice || r.Type.IsSlice()
	}
	if !slice {
		t.Error("inference of a small model leaves out slices")
	}
}

func TestPrecisionRules(t *testing.T) {
	c := doc()
	out := Rank(c, Request{Precision: specs.BF16})
	for _, e := range out.Excluded {
		if e.Msg.Key == "why.no_bf16" && !strings.Contains(e.Msg.In(i18n.EN), "--precision fp16") {
			t.Errorf("no hint: %s", e.Msg.In(i18n.EN))
		}
	}
	// Weight-only int4 is credited to FP16 tensor cores, never INT4 ones.
	w := Rank(specs.CurrentCatalog(), Request{Model: presetModel(t, "qwen2.5-72b", specs.INT4, 2048, 1)})
	for _, r := range w.Results {
		why := reasonsOf(r)
		if strings.Contains(why, "INT4 tensor cores") || !strings.Contains(why, "widened to FP16") {
			t.Errorf("%s: %s", r.Type.Name, why)
			break
		}
	}
	// FP8 on Ampere is widened; Ada computes in it; Volta cannot.
	f := Rank(specs.CurrentCatalog(), Request{Model: presetModel(t, "llama-3.1-8b", specs.FP8, 2048, 1), IncludeUnavailable: true})
	for _, r := range f.Results {
		switch r.Type.Model() {
		case "A10":
			if !strings.Contains(reasonsOf(r), "no FP8 tensor cores") {
				t.Errorf("A10: %s", reasonsOf(r))
			}
		case "L20":
			if !strings.Contains(reasonsOf(r), "L20 has FP8 tensor cores") {
				t.Errorf("L20: %s", reasonsOf(r))
			}
		case "V100", "T4", "P100", "P4":
			t.Errorf("%s runs fp8", r.Type.Name)
		}
	}
}

func TestGraphicsWithLicence(t *testing.T) {
	for _, c := range []*specs.Catalog{specs.Document(), specs.CurrentCatalog()} {
		out := Rank(c, Request{Workloads: []specs.Workload{specs.Graphics}, Query: specs.Query{LicenseIncluded: specs.Want{Yes: true}}})
		if len(out.Results) == 0 {
			t.Fatalf("graphics with --license-included finds nothing in %d types", len(c.Types))
		}
		for _, r := range out.Results {
			if !r.Type.LicenseIncluded {
				t.Errorf("%s has no vWS licence", r.Type.Name)
			}
		}
	}
}

func TestTranscodingByVideoEngines(t *testing.T) {
	out := Rank(specs.CurrentCatalog(), Request{Workloads: []specs.Workload{specs.Transcoding}, IncludeUnavailable: true})
	models := map[string]bool{}
	for _, r := range out.Results {
		models[r.Type.Model()] = true
	}
	if models["A100"] || models["A30"] {
		t.Errorf("GPUs without NVENC transcode: %v", models)
	}
	if !models["L20"] || !models["A10"] {
		t.Errorf("GPUs with NVENC left out because their family does not list transcoding: %v", models)
	}
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
	if !strings.HasPrefix(reasonsOf(best), "like ecs.gn5-c8g1.2xlarge: 1 × 16 GiB GPU (was 1 × 16), 8 vCPU (was 8)") {
		t.Errorf("first reason: %s", reasonsOf(best))
	}
	// A T4 replaces neither a P100 nor a V100: less FP64, less FP16.
	for _, name := range []string{"ecs.gn5-c8g1.2xlarge", "ecs.gn6v-c8g1.2xlarge"} {
		for _, cat := range []*specs.Catalog{doc(), specs.CurrentCatalog()} {
			out := Rank(cat, Request{Like: cat.Type(name)})
			for _, r := range out.Results {
				if m := r.Type.Model(); m == "T4" || m == "P4" || r.Type.MemoryPerGPU() < 16 {
					t.Errorf("%s replaced by %s (%s)", name, r.Type.Name, m)
				}
			}
			if len(out.Results) > 0 && out.Results[0].Type.GPUs() != cat.Type(name).GPUs() {
				t.Errorf("%s: the same GPU count first, got %s", name, out.Results[0].Type.Name)
			}
		}
	}
	// A vWS type is replaced by a vWS type.
	vws := specs.CurrentCatalog().Type("ecs.sgn7i-vws-m4.2xlarge")
	out = Rank(specs.CurrentCatalog(), Request{Like: vws})
	if len(out.Results) == 0 {
		t.Fatal("nothing replaces a vWS type")
	}
	for _, r := range out.Results {
		if !r.Type.LicenseIncluded {
			t.Errorf("%s replaces %s without the licence", r.Type.Name, vws.Name)
		}
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

// TestAnyWorkloads: --workload a,b ranks the types that serve either, each
// scored for the one it serves; repeated workloads must all be served.
func TestAnyWorkloads(t *testing.T) {
	c := specs.CurrentCatalog()
	names := func(req Request) map[string]bool {
		out := map[string]bool{}
		for _, r := range Rank(c, req).Results {
			out[r.Type.Name] = true
		}
		return out
	}
	training := names(Request{Workloads: []specs.Workload{specs.Training}})
	gaming := names(Request{Workloads: []specs.Workload{specs.CloudGaming}})
	video := names(Request{Workloads: []specs.Workload{specs.Transcoding}})
	either := names(Request{AnyWorkloads: [][]specs.Workload{{specs.Training, specs.CloudGaming}}})
	union := maps.Clone(training)
	maps.Copy(union, gaming)
	if !maps.Equal(either, union) || len(either) <= len(training) || len(either) <= len(gaming) {
		t.Errorf("training or cloud-gaming: %d types; training %d, cloud-gaming %d, union %d", len(either), len(training), len(gaming), len(union))
	}
	// A group with transcoding goes by the video encoders as alone.
	eitherVideo := names(Request{AnyWorkloads: [][]specs.Workload{{specs.CloudGaming, specs.Transcoding}}})
	union = maps.Clone(gaming)
	maps.Copy(union, video)
	if !maps.Equal(eitherVideo, union) {
		t.Errorf("cloud-gaming or transcoding: %d types, want %d", len(eitherVideo), len(union))
	}
	// A type is scored for the workload of the group it serves: a
	// cloud-gaming type says so, not that training is not listed.
	out := Rank(c, Request{AnyWorkloads: [][]specs.Workload{{specs.Training, specs.CloudGaming}}})
	for _, r := range out.Results {
		if gaming[r.Type.Name] && !training[r.Type.Name] && strings.Contains(reasonsOf(r), "training") {
			t.Errorf("%s: %s", r.Type.Name, reasonsOf(r))
		}
	}
	both := names(Request{Workloads: []specs.Workload{specs.Training, specs.CloudGaming}})
	for n := range both {
		if !training[n] || !gaming[n] {
			t.Errorf("%s is in training and cloud-gaming without serving both", n)
		}
	}
}
