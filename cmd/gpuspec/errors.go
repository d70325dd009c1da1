package main

import (
	"errors"
	"io"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

// Exit codes, decided in one place from the error's type.
const (
	exitOK       = 0
	exitError    = 1 // a name not found, a failed sync, anything else
	exitUsage    = 2 // a bad command, flag or flag value
	exitCanceled = 130
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

// CanceledError is an interrupted command (Ctrl+C): exit 130.
type CanceledError struct{ Err error }

func (e *CanceledError) Error() string         { return e.Err.Error() }
func (e *CanceledError) Unwrap() error         { return e.Err }
func (e *CanceledError) In(l i18n.Lang) string { return i18n.Printer{Lang: l}.Error(e.Err) }

// exitCode maps an error to the process's exit code.
func exitCode(err error) int {
	var usage *UsageError
	var canceled *CanceledError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &usage):
		return exitUsage
	case errors.As(err, &canceled):
		return exitCanceled
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
		return usageErr("err.flag_needs_value", flagDisplayName(needsValue.GetFlag()))
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		var loc *i18n.Error
		if errors.As(invalid, &loc) {
			return &UsageError{Err: loc}
		}
		switch f.Value.Type() {
		case "bool":
			return usageErr("err.want_bool", flagDisplayName(f), invalid.GetValue())
		case "int":
			return usageErr("err.want_int", flagDisplayName(f), invalid.GetValue())
		case "duration":
			return usageErr("err.want_duration", flagDisplayName(f), invalid.GetValue())
		}
		return usageErr("err.bad_flag_value", flagDisplayName(f), invalid.GetValue())
	case errors.As(err, &syntax):
		return usageErr("err.bad_flag_syntax", syntax.GetSpecifiedFlag())
	}
	// Anything else pflag reports is still a usage mistake.
	return &UsageError{Err: err}
}

func flagDisplayName(f *pflag.Flag) string {
	if f == nil {
		return "?"
	}
	return "--" + f.Name
}

// oneLine keeps an error to one line: a user sees one clear line, never a
// trace.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}
