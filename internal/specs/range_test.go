package specs

import (
	"errors"
	"testing"
)

func fp(v float64) *float64 { return &v }

func TestParseRangeFloat(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		min, max *float64
		kind     RangeErrorKind
		wantErr  bool
	}{
		{"exact", "8", fp(8), fp(8), 0, false},
		{"decimal exact", "0.25", fp(0.25), fp(0.25), 0, false},
		{"closed", "8..32", fp(8), fp(32), 0, false},
		{"open max", "8..", fp(8), nil, 0, false},
		{"open min", "..32", nil, fp(32), 0, false},
		{"spaces", " 1 .. 2 ", fp(1), fp(2), 0, false},
		{"equal bounds", "4..4", fp(4), fp(4), 0, false},
		{"fractions", "0.25..1", fp(0.25), fp(1), 0, false},
		{"exponent", "1e1", fp(10), fp(10), 0, false},
		{"fraction", "1/4", fp(0.25), fp(0.25), 0, false},
		{"fraction range", "1/8..1/2", fp(0.125), fp(0.5), 0, false},
		{"division by zero", "1/0", nil, nil, RangeSyntax, true},
		{"half fraction", "1/", nil, nil, RangeSyntax, true},
		{"empty", "", nil, nil, RangeSyntax, true},
		{"dots only", "..", nil, nil, RangeSyntax, true},
		{"word", "abc", nil, nil, RangeSyntax, true},
		{"three dots", "1...2", nil, nil, RangeSyntax, true},
		{"dash range", "1-2", nil, nil, RangeSyntax, true},
		{"two ranges", "1..2..3", nil, nil, RangeSyntax, true},
		{"inf", "inf", nil, nil, RangeSyntax, true},
		{"nan", "NaN", nil, nil, RangeSyntax, true},
		{"hex", "0x10", nil, nil, RangeSyntax, true},
		{"underscore", "1_000", nil, nil, RangeSyntax, true},
		{"negative", "-1", nil, nil, RangeNegative, true},
		{"negative min", "-1..4", nil, nil, RangeNegative, true},
		{"min above max", "32..8", nil, nil, RangeMinMax, true},
		{"unit suffix", "16GiB", nil, nil, RangeSyntax, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := ParseRange[float64](tc.in)
			if tc.wantErr {
				var re *RangeError
				if !errors.As(err, &re) {
					t.Fatalf("ParseRange(%q) error = %v, want a RangeError", tc.in, err)
				}
				if re.Kind != tc.kind || re.Input != tc.in {
					t.Errorf("error kind %v input %q, want %v %q", re.Kind, re.Input, tc.kind, tc.in)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseRange(%q): %v", tc.in, err)
			}
			if !eqPtr(r.Min, tc.min) || !eqPtr(r.Max, tc.max) {
				t.Errorf("ParseRange(%q) = %v..%v, want %v..%v", tc.in, rangeEnd(r.Min), rangeEnd(r.Max), rangeEnd(tc.min), rangeEnd(tc.max))
			}
		})
	}
}

func TestParseRangeInt(t *testing.T) {
	r, err := ParseRange[int]("8..32")
	if err != nil || *r.Min != 8 || *r.Max != 32 {
		t.Fatalf("8..32 = %v, %v", r, err)
	}
	if _, err := ParseRange[int]("8.5"); err == nil || err.(*RangeError).Kind != RangeNotWhole {
		t.Errorf("8.5 for an int range: err = %v, want RangeNotWhole", err)
	}
	if _, err := ParseRange[int]("99999999999999"); err == nil {
		t.Error("a huge int bound was accepted")
	}
	if r, err := ParseRange[int]("8.0"); err != nil || *r.Min != 8 {
		t.Errorf("8.0 for an int range = %v, %v; want 8", r, err)
	}
}

func TestRangeContains(t *testing.T) {
	r := Range[float64]{Min: fp(0.25), Max: fp(1)}
	for v, want := range map[float64]bool{0.125: false, 0.25: true, 0.5: true, 1: true, 2: false} {
		if got := r.Contains(v); got != want {
			t.Errorf("0.25..1 contains %v = %v, want %v", v, got, want)
		}
	}
	var open Range[int]
	if !open.Contains(0) || !open.Contains(1<<30) || !open.IsZero() {
		t.Error("the zero range must contain everything")
	}
	minOnly := Range[float64]{Min: fp(8)}
	if minOnly.Contains(7.9) || !minOnly.Contains(1e9) {
		t.Error("8.. is wrong")
	}
}

func eqPtr(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func rangeEnd(p *float64) any {
	if p == nil {
		return "open"
	}
	return *p
}

func TestIntersectAndFormat(t *testing.T) {
	a, _ := ParseRange[float64]("8..")
	b, _ := ParseRange[float64]("..32")
	c, _ := ParseRange[float64]("16..64")
	for _, tc := range []struct {
		r    Range[float64]
		want string
	}{
		{Range[float64]{}, ""},
		{a, "8.."},
		{b, "..32"},
		{a.Intersect(b), "8..32"},
		{a.Intersect(b).Intersect(c), "16..32"},
		{c.Intersect(Range[float64]{Min: fp(16), Max: fp(16)}), "16"},
		{Range[float64]{Min: fp(0.25)}, "0.25.."},
	} {
		if got := FormatRange(tc.r); got != tc.want {
			t.Errorf("FormatRange = %q, want %q", got, tc.want)
		}
		// What FormatRange writes, ParseRange reads back.
		if tc.want != "" {
			back, err := ParseRange[float64](tc.want)
			if err != nil || FormatRange(back) != tc.want {
				t.Errorf("%q does not round-trip: %v %v", tc.want, back, err)
			}
		}
	}
}
