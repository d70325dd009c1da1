package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

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
	cmds := map[string]func(ts *testscript.TestScript, neg bool, args []string){
		"exits":    cmdExits,
		"ecsfake":  cmdECSFake,
		"ecscalls": cmdECSCalls,
		"csvcols":  cmdCSVCols,
		"jsonkeys": cmdJSONKeys,
	}
	maps.Copy(cmds, tmuxCmds)
	// The TUI scripts skip without tmux; in CI, whose run installs it,
	// its absence is a failure.
	if _, err := exec.LookPath("tmux"); err != nil && os.Getenv("CI") != "" {
		t.Fatal("tmux is not installed: the TUI scripts need it (.ci/run installs it)")
	}
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
		Cmds: cmds,
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
// and puts its URL in $ECS. It sells cn-hangzhou and cn-beijing (see
// aliyuntest.Hangzhou and Beijing):
//
//	ecsfake                                         # answers everything
//	ecsfake fail=DescribeInstanceTypes:400:Throttling.User
//	ecsfake fail=DescribeInstanceTypes:500:InternalError:1   # after one page
//	ecsfake fail=DescribePrice:400:Throttling.User:0:3       # the first 3 calls
//	ecsfake malformed=DescribeAvailableResource
//	ecsfake hang=DescribeInstanceTypes:1                     # page 2 never answers
//	ecsfake pagesize=4                                       # 4 types a page
//	ecsfake fail-region=cn-shanghai                          # every call 500
//	ecsfake region=cn-shanghai:3                             # sells 3 made-up types
//	ecsfake repeat-token
//	ecsfake set=ecs.gn6i-c4g1.xlarge:MemorySize=16           # the API says otherwise
//	ecsfake latency=50ms                                     # every answer 50 ms late
//
// and as a hostile or broken server would (values may use Go escapes
// such as \x1b):
//
//	ecsfake endless-pages                                    # a new NextToken for ever
//	ecsfake huge=DescribeInstanceTypes:104857600             # a 100 MiB body
//	ecsfake trickle=DescribeAvailableResource                # a body a byte at a time, for ever
//	ecsfake empty=DescribeInstanceTypes:200:{}               # {} and nothing else
//	ecsfake empty=DescribeInstanceTypes:404:                 # 404, no body
//	ecsfake fail-request-id=\x1b[2J                          # the RequestId of fail's errors
func cmdECSFake(ts *testscript.TestScript, neg bool, args []string) {
	b := aliyuntest.Behaviour{Regions: map[string][]aliyuntest.Type{"cn-hangzhou": aliyuntest.Hangzhou(), "cn-beijing": aliyuntest.Beijing()}}
	for _, a := range args {
		key, value, _ := strings.Cut(a, "=")
		if strings.Contains(value, `\`) {
			v, err := strconv.Unquote(`"` + value + `"`)
			if err != nil {
				ts.Fatalf("ecsfake: %q: %v", a, err)
			}
			value = v
		}
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
				ts.Fatalf("ecsfake: fail=ACTION:STATUS:CODE[:AFTER[:TIMES]]")
			}
			b.FailAction, b.FailStatus, b.FailCode, b.FailAfter, b.FailTimes = parts[0], num(1), parts[2], num(3), num(4)
		case "malformed":
			b.MalformedAction = value
		case "hang":
			b.HangAction, b.HangAfter = parts[0], num(1)
		case "pagesize":
			b.PageSize = num(0)
		case "fail-region":
			b.FailRegions = append(b.FailRegions, strings.Split(value, ",")...)
		case "region":
			b.Regions[parts[0]] = aliyuntest.Synthetic(parts[0], num(1))
		case "repeat-token":
			b.RepeatToken = true
		case "endless-pages":
			b.EndlessPages = true
		case "huge":
			b.HugeAction = parts[0]
			n, err := strconv.ParseInt(parts[1], 10, 64)
			if err != nil {
				ts.Fatalf("ecsfake: %v", err)
			}
			b.HugeBytes = n
		case "trickle":
			b.TrickleAction = value
		case "empty":
			b.EmptyAction, b.EmptyStatus = parts[0], num(1)
			if len(parts) > 2 {
				b.EmptyBody = strings.Join(parts[2:], ":")
			}
		case "fail-request-id":
			b.FailRequestID = value
		case "latency":
			d, err := time.ParseDuration(value)
			if err != nil {
				ts.Fatalf("ecsfake: %v", err)
			}
			b.Latency = d
		case "set":
			name, assign, _ := strings.Cut(value, ":")
			field, v, ok := strings.Cut(assign, "=")
			if !ok {
				ts.Fatalf("ecsfake: set=TYPE:FIELD=VALUE")
			}
			found := false
			for _, types := range b.Regions {
				for i := range types {
					if types[i].InstanceTypeId == name {
						setField(ts, &types[i], field, v)
						found = true
					}
				}
			}
			if !found {
				ts.Fatalf("ecsfake: no type %q", name)
			}
		default:
			ts.Fatalf("ecsfake: unknown %q", a)
		}
	}
	srv := aliyuntest.New(b)
	ts.Defer(srv.Close)
	ts.Setenv("ECS", srv.URL)
	fakes.Store(ts, srv)
}

// setField sets a field of a fake's type by its API name.
func setField(ts *testscript.TestScript, t *aliyuntest.Type, field, value string) {
	f := reflect.ValueOf(t).Elem().FieldByName(field)
	if !f.IsValid() {
		ts.Fatalf("ecsfake: no field %q", field)
	}
	var err error
	switch f.Kind() {
	case reflect.String:
		f.SetString(value)
	case reflect.Int, reflect.Int64:
		var n int64
		n, err = strconv.ParseInt(value, 10, 64)
		f.SetInt(n)
	case reflect.Float64:
		var x float64
		x, err = strconv.ParseFloat(value, 64)
		f.SetFloat(x)
	default:
		ts.Fatalf("ecsfake: cannot set %q", field)
	}
	if err != nil {
		ts.Fatalf("ecsfake: %s=%q: %v", field, value, err)
	}
}

// fakes is each script's latest fake, for ecscalls.
var fakes sync.Map

// volatile are the request parameters that differ on every call.
var volatile = map[string]bool{"AccessKeyId": true, "Signature": true, "SignatureMethod": true, "SignatureNonce": true,
	"SignatureVersion": true, "SignatureType": true, "Timestamp": true, "Format": true, "Version": true, "Action": true}

// cmdECSCalls prints the parameters of each call the script's latest fake
// answered for an action, one call a line, sorted by key, for stdout
// checks; with -peak, the most calls it was answering at once:
//
//	ecscalls DescribePrice
//	stdout -count=9 'SystemDisk.Category=cloud_essd SystemDisk.Size=40'
//	ecscalls -peak
//	stdout '^peak 3$'
func cmdECSCalls(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: ecscalls ACTION | ecscalls -peak")
	}
	v, ok := fakes.Load(ts)
	if !ok {
		ts.Fatalf("ecscalls: no ecsfake yet")
	}
	if args[0] == "-peak" {
		fmt.Fprintf(ts.Stdout(), "peak %d\n", v.(*aliyuntest.Server).Peak())
		return
	}
	var out strings.Builder
	for _, p := range v.(*aliyuntest.Server).Params(args[0]) {
		var kv []string
		for k := range p {
			if !volatile[k] {
				kv = append(kv, k+"="+p.Get(k))
			}
		}
		sort.Strings(kv)
		out.WriteString(strings.Join(kv, " ") + "\n")
	}
	ts.Stdout().Write([]byte(out.String()))
}

// cmdCSVCols keeps some columns of the CSV in stdout, by header, so that a
// script can compare what it checks and not a time that changes:
//
//	exec gpuspec list -o csv
//	csvcols instance_type,gpu_count,region
//	cmp stdout want.csv
func cmdCSVCols(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: csvcols COL,COL,...")
	}
	rows, err := csv.NewReader(strings.NewReader(ts.ReadFile("stdout"))).ReadAll()
	ts.Check(err)
	if len(rows) == 0 {
		ts.Fatalf("csvcols: no CSV in stdout")
	}
	var idx []int
	for _, col := range strings.Split(args[0], ",") {
		i := slices.Index(rows[0], col)
		if i < 0 {
			ts.Fatalf("csvcols: no column %q", col)
		}
		idx = append(idx, i)
	}
	w := csv.NewWriter(ts.Stdout())
	for _, r := range rows {
		out := make([]string, len(idx))
		for j, i := range idx {
			out[j] = r[i]
		}
		w.Write(out)
	}
	w.Flush()
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
