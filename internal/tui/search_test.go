package tui

import (
	"strings"
	"testing"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
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
		{"gn6i", 10, "gpuspec list | grep -i gn6i", ""},
		{"GN6I c24", 3, "gpuspec list | grep -i gn6i | grep -i c24", ""},
		{"t4", 10, "gpuspec list | grep -i t4", ""},
		{"gpu_mem>=16", 28, "gpuspec list --gpu-memory 16..", ""},
		{"vcpu<=8 gpu=t4", 4, "gpuspec list --gpu T4 --vcpus ..8", ""},
		{"vcpu=8..16", 14, "gpuspec list --vcpus 8..16", ""},
		{"vcpu>=8 vcpu<=16", 14, "gpuspec list --vcpus 8..16", ""},
		{"gpus=1/4", 3, "gpuspec list --gpus 0.25", ""},
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
			n := 0
			for i := range c.Types {
				if q.Match(&c.Types[i]) {
					n++
				}
			}
			if n != tc.rows {
				t.Errorf("%d rows, want %d", n, tc.rows)
			}
			if got := ListCommand([]specs.Filter{q.Filter}, nil, q.Words); got != tc.command {
				t.Errorf("command %q, want %q", got, tc.command)
			}
		})
	}
}

// TestCommandReproducesView: the command the status line shows selects
// the same rows as the view.
func TestCommandReproducesView(t *testing.T) {
	c := specs.Document()
	m := New(Options{Catalog: c, Printer: en})
	press(m, "tab", "tab", "/")
	typeText(m, "gpu_mem>=16 vcpu<=16")
	press(m, "enter", "s", "s", "S")
	cmd := m.Command()
	if cmd != "gpuspec list --workload inference --vcpus ..16 --gpu-memory 16.. --sort vcpu:desc" {
		t.Fatalf("command %q", cmd)
	}
	r16, _ := specs.ParseRange[int]("..16")
	g16, _ := specs.ParseRange[float64]("16..")
	keys, _ := specs.ParseSort("vcpu:desc")
	rows := specs.Query(c, specs.Filter{Workloads: []specs.Workload{specs.Inference}, VCPUs: r16, GPUMemoryPerGPUGiB: g16})
	specs.Sort(rows, keys)
	if len(rows) != len(m.rows) {
		t.Fatalf("list gives %d rows, the view %d", len(rows), len(m.rows))
	}
	for i := range rows {
		if rows[i] != m.rows[i] {
			t.Errorf("row %d: list %s, view %s", i, rows[i].Name, m.rows[i].Name)
		}
	}
}

func TestShellQuote(t *testing.T) {
	for in, want := range map[string]string{"gn6i": "gn6i", "a b": "'a b'", "it's": `'it'\''s'`, "": "''", "ecs.gn6i-c4g1.xlarge": "ecs.gn6i-c4g1.xlarge", "$x": "'$x'"} {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %q, want %q", in, got, want)
		}
	}
}
