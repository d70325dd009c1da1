package main

import (
	"errors"
	"io"
	"os"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Exit codes, decided in one place, exitCode, from the error's type.
const (
	exitOK       = 0
	exitError    = 1 // a name not found, a failed sync, a failed write, anything else
	exitUsage    = 2 // a bad command, flag or flag value
	exitSignal   = 128
	exitCanceled = exitSignal + 2 // SIGINT, Ctrl+C
)

// UsageError is a mistake in how gpuspec was called: exit 2.
type UsageError struct{ Err error }

func (e *UsageError) Error() string          { return e.Err.Error() }
func (e *UsageError) Unwrap() error          { return e.Err }
func (e *UsageError) In(l i18n.Lang) string  { return i18n.Printer{Lang: l}.Error(e.Err) }
func usageErr(key string, args ...any) error { return &UsageError{Err: i18n.Errorf(key, args...)} }

// NotFoundError is a name that is not in the catalog: exit 1.
type NotFoundError struct{ Err error }

func (e *NotFoundError) Error() string         { return e.Err.Error() }
func (e *NotFoundError) Unwrap() error         { return e.Err }
func (e *NotFoundError) In(l i18n.Lang) string { return i18n.Printer{Lang: l}.Error(e.Err) }

// SignalError is a command ended by a signal: exit 128 + its number (130
// for Ctrl+C, 143 for SIGTERM). Err, when set, says what was left undone.
type SignalError struct {
	Signal os.Signal
	Err    error
}

func (e *SignalError) Error() string { return e.In(i18n.EN) }
func (e *SignalError) Unwrap() error { return e.Err }
func (e *SignalError) In(l i18n.Lang) string {
	if e.Err == nil {
		return i18n.Errorf("err.signal", e.Signal.String()).In(l)
	}
	return i18n.Printer{Lang: l}.Error(e.Err)
}

// WriteError is output that could not be written (a full disk): exit 1.
type WriteError struct{ Err error }

func (e *WriteError) Error() string { return e.In(i18n.EN) }
func (e *WriteError) Unwrap() error { return e.Err }
func (e *WriteError) In(l i18n.Lang) string {
	return i18n.Errorf("err.write", catalog.FirstLine(errno(e.Err))).In(l)
}

// errno is the system's words for a failed write, without the path.
func errno(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// silentExit ends gpuspec with a code and no message (Ctrl+C in the TUI).
type silentExit struct{ code int }

func (e *silentExit) Error() string { return "exit" }

// exitCode maps an error to the process's exit code.
func exitCode(err error) int {
	var (
		usage  *UsageError
		query  *specs.QueryError
		file   *catalog.FileError
		open   *catalog.OpenError
		big    *catalog.TooLargeError
		sig    *SignalError
		silent *silentExit
	)
	switch {
	case err == nil, isClosedPipe(err):
		return exitOK
	case errors.As(err, &silent):
		return silent.code
	case errors.As(err, &sig):
		if s, ok := sig.Signal.(syscall.Signal); ok {
			return exitSignal + int(s)
		}
		return exitCanceled
	case errors.As(err, &usage), errors.As(err, &query), errors.As(err, &file), errors.As(err, &open), errors.As(err, &big):
		return exitUsage
	}
	return exitError
}

// isClosedPipe reports a write into a pipe whose reader has gone, as in
// `gpuspec list | head -1`: that ends the command quietly.
func isClosedPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE) || errors.Is(err, io.ErrClosedPipe)
}

// flagError turns pflag's errors into usage errors in the user's language.
func flagError(cmd *cobra.Command, err error) error {
	var notExist *pflag.NotExistError
	var needsValue *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	var syntax *pflag.InvalidSyntaxError
	switch {
	case errors.As(err, &notExist):
		name := notExist.GetSpecifiedName()
		if sh := notExist.GetSpecifiedShortnames(); sh != "" && len(name) == 1 {
			return usageErr("err.unknown_shorthand", "-"+name, cmd.CommandPath())
		}
		return usageErr("err.unknown_flag", "--"+name, cmd.CommandPath())
	case errors.As(err, &needsValue):
		return usageErr("err.flag_needs_value", flagName(needsValue.GetFlag()))
	case errors.As(err, &invalid):
		var loc *i18n.Error
		if errors.As(invalid, &loc) {
			return &UsageError{Err: loc}
		}
		f := invalid.GetFlag()
		switch f.Value.Type() {
		case "bool":
			return usageErr("err.want_bool", flagName(f), invalid.GetValue())
		case "int":
			return usageErr("err.want_int", flagName(f), invalid.GetValue())
		case "duration":
			return usageErr("err.want_duration", flagName(f), invalid.GetValue())
		}
		return usageErr("err.bad_flag_value", flagName(f), invalid.GetValue())
	case errors.As(err, &syntax):
		return usageErr("err.bad_flag_syntax", syntax.GetSpecifiedFlag())
	}
	// Anything else pflag reports is still a usage mistake.
	return &UsageError{Err: err}
}

func flagName(f *pflag.Flag) string {
	if f == nil {
		return "?"
	}
	return "--" + f.Name
}

// badValue is a flag value outside a known list: it names the flag and the
// accepted values, and suggests the nearest when one is near.
func badValue(flag, value string, accepted []string) error {
	return &UsageError{Err: badValueError(flag, value, accepted)}
}

func badValueError(flag, value string, accepted []string) *i18n.Error {
	list := joinList(accepted)
	if near := specs.Nearest(value, accepted, 1, nil); len(near) == 1 {
		return i18n.Errorf("err.bad_enum_suggest", flag, value, near[0], list)
	}
	return i18n.Errorf("err.bad_enum", flag, value, list)
}

// queryError puts a bad filter flag's value into words.
func queryError(e *specs.QueryError) error {
	flag := "--" + e.Criterion.Flag
	var err *i18n.Error
	switch e.Kind {
	case specs.BadBlank:
		err = i18n.Errorf("err.flag_needs_value", flag)
	case specs.BadName, specs.BadSortKey:
		err = badValueError(flag, e.Part, e.Accepted)
	case specs.BadRange:
		err = i18n.Errorf(rangeErrorKey(e.Range), flag, e.Value)
	case specs.BadYesNo:
		err = i18n.Errorf("err.want_bool", flag, e.Value)
	case specs.BadWhole:
		err = i18n.Errorf("err.want_int", flag, e.Value)
	case specs.BadLimit:
		err = i18n.Errorf("err.limit", e.Value)
	case specs.BadSortOrder:
		err = i18n.Errorf("err.sort_direction", e.Value, e.Part)
	}
	err.Wrapped = e
	return err
}

// rangeErrorKey is the message of a RANGE problem.
func rangeErrorKey(k specs.RangeErrorKind) string {
	switch k {
	case specs.RangeNegative:
		return "err.range_negative"
	case specs.RangeNotWhole:
		return "err.range_not_whole"
	case specs.RangeMinMax:
		return "err.range_min_max"
	}
	return "err.range_syntax"
}
