package main

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"strings"
	"testing"
)

// keyLine is a line of indented JSON that starts a key.
var keyLine = regexp.MustCompile(`^\s*"([a-z0-9_]+)": (.*)$`)

// dropKeys removes the lines of indented JSON whose key is not in keep,
// with the elements of a list such a key opens.
func dropKeys(text string, keep map[string]bool) string {
	var out []string
	skipping := false
	for _, line := range strings.Split(text, "\n") {
		if skipping {
			skipping = !strings.HasPrefix(strings.TrimSpace(line), "]")
			continue
		}
		if m := keyLine.FindStringSubmatch(line); m != nil && !keep[m[1]] {
			skipping = m[2] == "["
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// TestOriginalEditionUnchanged: --edition original prints, byte for byte,
// the list -o json gpuspec printed before the current edition came (kept
// in testdata/original/list.json), once the keys added since are left out;
// and the keys it had keep their order.
func TestOriginalEditionUnchanged(t *testing.T) {
	before, err := os.ReadFile("../../testdata/original/list.json")
	if err != nil {
		t.Fatal(err)
	}
	keep := map[string]bool{}
	for _, line := range strings.Split(string(before), "\n") {
		if m := keyLine.FindStringSubmatch(line); m != nil {
			keep[m[1]] = true
		}
	}
	for _, args := range [][]string{{"list", "--edition", "original", "-o", "json"}, {"--edition=ORIGINAL", "list", "-o", "json"}} {
		var out, errOut bytes.Buffer
		streams := &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}
		if code := run(context.Background(), args, streams, func(string) string { return "" }); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut.String())
		}
		if got := dropKeys(out.String(), keep); got != string(before) {
			t.Errorf("%v: the original edition's list -o json changed:\n%s", args, firstDifference(got, string(before)))
		}
	}
}

func firstDifference(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "now  " + al[i] + "\nwas  " + bl[i]
		}
	}
	return "lengths differ"
}

// TestEditionFromEnvironment: GPUSPEC_EDITION picks the edition when the
// flag does not; the flag wins; a bad value is a usage error naming both.
func TestEditionFromEnvironment(t *testing.T) {
	count := func(env string, args ...string) (int, int, string) {
		var out, errOut bytes.Buffer
		streams := &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}
		getenv := func(k string) string {
			if k == "GPUSPEC_EDITION" {
				return env
			}
			return ""
		}
		code := run(context.Background(), append([]string{"list", "-o", "csv"}, args...), streams, getenv)
		return code, strings.Count(out.String(), "\necs."), errOut.String()
	}
	for _, tc := range []struct {
		env  string
		args []string
		code int
		rows int
		err  string
	}{
		{"", nil, 0, 110, ""},
		{"original", nil, 0, 38, ""},
		{"Current", nil, 0, 110, ""},
		{"original", []string{"--edition", "current"}, 0, 110, ""},
		{"", []string{"--include-retired"}, 0, 116, ""},
		{"original", []string{"--include-retired"}, 0, 38, ""},
		{"2019", nil, 2, 0, "gpuspec: GPUSPEC_EDITION=\"2019\": want one of current, original\n"},
		{"", []string{"--edition", "latest"}, 2, 0, "gpuspec: --edition \"latest\": want one of current, original\n"},
	} {
		code, rows, errText := count(tc.env, tc.args...)
		if code != tc.code || rows != tc.rows || errText != tc.err {
			t.Errorf("GPUSPEC_EDITION=%q %v: exit %d, %d rows, %q; want %d, %d, %q", tc.env, tc.args, code, rows, errText, tc.code, tc.rows, tc.err)
		}
	}
}
