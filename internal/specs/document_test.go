package specs

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// docRow is one row of testdata/document/tables.md, keyed by the
// document's own column headers.
type docRow struct {
	family string
	cells  map[string]string
}

func readDocumentTables(t *testing.T) []docRow {
	t.Helper()
	b, err := os.ReadFile("../../testdata/document/tables.md")
	if err != nil {
		t.Fatal(err)
	}
	var rows []docRow
	var family string
	var header []string
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(line, "## "):
			family, header = strings.TrimPrefix(line, "## "), nil
		case strings.HasPrefix(line, "|:") || strings.HasPrefix(line, "|-"):
			// alignment row
		case strings.HasPrefix(line, "|"):
			cells := strings.Split(strings.Trim(line, "|"), "|")
			if header == nil {
				header = cells
				continue
			}
			if len(cells) != len(header) {
				t.Fatalf("%s: %d cells for %d columns: %s", family, len(cells), len(header), line)
			}
			r := docRow{family: family, cells: map[string]string{}}
			for i, h := range header {
				r.cells[h] = strings.TrimSpace(cells[i])
			}
			rows = append(rows, r)
		}
	}
	return rows
}

// parseTimes reads the document's "NVIDIA T4 \* 1/4" and "16GB \* 1/4":
// the part before the star and the multiplier after it as a number.
func parseTimes(t *testing.T, s string) (string, float64) {
	t.Helper()
	name, mult, ok := strings.Cut(s, `\*`)
	if !ok {
		t.Fatalf("no multiplier in %q", s)
	}
	mult = strings.TrimSpace(mult)
	var n float64
	if num, den, frac := strings.Cut(mult, "/"); frac {
		a, _ := strconv.ParseFloat(num, 64)
		b, _ := strconv.ParseFloat(den, 64)
		n = a / b
	} else {
		n, _ = strconv.ParseFloat(mult, 64)
	}
	return strings.TrimSpace(name), n
}

func num(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return v
}

// TestDocumentTables checks every row and every column of the catalog
// against the document's tables, and that a column a family's table lacks
// (or gives as 无) is null in the catalog.
func TestDocumentTables(t *testing.T) {
	rows := readDocumentTables(t)
	c := Document()
	if len(rows) != 38 || len(c.Types) != 38 {
		t.Fatalf("document has %d rows, catalog %d types; want 38 each", len(rows), len(c.Types))
	}
	for i, r := range rows {
		name := r.cells["实例规格"]
		t.Run(name, func(t *testing.T) {
			it := c.Type(name)
			if it == nil {
				t.Fatalf("%s is not in the catalog", name)
			}
			if c.Types[i].Name != name {
				t.Errorf("catalog order: position %d is %s, document has %s", i, c.Types[i].Name, name)
			}
			if it.Family != r.family {
				t.Errorf("family = %q, want %q", it.Family, r.family)
			}
			if got, want := float64(it.VCPU), num(t, r.cells["vCPU"]); got != want {
				t.Errorf("vcpu = %v, want %v", got, want)
			}
			if got, want := it.MemoryGiB, num(t, r.cells["内存（GiB）"]); got != want {
				t.Errorf("memory_gib = %v, want %v", got, want)
			}
			gpuName, gpuCount := parseTimes(t, r.cells["GPU"])
			if want := strings.TrimPrefix(gpuName, "NVIDIA "); it.Model() != want {
				t.Errorf("gpu_model = %q, want %q", it.Model(), want)
			}
			if it.GPUs() != gpuCount {
				t.Errorf("gpu_count = %v, want %v", it.GPUs(), gpuCount)
			}
			memText, memCount := parseTimes(t, r.cells["GPU显存"])
			perGPU := num(t, strings.TrimSuffix(memText, "GB"))
			if it.MemoryPerGPU() != perGPU || memCount != gpuCount {
				t.Errorf("gpu_memory_per_gpu_gib = %v, want %v (× %v)", it.MemoryPerGPU(), perGPU, memCount)
			}
			if want := perGPU * memCount; it.GPUMemory() != want {
				t.Errorf("gpu_memory_gib = %v, want %v", it.GPUMemory(), want)
			}
			if got, want := it.NetworkGbps, num(t, r.cells["网络带宽（Gbit/s）"]); got != want {
				t.Errorf("network_gbps = %v, want %v", got, want)
			}
			if got, want := float64(*it.PPS), num(t, r.cells["网络收发包PPS（万）"])*10000; got != want {
				t.Errorf("pps = %v, want %v", got, want)
			}
			if got, want := float64(it.NICQueues), num(t, r.cells["多队列"]); got != want {
				t.Errorf("nic_queues = %v, want %v", got, want)
			}
			if got, want := float64(it.ENIs), num(t, r.cells["弹性网卡"]); got != want {
				t.Errorf("enis = %v, want %v", got, want)
			}
			switch v, ok := r.cells["存储IOPS基准（万）"]; {
			case !ok || v == "无":
				if it.StorageIOPS != nil {
					t.Errorf("storage_iops = %v, want null", *it.StorageIOPS)
				}
			case it.StorageIOPS == nil || float64(*it.StorageIOPS) != num(t, v)*10000:
				t.Errorf("storage_iops = %v, want %v × 10,000", it.StorageIOPS, v)
			}
			switch v, ok := r.cells["单网卡私有IP"]; {
			case !ok:
				if it.PrivateIPsPerENI != nil {
					t.Errorf("private_ips_per_eni = %v, want null", *it.PrivateIPsPerENI)
				}
			case it.PrivateIPsPerENI == nil || float64(*it.PrivateIPsPerENI) != num(t, v):
				t.Errorf("private_ips_per_eni = %v, want %v", it.PrivateIPsPerENI, v)
			}
			switch v, ok := r.cells["本地存储（GiB）"]; {
			case !ok:
				if it.LocalStorageGiB != nil {
					t.Errorf("local_storage_gib = %v, want null", *it.LocalStorageGiB)
				}
			case it.LocalStorageGiB == nil || *it.LocalStorageGiB != num(t, v):
				t.Errorf("local_storage_gib = %v, want %v", it.LocalStorageGiB, v)
			}
			for h := range r.cells {
				switch h {
				case "实例规格", "vCPU", "内存（GiB）", "GPU", "GPU显存", "网络带宽（Gbit/s）", "网络收发包PPS（万）",
					"多队列", "弹性网卡", "存储IOPS基准（万）", "单网卡私有IP", "本地存储（GiB）":
				default:
					t.Errorf("column %q is not checked", h)
				}
			}
		})
	}
}

// TestDocumentFamilyFacts pins the facts the document states per family.
func TestDocumentFamilyFacts(t *testing.T) {
	c := Document()
	tests := []struct {
		family       string
		gpu          string
		recommended  bool
		availability Availability
		vgpu         bool
		ipv6         bool
		workloads    []Workload
		licensed     []string
	}{
		{"gn7", "A100", true, InviteOnly, false, true, []Workload{Training, Scientific}, nil},
		{"vgn6i", "T4", true, OnSale, true, true, []Workload{CloudGaming, ARVR, Inference, Teaching}, []string{"ecs.vgn6i-m4-vws.xlarge", "ecs.vgn6i-m8-vws.2xlarge"}},
		{"gn6i", "T4", true, OnSale, false, true, []Workload{Inference, CloudGaming, ARVR, Graphics, GPUDatabase, Scientific}, nil},
		{"gn6e", "V100", true, OnSale, false, true, []Workload{Training, Inference, Scientific}, nil},
		{"gn6v", "V100", true, OnSale, false, true, []Workload{Training, Inference, Scientific}, nil},
		{"vgn5i", "P4", false, OnSale, true, true, []Workload{CloudGaming, ARVR, Inference, Teaching}, nil},
		{"gn5", "P100", false, OnSale, false, false, []Workload{Training, Scientific, Graphics, Transcoding}, nil},
		{"gn5i", "P4", false, OnSale, false, true, []Workload{Inference, Transcoding}, nil},
	}
	if len(c.Families) != len(tests) {
		t.Fatalf("%d families, want %d", len(c.Families), len(tests))
	}
	for i, tc := range tests {
		t.Run(tc.family, func(t *testing.T) {
			f := c.Families[i]
			if f.Name != tc.family {
				t.Fatalf("family %d is %s, want %s (document order)", i, f.Name, tc.family)
			}
			if g := c.GPUByKey(f.GPU); g == nil || g.Model != tc.gpu {
				t.Errorf("GPU = %v, want %s", f.GPU, tc.gpu)
			}
			if f.Recommended != tc.recommended || f.Availability != tc.availability || f.VGPU != tc.vgpu || f.IPv6 != tc.ipv6 {
				t.Errorf("recommended/availability/vgpu/ipv6 = %v/%v/%v/%v, want %v/%v/%v/%v",
					f.Recommended, f.Availability, f.VGPU, f.IPv6, tc.recommended, tc.availability, tc.vgpu, tc.ipv6)
			}
			if got := f.Workloads(); !equal(got, tc.workloads) {
				t.Errorf("workloads = %v, want %v", got, tc.workloads)
			}
			if (f.Licensing != nil) != tc.vgpu {
				t.Errorf("licensing notes present = %v, want %v", f.Licensing != nil, tc.vgpu)
			}
			for _, it := range c.TypesOf(f.Name) {
				want := contains(tc.licensed, it.Name)
				if it.LicenseIncluded != want {
					t.Errorf("%s license_included = %v, want %v", it.Name, it.LicenseIncluded, want)
				}
				if it.Recommended != tc.recommended || it.Availability != tc.availability || it.VGPU != tc.vgpu {
					t.Errorf("%s does not carry its family's facts", it.Name)
				}
				if it.Source != FromDocument || it.FetchedAt != nil || it.Zones != nil || it.PricePerHour != nil {
					t.Errorf("%s: document rows have source document and no API facts", it.Name)
				}
			}
			if f.Summary.EN == "" || f.Summary.ZH == "" {
				t.Error("summary missing in a language")
			}
			for _, s := range f.Scenarios {
				if s.Text.EN == "" || s.Text.ZH == "" {
					t.Errorf("scenario %s missing in a language", s.Workload)
				}
			}
		})
	}
}

func equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// TestSlicesAreFractions pins the vGPU slices the issue names.
func TestSlicesAreFractions(t *testing.T) {
	c := Document()
	for _, tc := range []struct {
		name           string
		count, perGPU  float64
		instanceMemory float64
	}{
		{"ecs.vgn6i-m4.xlarge", 0.25, 16, 4},
		{"ecs.vgn6i-m8.2xlarge", 0.5, 16, 8},
		{"ecs.vgn5i-m1.large", 0.125, 8, 1},
		{"ecs.vgn5i-m8.4xlarge", 1, 8, 8},
	} {
		it := c.Type(tc.name)
		if it.GPUs() != tc.count || it.MemoryPerGPU() != tc.perGPU || it.GPUMemory() != tc.instanceMemory || !it.VGPU {
			t.Errorf("%s: count %v per-GPU %v total %v vgpu %v; want %v %v %v true", tc.name,
				it.GPUs(), it.MemoryPerGPU(), it.GPUMemory(), it.VGPU, tc.count, tc.perGPU, tc.instanceMemory)
		}
	}
}
