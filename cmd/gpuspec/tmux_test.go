package main

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// The tmux commands drive gpuspec in a real terminal, as a person would:
//
//	tmux-start 80 24 gpuspec tui --gpu T4   # a session of 80×24 running it
//	tmux-wait 'of 116'                      # until the screen shows it
//	tmux-keys Space Down Space c            # keys by tmux's names
//	tmux-type 'vcpu<=8 gpu=t4'              # text, literally, key by key
//	tmux-paste ' vcpu>=abc'                 # text pasted (bracketed paste)
//	tmux-screen                             # the screen into stdout
//	tmux-buffer                             # what was copied (OSC 52)
//	tmux-exited 0                           # wait for the program's exit code
//	tmux-resize 12 4                        # the terminal resized
//
// Each script has its own tmux server, on a socket in a short temporary
// directory (socket paths are limited to about 100 bytes), with no user
// configuration; it accepts OSC 52 into its paste buffer and keeps the
// pane once the program exits.
var tmuxCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"tmux-start":  cmdTmuxStart,
	"tmux-keys":   cmdTmuxKeys,
	"tmux-type":   cmdTmuxType,
	"tmux-paste":  cmdTmuxPaste,
	"tmux-wait":   cmdTmuxWait,
	"tmux-screen": cmdTmuxScreen,
	"tmux-buffer": cmdTmuxBuffer,
	"tmux-exited": cmdTmuxExited,
	"tmux-resize": cmdTmuxResize,
	"rows":        cmdRows,
}

// tmuxTimeout bounds every wait: generous, as CI machines are slow, and
// reached only when a test fails.
const tmuxTimeout = 15 * time.Second

// tmux runs a tmux client command on the script's server and returns its
// output. It does not log: a wait polls many times.
func tmux(ts *testscript.TestScript, args ...string) string {
	sock := ts.Getenv("TMUX_SOCKET")
	if sock == "" {
		ts.Fatalf("no tmux session: tmux-start first")
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("tmux", append([]string{"-S", sock}, args...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		ts.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}

// setStdout makes text what the stdout checks that follow read, as a
// command's output.
func setStdout(ts *testscript.TestScript, text string) {
	if err := ts.Exec("sh", "-c", `printf '%s' "$1"`, "sh", text); err != nil {
		ts.Fatalf("%v", err)
	}
}

func cmdTmuxStart(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 3 {
		ts.Fatalf("usage: tmux-start WIDTH HEIGHT COMMAND [ARGS...]")
	}
	for _, a := range args[:2] {
		if _, err := strconv.Atoi(a); err != nil {
			ts.Fatalf("tmux-start: bad size %q", a)
		}
	}
	dir, err := os.MkdirTemp("", "gpuspec-tmux")
	if err != nil {
		ts.Fatalf("%v", err)
	}
	conf := dir + "/tmux.conf"
	if err := os.WriteFile(conf, []byte("set -g set-clipboard on\nset -g remain-on-exit on\nset -g status off\n"), 0o600); err != nil {
		ts.Fatalf("%v", err)
	}
	sock := dir + "/s"
	ts.Setenv("TMUX_SOCKET", sock)
	ts.Setenv("TMUX", "")
	ts.Setenv("TERM", "xterm-256color")
	ts.Defer(func() {
		_ = exec.Command("tmux", "-S", sock, "kill-server").Run()
		os.RemoveAll(dir)
	})
	quoted := make([]string, len(args)-2)
	for i, a := range args[2:] {
		quoted[i] = shellQuote(a)
	}
	// The shell writes the exit code where tmux-exited reads it (tmux's
	// own pane_dead_status can lag the pane's death).
	ts.Setenv("TMUX_STATUS", dir+"/status")
	line := strings.Join(quoted, " ") + "; echo $? > " + shellQuote(dir+"/status.new") + " && mv " + shellQuote(dir+"/status.new") + " " + shellQuote(dir+"/status")
	if err := ts.Exec("tmux", "-S", sock, "-f", conf, "new-session", "-d", "-x", args[0], "-y", args[1], line); err != nil {
		ts.Fatalf("tmux new-session: %v\n%s", err, ts.ReadFile("stderr"))
	}
}

// shellQuote quotes s for sh when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func cmdTmuxKeys(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: tmux-keys KEY...")
	}
	// One key at a time, as a person types: keys sent together reach
	// the program in one read (two escapes read as alt+esc).
	for _, k := range args {
		tmux(ts, "send-keys", "-t", "0", k)
		time.Sleep(20 * time.Millisecond)
	}
}

func cmdTmuxType(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: tmux-type TEXT")
	}
	tmux(ts, "send-keys", "-t", "0", "-l", "--", args[0])
}

// cmdTmuxPaste pastes text as a terminal does, in one bracketed paste.
func cmdTmuxPaste(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: tmux-paste TEXT")
	}
	tmux(ts, "set-buffer", "-b", "paste", "--", args[0])
	tmux(ts, "paste-buffer", "-p", "-d", "-b", "paste", "-t", "0")
}

// cmdTmuxWait waits until a line of the screen matches the regexp, or,
// negated, until none does.
func cmdTmuxWait(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: [!] tmux-wait REGEXP")
	}
	re, err := regexp.Compile("(?m)" + args[0])
	if err != nil {
		ts.Fatalf("tmux-wait: %v", err)
	}
	deadline := time.Now().Add(tmuxTimeout)
	for {
		screen := tmux(ts, "capture-pane", "-p", "-t", "0")
		if re.MatchString(screen) != neg {
			return
		}
		if time.Now().After(deadline) {
			ts.Fatalf("tmux-wait %q: not after %v; the screen:\n%s", args[0], tmuxTimeout, screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// cmdTmuxScreen puts the screen in stdout, trailing blank lines removed.
func cmdTmuxScreen(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 0 {
		ts.Fatalf("usage: tmux-screen")
	}
	setStdout(ts, tmux(ts, "capture-pane", "-p", "-t", "0"))
}

// cmdTmuxBuffer waits for a paste buffer (what the program copied with
// OSC 52) and puts it in stdout.
func cmdTmuxBuffer(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 0 {
		ts.Fatalf("usage: tmux-buffer")
	}
	deadline := time.Now().Add(tmuxTimeout)
	for strings.TrimSpace(tmux(ts, "list-buffers", "-F", "#{buffer_name}")) == "" {
		if time.Now().After(deadline) {
			ts.Fatalf("tmux-buffer: nothing copied after %v", tmuxTimeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
	setStdout(ts, tmux(ts, "show-buffer"))
}

func cmdTmuxResize(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: tmux-resize WIDTH HEIGHT")
	}
	tmux(ts, "resize-window", "-t", "0", "-x", args[0], "-y", args[1])
}

// cmdTmuxExited waits for the program in the pane to exit with the code.
func cmdTmuxExited(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: tmux-exited CODE")
	}
	deadline := time.Now().Add(tmuxTimeout)
	for {
		if b, err := os.ReadFile(ts.Getenv("TMUX_STATUS")); err == nil {
			if got := strings.TrimSpace(string(b)); got != args[0] {
				ts.Fatalf("exit code %s, want %s", got, args[0])
			}
			return
		}
		if time.Now().After(deadline) {
			ts.Fatalf("tmux-exited: still running after %v; the screen:\n%s", tmuxTimeout, tmux(ts, "capture-pane", "-p", "-t", "0"))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

var typeName = regexp.MustCompile(`\becs\.[a-z0-9][a-z0-9.-]*[a-z0-9]`)

// cmdRows writes the instance types named in a file (a screen, list's
// table), the first on each line, one a line, to another file:
//
//	rows stdout view.txt
func cmdRows(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: rows FILE OUTFILE")
	}
	var b strings.Builder
	for _, line := range strings.Split(ts.ReadFile(args[0]), "\n") {
		if name := typeName.FindString(line); name != "" {
			b.WriteString(name + "\n")
		}
	}
	if err := os.WriteFile(ts.MkAbs(args[1]), []byte(b.String()), 0o644); err != nil {
		ts.Fatalf("%v", err)
	}
}
