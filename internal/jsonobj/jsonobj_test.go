package jsonobj

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
	"time"
)

// encodingJSON is what encoding/json writes for v, HTML escaping off.
func encodingJSON(t testing.TB, v any, prefix, indent string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, indent)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte{'\n'}))
}

// FuzzScalarsMatchEncodingJSON: strings and numbers come out byte for
// byte as encoding/json writes them.
func FuzzScalarsMatchEncodingJSON(f *testing.F) {
	for _, s := range []string{"", "ecs.gn6i-c4g1.xlarge", "a\"b\\c", "\x00\x01\x1f\t\n\r\b\f", "<b>&</b>", "\u2028\u2029", "é中文", "\xff\xfe", "a\xc3"} {
		f.Add(s, 0.25)
	}
	for _, x := range []float64{0, -0.0, 1e-7, 1e-6, 1e21, 1e20, 123456789.125, 0.1, -3.5e-9, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		f.Add("", x)
	}
	f.Fuzz(func(t *testing.T, s string, x float64) {
		if got, want := string(appendString(nil, s)), encodingJSON(t, s, "", ""); got != want {
			t.Errorf("string %q: %s, want %s", s, got, want)
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if _, ok := appendFloat(nil, x); ok {
				t.Errorf("%v is not a JSON number", x)
			}
			return
		}
		got, _ := appendFloat(nil, x)
		if want := encodingJSON(t, x, "", ""); string(got) != want {
			t.Errorf("number %v: %s, want %s", x, got, want)
		}
	})
}

// TestObjectMatchesEncodingJSON: an object with every kind of value,
// nested, indented or compact, reads as encoding/json writes a struct
// with the same fields in the same order.
func TestObjectMatchesEncodingJSON(t *testing.T) {
	at := time.Date(2026, 11, 29, 5, 1, 2, 345000000, time.UTC)
	type inner struct {
		A int `json:"a"`
	}
	type doc struct {
		Name   string            `json:"name"`
		Count  int64             `json:"count"`
		Share  float64           `json:"share"`
		Yes    bool              `json:"yes"`
		Null   *string           `json:"null"`
		List   []string          `json:"list"`
		Empty  []string          `json:"empty"`
		At     time.Time         `json:"at"`
		Inner  inner             `json:"inner"`
		Nested map[string]string `json:"nested"`
	}
	want := doc{"x\"<>", 7, 0.25, true, nil, []string{"a", "b"}, []string{}, at, inner{1}, map[string]string{"k": "v"}}
	o := New(10).Add("name", want.Name).Add("count", want.Count).Add("share", want.Share).Add("yes", want.Yes).
		Add("null", nil).Add("list", want.List).Add("empty", want.Empty).Add("at", at).
		Add("inner", New(1).Add("a", 1)).Add("nested", want.Nested)
	for _, ind := range [][2]string{{"", ""}, {"", "  "}, {"  ", "  "}, {"> ", "\t"}} {
		var e Encoder
		got, err := e.AppendIndent(nil, o, ind[0], ind[1])
		if err != nil {
			t.Fatal(err)
		}
		if w := encodingJSON(t, want, ind[0], ind[1]); string(got) != w {
			t.Errorf("indent %q:\n%s\nwant\n%s", ind, got, w)
		}
	}
	if _, err := (&Encoder{}).AppendIndent(nil, New(1).Add("x", math.Inf(1)), "", ""); err == nil {
		t.Error("Inf is not JSON")
	}
}
