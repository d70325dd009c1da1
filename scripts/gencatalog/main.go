// Command gencatalog writes a catalog file of N instance types in the list
// schema, made from the document's types with numbered names, for scale
// benchmarks: go run ./scripts/gencatalog -n 100000 > catalog-100k.json
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

func main() {
	n := flag.Int("n", 100000, "how many instance types")
	flag.Parse()
	if *n < 1 {
		fmt.Fprintln(os.Stderr, "gencatalog: -n must be 1 or more")
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	if err := render.Types(w, render.JSON, specstest.All(specstest.Synthetic(*n)), render.Options{}); err != nil {
		fmt.Fprintln(os.Stderr, "gencatalog:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gencatalog:", err)
		os.Exit(1)
	}
}
