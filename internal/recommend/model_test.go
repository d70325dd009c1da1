package recommend

import (
	"math"
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
)

const gibF = float64(1 << 30)

func near(a, b float64) bool { return math.Abs(a-b) < 0.001 }

func part(e Estimate, name string) float64 {
	for _, p := range e.Parts {
		if p.Name == name {
			return p.GiB
		}
	}
	return -1
}

// TestEstimateByHand checks the sizing against figures computed by hand
// from the formulas in the README.
func TestEstimateByHand(t *testing.T) {
	tests := []struct {
		name   string
		model  Model
		layers int
		parts  map[string]float64 // GiB
		total  float64
	}{
		{
			// 13B fp16 inference: 40 layers, d_model 5120.
			// weights 13e9 × 2 B; KV 2 × 40 × 5120 × 2048 × 1 × 2 B;
			// overhead 10% of both + 1 GiB.
			name:   "13B fp16 inference",
			model:  Model{Params: 13e9, Precision: specs.FP16, Task: Infer, Context: 2048, Batch: 1},
			layers: 40,
			parts:  map[string]float64{"weights": 26e9 / gibF, "kv_cache": 1.5625, "overhead": (26e9/gibF+1.5625)*0.1 + 1},
			total:  (26e9/gibF+1.5625)*1.1 + 1,
		},
		{
			// 7B LoRA: 33 layers, d_model 4224; adapters 1% × 16 B;
			// activations 2048 × 4224 × (2 × 33 + 34) B.
			name:   "7B fp16 LoRA fine-tune",
			model:  Model{Params: 7e9, Precision: specs.FP16, Task: FineTune, Context: 2048, Batch: 1},
			layers: 33,
			parts:  map[string]float64{"weights": 14e9 / gibF, "adapters": 1.12e9 / gibF, "activations": 2048 * 4224 * 100 / gibF},
			total:  (14e9+1.12e9+2048*4224*100)/gibF*1.1 + 1,
		},
		{
			// Full training with Adam, mixed precision: 16 B per parameter.
			name:   "7B fp16 training",
			model:  Model{Params: 7e9, Precision: specs.FP16, Task: Train, Context: 2048, Batch: 1},
			layers: 33,
			parts:  map[string]float64{"weights": 14e9 / gibF, "gradients": 14e9 / gibF, "optimizer": 84e9 / gibF},
			total:  (112e9+2048*4224*100)/gibF*1.1 + 1,
		},
		{
			name:   "7B fp32 training is also 16 B per parameter",
			model:  Model{Params: 7e9, Precision: specs.FP32, Task: Train, Context: 2048, Batch: 1},
			layers: 33,
			parts:  map[string]float64{"weights": 28e9 / gibF, "gradients": 28e9 / gibF, "optimizer": 56e9 / gibF},
			total:  (112e9+2048*4224*100)/gibF*1.1 + 1,
		},
		{
			// int4 weights; the KV cache stays fp16; batch 4, context 4096.
			name:   "70B int4 inference, batch 4",
			model:  Model{Params: 70e9, Precision: specs.INT4, Task: Infer, Context: 4096, Batch: 4},
			layers: 71,
			parts:  map[string]float64{"weights": 35e9 / gibF, "kv_cache": 2 * 71 * 9088 * 4096 * 4 * 2 / gibF},
			total:  (35e9+2*71*9088*4096*4*2)/gibF*1.1 + 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.model.Estimate()
			if e.Shape.Layers != tc.layers || e.Shape.DModel != 128*tc.layers {
				t.Errorf("shape %+v, want %d layers", e.Shape, tc.layers)
			}
			for name, want := range tc.parts {
				if got := part(e, name); !near(got, want) {
					t.Errorf("%s = %.4f GiB, want %.4f", name, got, want)
				}
			}
			if !near(e.TotalGiB, tc.total) {
				t.Errorf("total = %.4f GiB, want %.4f", e.TotalGiB, tc.total)
			}
			sum := 0.0
			for _, p := range e.Parts {
				sum += p.GiB
			}
			if !near(sum, e.TotalGiB) {
				t.Errorf("parts add up to %.4f, total %.4f", sum, e.TotalGiB)
			}
		})
	}
}

func TestEstimateDefaultsAndSplit(t *testing.T) {
	e := Model{Params: 13e9}.Estimate()
	if e.Model.Context != DefaultContext || e.Model.Batch != DefaultBatch || e.Model.Precision != specs.FP16 || e.Model.Task != Infer {
		t.Errorf("defaults: %+v", e.Model)
	}
	if !near(e.PerGPU(1), e.TotalGiB) {
		t.Error("one GPU holds it all")
	}
	if !near(e.PerGPU(4), (e.TotalGiB-1)/4+1) {
		t.Errorf("per GPU of 4 = %.3f", e.PerGPU(4))
	}
}

func TestParseParams(t *testing.T) {
	for in, want := range map[string]float64{
		"7B": 7e9, "13b": 13e9, "70B": 70e9, "1.5e9": 1.5e9, "350M": 350e6, "1.5T": 1.5e12, " 7 B ": 7e9, "125m": 125e6, "1e3": 1000, "7G": 7e9, "500k": 5e5,
	} {
		got, err := ParseParams(in)
		if err != nil || got != want {
			t.Errorf("ParseParams(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "seven", "7BB", "-7B", "0", "B", "7 billion", "inf", "NaN", "1e99", "0.5", "7x"} {
		if v, err := ParseParams(bad); err == nil {
			t.Errorf("ParseParams(%q) = %v, want an error", bad, v)
		}
	}
	for p, want := range map[float64]string{7e9: "7B", 13e9: "13B", 350e6: "350M", 1.5e12: "1.5T", 999: "999"} {
		if got := FormatParams(p); got != want {
			t.Errorf("FormatParams(%v) = %q, want %q", p, got, want)
		}
	}
}

func TestParseContext(t *testing.T) {
	for in, want := range map[string]int{"2048": 2048, "4k": 4096, "32K": 32768, " 128 ": 128} {
		if got, ok := ParseContext(in); !ok || got != want {
			t.Errorf("ParseContext(%q) = %d, %v", in, got, ok)
		}
	}
	for _, bad := range []string{"", "0", "-1", "4m", "k", "1.5k", "99999999999"} {
		if got, ok := ParseContext(bad); ok {
			t.Errorf("ParseContext(%q) = %d, want an error", bad, got)
		}
	}
}
