//go:build unix

package catalog

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestReadFIFOLimited: a FIFO fed past the bound is refused once the bound
// is read.
func TestReadFIFOLimited(t *testing.T) {
	dir := t.TempDir()
	var big *TooLargeError
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer w.Close()
		for range 64 {
			if _, err := w.Write(bytes.Repeat([]byte("["), 64<<10)); err != nil {
				return
			}
		}
	}()
	if _, err := ReadFileLimited(fifo, 1<<20); !errors.As(err, &big) {
		t.Errorf("a FIFO fed past the bound: %v", err)
	}
}
