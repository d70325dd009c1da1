package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
	"testing"

	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// TestExitCodes: one place decides the exit code from the error's type,
// however deep it is wrapped.
func TestExitCodes(t *testing.T) {
	wrap := func(err error) error { return fmt.Errorf("context: %w", err) }
	tests := []struct {
		name string
		err  error
		code int
	}{
		{"success", nil, 0},
		{"closed pipe", wrap(syscall.EPIPE), 0},
		{"usage", usageErr("err.limit", "0"), 2},
		{"bad filter value", &specs.QueryError{Criterion: specs.CriterionByFlag("gpu"), Kind: specs.BadName}, 2},
		{"bad catalog file", wrap(&catalog.FileError{File: "f.json"}), 2},
		{"unreadable catalog file", &catalog.OpenError{File: "f.json", Err: os.ErrNotExist}, 2},
		{"name not found", &NotFoundError{Err: errors.New("x")}, 1},
		{"failed write", &WriteError{Err: syscall.ENOSPC}, 1},
		{"anything else", i18n.Errorf("err.sync_failed", "x"), 1},
		{"ctrl+c", &SignalError{Signal: os.Interrupt}, 130},
		{"sigterm", wrap(&SignalError{Signal: syscall.SIGTERM}), 143},
		{"ctrl+c in the tui", &silentExit{code: 130}, 130},
	}
	for _, tc := range tests {
		if got := exitCode(tc.err); got != tc.code {
			t.Errorf("%s: exit %d, want %d", tc.name, got, tc.code)
		}
	}
	if got := (&WriteError{Err: &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}}).Error(); got != "could not write the output: no space left on device" {
		t.Errorf("write error: %q", got)
	}
}
