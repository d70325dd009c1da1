package i18n

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// verbs lists each formatting verb with the argument it takes, so that a
// translation that reorders arguments with %[n] still matches.
func verbs(s string) []string {
	re := regexp.MustCompile(`%(\[(\d+)\])?[-+# 0]*\d*(\.\d+)?([a-zA-Z%])`)
	var out []string
	next := 1
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		if m[4] == "%" {
			continue
		}
		if m[2] != "" {
			next, _ = strconv.Atoi(m[2])
		}
		out = append(out, fmt.Sprintf("%d%s", next, m[4]))
		next++
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestMessagesComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, part := range [][]message{commandMessages, dataMessages, errorMessages, recommendMessages, tuiMessages} {
		for _, m := range part {
			if seen[m.key] {
				t.Errorf("%s: given twice", m.key)
			}
			seen[m.key] = true
		}
	}
	for key, m := range catalogue() {
		if strings.TrimSpace(m.EN) == "" || strings.TrimSpace(m.ZH) == "" {
			t.Errorf("%s: missing in a language: %+v", key, m)
			continue
		}
		if en, zh := verbs(m.EN), verbs(m.ZH); !slices.Equal(en, zh) {
			t.Errorf("%s: verbs differ: en %v, zh %v", key, en, zh)
		}
	}
}

// dynamicPrefixes are keys built at run time from a prefix and a value.
var dynamicPrefixes = []string{"source.", "disk.", "availability.", "workload."}

// TestEveryKeyUsedExists reads gpuspec's source for message keys and checks
// that each is in the catalogue, and that each catalogue key is used.
func TestEveryKeyUsedExists(t *testing.T) {
	prefixes := map[string]bool{}
	for key := range catalogue() {
		prefixes[strings.SplitN(key, ".", 2)[0]] = true
	}
	literal := regexp.MustCompile(`"([a-z0-9]+\.[a-z0-9_.-]*)"`)
	used := map[string]bool{}
	var files int
	for _, dir := range []string{"../../cmd", "../../internal"} {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || strings.HasPrefix(filepath.Base(path), "messages") {
				return err
			}
			files++
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, m := range literal.FindAllStringSubmatch(string(b), -1) {
				key := m[1]
				if !prefixes[strings.SplitN(key, ".", 2)[0]] || strings.HasSuffix(key, ".go") {
					continue
				}
				used[key] = true
				// A key ending in . or _ is a prefix completed at run time.
				if strings.HasSuffix(key, ".") || strings.HasSuffix(key, "_") {
					dynamicPrefixes = append(dynamicPrefixes, key)
					continue
				}
				if _, ok := catalogue()[key]; !ok {
					t.Errorf("%s: key %q is not in the catalogue", path, key)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if files < 10 {
		t.Fatalf("read only %d source files", files)
	}
	for key := range catalogue() {
		if used[key] || strings.HasSuffix(key, "_none") && used[strings.TrimSuffix(key, "_none")] {
			continue
		}
		dynamic := false
		for _, p := range dynamicPrefixes {
			dynamic = dynamic || strings.HasPrefix(key, p)
		}
		if !dynamic {
			t.Errorf("key %q is never used", key)
		}
	}
}

func TestFromLocale(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want Lang
	}{
		{"nothing set", nil, EN},
		{"LANG zh", map[string]string{"LANG": "zh_CN.UTF-8"}, ZH},
		{"LANG en", map[string]string{"LANG": "en_US.UTF-8"}, EN},
		{"LC_ALL wins", map[string]string{"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, EN},
		{"LC_MESSAGES before LANG", map[string]string{"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US"}, ZH},
		{"C locale", map[string]string{"LANG": "C.UTF-8"}, EN},
		{"POSIX", map[string]string{"LC_ALL": "POSIX", "LANG": "zh_CN"}, EN},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FromLocale(func(k string) string { return tc.env[k] }); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

func TestLangByName(t *testing.T) {
	for in, want := range map[string]Lang{"en": EN, "ZH": ZH, " zh ": ZH} {
		if got, ok := LangByName(in); !ok || got != want {
			t.Errorf("LangByName(%q) = %v, %v", in, got, ok)
		}
	}
	for _, bad := range []string{"", "fr", "zh_CN", "english"} {
		if _, ok := LangByName(bad); ok {
			t.Errorf("LangByName(%q) accepted", bad)
		}
	}
}

func TestPrinterLocalisesNestedErrors(t *testing.T) {
	inner := Errorf("arg.name")
	outer := Errorf("err.min_args", "gpuspec show", 1, inner)
	if got := (Printer{Lang: ZH}).Error(outer); got != "'gpuspec show' 至少需要 1 个实例规格或规格族名称" {
		t.Errorf("zh: %q", got)
	}
	if got := outer.Error(); got != "'gpuspec show' needs at least 1 instance type or family name" {
		t.Errorf("en: %q", got)
	}
	if !errors.Is(outer, inner) {
		t.Error("Errorf should wrap an error argument")
	}
	if got := (Printer{Lang: ZH}).T("no.such.key"); got != "no.such.key" {
		t.Errorf("a missing key prints itself, got %q", got)
	}
}
