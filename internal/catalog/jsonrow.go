package catalog

import (
	"math"
	"strconv"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

// A small JSON reader for catalog files: it decodes the list schema's keys
// straight into a fileRow, with no reflection, and knows the byte offset of
// every value, so an error names the key and its line and column. It reads
// 100,000-row files several times faster than encoding/json would.

// syntaxError is a JSON syntax error at an offset.
type syntaxError struct {
	off int
	msg string
}

func (e *syntaxError) Error() string { return e.msg }

// fieldError is a value of the wrong kind for its key.
type fieldError struct {
	off int
	key string
	msg i18n.Message
}

func (e *fieldError) Error() string { return e.key + ": " + e.msg.In(i18n.EN) }

type scanner struct {
	data []byte
	pos  int
	// names holds the short strings every row repeats (families, GPU
	// models, workloads, zones), so that a large file keeps one copy.
	names map[string]string
}

// intern returns the one copy of a short repeated string.
func (s *scanner) intern(b []byte) string {
	if len(b) > 32 {
		return string(b)
	}
	if s.names == nil {
		s.names = map[string]string{}
	}
	if w, ok := s.names[string(b)]; ok {
		return w
	}
	v := string(b)
	s.names[v] = v
	return v
}

func (s *scanner) ws() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

func (s *scanner) fail(msg string) error { return &syntaxError{off: s.pos, msg: msg} }

func (s *scanner) peek() byte {
	if s.pos < len(s.data) {
		return s.data[s.pos]
	}
	return 0
}

func (s *scanner) describe() string {
	if s.pos >= len(s.data) {
		return "unexpected end of input"
	}
	return "unexpected character " + strconv.QuoteRune(rune(s.data[s.pos]))
}

// rawStr reads a JSON string as bytes: a view of the input when it has no
// escapes (no allocation), a decoded copy otherwise.
func (s *scanner) rawStr() ([]byte, error) {
	if s.peek() != '"' {
		return nil, s.fail(s.describe() + ", want a string")
	}
	start := s.pos + 1
	for i := start; i < len(s.data); i++ {
		c := s.data[i]
		if c == '"' {
			if !utf8.Valid(s.data[start:i]) {
				return nil, &syntaxError{off: start, msg: "invalid UTF-8 in a string"}
			}
			s.pos = i + 1
			return s.data[start:i], nil
		}
		if c == '\\' || c < 0x20 {
			break
		}
	}
	v, err := s.str()
	return []byte(v), err
}

// str reads a JSON string.
func (s *scanner) str() (string, error) {
	if s.peek() != '"' {
		return "", s.fail(s.describe() + ", want a string")
	}
	s.pos++
	start := s.pos
	// The common case: no escapes.
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		if c == '"' {
			out := string(s.data[start:s.pos])
			s.pos++
			if !utf8.ValidString(out) {
				return "", &syntaxError{off: start, msg: "invalid UTF-8 in a string"}
			}
			return out, nil
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			return "", s.fail("control character in a string")
		}
		s.pos++
	}
	buf := append([]byte(nil), s.data[start:s.pos]...)
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		switch {
		case c == '"':
			s.pos++
			if !utf8.Valid(buf) {
				return "", &syntaxError{off: start, msg: "invalid UTF-8 in a string"}
			}
			return string(buf), nil
		case c < 0x20:
			return "", s.fail("control character in a string")
		case c != '\\':
			buf = append(buf, c)
			s.pos++
			continue
		}
		s.pos++
		if s.pos >= len(s.data) {
			return "", s.fail("unexpected end of input in a string")
		}
		e := s.data[s.pos]
		s.pos++
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := s.hex4()
			if !ok {
				return "", s.fail("bad \\u escape")
			}
			if utf16.IsSurrogate(r) {
				if s.pos+1 < len(s.data) && s.data[s.pos] == '\\' && s.data[s.pos+1] == 'u' {
					s.pos += 2
					r2, ok := s.hex4()
					if !ok {
						return "", s.fail("bad \\u escape")
					}
					r = utf16.DecodeRune(r, r2)
				} else {
					r = utf8.RuneError
				}
			}
			buf = utf8.AppendRune(buf, r)
		default:
			return "", &syntaxError{off: s.pos - 1, msg: "bad escape \\" + string(e)}
		}
	}
	return "", s.fail("unexpected end of input in a string")
}

func (s *scanner) hex4() (rune, bool) {
	if s.pos+4 > len(s.data) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(s.data[s.pos:s.pos+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	s.pos += 4
	return rune(v), true
}

// number reads a JSON number.
func (s *scanner) number() (float64, error) {
	start := s.pos
	if s.peek() == '-' {
		s.pos++
	}
	digits := func() int {
		n := 0
		for s.pos < len(s.data) && s.data[s.pos] >= '0' && s.data[s.pos] <= '9' {
			s.pos++
			n++
		}
		return n
	}
	if s.peek() == '0' {
		s.pos++
	} else if digits() == 0 {
		s.pos = start
		return 0, s.fail(s.describe() + ", want a value")
	}
	if s.peek() == '.' {
		s.pos++
		if digits() == 0 {
			return 0, s.fail("bad number")
		}
	}
	if c := s.peek(); c == 'e' || c == 'E' {
		s.pos++
		if c := s.peek(); c == '+' || c == '-' {
			s.pos++
		}
		if digits() == 0 {
			return 0, s.fail("bad number")
		}
	}
	v, err := strconv.ParseFloat(string(s.data[start:s.pos]), 64)
	if err != nil {
		return 0, &syntaxError{off: start, msg: "number out of range"}
	}
	return v, nil
}

// word reads true, false or null.
func (s *scanner) word(w string) bool {
	if len(s.data)-s.pos >= len(w) && string(s.data[s.pos:s.pos+len(w)]) == w {
		s.pos += len(w)
		return true
	}
	return false
}

// kind says what JSON value starts here: 's' string, 'n' number, 'b'
// bool, 'z' null, '[' array, '{' object, 0 nothing valid.
func (s *scanner) kind() byte {
	switch c := s.peek(); {
	case c == '"':
		return 's'
	case c == '-' || c >= '0' && c <= '9':
		return 'n'
	case c == 't' || c == 'f':
		return 'b'
	case c == 'n':
		return 'z'
	case c == '[' || c == '{':
		return c
	}
	return 0
}

// skip reads and drops any value, nested as deep as it goes.
func (s *scanner) skip(depth int) error {
	if depth > 1000 {
		return s.fail("nested too deeply")
	}
	switch s.kind() {
	case 's':
		_, err := s.str()
		return err
	case 'n':
		_, err := s.number()
		return err
	case 'b', 'z':
		if s.word("true") || s.word("false") || s.word("null") {
			return nil
		}
		return s.fail(s.describe() + ", want a value")
	case '[':
		s.pos++
		s.ws()
		if s.peek() == ']' {
			s.pos++
			return nil
		}
		for {
			s.ws()
			if err := s.skip(depth + 1); err != nil {
				return err
			}
			s.ws()
			switch s.peek() {
			case ',':
				s.pos++
			case ']':
				s.pos++
				return nil
			default:
				return s.fail(s.describe() + " in an array")
			}
		}
	case '{':
		return s.object(func(key []byte, at int) error { return s.skip(depth + 1) })
	}
	return s.fail(s.describe() + ", want a value")
}

// object reads an object, calling value for each key with the scanner at
// the key's value. The key's bytes are only valid during the call.
func (s *scanner) object(value func(key []byte, at int) error) error {
	if s.peek() != '{' {
		return s.fail(s.describe() + ", want an object")
	}
	s.pos++
	s.ws()
	if s.peek() == '}' {
		s.pos++
		return nil
	}
	for {
		s.ws()
		if s.peek() != '"' {
			return s.fail(s.describe() + ", want a key")
		}
		key, err := s.rawStr()
		if err != nil {
			return err
		}
		s.ws()
		if s.peek() != ':' {
			return s.fail(s.describe() + " after a key")
		}
		s.pos++
		s.ws()
		if err := value(key, s.pos); err != nil {
			return err
		}
		s.ws()
		switch s.peek() {
		case ',':
			s.pos++
		case '}':
			s.pos++
			return nil
		default:
			return s.fail(s.describe() + " in an object")
		}
	}
}

// decodeRow reads one row of the list schema. Keys outside it are skipped.
func (s *scanner) decodeRow(r *fileRow) error {
	return s.object(func(key []byte, at int) error {
		null := s.kind() == 'z'
		if null && !s.word("null") {
			return s.fail(s.describe() + ", want a value")
		}
		switch string(key) {
		case "instance_type":
			return s.text(key, at, null, &r.Name, false)
		case "family":
			return s.text(key, at, null, &r.Family, true)
		case "vcpu":
			return whole(s, key, at, null, &r.VCPU)
		case "memory_gib":
			return s.float(key, at, null, &r.MemoryGiB)
		case "gpu_model":
			return s.text(key, at, null, &r.GPUModel, true)
		case "gpu_count":
			return s.float(key, at, null, &r.GPUCount)
		case "gpu_memory_per_gpu_gib":
			return s.float(key, at, null, &r.GPUMemoryPerGPUGiB)
		case "gpu_memory_gib":
			return s.float(key, at, null, &r.GPUMemoryGiB)
		case "network_gbps":
			return s.float(key, at, null, &r.NetworkGbps)
		case "pps":
			return whole(s, key, at, null, &r.PPS)
		case "storage_iops":
			return whole(s, key, at, null, &r.StorageIOPS)
		case "nic_queues":
			return whole(s, key, at, null, &r.NICQueues)
		case "enis":
			return whole(s, key, at, null, &r.ENIs)
		case "private_ips_per_eni":
			return whole(s, key, at, null, &r.PrivateIPsPerENI)
		case "local_storage_gib":
			return s.float(key, at, null, &r.LocalStorageGiB)
		case "recommended":
			return s.boolean(key, at, null, &r.Recommended)
		case "availability":
			return s.text(key, at, null, &r.Availability, true)
		case "vgpu":
			return s.boolean(key, at, null, &r.VGPU)
		case "license_included":
			return s.boolean(key, at, null, &r.LicenseIncluded)
		case "workloads":
			return s.strings(key, at, null, &r.Workloads)
		case "zones":
			return s.strings(key, at, null, &r.Zones)
		case "price_per_hour":
			return s.float(key, at, null, &r.PricePerHour)
		case "currency":
			return s.text(key, at, null, &r.Currency, true)
		case "fetched_at":
			r.FetchedAt.set, r.FetchedAt.null, r.FetchedAt.at = true, null, at
			if null {
				return nil
			}
			if s.kind() != 's' {
				return wrongKind(key, at)
			}
			v, err := s.str()
			if err != nil {
				return err
			}
			t, err := time.Parse(time.RFC3339, v)
			if err != nil {
				return wrongKind(key, at)
			}
			r.FetchedAt.v = t
			return nil
		}
		if null {
			return nil
		}
		return s.skip(0)
	})
}

// wrongKind is a value of the wrong kind for its key.
func wrongKind(key []byte, at int) error {
	k := string(key)
	return &fieldError{off: at, key: k, msg: wantFor(k)}
}

func (s *scanner) text(key []byte, at int, null bool, f *field[string], repeated bool) error {
	f.set, f.null, f.at = true, null, at
	if null {
		return nil
	}
	if s.kind() != 's' {
		return wrongKind(key, at)
	}
	b, err := s.rawStr()
	if err != nil {
		return err
	}
	if repeated {
		f.v = s.intern(b)
	} else {
		f.v = string(b)
	}
	return nil
}

func (s *scanner) float(key []byte, at int, null bool, f *field[float64]) error {
	f.set, f.null, f.at = true, null, at
	if null {
		return nil
	}
	if s.kind() != 'n' {
		return wrongKind(key, at)
	}
	v, err := s.number()
	f.v = v
	return err
}

func whole[T ~int | ~int64](s *scanner, key []byte, at int, null bool, f *field[T]) error {
	f.set, f.null, f.at = true, null, at
	if null {
		return nil
	}
	if s.kind() != 'n' {
		return wrongKind(key, at)
	}
	v, err := s.number()
	if err != nil {
		return err
	}
	if v != math.Trunc(v) || math.Abs(v) > 1<<53 {
		return &fieldError{off: at, key: string(key), msg: i18n.Msg("file.want_whole")}
	}
	f.v = T(v)
	return nil
}

func (s *scanner) boolean(key []byte, at int, null bool, f *field[bool]) error {
	f.set, f.null, f.at = true, null, at
	if null {
		return nil
	}
	switch {
	case s.word("true"):
		f.v = true
	case s.word("false"):
		f.v = false
	default:
		return wrongKind(key, at)
	}
	return nil
}

func (s *scanner) strings(key []byte, at int, null bool, f *field[[]string]) error {
	f.set, f.null, f.at = true, null, at
	if null {
		return nil
	}
	if s.kind() != '[' {
		return wrongKind(key, at)
	}
	s.pos++
	f.v = []string{}
	s.ws()
	if s.peek() == ']' {
		s.pos++
		return nil
	}
	for {
		s.ws()
		if s.kind() != 's' {
			return wrongKind(key, at)
		}
		b, err := s.rawStr()
		if err != nil {
			return err
		}
		f.v = append(f.v, s.intern(b))
		s.ws()
		switch s.peek() {
		case ',':
			s.pos++
		case ']':
			s.pos++
			return nil
		default:
			return s.fail(s.describe() + " in an array")
		}
	}
}
