package specs

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// MaxText is the most characters a text value of a row may have (an
// instance type name, a zone, a GPU model …).
const MaxText = 128

// ProblemKind is what is wrong with a value of a row.
type ProblemKind uint8

const (
	// ProblemControl: a control character (U+0000–U+001F, U+007F–U+009F),
	// which a terminal would obey rather than print.
	ProblemControl ProblemKind = iota + 1
	// ProblemLong: longer than MaxText characters.
	ProblemLong
	// ProblemInvalidUTF8: bytes that are not UTF-8.
	ProblemInvalidUTF8
	// ProblemNegative: a number below 0.
	ProblemNegative
	// ProblemTooLarge: a number above the field's Max.
	ProblemTooLarge
	// ProblemNotFinite: NaN or an infinity.
	ProblemNotFinite
	// ProblemSyntax: text the field does not take (a name with a slash,
	// an unknown workload).
	ProblemSyntax
)

// Problem is a value of a row that gpuspec does not take, wherever the row
// comes from: a catalog file, the synced cache or an API answer.
type Problem struct {
	Key  string
	Kind ProblemKind
	// Rune is the control character found (ProblemControl).
	Rune rune
	// Max is the field's bound (ProblemTooLarge).
	Max float64
}

func (p *Problem) Error() string {
	switch p.Kind {
	case ProblemControl:
		return fmt.Sprintf("%s: contains the control character U+%04X", p.Key, p.Rune)
	case ProblemLong:
		return fmt.Sprintf("%s: longer than %d characters", p.Key, MaxText)
	case ProblemInvalidUTF8:
		return p.Key + ": not UTF-8 text"
	case ProblemNegative:
		return p.Key + ": want 0 or more"
	case ProblemTooLarge:
		return fmt.Sprintf("%s: want at most %s", p.Key, FormatBound(p.Max))
	case ProblemSyntax:
		return p.Key + ": not a value the field takes"
	}
	return p.Key + ": want a finite number"
}

// FormatBound writes a bound as people read it: 4096, 1000000000.
func FormatBound(v float64) string { return fmt.Sprintf("%.0f", v) }

// IsControl reports whether r is a C0 or C1 control character or DEL.
func IsControl(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f }

// CheckText checks one text value: UTF-8, no control character, at most
// MaxText characters.
func CheckText(key, s string) *Problem {
	if !utf8.ValidString(s) {
		return &Problem{Key: key, Kind: ProblemInvalidUTF8}
	}
	n := 0
	for _, r := range s {
		if IsControl(r) {
			return &Problem{Key: key, Kind: ProblemControl, Rune: r}
		}
		n++
	}
	if n > MaxText {
		return &Problem{Key: key, Kind: ProblemLong}
	}
	return nil
}

// CheckNumber checks a number of the field: finite, 0 or more, at most
// the field's Max.
func (f *Field) CheckNumber(v float64) *Problem {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return &Problem{Key: f.Key, Kind: ProblemNotFinite}
	case v < 0:
		return &Problem{Key: f.Key, Kind: ProblemNegative}
	case f.Max > 0 && v > f.Max:
		return &Problem{Key: f.Key, Kind: ProblemTooLarge, Max: f.Max}
	}
	return nil
}

// CheckRow checks every value of a row against the limits every source
// must keep to: text without control characters and not too long, numbers
// finite, 0 or more and within the field's bound. It returns the first
// problem, in the order of Fields, or nil.
func CheckRow(t *InstanceType) *Problem {
	for i := range Fields {
		f := &Fields[i]
		switch v := f.Value(t).(type) {
		case string:
			if p := f.checkString(v); p != nil {
				return p
			}
		case []string:
			for _, s := range v {
				if p := f.checkString(s); p != nil {
					return p
				}
			}
		case int64:
			if p := f.CheckNumber(float64(v)); p != nil {
				return p
			}
		case float64:
			if p := f.CheckNumber(v); p != nil {
				return p
			}
		}
	}
	return nil
}

// checkString checks a text value and, where the field has a spelling,
// that it is one (an empty value stands for none, but a name is needed).
func (f *Field) checkString(s string) *Problem {
	if p := CheckText(f.Key, s); p != nil {
		return p
	}
	if f.Normalize != nil && (s != "" || f.Required) {
		if _, ok := f.Normalize(s); !ok {
			return &Problem{Key: f.Key, Kind: ProblemSyntax}
		}
	}
	return nil
}

// EscapeControl writes the control characters of outside text (an API's
// error code, a file's value) as \x1b or \u009b, so that quoting the text
// in a message cannot drive the terminal; invalid UTF-8 becomes \xff.
// Other text is left as it is.
func EscapeControl(s string) string {
	clean := true
	for _, r := range s {
		if IsControl(r) || r == utf8.RuneError {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x80 && IsControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case IsControl(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
