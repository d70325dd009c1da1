// Package jsonobj writes JSON objects whose keys keep the order they were
// added in: the list schema's order, and documents that add keys to it.
// Every value is encoded by encoding/json.
package jsonobj

import (
	"bytes"
	"encoding/json"
	"io"
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

// Len is the number of members.
func (o *Object) Len() int { return len(o.keys) }

// MarshalJSON writes the members in order, without HTML escaping.
func (o *Object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := enc.Encode(k); err != nil {
			return nil, err
		}
		b.Truncate(b.Len() - 1) // Encode ends each value with a newline
		b.WriteByte(':')
		if err := enc.Encode(o.values[i]); err != nil {
			return nil, err
		}
		b.Truncate(b.Len() - 1)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Write encodes v as indented JSON, two spaces a level, without HTML
// escaping, followed by a newline: what every -o json prints.
func Write(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
