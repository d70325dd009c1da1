package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/gpuspec/gpuspec/internal/aliyun/aliyuntest"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"gpuspec": func() { os.Exit(runMain(os.Args[1:])) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script against the
// real binary entry point.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "../../testdata/script",
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			// A predictable environment: English, no colour forced, no
			// user cache from the machine running the tests.
			for _, k := range []string{"LANG", "LC_ALL", "LC_MESSAGES", "GPUSPEC_LANG", "GPUSPEC_EDITION", "NO_COLOR", "CLICOLOR_FORCE"} {
				env.Setenv(k, "")
			}
			env.Setenv("XDG_CACHE_HOME", env.WorkDir+"/.cache")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":    cmdExits,
			"ecsfake":  cmdECSFake,
			"jsonkeys": cmdJSONKeys,
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "bash-completion":
				_, err := os.Stat("/usr/share/bash-completion/bash_completion")
				return err == nil, nil
			case "dev-full":
				_, err := os.Stat("/dev/full")
				return err == nil, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// cmdExits runs a command and checks its exact exit code:
//
//	exits 2 gpuspec list --vcpus abc
//
// Its stdout and stderr are kept for the stdout and stderr checks that
// follow.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE COMMAND [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad code %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit code %d, want %d\nstderr:\n%s", got, want, ts.ReadFile("stderr"))
	}
}

// result is what one in-process run of gpuspec printed.
type result struct {
	stdout, stderr string
	code           int
}

// runGpuspec runs the command tree in process with buffers for streams.
func runGpuspec(t *testing.T, env map[string]string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	io := &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}
	getenv := func(k string) string { return env[k] }
	io.Color = ColorWanted(getenv, false)
	code := run(context.Background(), args, io, getenv)
	return result{out.String(), errOut.String(), code}
}

// cmdECSFake starts a fake ECS API on 127.0.0.1 for the rest of the script
// and puts its URL in $ECS:
//
//	ecsfake                                         # answers everything
//	ecsfake fail=DescribeInstanceTypes:400:Throttling.User
//	ecsfake fail=DescribeInstanceTypes:500:InternalError:1   # after one page
//	ecsfake malformed=DescribeAvailableResource
//	ecsfake hang=DescribeInstanceTypes:1                     # page 2 never answers
func cmdECSFake(ts *testscript.TestScript, neg bool, args []string) {
	var b aliyuntest.Behaviour
	for _, a := range args {
		key, value, _ := strings.Cut(a, "=")
		parts := strings.Split(value, ":")
		num := func(i int) int {
			if i >= len(parts) {
				return 0
			}
			n, err := strconv.Atoi(parts[i])
			if err != nil {
				ts.Fatalf("ecsfake: bad number in %q", a)
			}
			return n
		}
		switch key {
		case "fail":
			if len(parts) < 3 {
				ts.Fatalf("ecsfake: fail=ACTION:STATUS:CODE[:AFTER]")
			}
			b.FailAction, b.FailStatus, b.FailCode, b.FailAfter = parts[0], num(1), parts[2], num(3)
		case "malformed":
			b.MalformedAction = value
		case "hang":
			b.HangAction, b.HangAfter = parts[0], num(1)
		default:
			ts.Fatalf("ecsfake: unknown %q", a)
		}
	}
	srv := aliyuntest.New(b)
	ts.Defer(srv.Close)
	ts.Setenv("ECS", srv.URL)
}

// cmdJSONKeys prints every key path of the JSON in stdout, once each, in
// the order first met: "[].family_info.summary.en"; a list's items are
// "[]". A script compares them with the keys it expects:
//
//	exec gpuspec show gn6i -o json
//	jsonkeys
//	cmp stdout want-keys.txt
func cmdJSONKeys(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 0 {
		ts.Fatalf("usage: jsonkeys")
	}
	dec := json.NewDecoder(strings.NewReader(ts.ReadFile("stdout")))
	type frame struct {
		path   string
		object bool
		key    string // the key whose value comes next, in an object
	}
	var stack []frame
	var paths []string
	seen := map[string]bool{}
	// here is the path of the value about to be read.
	here := func() string {
		if len(stack) == 0 {
			return ""
		}
		f := stack[len(stack)-1]
		if f.object {
			return strings.TrimPrefix(f.path+"."+f.key, ".")
		}
		return f.path + "[]"
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			ts.Fatalf("jsonkeys: stdout is not JSON: %v", err)
		}
		top := len(stack) - 1
		if top >= 0 && stack[top].object && stack[top].key == "" {
			if d, ok := tok.(json.Delim); !ok || d != '}' {
				stack[top].key = tok.(string)
				if p := here(); !seen[p] {
					seen[p] = true
					paths = append(paths, p)
				}
				continue
			}
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			stack = append(stack, frame{path: here(), object: tok == json.Delim('{')})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:top]
		}
		if n := len(stack) - 1; n >= 0 && stack[n].object {
			stack[n].key = ""
		}
	}
	fmt.Fprintln(ts.Stdout(), strings.Join(paths, "\n"))
}
