// Package i18n holds every user-facing string in English and Chinese, side by
// side, and picks the language. It is pure: the caller passes the environment.
package i18n

import (
	"errors"
	"fmt"
	"strings"
)

// Lang is a language gpuspec speaks.
type Lang string

const (
	EN Lang = "en"
	ZH Lang = "zh"
)

// Langs lists the accepted --lang values, in the order help shows them.
var Langs = []Lang{EN, ZH}

// LangNames is Langs as strings, for flag validation and completion.
func LangNames() []string {
	out := make([]string, len(Langs))
	for i, l := range Langs {
		out[i] = string(l)
	}
	return out
}

// LangByName accepts exactly a --lang value: "en" or "zh", in any case.
func LangByName(s string) (Lang, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "en":
		return EN, true
	case "zh":
		return ZH, true
	}
	return "", false
}

// ParseLang accepts "en", "zh" and locale-style spellings such as "zh_CN.UTF-8",
// "zh-Hans" or "en_US".
func ParseLang(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "en" || strings.HasPrefix(s, "en_") || strings.HasPrefix(s, "en-") || strings.HasPrefix(s, "en."):
		return EN, true
	case s == "zh" || strings.HasPrefix(s, "zh_") || strings.HasPrefix(s, "zh-") || strings.HasPrefix(s, "zh."):
		return ZH, true
	}
	return "", false
}

// FromLocale picks the language from the POSIX locale variables, in their
// order of precedence: the first one set decides, and zh_* means Chinese.
func FromLocale(getenv func(string) string) Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		if l, ok := ParseLang(v); ok && l == ZH {
			return ZH
		}
		return EN
	}
	return EN
}

// Text is one string in both languages.
type Text struct {
	EN string
	ZH string
}

// In returns the text in l, falling back to English.
func (t Text) In(l Lang) string {
	if l == ZH && t.ZH != "" {
		return t.ZH
	}
	return t.EN
}

// Printer formats catalogue messages in one language.
type Printer struct {
	Lang Lang
}

// T looks key up and formats it with args. Args that are themselves
// localisable (a *Error or a Text) are rendered in the same language.
func (p Printer) T(key string, args ...any) string {
	m, ok := catalogue()[key]
	if !ok {
		// A missing key is a bug caught by TestEveryKeyUsedExists; show the key
		// rather than an empty string.
		return key
	}
	return p.format(m.In(p.Lang), args)
}

// Lookup is T without arguments, reporting whether the catalogue has the
// key.
func (p Printer) Lookup(key string) (string, bool) {
	m, ok := catalogue()[key]
	return m.In(p.Lang), ok
}

func (p Printer) format(f string, args []any) string {
	if len(args) == 0 {
		return f
	}
	local := make([]any, len(args))
	for i, a := range args {
		local[i] = p.localise(a)
	}
	return fmt.Sprintf(f, local...)
}

func (p Printer) localise(a any) any {
	switch v := a.(type) {
	case *Error:
		return v.In(p.Lang)
	case Message:
		return v.In(p.Lang)
	case Text:
		return v.In(p.Lang)
	case error:
		var e *Error
		if errors.As(v, &e) {
			return p.Error(v)
		}
		return v.Error()
	}
	return a
}

// Error renders err in the printer's language. Errors from outside gpuspec
// (the OS, a decoder) keep their own text.
func (p Printer) Error(err error) string {
	var loc interface{ In(Lang) string }
	if errors.As(err, &loc) {
		return loc.In(p.Lang)
	}
	return err.Error()
}

// Error is an error whose text comes from the catalogue, so that it can be
// printed in the user's language wherever it was raised.
type Error struct {
	Key  string
	Args []any
	// Wrapped, if set, is returned by Unwrap (it is usually also one of Args).
	Wrapped error
}

// Errorf makes a catalogue error. If an argument is an error, it is also the
// wrapped error, so errors.Is and errors.As see through.
func Errorf(key string, args ...any) *Error {
	e := &Error{Key: key, Args: args}
	for _, a := range args {
		if err, ok := a.(error); ok {
			e.Wrapped = err
		}
	}
	return e
}

func (e *Error) Error() string    { return e.In(EN) }
func (e *Error) Unwrap() error    { return e.Wrapped }
func (e *Error) In(l Lang) string { return Printer{Lang: l}.T(e.Key, e.Args...) }

// Message is a catalogue message with its arguments, made where the facts
// are and put into words where it is printed.
type Message struct {
	Key  string
	Args []any
}

// Msg makes a Message.
func Msg(key string, args ...any) Message { return Message{Key: key, Args: args} }

// In renders the message in l.
func (m Message) In(l Lang) string { return Printer{Lang: l}.T(m.Key, m.Args...) }
