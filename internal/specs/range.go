package specs

import (
	"cmp"
	"math"
	"strconv"
	"strings"
)

// Range is an inclusive range with optional ends: nil Min or Max is open.
// The zero Range contains everything.
type Range[T cmp.Ordered] struct {
	Min, Max *T
}

// Contains reports whether v lies within the range.
func (r Range[T]) Contains(v T) bool {
	if r.Min != nil && v < *r.Min {
		return false
	}
	if r.Max != nil && v > *r.Max {
		return false
	}
	return true
}

// IsZero reports whether the range is open at both ends.
func (r Range[T]) IsZero() bool { return r.Min == nil && r.Max == nil }

// Number is what a RANGE flag can hold.
type Number interface {
	~int | ~int64 | ~float64
}

// RangeErrorKind says what is wrong with a RANGE.
type RangeErrorKind int

const (
	RangeSyntax   RangeErrorKind = iota // not N, MIN..MAX, MIN.. or ..MAX
	RangeNegative                       // a bound below zero
	RangeNotWhole                       // a fraction where only whole numbers make sense
	RangeMinMax                         // MIN greater than MAX
)

// RangeError is a RANGE that does not parse.
type RangeError struct {
	Input string
	Kind  RangeErrorKind
}

func (e *RangeError) Error() string {
	switch e.Kind {
	case RangeNegative:
		return "a bound is negative"
	case RangeNotWhole:
		return "want whole numbers"
	case RangeMinMax:
		return "MIN is greater than MAX"
	}
	return "want N, MIN..MAX, MIN.. or ..MAX"
}

// ParseRange parses N (exactly N), MIN..MAX, MIN.. or ..MAX. Bounds are
// non-negative decimals or fractions (1/4, as the document writes vGPU
// slices); for integer types they must be whole.
func ParseRange[T Number](s string) (Range[T], error) {
	in := s
	s = strings.TrimSpace(s)
	fail := func(k RangeErrorKind) (Range[T], error) { return Range[T]{}, &RangeError{Input: in, Kind: k} }
	if s == "" {
		return fail(RangeSyntax)
	}
	if strings.Contains(s, "...") {
		return fail(RangeSyntax)
	}
	lo, hi, isRange := strings.Cut(s, "..")
	if !isRange {
		v, kind, ok := parseBound[T](s)
		if !ok {
			return fail(kind)
		}
		return Range[T]{Min: &v, Max: &v}, nil
	}
	lo, hi = strings.TrimSpace(lo), strings.TrimSpace(hi)
	if lo == "" && hi == "" {
		return fail(RangeSyntax)
	}
	var r Range[T]
	if lo != "" {
		v, kind, ok := parseBound[T](lo)
		if !ok {
			return fail(kind)
		}
		r.Min = &v
	}
	if hi != "" {
		v, kind, ok := parseBound[T](hi)
		if !ok {
			return fail(kind)
		}
		r.Max = &v
	}
	if r.Min != nil && r.Max != nil && *r.Min > *r.Max {
		return fail(RangeMinMax)
	}
	return r, nil
}

func parseBound[T Number](s string) (T, RangeErrorKind, bool) {
	f, ok := parseDecimal(s)
	if !ok {
		// A fraction as the document writes slices: 1/4.
		num, den, isFrac := strings.Cut(s, "/")
		n, okN := parseDecimal(strings.TrimSpace(num))
		d, okD := parseDecimal(strings.TrimSpace(den))
		if !isFrac || !okN || !okD || d == 0 {
			return 0, RangeSyntax, false
		}
		f = n / d
	}
	if f < 0 {
		return 0, RangeNegative, false
	}
	half := 0.5
	isInteger := T(half) == 0
	if isInteger && f != math.Trunc(f) {
		return 0, RangeNotWhole, false
	}
	if isInteger && f > math.MaxInt32 {
		return 0, RangeSyntax, false
	}
	return T(f), 0, true
}

// parseDecimal accepts only plain decimals: ParseFloat would also take
// "inf", "nan", hex and underscores, none of which a person means here.
func parseDecimal(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E') {
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false
	}
	return f, true
}

// Intersect returns the range of values in both r and o. It may be empty
// (Min greater than Max).
func (r Range[T]) Intersect(o Range[T]) Range[T] {
	out := r
	if o.Min != nil && (out.Min == nil || *o.Min > *out.Min) {
		out.Min = o.Min
	}
	if o.Max != nil && (out.Max == nil || *o.Max < *out.Max) {
		out.Max = o.Max
	}
	return out
}

// FormatRange writes a range as a RANGE flag value: N, MIN..MAX, MIN.. or
// ..MAX; "" for the open range.
func FormatRange[T Number](r Range[T]) string {
	f := func(v T) string { return strconv.FormatFloat(float64(v), 'f', -1, 64) }
	switch {
	case r.Min == nil && r.Max == nil:
		return ""
	case r.Min != nil && r.Max != nil && *r.Min == *r.Max:
		return f(*r.Min)
	case r.Max == nil:
		return f(*r.Min) + ".."
	case r.Min == nil:
		return ".." + f(*r.Max)
	}
	return f(*r.Min) + ".." + f(*r.Max)
}
