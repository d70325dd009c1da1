package recommend

import (
	"math"
	"testing"
)

// FuzzParseParams: any input fails or gives a count in range that reads
// back from its own spelling.
func FuzzParseParams(f *testing.F) {
	for _, s := range []string{"7B", "13b", "70B", "1.5e9", "350M", "1.5T", "seven", "", "0", "-7B", "7BB", "1e99", " 7 B ", "500k", "1e3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseParams(s)
		if err != nil {
			if _, ok := err.(*ParamsError); !ok {
				t.Fatalf("%q: error %T", s, err)
			}
			return
		}
		if v < 1 || v > 1e15 || math.IsNaN(v) {
			t.Fatalf("%q: %v out of range", s, v)
		}
		back, err := ParseParams(FormatParams(v))
		if err != nil || math.Abs(back-v) > v*1e-9 {
			t.Fatalf("%q: %v reads back as %v (%v)", s, v, back, err)
		}
		total := NewGuessedModel(v).Estimate().On(1).Total
		if total <= 0 || math.IsInf(total, 0) || math.IsNaN(total) {
			t.Fatalf("%q: estimate %v", s, total)
		}
	})
}
