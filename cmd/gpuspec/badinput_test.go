package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// TestBadInput runs gpuspec on bad flags, values, names, files and
// environment. Each must end with its documented exit code, one line on
// stderr that starts "gpuspec: " and names the input, nothing on stdout,
// and no panic.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", filepath.Join(dir, "cache"))
	t.Setenv("HOME", dir)
	t.Setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "")
	t.Setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "")
	t.Setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
	t.Setenv("ALIBABA_CLOUD_CREDENTIALS_FILE", filepath.Join(dir, "none"))
	file := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	badJSON := file("bad.json", `[{"instance_type": "ecs.gn6i-c4g1.xlarge", "vcpu": -4}]`)
	notList := file("notlist.yaml", "instance_type: x\n")
	escName := file("esc.json", `[{"instance_type": "ecs.gnx\u001b[2J.large", "vcpu": 2, "memory_gib": 8, "gpu_model": "A10", "gpu_count": 1, "gpu_memory_per_gpu_gib": 24}]`)
	c1GPU := file("c1.yaml", "- instance_type: ecs.gnx.large\n  vcpu: 2\n  memory_gib: 8\n  gpu_model: \"A10\\u009b\"\n  gpu_count: 1\n  gpu_memory_per_gpu_gib: 24\n")
	newlineFamily := file("nl.json", `[{"instance_type": "ecs.gn7i-c8g1.2xlarge", "family": "gn7i\nx"}]`)
	hugeCount := file("huge.json", `[{"instance_type": "ecs.gnx.large", "vcpu": 2, "memory_gib": 8, "gpu_model": "A10", "gpu_count": 1e308, "gpu_memory_per_gpu_gib": 24}]`)
	hugeMemory := file("mem.yaml", "- instance_type: ecs.gn7i-c8g1.2xlarge\n  memory_gib: 1e9\n")
	infinite := file("inf.yaml", "- instance_type: ecs.gn7i-c8g1.2xlarge\n  network_gbps: .inf\n")
	pathName := file("path.json", `[{"instance_type": "../../../etc/passwd", "vcpu": 2, "memory_gib": 8, "gpu_model": "A10", "gpu_count": 1, "gpu_memory_per_gpu_gib": 24}]`)
	emptyName := file("empty.json", `[{"instance_type": "ecs.", "vcpu": 2, "memory_gib": 8, "gpu_model": "A10", "gpu_count": 1, "gpu_memory_per_gpu_gib": 24}]`)
	badZone := file("zone.json", `[{"instance_type": "ecs.gn7i-c8g1.2xlarge", "zones": ["cn hangzhou"]}]`)
	badCurrency := file("cur.json", `[{"instance_type": "ecs.gn7i-c8g1.2xlarge", "currency": "yuan!"}]`)
	dupKey := file("dup.yaml", "- instance_type: ecs.gnx.large\n  vcpu: 2\n  VCPU: 4\n")
	escFile := file("x\x1b[2J.json", `[{"instance_type": 4}]`)
	unreadable := filepath.Join(dir, "adir.json")
	os.Mkdir(unreadable, 0o700)

	tests := []struct {
		name string
		env  map[string]string
		args []string
		code int
		want string
	}{
		{"range word", nil, []string{"list", "--vcpus", "abc"}, 2, `--vcpus "abc": want N, MIN..MAX`},
		{"range min above max", nil, []string{"list", "--vcpus", "8..4"}, 2, "MIN is greater than MAX"},
		{"range fraction of vcpus", nil, []string{"list", "--vcpus", "2.5"}, 2, "want whole numbers"},
		{"range negative", nil, []string{"list", "--memory", "-1"}, 2, `--memory "-1": want numbers of 0 or more`},
		{"range division by zero", nil, []string{"list", "--gpus", "1/0"}, 2, `--gpus "1/0"`},
		{"range empty", nil, []string{"list", "--network", ""}, 2, `--network ""`},
		{"range with unit", nil, []string{"list", "--gpu-memory", "16GiB"}, 2, `--gpu-memory "16GiB"`},
		{"range three dots", nil, []string{"list", "--total-gpu-memory", "1...2"}, 2, `--total-gpu-memory "1...2"`},
		{"flag without value", nil, []string{"list", "--vcpus"}, 2, "--vcpus needs a value"},
		{"output", nil, []string{"list", "-o", "xml"}, 2, `--output "xml": want one of table, wide, json, yaml, csv, markdown`},
		{"sort field", nil, []string{"list", "--sort", "nope"}, 2, `--sort "nope"`},
		{"sort direction", nil, []string{"list", "--sort", "vcpu:sideways"}, 2, `unknown direction "sideways"`},
		{"limit zero", nil, []string{"list", "--limit", "0"}, 2, `--limit "0"`},
		{"limit negative", nil, []string{"list", "--limit", "-3"}, 2, `--limit "-3"`},
		{"limit word", nil, []string{"list", "--limit", "abc"}, 2, `--limit "abc": want a whole number`},
		{"gpu model", nil, []string{"list", "--gpu", "H100"}, 2, `--gpu "H100": did you mean "A100"?`},
		{"gpu blank", nil, []string{"list", "--gpu", ","}, 2, "--gpu needs a value"},
		{"family", nil, []string{"list", "--family", "gn99"}, 2, `--family "gn99"`},
		{"workload", nil, []string{"list", "--workload", "mining"}, 2, `--workload "mining": want one of training`},
		{"bool flag", nil, []string{"list", "--vgpu=perhaps"}, 2, `--vgpu "perhaps": want true or false`},
		{"licence bool", nil, []string{"list", "--license-included=maybe"}, 2, `--license-included "maybe"`},
		{"unknown flag", nil, []string{"list", "--nosuch"}, 2, "unknown flag --nosuch for 'gpuspec list'"},
		{"unknown shorthand", nil, []string{"list", "-z"}, 2, "unknown flag -z"},
		{"argument to list", nil, []string{"list", "gn6i"}, 2, `'gpuspec list' takes no arguments, got "gn6i"`},
		{"unknown command", nil, []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"near command", nil, []string{"shwo"}, 2, `did you mean "show"?`},
		{"show nothing", nil, []string{"show"}, 2, "needs at least 1"},
		{"show unknown", nil, []string{"show", "gn6x"}, 1, `unknown instance type or family "gn6x": did you mean gn6i, gn6e or gn6v?`},
		{"show blank", nil, []string{"show", " "}, 1, `unknown instance type or family " "`},
		{"show format", nil, []string{"show", "gn6i", "-o", "csv"}, 2, `--output "csv": want one of table, json, yaml`},
		{"compare one", nil, []string{"compare", "gn6i"}, 2, "needs at least 2"},
		{"compare seven", nil, []string{"compare", "gn7", "vgn6i", "gn6i", "gn6e", "gn6v", "vgn5i", "gn5"}, 2, "takes at most 6"},
		{"compare mixed", nil, []string{"compare", "gn6i", "gn6i-c4g1.xlarge"}, 2, "not both"},
		{"compare unknown", nil, []string{"compare", "gn6i", "nosuch"}, 1, `unknown instance type or family "nosuch"`},
		{"model size", nil, []string{"recommend", "--model-params", "seven"}, 2, `--model-params "seven"`},
		{"precision", nil, []string{"recommend", "--precision", "fp6"}, 2, `want one of fp32, fp16, bf16, fp8, int8, int4`},
		{"kv precision", nil, []string{"recommend", "--model", "llama-3.1-8b", "--kv-precision", "int4"}, 2, `want one of fp32, fp16, bf16, fp8, int8`},
		{"model unknown", nil, []string{"recommend", "--model", "llama3-8b"}, 2, `--model "llama3-8b": unknown model: did you mean `},
		{"model unknown, nothing near", nil, []string{"recommend", "--model", "zzzzzzzzzzzzzzzz"}, 2, `--model "zzzzzzzzzzzzzzzz": unknown model: see 'gpuspec models'`},
		{"two models", nil, []string{"recommend", "--model", "llama-3.1-8b", "--model-params", "7B"}, 2, "--model and --model-params: give one model"},
		{"model config missing", nil, []string{"recommend", "--model-config", filepath.Join(dir, "nosuch.json")}, 2, `nosuch.json": no such file or directory`},
		{"model config not a config", nil, []string{"recommend", "--model-config", badJSON}, 2, `bad.json": not a JSON object: want a model's config.json`},
		{"context too long", nil, []string{"recommend", "--model", "llama-2-7b", "--context", "8k"}, 2, `--context "8k": Llama 2 7B takes at most 4k tokens`},
		{"max util zero", nil, []string{"recommend", "--model", "llama-2-7b", "--max-util", "0"}, 2, `--max-util "0": want a share of usable GPU memory above 0 and at most 1`},
		{"max util over", nil, []string{"recommend", "--model", "llama-2-7b", "--max-util", "120%"}, 2, `--max-util "120%"`},
		{"max util without model", nil, []string{"recommend", "--max-util", "0.8"}, 2, "--max-util needs --model, --model-config or --model-params"},
		{"fp8 training", nil, []string{"recommend", "--model", "llama-2-7b", "--task", "training", "--precision", "fp8"}, 2, `--precision "fp8": training needs fp32, fp16 or bf16`},
		{"models none", nil, []string{"models", "nosuchmodel"}, 1, `no model matches "nosuchmodel"`},
		{"models format", nil, []string{"models", "-o", "wide"}, 2, `--output "wide": want one of table, json, yaml, csv`},
		{"task", nil, []string{"recommend", "--model-params", "7B", "--task", "sing"}, 2, `--task "sing"`},
		{"context without model", nil, []string{"recommend", "--context", "4k"}, 2, "--context needs --model, --model-config or --model-params"},
		{"context word", nil, []string{"recommend", "--model-params", "7B", "--context", "long"}, 2, `--context "long"`},
		{"batch zero", nil, []string{"recommend", "--model-params", "7B", "--batch", "0"}, 2, `--batch "0"`},
		{"training int4", nil, []string{"recommend", "--model-params", "7B", "--task", "training", "--precision", "int4"}, 2, "training needs fp32, fp16 or bf16"},
		{"like unknown", nil, []string{"recommend", "--like", "nosuch"}, 1, `--like "nosuch": unknown instance type`},
		{"like family", nil, []string{"recommend", "--like", "gn5"}, 2, `--like "gn5" is a family`},
		{"top zero", nil, []string{"recommend", "--top", "0"}, 2, `--top "0"`},
		{"lang flag", nil, []string{"--lang", "fr", "list"}, 2, `--lang "fr": want one of en, zh`},
		{"lang env", map[string]string{"GPUSPEC_LANG": "xx"}, []string{"list"}, 2, `GPUSPEC_LANG="xx": want one of en, zh`},
		{"catalog missing", nil, []string{"list", "--catalog", filepath.Join(dir, "missing.json")}, 2, `missing.json": no such file`},
		{"catalog a directory", nil, []string{"list", "--catalog", unreadable}, 2, `adir.json"`},
		{"catalog bad value", nil, []string{"list", "--catalog", badJSON}, 2, "bad.json:1:52: vcpu: want 0 or more"},
		{"catalog not a list", nil, []string{"list", "--catalog", notList}, 2, "notlist.yaml:1:1: want a list of instance types"},
		{"region syntax", nil, []string{"list", "--region", "Hangzhou!"}, 2, `--region "Hangzhou!"`},
		{"region without a cache directory", map[string]string{"XDG_CACHE_HOME": ""}, []string{"list", "--region", "cn-hangzhou"}, 1, `no synced catalog for region "cn-hangzhou"`},
		{"region not synced", nil, []string{"list", "--region", "cn-nowhere"}, 1, `no synced catalog for region "cn-nowhere"`},
		{"sync without region", nil, []string{"catalog", "sync"}, 2, "needs --region"},
		{"sync timeout", nil, []string{"catalog", "sync", "--region", "cn-hangzhou", "--timeout", "0s"}, 2, `--timeout "0s"`},
		{"sync endpoint", nil, []string{"catalog", "sync", "--region", "cn-hangzhou", "--endpoint", "ftp://x"}, 2, `--endpoint "ftp://x"`},
		{"sync endpoint env", map[string]string{"GPUSPEC_ECS_ENDPOINT": "::"}, []string{"catalog", "sync", "--region", "cn-hangzhou"}, 2, `GPUSPEC_ECS_ENDPOINT="::"`},
		{"sync without credentials", nil, []string{"catalog", "sync", "--region", "cn-hangzhou", "--endpoint", "http://127.0.0.1:1"}, 1, "no Alibaba Cloud credentials"},
		{"info format", nil, []string{"catalog", "info", "-o", "yaml"}, 2, `--output "yaml"`},
		{"completion shell", nil, []string{"completion", "tcsh"}, 2, `unknown shell "tcsh"`},
		{"help topic", nil, []string{"help", "nosuch"}, 2, `unknown command "nosuch"`},
		{"man argument", nil, []string{"man", "extra"}, 2, `'gpuspec man' takes no arguments`},
		{"tui flag", nil, []string{"tui", "--vcpus", "x"}, 2, `--vcpus "x"`},
		{"zh error", nil, []string{"--lang", "zh", "list", "--limit", "0"}, 2, `--limit "0"：应为不小于 1 的整数`},
		// Hostile data: control characters, bounds, names (issue 15).
		{"escape in a name", nil, []string{"list", "--catalog", escName}, 2, "esc.json:1:20: instance_type: contains the control character U+001B: want printable text"},
		{"C1 control in a GPU", nil, []string{"list", "--catalog", c1GPU}, 2, "c1.yaml:4:14: gpu_model: contains the control character U+009B"},
		{"newline in a family", nil, []string{"show", "gn7i", "--catalog", newlineFamily}, 2, "nl.json:1:55: family: contains the control character U+000A"},
		{"escape in a file's name", nil, []string{"list", "--catalog", escFile}, 2, `x\x1b[2J.json:1:20: instance_type: want an instance type name`},
		{"GPU count past its bound", nil, []string{"list", "--catalog", hugeCount}, 2, "huge.json:1:98: gpu_count: want at most 64"},
		{"memory past its bound", nil, []string{"list", "--catalog", hugeMemory}, 2, "mem.yaml:2:15: memory_gib: want at most 65536"},
		{"an infinite figure", nil, []string{"list", "--catalog", infinite}, 2, "inf.yaml:2:17: network_gbps: want a finite number"},
		{"a path for a name", nil, []string{"list", "--catalog", pathName}, 2, "path.json:1:20: instance_type: want an instance type name"},
		{"ecs. alone", nil, []string{"list", "--catalog", emptyName}, 2, "empty.json:1:20: instance_type: want an instance type name"},
		{"a zone with a blank", nil, []string{"list", "--catalog", badZone}, 2, "zone.json:1:54: zones: want a region or zone ID such as cn-hangzhou-i"},
		{"a made-up currency", nil, []string{"list", "--catalog", badCurrency}, 2, "cur.json:1:57: currency: want a currency code such as CNY"},
		{"a YAML key twice", nil, []string{"list", "--catalog", dupKey}, 2, "dup.yaml:3:3: vcpu: given twice in the row (first on line 2)"},
		{"catalog past its bound", map[string]string{"GPUSPEC_MAX_CATALOG_BYTES": "10"}, []string{"list", "--catalog", badJSON}, 2, `bad.json": over 10 bytes, the most a catalog file may be`},
		{"catalog bound unreadable", map[string]string{"GPUSPEC_MAX_CATALOG_BYTES": "-5"}, []string{"list"}, 2, `GPUSPEC_MAX_CATALOG_BYTES="-5": want a size in bytes`},
		{"catalog bound zero", map[string]string{"GPUSPEC_MAX_CATALOG_BYTES": "0"}, []string{"list"}, 2, `GPUSPEC_MAX_CATALOG_BYTES="0"`},
		{"catalog endless", nil, []string{"list", "--catalog", "/dev/zero"}, 2, `--catalog "/dev/zero": over 256 MiB`},
		{"model config endless", nil, []string{"recommend", "--model-config", "/dev/zero"}, 2, `--model-config "/dev/zero": over 16 MiB`},
		{"endpoint with a password", nil, []string{"catalog", "sync", "--region", "cn-hangzhou", "--endpoint", "http://user:hunter2@127.0.0.1:1"}, 2, `--endpoint "http://REDACTED@127.0.0.1:1"`},
		{"endpoint env with a password", map[string]string{"GPUSPEC_ECS_ENDPOINT": "https://u:hunter2@x.example.com/p"}, []string{"catalog", "sync", "--region", "cn-hangzhou"}, 2, `GPUSPEC_ECS_ENDPOINT="https://REDACTED@x.example.com/p"`},
		{"output empty", nil, []string{"list", "-o", ""}, 2, `--output ""`},
		{"sort empty", nil, []string{"list", "--sort", ""}, 2, "--sort needs a value"},
		{"region empty", nil, []string{"list", "--region", ""}, 2, "--region needs a value"},
		{"version with an argument", nil, []string{"--version", "foo"}, 2, `unknown command "foo"`},
		{"like empty", nil, []string{"recommend", "--like", ""}, 2, "--like needs a value"},
		{"offline and region", nil, []string{"list", "--offline", "--region", "cn-hangzhou"}, 2, "--offline and --region"},
		{"region too long", nil, []string{"catalog", "sync", "--region", "cn-" + strings.Repeat("a", 1200)}, 2, `--region "cn-aaaa`},
		{"control character in a flag", nil, []string{"show", "gn6i\x1b[2J"}, 1, `"gn6i\x1b[2J"`},
	}
	if len(tests) < 40 {
		t.Fatalf("only %d bad inputs", len(tests))
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			env := map[string]string{"XDG_CACHE_HOME": t.TempDir()}
			for k, v := range tc.env {
				env[k] = v
			}
			res := runGpuspec(t, env, tc.args...)
			if res.code != tc.code {
				t.Errorf("exit %d, want %d; stderr %q", res.code, tc.code, res.stderr)
			}
			if res.stdout != "" {
				t.Errorf("stdout %q, want nothing", res.stdout)
			}
			if strings.Count(res.stderr, "\n") != 1 || !strings.HasSuffix(res.stderr, "\n") || !strings.HasPrefix(res.stderr, "gpuspec: ") {
				t.Errorf("stderr is not one line starting gpuspec: %q", res.stderr)
			}
			if !strings.Contains(res.stderr, tc.want) {
				t.Errorf("stderr %q lacks %q", res.stderr, tc.want)
			}
			if strings.Contains(res.stderr, "panic") || strings.Contains(res.stderr, "goroutine") {
				t.Errorf("a trace: %q", res.stderr)
			}
			// Nothing from outside reaches the terminal raw.
			for _, r := range strings.TrimSuffix(res.stderr, "\n") {
				if specs.IsControl(r) {
					t.Errorf("a control character U+%04X in %q", r, res.stderr)
				}
			}
		})
	}
}

func TestParseBytes(t *testing.T) {
	for in, want := range map[string]int64{"1048576": 1 << 20, "512MiB": 512 << 20, "1GiB": 1 << 30, "64k": 64 << 10, "2 MB": 2 << 20, "1g": 1 << 30} {
		if got, ok := parseBytes(in); !ok || got != want {
			t.Errorf("parseBytes(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "0", "-1", "lots", "1TiB", "1.5GiB", "99999999999999999999", "99999999999G"} {
		if got, ok := parseBytes(in); ok {
			t.Errorf("parseBytes(%q) = %d, want refused", in, got)
		}
	}
}
