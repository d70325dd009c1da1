// Command pairtime times two commands in pairs, one right after the
// other, and prints the median of each and the median of their ratios:
// pairs see the same machine load, so the ratio holds steadier than two
// separate medians would on a busy machine.
//
//	go run ./scripts/pairtime -n 300 -- ./hello -- ./gpuspec list -o json
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

func main() {
	n := flag.Int("n", 200, "pairs of runs")
	warmup := flag.Int("warmup", 20, "pairs run first and not counted")
	flag.Parse()
	a, b, ok := split(flag.Args())
	if !ok {
		fmt.Fprintln(os.Stderr, "usage: pairtime [-n N] -- COMMAND A... -- COMMAND B...")
		os.Exit(2)
	}
	var ta, tb, ratios []float64
	for i := 0; i < *warmup+*n; i++ {
		x, err := timeRun(a)
		if err != nil {
			fail(a, err)
		}
		y, err := timeRun(b)
		if err != nil {
			fail(b, err)
		}
		if i >= *warmup {
			ta, tb, ratios = append(ta, x), append(tb, y), append(ratios, y/x)
		}
	}
	fmt.Printf("a %.2f ms  b %.2f ms  b/a %.2f  (medians of %d pairs)\n", median(ta)*1e3, median(tb)*1e3, median(ratios), *n)
}

// split cuts A... -- B... (flag.Parse has taken the first --).
func split(args []string) (a, b []string, ok bool) {
	i := slices.Index(args, "--")
	if i < 1 || i == len(args)-1 {
		return nil, nil, false
	}
	return args[:i], args[i+1:], true
}

func timeRun(cmd []string) (float64, error) {
	c := exec.Command(cmd[0], cmd[1:]...)
	start := time.Now()
	err := c.Run()
	return time.Since(start).Seconds(), err
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

func fail(cmd []string, err error) {
	fmt.Fprintf(os.Stderr, "pairtime: %s: %v\n", strings.Join(cmd, " "), err)
	os.Exit(1)
}
