package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

// writeCatalogFile writes a synthetic catalog of n types, as a user's
// --catalog file would be.
func writeCatalogFile(tb testing.TB, n int) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), fmt.Sprintf("catalog-%d.json", n))
	var buf bytes.Buffer
	if err := render.Types(&buf, render.JSON, specstest.All(specstest.Synthetic(n)), render.Options{}); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkCatalogFile is the scale target end to end, in process: a
// --catalog file of n rows read, filtered, sorted and printed as JSON.
func BenchmarkCatalogFile(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		path := writeCatalogFile(b, n)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				streams := &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard}
				code := run(context.Background(), []string{"list", "--offline", "--catalog", path, "--gpu", "T4", "--sort", "memory_gib:desc", "-o", "json"}, streams, func(string) string { return "" })
				if code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
