package tui

import (
	"strings"
	"testing"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

func TestParseQuery(t *testing.T) {
	c := specs.Document()
	tests := []struct {
		in      string
		rows    int
		command string
		err     string
	}{
		{"", 38, "gpuspec list", ""},
		{"gn6i", 10, "gpuspec list --match gn6i", ""},
		{"GN6I c24", 3, "gpuspec list --match gn6i --match c24", ""},
		{"t4", 10, "gpuspec list --match t4", ""},
		{"nvidia", 38, "gpuspec list --match nvidia", ""},
		{"-m4", 3, "gpuspec list --match=-m4", ""},
		{"recommended", 0, "gpuspec list --match recommended", ""},
		{"gpu_mem>=16", 28, "gpuspec list --gpu-memory 16..", ""},
		{"vcpu<=8 gpu=t4", 4, "gpuspec list --gpu T4 --vcpus ..8", ""},
		{"vcpu=8..16", 14, "gpuspec list --vcpus 8..16", ""},
		{"vcpu>=8 vcpu<=16", 14, "gpuspec list --vcpus 8..16", ""},
		{"gpus=1/4", 3, "gpuspec list --gpus 0.25", ""},
		{"sort=vcpu:desc limit=2", 2, "gpuspec list --sort vcpu:desc --limit 2", ""},
		{"total_gpu_mem>=128", 7, "gpuspec list --total-gpu-memory 128..", ""},
		{"net>=25 mem<=500", 3, "gpuspec list --memory ..500 --network 25..", ""},
		{"gpu=v100,a100", 10, "gpuspec list --gpu V100,A100", ""},
		{"family=gn5i", 6, "gpuspec list --family gn5i", ""},
		{"workload=transcoding", 14, "gpuspec list --workload transcoding", ""},
		{"vgpu=true", 8, "gpuspec list --vgpu", ""},
		{"licence=yes", 2, "gpuspec list --license-included", ""},
		{"Memory==15", 1, "gpuspec list --memory 15", ""},
		{"foo=1", 0, "", `unknown field "foo"`},
		{"vcpu>8", 0, "", `"vcpu>8": use >= or <=`},
		{"vcpu>=abc", 0, "", `"vcpu>=abc": want a number`},
		{"vcpu>=8..16", 0, "", `want a number`},
		{"vcpu=16..8", 0, "", "MIN is greater than MAX"},
		{"vcpu=2.5", 0, "", "want a number"},
		{"gpu=h100", 0, "", `"gpu=h100": want A100, T4, V100, P4, P100`},
		{"sort=price", 0, "", `"sort=price": want instance_type`},
		{"gpu>=t4", 0, "", "use = with names"},
		{"family=gn8", 0, "", "want gn7, vgn6i"},
		{"workload=gaming", 0, "", "want training, inference"},
		{"vgpu=maybe", 0, "", "want true or false"},
		{"vcpu=", 0, "", "no value"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			q, err := ParseQuery(tc.in, c)
			if tc.err != "" {
				if err == nil || !strings.Contains(i18n.Printer{Lang: i18n.EN}.Error(err), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if n := len(q.Select(c)); n != tc.rows {
				t.Errorf("%d rows, want %d", n, tc.rows)
			}
			if got := strings.Join(append([]string{"gpuspec", "list"}, q.Args()...), " "); got != tc.command {
				t.Errorf("command %q, want %q", got, tc.command)
			}
		})
	}
}

// TestCommandReproducesView: the command the status line shows, run as
// list's flags, selects the same rows as the view, in the same order.
func TestCommandReproducesView(t *testing.T) {
	c := specs.Document()
	for _, tc := range []struct {
		name   string
		preset []string
		keys   []string
		search string
		want   string
	}{
		{"bar, search and sort", nil, []string{"tab", "tab"}, "gpu_mem>=16 vcpu<=16", "gpuspec list --vcpus ..16 --gpu-memory 16.. --workload inference --sort vcpu:desc"},
		{"free words", nil, nil, "vws m8", "gpuspec list --match vws --match m8"},
		{"preset and search narrow", []string{"--gpu", "T4,V100"}, nil, "gpu=v100", "gpuspec list --gpu V100"},
		{"preset and search conflict", []string{"--gpu", "T4"}, nil, "gpu=v100", "gpuspec list --gpu T4 --match v100"},
		{"ranges conflict", []string{"--vcpus", "1..8"}, nil, "vcpu>=16", "gpuspec list --vcpus 16.. --vcpus ..8"},
		{"the toggle takes a preset", []string{"--vgpu=false"}, []string{"v"}, "", "gpuspec list --license-included"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			preset, err := specstest.ParseArgs(tc.preset, c)
			if err != nil {
				t.Fatal(err)
			}
			m := New(Options{Catalog: c, Printer: en, Preset: preset})
			press(m, tc.keys...)
			if tc.search != "" {
				press(m, "/")
				typeText(m, tc.search)
				press(m, "enter")
			}
			if tc.name == "bar, search and sort" {
				press(m, "s", "s", "S")
			}
			cmd := m.Command()
			if cmd != tc.want {
				t.Errorf("command %q, want %q", cmd, tc.want)
			}
			args := strings.Fields(strings.TrimPrefix(cmd, "gpuspec list"))
			q, err := specstest.ParseArgs(args, c)
			if err != nil {
				t.Fatalf("%q does not read back: %v", cmd, err)
			}
			rows := q.Select(c)
			if len(rows) != len(m.browse.rows) {
				t.Fatalf("list gives %d rows, the view %d", len(rows), len(m.browse.rows))
			}
			for i := range rows {
				if rows[i] != m.browse.rows[i] {
					t.Errorf("row %d: list %s, view %s", i, rows[i].Name, m.browse.rows[i].Name)
				}
			}
		})
	}
}

func TestShellQuote(t *testing.T) {
	for in, want := range map[string]string{"gn6i": "gn6i", "a b": "'a b'", "it's": `'it'\''s'`, "": "''", "ecs.gn6i-c4g1.xlarge": "ecs.gn6i-c4g1.xlarge", "$x": "'$x'"} {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %q, want %q", in, got, want)
		}
	}
}
