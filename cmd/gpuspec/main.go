// Command gpuspec helps choose an Alibaba Cloud ECS GPU instance type.
package main

import (
	"bufio"
	"os"
)

func main() {
	os.Exit(runMain(os.Args[1:]))
}

// runMain runs gpuspec on the process's own streams and environment.
func runMain(args []string) int {
	quietOnClosedPipe()
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	io := &IOStreams{
		In:     os.Stdin,
		Out:    out,
		ErrOut: os.Stderr,
		InTTY:  isTerminal(os.Stdin),
		OutTTY: isTerminal(os.Stdout),
		ErrTTY: isTerminal(os.Stderr),
	}
	io.Color = ColorWanted(os.Getenv, io.OutTTY)
	code := run(args, io, os.Getenv)
	if err := out.Flush(); err != nil && !isClosedPipe(err) && code == exitOK {
		code = exitError
	}
	return code
}
