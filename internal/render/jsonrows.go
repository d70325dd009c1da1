package render

import (
	"bufio"
	"io"
	"math"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// writeTypesJSON writes types as an indented JSON array, row by row, with
// the exact bytes encoding/json would write (TestJSONRowsMatchEncodingJSON
// holds it to that) but without building the whole document in memory
// twice: a 100,000-row list streams in constant memory.
func writeTypesJSON(w io.Writer, types []*specs.InstanceType) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if len(types) == 0 {
		bw.WriteString("[]\n")
		return bw.Flush()
	}
	b := make([]byte, 0, 1024)
	bw.WriteString("[\n")
	for i, it := range types {
		b = appendTypeJSON(b[:0], it)
		if i < len(types)-1 {
			b = append(b, ',')
		}
		b = append(b, '\n')
		if _, err := bw.Write(b); err != nil {
			return err
		}
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

func appendTypeJSON(b []byte, it *specs.InstanceType) []byte {
	b = append(b, "  {\n"...)
	key := func(k string) {
		b = append(b, `    "`...)
		b = append(b, k...)
		b = append(b, `": `...)
	}
	str := func(k, v string) {
		key(k)
		b = appendJSONString(b, v)
		b = append(b, ",\n"...)
	}
	num := func(k string, v float64) {
		key(k)
		b = appendJSONFloat(b, v)
		b = append(b, ",\n"...)
	}
	integer := func(k string, v int64) {
		key(k)
		b = strconv.AppendInt(b, v, 10)
		b = append(b, ",\n"...)
	}
	boolean := func(k string, v bool) {
		key(k)
		b = strconv.AppendBool(b, v)
		b = append(b, ",\n"...)
	}
	null := func(k string) {
		key(k)
		b = append(b, "null,\n"...)
	}
	list := func(k string, n int, at func(int) string, isNil bool) {
		key(k)
		switch {
		case isNil:
			b = append(b, "null"...)
		case n == 0:
			b = append(b, "[]"...)
		default:
			b = append(b, "[\n"...)
			for i := 0; i < n; i++ {
				b = append(b, "      "...)
				b = appendJSONString(b, at(i))
				if i < n-1 {
					b = append(b, ',')
				}
				b = append(b, '\n')
			}
			b = append(b, "    ]"...)
		}
		b = append(b, ",\n"...)
	}
	str("instance_type", it.Name)
	str("family", it.Family)
	integer("vcpu", int64(it.VCPU))
	num("memory_gib", it.MemoryGiB)
	str("gpu_model", it.GPUModel)
	num("gpu_count", it.GPUCount)
	num("gpu_memory_per_gpu_gib", it.GPUMemoryPerGPUGiB)
	num("gpu_memory_gib", it.GPUMemoryGiB)
	num("network_gbps", it.NetworkGbps)
	integer("pps", it.PPS)
	if it.StorageIOPS != nil {
		integer("storage_iops", *it.StorageIOPS)
	} else {
		null("storage_iops")
	}
	integer("nic_queues", int64(it.NICQueues))
	integer("enis", int64(it.ENIs))
	if it.PrivateIPsPerENI != nil {
		integer("private_ips_per_eni", int64(*it.PrivateIPsPerENI))
	} else {
		null("private_ips_per_eni")
	}
	if it.LocalStorageGiB != nil {
		num("local_storage_gib", *it.LocalStorageGiB)
	} else {
		null("local_storage_gib")
	}
	boolean("recommended", it.Recommended)
	str("availability", string(it.Availability))
	boolean("vgpu", it.VGPU)
	boolean("license_included", it.LicenseIncluded)
	list("workloads", len(it.Workloads), func(i int) string { return string(it.Workloads[i]) }, it.Workloads == nil)
	list("zones", len(it.Zones), func(i int) string { return it.Zones[i] }, it.Zones == nil)
	if it.PricePerHour != nil {
		num("price_per_hour", *it.PricePerHour)
	} else {
		null("price_per_hour")
	}
	if it.Currency != nil {
		str("currency", *it.Currency)
	} else {
		null("currency")
	}
	str("source", string(it.Source))
	key("fetched_at")
	if it.FetchedAt != nil {
		b = append(b, '"')
		b = it.FetchedAt.AppendFormat(b, time.RFC3339Nano)
		b = append(b, '"')
	} else {
		b = append(b, "null"...)
	}
	b = append(b, "\n  }"...)
	return b
}

// appendJSONFloat formats as encoding/json does.
func appendJSONFloat(b []byte, f float64) []byte {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return append(b, "null"...)
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hex = "0123456789abcdef"

// appendJSONString quotes as encoding/json does with HTML escaping off.
func appendJSONString(b []byte, s string) []byte {
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
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
