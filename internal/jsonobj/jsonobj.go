// Package jsonobj writes JSON objects whose keys keep the order they were
// added in: the list schema's order, and documents that add keys to it.
// Strings and numbers are written here, byte for byte as encoding/json
// writes them (TestScalarsMatchEncodingJSON), because going through its
// reflection for every value took most of `list -o json`'s own time;
// lists, times and everything else are encoded by encoding/json.
package jsonobj

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// Object is a JSON object with ordered members.
type Object struct {
	keys   []string
	values []any
}

// New returns an object with room for n members.
func New(n int) *Object {
	return &Object{keys: make([]string, 0, n), values: make([]any, 0, n)}
}

// Add appends a member and returns the object.
func (o *Object) Add(key string, value any) *Object {
	o.keys = append(o.keys, key)
	o.values = append(o.values, value)
	return o
}

// AppendMember appends `"key": value` at the start of a line, as
// AppendIndent writes each member; AppendValue takes the value.
func (e *Encoder) AppendMember(dst []byte, key string, v any, prefix, indent string) ([]byte, error) {
	dst = AppendKey(append(dst, prefix...), key, indent != "")
	return e.AppendValue(dst, v, prefix, indent)
}

// AppendKey appends a member's key and its colon, with a space after it
// when indented: what a writer of many like objects prepares once.
func AppendKey(dst []byte, key string, indented bool) []byte {
	dst = append(appendString(dst, key), ':')
	if indented {
		dst = append(dst, ' ')
	}
	return dst
}

// Len is the number of members.
func (o *Object) Len() int { return len(o.keys) }

// MarshalJSON writes the members in order, without HTML escaping.
func (o *Object) MarshalJSON() ([]byte, error) {
	var e Encoder
	return e.AppendIndent(nil, o, "", "")
}

// Encoder appends objects as indented JSON, reusing its buffers from one
// object to the next: what a long list of rows needs.
type Encoder struct {
	buf    bytes.Buffer
	nested *json.Encoder // for lists, times and the like
	// prefix and indent are what nested was last set to.
	prefix, indent string
}

// AppendIndent appends o to dst as json.MarshalIndent with prefix and
// indent would write it, without HTML escaping; an empty indent writes
// it compact.
func (e *Encoder) AppendIndent(dst []byte, o *Object, prefix, indent string) ([]byte, error) {
	if len(o.keys) == 0 {
		return append(dst, "{}"...), nil
	}
	inner := prefix + indent
	dst = append(dst, '{')
	for i, k := range o.keys {
		if i > 0 {
			dst = append(dst, ',')
		}
		if indent != "" {
			dst = append(dst, '\n')
			dst = append(dst, inner...)
		}
		var err error
		if dst, err = e.value(dst, k, inner, indent); err != nil {
			return nil, err
		}
		dst = append(dst, ':')
		if indent != "" {
			dst = append(dst, ' ')
		}
		if dst, err = e.value(dst, o.values[i], inner, indent); err != nil {
			return nil, err
		}
	}
	if indent != "" {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
	}
	return append(dst, '}'), nil
}

// AppendValue appends one value as AppendIndent writes a member's: v may
// also be a pointer to a plain value (nil pointers are null), which saves
// boxing each value of a long list of rows.
func (e *Encoder) AppendValue(dst []byte, v any, prefix, indent string) ([]byte, error) {
	switch p := v.(type) {
	case *string:
		return appendString(dst, *p), nil
	case *int:
		return strconv.AppendInt(dst, int64(*p), 10), nil
	case *int64:
		return strconv.AppendInt(dst, *p, 10), nil
	case *float64:
		if b, ok := appendFloat(dst, *p); ok {
			return b, nil
		}
		return e.value(dst, *p, prefix, indent) // encoding/json says why not
	case *bool:
		return strconv.AppendBool(dst, *p), nil
	case **int:
		return derefOrNull(e, dst, *p, prefix, indent)
	case **int64:
		return derefOrNull(e, dst, *p, prefix, indent)
	case **float64:
		return derefOrNull(e, dst, *p, prefix, indent)
	case **string:
		return derefOrNull(e, dst, *p, prefix, indent)
	case *[]string:
		return AppendStrings(dst, *p, prefix, indent), nil
	}
	if l := reflect.ValueOf(v); l.Kind() == reflect.Pointer && l.Elem().Kind() == reflect.Slice && l.Elem().Type().Elem().Kind() == reflect.String {
		return appendStrings(dst, l.Elem(), prefix, indent), nil
	}
	return e.value(dst, v, prefix, indent)
}

// appendStrings appends a list of strings (of any string type) as
// encoding/json indents it; a nil list is null.
func appendStrings(dst []byte, l reflect.Value, prefix, indent string) []byte {
	switch {
	case l.IsNil():
		return append(dst, "null"...)
	case l.Len() == 0:
		return append(dst, "[]"...)
	}
	dst = append(dst, '[')
	for i := 0; i < l.Len(); i++ {
		if i > 0 {
			dst = append(dst, ',')
		}
		if indent != "" {
			dst = append(dst, '\n')
			dst = append(dst, prefix...)
			dst = append(dst, indent...)
		}
		dst = appendString(dst, l.Index(i).String())
	}
	if indent != "" {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
	}
	return append(dst, ']')
}

// AppendStrings appends a list of strings, or of a string type, as
// AppendValue writes a list; nil is null.
func AppendStrings[S ~string](dst []byte, list []S, prefix, indent string) []byte {
	switch {
	case list == nil:
		return append(dst, "null"...)
	case len(list) == 0:
		return append(dst, "[]"...)
	}
	dst = append(dst, '[')
	for i, s := range list {
		if i > 0 {
			dst = append(dst, ',')
		}
		if indent != "" {
			dst = append(dst, '\n')
			dst = append(dst, prefix...)
			dst = append(dst, indent...)
		}
		dst = appendString(dst, string(s))
	}
	if indent != "" {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
	}
	return append(dst, ']')
}

func derefOrNull[T any](e *Encoder, dst []byte, p *T, prefix, indent string) ([]byte, error) {
	if p == nil {
		return append(dst, "null"...), nil
	}
	return e.AppendValue(dst, p, prefix, indent)
}

// value appends one value: the plain kinds at once, the rest through
// encoding/json.
func (e *Encoder) value(dst []byte, v any, prefix, indent string) ([]byte, error) {
	switch x := v.(type) {
	case nil:
		return append(dst, "null"...), nil
	case bool:
		return strconv.AppendBool(dst, x), nil
	case int:
		return strconv.AppendInt(dst, int64(x), 10), nil
	case int64:
		return strconv.AppendInt(dst, x, 10), nil
	case string:
		return appendString(dst, x), nil
	case float64:
		if b, ok := appendFloat(dst, x); ok {
			return b, nil
		}
	case *Object:
		if x == nil {
			return append(dst, "null"...), nil
		}
		return e.AppendIndent(dst, x, prefix, indent)
	}
	enc := e.nested
	if enc == nil || e.prefix != prefix || e.indent != indent {
		enc = json.NewEncoder(&e.buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent(prefix, indent)
		e.nested, e.prefix, e.indent = enc, prefix, indent
	}
	e.buf.Reset()
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return append(dst, bytes.TrimSuffix(e.buf.Bytes(), []byte{'\n'})...), nil
}

// Write encodes v as indented JSON, two spaces a level, without HTML
// escaping, followed by a newline: what every -o json prints.
func Write(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// appendFloat formats as encoding/json does; false for a number JSON
// cannot hold (Inf, NaN), which encoding/json then reports.
func appendFloat(b []byte, f float64) ([]byte, bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, false
	}
	abs := math.Abs(f)
	if abs < 1<<53 && f == math.Trunc(f) && !(f == 0 && math.Signbit(f)) {
		// A whole number, as most figures are: the same digits, sooner.
		return strconv.AppendInt(b, int64(f), 10), true
	}
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9, as encoding/json writes it.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, true
}

const hexDigits = "0123456789abcdef"

// appendString quotes as encoding/json does with HTML escaping off.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
