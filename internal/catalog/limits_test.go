package catalog

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

// TestReadFileLimited: a regular file over the bound is refused before it
// is read; a device or FIFO is read up to the bound and refused past it;
// a file at the bound reads whole.
func TestReadFileLimited(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.json")
	data := bytes.Repeat([]byte("x"), 1000)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadFileLimited(path, 1000); err != nil || !bytes.Equal(got, data) {
		t.Errorf("at the bound: %d bytes, %v", len(got), err)
	}
	var big *TooLargeError
	if _, err := ReadFileLimited(path, 999); !errors.As(err, &big) || big.Limit != 999 || big.File != path {
		t.Errorf("past the bound: %v", err)
	}
	if _, err := ReadFileLimited("/dev/zero", 1<<20); !errors.As(err, &big) {
		t.Errorf("/dev/zero: %v", err)
	}
	if got := FormatBytes(DefaultMaxFileBytes); got != "256 MiB" {
		t.Errorf("FormatBytes = %q", got)
	}
}

// TestReadWhileRewritten: a catalog file truncated and rewritten by another
// process while it is read gives its rows or an error, never a crash (a
// mapped file would die of SIGBUS).
func TestReadWhileRewritten(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.json")
	full := listJSON(t, specstest.Catalog(10_000).Types)
	if err := os.WriteFile(path, full, 0o600); err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			if err != nil {
				continue
			}
			f.Truncate(int64(i*7919) % int64(len(full)))
			f.WriteAt(full, 0)
			f.Close()
		}
	}()
	base := specs.CurrentCatalog()
	deadline := time.Now().Add(time.Second)
	reads, loaded := 0, 0
	for time.Now().Before(deadline) {
		data, err := ReadFileLimited(path, DefaultMaxFileBytes)
		if err != nil {
			t.Fatal(err)
		}
		reads++
		if c, _, err := ApplyFile(base, path, data); err == nil && c != nil {
			loaded++
		}
	}
	close(stop)
	wg.Wait()
	if reads < 2 {
		t.Errorf("only %d reads", reads)
	}
	t.Logf("%d reads, %d of them whole", reads, loaded)
}

// TestYAMLRowAtATime: a plain block list is read a row at a time, and
// gives the same rows and the same errors, at the same lines, as the
// whole file parsed at once; anything else is parsed whole.
func TestYAMLRowAtATime(t *testing.T) {
	rows := specs.CurrentCatalog().Types[:5]
	good := string(listYAML(t, rows))
	bad := strings.Replace(good, "vcpu: 16", "vcpu: -16", 1)
	withComments := "# a catalog\n\n" + strings.ReplaceAll(good, "\n- ", "\n\n# next\n- ")
	for name, data := range map[string]string{"good": good, "bad row": bad, "comments": withComments,
		"bad syntax": good + "- instance_type: [\n", "not a row": good + "- just text\n", "tab": good + "- \tx: 1\n"} {
		var chunked, whole []specs.InstanceType
		errChunked := readYAMLChunked("c.yaml", []byte(data), func(r fileRow) error {
			it, err := buildRow(specs.CurrentCatalog(), "c.yaml", r)
			chunked = append(chunked, it)
			return err
		})
		errWhole := readYAML("c.yaml", []byte(data), func(r fileRow) error {
			it, err := buildRow(specs.CurrentCatalog(), "c.yaml", r)
			whole = append(whole, it)
			return err
		})
		if errors.Is(errChunked, errNotChunked) {
			if name == "good" || name == "bad row" || name == "comments" {
				t.Errorf("%s: not read a row at a time", name)
			}
			continue
		}
		if name == "bad row" && (errChunked == nil || !strings.Contains(errChunked.Error(), "vcpu: want 0 or more")) {
			t.Errorf("bad row: %v", errChunked)
		}
		if fmt.Sprint(errChunked) != fmt.Sprint(errWhole) || len(chunked) != len(whole) {
			t.Errorf("%s: a row at a time %v (%d rows), whole %v (%d rows)", name, errChunked, len(chunked), errWhole, len(whole))
		}
	}
	// Anchors and aliases need the whole file.
	if err := readYAMLChunked("c.yaml", []byte("- &a\n  instance_type: x\n- *a\n"), func(fileRow) error { return nil }); !errors.Is(err, errNotChunked) {
		t.Errorf("aliases: %v", err)
	}
}
