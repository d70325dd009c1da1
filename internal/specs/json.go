package specs

import (
	"encoding/json"
	"fmt"
	"reflect"
	"time"

	"github.com/gpuspec/gpuspec/internal/jsonobj"
)

// Object is the type in the list schema: every key of Fields, in order,
// null where the type has no value.
func (t *InstanceType) Object() *jsonobj.Object {
	o := jsonobj.New(len(Fields))
	for i := range Fields {
		o.Add(Fields[i].Key, Fields[i].Value(t))
	}
	return o
}

// MarshalJSON writes the type in the list schema.
func (t InstanceType) MarshalJSON() ([]byte, error) { return t.Object().MarshalJSON() }

// UnmarshalJSON reads a row of the list schema, as MarshalJSON writes it.
// Keys outside the schema are ignored. Catalog files, which need every
// value checked, are read by the catalog package instead.
func (t *InstanceType) UnmarshalJSON(b []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	for i := range Fields {
		f := &Fields[i]
		v, ok := raw[f.Key]
		if !ok {
			continue
		}
		holder := f.NewValue()
		if err := json.Unmarshal(v, holder); err != nil {
			return fmt.Errorf("%s: %w", f.Key, err)
		}
		if !f.Set(t, f.ValueOf(holder, string(v) == "null")) {
			return fmt.Errorf("%s: may not be null", f.Key)
		}
	}
	return nil
}

// NewValue returns a pointer for a decoder to fill with one value of the
// field's kind: *string, *int64, *float64, *bool, *[]string or *time.Time.
func (f *Field) NewValue() any {
	switch f.Kind() {
	case KindInt:
		return new(int64)
	case KindNumber:
		return new(float64)
	case KindBool:
		return new(bool)
	case KindList:
		return new([]string)
	case KindTime:
		return new(time.Time)
	}
	return new(string)
}

// ValueOf reads back what a decoder put in NewValue's pointer, as Set
// takes it; nil when the decoded value was null.
func (f *Field) ValueOf(holder any, null bool) any {
	if null {
		return nil
	}
	if l, ok := holder.(*[]string); ok && *l == nil {
		return []string{}
	}
	return reflect.ValueOf(holder).Elem().Interface()
}
