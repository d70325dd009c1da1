package specs

import (
	"math"
	"testing"
)

// FuzzParseRange: any input either fails with a RangeError or gives a
// range whose bounds are sane and which reads back the same when written.
func FuzzParseRange(f *testing.F) {
	for _, s := range []string{"8", "8..32", "8..", "..32", "0.25..1", "1/4", "1/8..1/2", "", "..", "abc", "-1", "32..8", "1e3", "1...2", "1/0", " 4 .. 8 ", "9e999", "0x10", "NaN"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRange[float64](s)
		if err != nil {
			if _, ok := err.(*RangeError); !ok {
				t.Fatalf("%q: error %T is not a RangeError", s, err)
			}
			return
		}
		for _, b := range []*float64{r.Min, r.Max} {
			if b != nil && (*b < 0 || math.IsNaN(*b) || math.IsInf(*b, 0)) {
				t.Fatalf("%q: bound %v", s, *b)
			}
		}
		if r.Min != nil && r.Max != nil && *r.Min > *r.Max {
			t.Fatalf("%q: min %v > max %v", s, *r.Min, *r.Max)
		}
		back, err := ParseRange[float64](FormatRange(r))
		if err != nil || !sameBound(back.Min, r.Min) || !sameBound(back.Max, r.Max) {
			t.Fatalf("%q: %q does not read back: %v", s, FormatRange(r), err)
		}
		if ri, err := ParseRange[int](s); err == nil && ri.Min != nil && float64(*ri.Min) != *r.Min {
			t.Fatalf("%q: int and float ranges disagree", s)
		}
	})
}

func sameBound(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
