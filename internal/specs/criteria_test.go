package specs_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/gpuspec/gpuspec/internal/specs"
	"github.com/gpuspec/gpuspec/internal/specs/specstest"
)

// query reads list's flags into a query, as the command line does.
func query(t testing.TB, c *specs.Catalog, args ...string) specs.Query {
	t.Helper()
	q, err := specstest.ParseArgs(args, c)
	if err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	return q
}

func names(types []*specs.InstanceType) []string {
	out := make([]string, len(types))
	for i, t := range types {
		out[i] = t.Name
	}
	return out
}

func TestQuery(t *testing.T) {
	c := specs.Document()
	tests := []struct {
		name  string
		args  []string
		count int
		first string
		check func(*specs.InstanceType) bool
	}{
		{"everything", nil, 38, "ecs.gn7-c12g1.3xlarge", nil},
		{"gpu T4", []string{"--gpu", "T4"}, 10, "ecs.vgn6i-m4.xlarge", func(it *specs.InstanceType) bool { return it.Model() == "T4" }},
		{"gpu any case and spelling", []string{"--gpu", "t4", "--gpu", "NVIDIA A100"}, 13, "ecs.gn7-c12g1.3xlarge", nil},
		{"gpu commas", []string{"--gpu", "t4,a100"}, 13, "ecs.gn7-c12g1.3xlarge", nil},
		{"family", []string{"--family", "GN6V"}, 4, "ecs.gn6v-c8g1.2xlarge", nil},
		{"quarter slices", []string{"--gpus", "0.25"}, 3, "ecs.vgn6i-m4.xlarge", func(it *specs.InstanceType) bool { return it.GPUs() == 0.25 }},
		{"per-GPU memory 32", []string{"--gpu-memory", "32.."}, 6, "ecs.gn7-c12g1.3xlarge", nil},
		{"instance GPU memory up to 4", []string{"--total-gpu-memory", "..4"}, 5, "ecs.vgn6i-m4.xlarge", func(it *specs.InstanceType) bool { return it.GPUMemory() <= 4 }},
		{"vgpu only", []string{"--vgpu", "true"}, 8, "ecs.vgn6i-m4.xlarge", func(it *specs.InstanceType) bool { return it.VGPU }},
		{"whole GPUs only", []string{"--vgpu", "false"}, 30, "ecs.gn7-c12g1.3xlarge", func(it *specs.InstanceType) bool { return !it.VGPU }},
		{"license included", []string{"--license-included", "true"}, 2, "ecs.vgn6i-m4-vws.xlarge", nil},
		{"workload inference", []string{"--workload", "inference"}, 27, "ecs.vgn6i-m4.xlarge", func(it *specs.InstanceType) bool { return it.Serves(specs.Inference) }},
		{"workloads AND", []string{"--workload", "training", "--workload", "inference"}, 7, "ecs.gn6e-c12g1.3xlarge", nil},
		{"transcoding", []string{"--workload", "transcoding"}, 14, "ecs.gn5-c4g1.xlarge", nil},
		{"AND of criteria", []string{"--gpu", "V100", "--network", "20.."}, 3, "ecs.gn6e-c12g1.24xlarge", nil},
		{"match a type's name", []string{"--match", "c24"}, 3, "ecs.gn6i-c24g1.6xlarge", nil},
		{"match the GPU's full name", []string{"--match", "Tesla"}, 28, "ecs.vgn6i-m4.xlarge", func(it *specs.InstanceType) bool {
			return it.Model() == "T4" || it.Model() == "P4" || it.Model() == "P100"
		}},
		{"match any of, all of", []string{"--match", "vws,gn5i", "--match", "m4"}, 2, "ecs.vgn6i-m4-vws.xlarge", nil},
		{"ranges given twice both hold", []string{"--vcpus", "1..8", "--vcpus", "4.."}, 12, "ecs.vgn6i-m4.xlarge", func(it *specs.InstanceType) bool { return it.VCPU >= 4 && it.VCPU <= 8 }},
		{"sort and limit", []string{"--sort", "vcpu:desc", "--limit", "2"}, 2, "ecs.gn7-c13g1.26xlarge", nil},
		{"nothing", []string{"--gpu", "T4", "--gpus", "8.."}, 0, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := query(t, c, tc.args...)
			got := q.Select(c)
			if len(got) != tc.count {
				t.Fatalf("%d types, want %d: %v", len(got), tc.count, names(got))
			}
			if tc.count > 0 && got[0].Name != tc.first {
				t.Errorf("first = %s, want %s", got[0].Name, tc.first)
			}
			for _, it := range got {
				if tc.check != nil && !tc.check(it) {
					t.Errorf("%s should not match", it.Name)
				}
			}
			// The query prints as flags that select the same rows.
			back := query(t, c, q.Args()...)
			if !slices.Equal(names(back.Select(c)), names(got)) {
				t.Errorf("%v selects other rows than the query", q.Args())
			}
		})
	}
}

func TestQueryErrors(t *testing.T) {
	c := specs.Document()
	for _, tc := range []struct {
		flag, value string
		kind        specs.QueryErrorKind
		suggestion  string
	}{
		{"gpu", "H100", specs.BadName, "A100"},
		{"gpu", " , ", specs.BadBlank, ""},
		{"family", "gn8", specs.BadName, "gn7"},
		{"workload", "mining", specs.BadName, ""},
		{"vcpus", "abc", specs.BadRange, ""},
		{"vcpus", "8..4", specs.BadRange, ""},
		{"vgpu", "maybe", specs.BadYesNo, ""},
		{"sort", "price", specs.BadSortKey, "price_per_hour"},
		{"sort", "vcpu:up", specs.BadSortOrder, ""},
		{"limit", "0", specs.BadLimit, ""},
		{"limit", "x", specs.BadWhole, ""},
		{"match", ",", specs.BadBlank, ""},
	} {
		var q specs.Query
		err := specs.CriterionByFlag(tc.flag).Add(&q, tc.value, c)
		qe, ok := err.(*specs.QueryError)
		if !ok || qe.Kind != tc.kind || qe.Criterion.Flag != tc.flag || qe.Value != tc.value || qe.Suggestion() != tc.suggestion {
			t.Errorf("--%s %q: %#v, want kind %d suggesting %q", tc.flag, tc.value, err, tc.kind, tc.suggestion)
		}
	}
}

// TestIntersect: a preset and a search both hold; where they conflict the
// result is empty, never an error, and prints as flags that select
// nothing.
func TestIntersect(t *testing.T) {
	c := specs.Document()
	tests := []struct {
		name     string
		a, b     []string
		count    int
		wantArgs string
	}{
		{"ranges narrow", []string{"--vcpus", "1..32"}, []string{"--vcpus", "8.."}, 19, "--vcpus 8..32"},
		{"ranges conflict", []string{"--vcpus", "1..8"}, []string{"--vcpus", "16.."}, 0, "--vcpus 16.. --vcpus ..8"},
		{"names narrow", []string{"--gpu", "T4,V100"}, []string{"--gpu", "v100,a100"}, 7, "--gpu V100"},
		{"names conflict", []string{"--gpu", "T4"}, []string{"--gpu", "V100"}, 0, "--gpu T4 --match v100"},
		{"families conflict, shortest name kept", []string{"--family", "gn5i"}, []string{"--family", "gn5"}, 0, "--family gn5 --match gn5i"},
		{"yes and no", []string{"--vgpu", "true"}, []string{"--vgpu", "false"}, 0, "--vgpu --vgpu=false"},
		{"workloads add up", []string{"--workload", "training"}, []string{"--workload", "inference"}, 7, "--workload training --workload inference"},
		{"the later sort wins", []string{"--sort", "vcpu"}, []string{"--sort", "memory_gib:desc"}, 38, "--sort memory_gib:desc"},
		{"a value that reads as a flag is joined", []string{"--match", "-m4"}, []string{"--vcpus", "..8"}, 3, "--vcpus ..8 --match=-m4"},
		{"the smaller limit wins", []string{"--limit", "5"}, []string{"--limit", "3"}, 3, "--limit 3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := query(t, c, tc.a...), query(t, c, tc.b...)
			aArgs, bArgs := a.Args(), b.Args()
			q := a.Intersect(b)
			got := q.Select(c)
			if len(got) != tc.count {
				t.Errorf("%d rows, want %d", len(got), tc.count)
			}
			if args := strings.Join(q.Args(), " "); args != tc.wantArgs {
				t.Errorf("args %q, want %q", args, tc.wantArgs)
			}
			if back := query(t, c, q.Args()...); !slices.Equal(names(back.Select(c)), names(got)) {
				t.Errorf("%v selects other rows", q.Args())
			}
			if !slices.Equal(a.Args(), aArgs) || !slices.Equal(b.Args(), bArgs) {
				t.Error("Intersect changed its operands")
			}
		})
	}
}

// TestConflictsSelectNothing: any two different GPU models, or families,
// asked by a preset and a search, print as flags that select nothing.
func TestConflictsSelectNothing(t *testing.T) {
	c := specs.Document()
	for _, flag := range []string{"gpu", "family"} {
		values := c.GPUModels()
		if flag == "family" {
			values = c.FamilyNames()
		}
		for _, x := range values {
			for _, y := range values {
				if x == y {
					continue
				}
				q := query(t, c, "--"+flag, x).Intersect(query(t, c, "--"+flag, y))
				if n := len(query(t, c, q.Args()...).Select(c)); n != 0 {
					t.Errorf("%s %s and %s print as %v, which selects %d rows", flag, x, y, q.Args(), n)
				}
			}
		}
	}
}
