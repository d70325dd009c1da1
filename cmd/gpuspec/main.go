// Command gpuspec helps choose an Alibaba Cloud ECS GPU instance type.
package main

import (
	"bufio"
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

func main() {
	os.Exit(runMain(os.Args[1:]))
}

// runMain runs gpuspec on the process's own streams, environment and
// signals.
func runMain(args []string) int {
	quietOnClosedPipe()
	ctx, stop := signalContext()
	defer stop()
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	io := &IOStreams{
		In:     os.Stdin,
		Out:    &checkedWriter{w: out},
		ErrOut: os.Stderr,
		InTTY:  isTerminal(os.Stdin),
		OutTTY: isTerminal(os.Stdout),
		ErrTTY: isTerminal(os.Stderr),
	}
	io.Color = ColorWanted(os.Getenv, io.OutTTY)
	code := run(ctx, args, io, os.Getenv)
	if err := out.Flush(); err != nil && !isClosedPipe(err) && code == exitOK {
		code = exitCode(&WriteError{Err: err})
		os.Stderr.WriteString("gpuspec: " + (&WriteError{Err: err}).In(pickedLang(args)) + "\n")
	}
	return code
}

// graceAfterSignal is how long a command has to stop by itself after
// Ctrl+C or SIGTERM cancels its context, before the process ends anyway.
const graceAfterSignal = 3 * time.Second

// signalContext is cancelled by the first SIGINT or SIGTERM, with a
// *SignalError as its cause; a second signal ends the process at once.
func signalContext() (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case s := <-ch:
			signal.Stop(ch)
			cancel(&SignalError{Signal: s})
			time.Sleep(graceAfterSignal)
			n := exitCanceled
			if sys, ok := s.(syscall.Signal); ok {
				n = exitSignal + int(sys)
			}
			os.Exit(n)
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel(nil)
	}
}

// pickedLang is the language of args and the environment, English when
// they do not say.
func pickedLang(args []string) i18n.Lang {
	l, _ := pickLang(args, os.Getenv)
	return l
}
