package render

import (
	"strconv"
	"strings"
	"time"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// How a field of the list schema is put into words: generically, from its
// kind and unit in specs.Fields, so that a new field needs no code here.
// The few fields that read better together with another (a price with its
// currency; in show, a GPU count with the GPU) are written together.

// unitKeys are the messages that put a number and its unit together, and
// the unit alone; false for a field without a unit to show.
func unitKeys(u specs.Unit) ([2]string, bool) {
	switch u {
	case specs.UnitGiB:
		return [2]string{"unit.gib", "unit.gib_name"}, true
	case specs.UnitGbps:
		return [2]string{"unit.gbps", "unit.gbps_name"}, true
	case specs.UnitPacketsSec:
		return [2]string{"unit.pps", "unit.pps_name"}, true
	case specs.UnitGBps:
		return [2]string{"unit.gbs", "unit.gbs_name"}, true
	}
	return [2]string{}, false
}

// Label is the field's name for people; in compare, with its unit:
// "Memory (GiB)".
func Label(f *specs.Field, p i18n.Printer, withUnit bool) string {
	label := p.T(f.Label)
	if k, ok := unitKeys(f.Unit); ok && withUnit {
		label = p.T("label.with_unit", label, p.T(k[1]))
	}
	return label
}

// cellStyle says where a value goes: a table cell stays short and plain
// for awk; show and compare group digits; show adds units and says what
// a null means.
type cellStyle uint8

const (
	inCell cellStyle = iota
	inCompare
	inDetail
)

// Value puts one field of a type into words, as a table cell shows it.
func Value(f *specs.Field, it *specs.InstanceType, o Options) string { return format(f, it, o, inCell) }

func format(f *specs.Field, it *specs.InstanceType, o Options, s cellStyle) string {
	switch {
	case f.Key == "price_per_hour":
		// A price reads with its currency.
		return Price(it)
	case f.Key == "gpu_model" && it.GPUModel == nil && s != inDetail:
		// A card the sources do not name reads as its architecture.
		return GPUName(it)
	}
	p := o.Printer
	v := f.Value(it)
	if v == nil {
		switch {
		case s != inDetail:
			return none
		case f.NullMeans == specs.NullNone:
			return p.T("detail.none")
		}
		return p.T("detail.not_listed")
	}
	var text string
	switch x := v.(type) {
	case string:
		text = x
		if f.ValueLabels != "" {
			text = p.T(f.ValueLabels + x)
		}
	case int64:
		text = strconv.FormatInt(x, 10)
		if s != inCell {
			text = Grouped(x)
		}
	case float64:
		text = Num(x)
		if f.Unit == specs.UnitGPUs {
			text = GPUCount(x)
		}
	case bool:
		text = yesNo(p, x)
	case []string:
		if s != inCell && p.Lang != i18n.EN {
			x = localizedNames(f.Key, x, p)
		}
		if s == inDetail {
			if len(x) == 0 {
				return p.T("detail.none")
			}
			return strings.Join(x, ", ")
		}
		text = strings.Join(x, ",")
	case time.Time:
		text = x.UTC().Format(time.RFC3339)
	}
	if k, ok := unitKeys(f.Unit); ok && s == inDetail {
		text = p.T(k[0], text)
	}
	return text
}

// localizedNames puts workload slugs and edition names into the
// printer's language for show and compare; tables and CSV keep the slugs,
// which flags take.
func localizedNames(key string, names []string, p i18n.Printer) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n
		switch key {
		case "workloads":
			for _, w := range specs.Workloads {
				if string(w.Slug) == n {
					out[i] = w.Label.In(p.Lang)
				}
			}
		case "editions":
			out[i] = p.T("edition." + n)
		}
	}
	return out
}

// Price formats a type's hourly price with its currency, or "-".
func Price(it *specs.InstanceType) string {
	if it.PricePerHour == nil {
		return none
	}
	s := Num(*it.PricePerHour)
	if it.Currency != nil {
		s += " " + *it.Currency
	}
	return s
}

func yesNo(p i18n.Printer, v bool) string {
	if v {
		return p.T("word.yes")
	}
	return p.T("word.no")
}

// anyKnown reports whether any of the types has a value for the field;
// for a yes-or-no field, whether any has yes.
func anyKnown(f *specs.Field, types []*specs.InstanceType) bool {
	for _, it := range types {
		if v := f.Value(it); v != nil && v != false {
			return true
		}
	}
	return false
}

// fieldsShown are the fields of a view for these types: a live field
// (zones, prices) only when one of them has it.
func fieldsShown(v specs.View, types []*specs.InstanceType) []*specs.Field {
	var out []*specs.Field
	for _, f := range specs.FieldsIn(v) {
		if !(f.Live || f.Sparse) || anyKnown(f, types) {
			out = append(out, f)
		}
	}
	return out
}
