package specs

import (
	"html"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

// The current edition is checked against verbatim copies of the current
// pages in testdata/current: the Chinese page's HTML tables and the English
// page's tables, which its Markdown gives as one bold header per line and
// then one cell per line.

// pageTable is one table of a page: its section's title, its headers and
// its rows of cells, as the page writes them.
type pageTable struct {
	page, section string
	header        []string
	rows          [][]string
}

var (
	zhTableRE = regexp.MustCompile(`(?s)<table>(.*?)</table>`)
	zhRowRE   = regexp.MustCompile(`(?s)<tr>(.*?)</tr>`)
	zhCellRE  = regexp.MustCompile(`(?s)<td[^>]*>(.*?)</td>`)
	tagRE     = regexp.MustCompile(`<[^>]+>`)
)

func readPage(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/current/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// zhTables reads the Chinese page's HTML tables, section by section.
func zhTables(t *testing.T) []pageTable {
	var out []pageTable
	for _, sec := range strings.Split(readPage(t, "gpu-families-current.zh.md"), "\n## ")[1:] {
		title, _, _ := strings.Cut(sec, "\n")
		for _, tm := range zhTableRE.FindAllStringSubmatch(sec, -1) {
			tb := pageTable{page: "zh", section: strings.Trim(title, "* ")}
			for _, rm := range zhRowRE.FindAllStringSubmatch(tm[1], -1) {
				var cells []string
				for _, cm := range zhCellRE.FindAllStringSubmatch(rm[1], -1) {
					cells = append(cells, strings.TrimSpace(html.UnescapeString(tagRE.ReplaceAllString(cm[1], ""))))
				}
				if tb.header == nil {
					tb.header = cells
				} else {
					tb.rows = append(tb.rows, cells)
				}
			}
			out = append(out, tb)
		}
	}
	return out
}

// enTables reads the English page's tables: a run of bold lines starting
// with **Instance type** is the header; the cells follow, one per line,
// each row starting with an instance type's name.
func enTables(t *testing.T) []pageTable {
	var out []pageTable
	lines := strings.Split(readPage(t, "gpu-families-current.en.md"), "\n")
	section := ""
	for i := 0; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if strings.HasPrefix(l, "## ") {
			section = strings.Trim(strings.TrimPrefix(l, "## "), "* ")
		}
		if l != "**Instance type**" {
			continue
		}
		tb := pageTable{page: "en", section: section}
		for ; i < len(lines); i++ {
			l = strings.TrimSpace(lines[i])
			if l == "" {
				continue
			}
			if !strings.HasPrefix(l, "**") || !strings.HasSuffix(l, "**") {
				break
			}
			tb.header = append(tb.header, strings.Trim(l, "*"))
		}
		var cells []string
		for ; i < len(lines); i++ {
			l = strings.TrimSpace(lines[i])
			if l == "" {
				continue
			}
			if !strings.HasPrefix(l, "ecs.") && len(cells)%len(tb.header) == 0 {
				break
			}
			cells = append(cells, l)
		}
		i--
		if len(cells)%len(tb.header) != 0 {
			t.Fatalf("%s: %d cells for %d columns", section, len(cells), len(tb.header))
		}
		for k := 0; k < len(cells); k += len(tb.header) {
			tb.rows = append(tb.rows, cells[k:k+len(tb.header)])
		}
		out = append(out, tb)
	}
	return out
}

// cell normalises the pages' ways of writing a cell: Markdown escapes,
// "×" for "*", thousands separators.
func cell(s string) string {
	s = strings.ReplaceAll(s, `\*`, "*")
	s = strings.ReplaceAll(s, "×", "*")
	return strings.TrimSpace(strings.ReplaceAll(s, `\`, ""))
}

// pageNum reads a figure as the pages write it: 100万 (×10,000), 30
// million, 4,500,000, 无 or None (no figure: nil).
func pageNum(t *testing.T, s string) *float64 {
	t.Helper()
	s = strings.ReplaceAll(cell(s), ",", "")
	if s == "无" || s == "None" || s == "N/A" {
		return nil
	}
	mult := 1.0
	switch {
	case strings.HasSuffix(s, "万"):
		s, mult = strings.TrimSuffix(s, "万"), 10_000
	case strings.HasSuffix(s, "million"):
		s, mult = strings.TrimSpace(strings.TrimSuffix(s, "million")), 1_000_000
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("not a figure: %q", s)
	}
	v *= mult
	return &v
}

// times reads "24GB * 1/12", "NVIDIA A10 * 1", "1 * NVIDIA P100" and
// "1 * 16 GB": the thing and how many of it (a fraction for a slice).
func times(t *testing.T, s string) (string, float64) {
	t.Helper()
	a, b, ok := strings.Cut(cell(s), "*")
	if !ok {
		t.Fatalf("no multiplier in %q", s)
	}
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if _, err := strconv.Atoi(a); err == nil { // gn5's "1 × NVIDIA P100"
		a, b = b, a
	}
	if num, den, frac := strings.Cut(b, "/"); frac {
		return a, *pageNum(t, num) / *pageNum(t, den)
	}
	return a, *pageNum(t, b)
}

func gb(t *testing.T, s string) float64 {
	return *pageNum(t, strings.TrimSuffix(strings.TrimSpace(s), "GB"))
}

func slash(s string) (string, string, bool) {
	a, b, ok := strings.Cut(cell(s), "/")
	return strings.TrimSpace(a), strings.TrimSpace(b), ok
}

// columnCheck checks one column's cell against a type and names the list
// keys the column gives.
type columnCheck struct {
	keys  []string
	check func(t *testing.T, it *InstanceType, s string)
}

func eqF(t *testing.T, key string, got *float64, want *float64) {
	t.Helper()
	switch {
	case got == nil && want == nil:
	case got == nil || want == nil:
		t.Errorf("%s = %v, want %v", key, fmtPtr(got), fmtPtr(want))
	case math.Abs(*got-*want) > 1e-9:
		t.Errorf("%s = %v, want %v", key, *got, *want)
	}
}

func fmtPtr(p *float64) string {
	if p == nil {
		return "null"
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

func intF[T int | int64](p *T) *float64 {
	if p == nil {
		return nil
	}
	v := float64(*p)
	return &v
}

func fl(v float64) *float64 { return &v }

// columns maps every column header of both pages to its check. A header
// missing here fails the test, so no column goes unchecked.
func columns() map[string]columnCheck {
	vcpu := columnCheck{[]string{"vcpu"}, func(t *testing.T, it *InstanceType, s string) {
		eqF(t, "vcpu", fl(float64(it.VCPU)), pageNum(t, s))
	}}
	memory := columnCheck{[]string{"memory_gib"}, func(t *testing.T, it *InstanceType, s string) {
		eqF(t, "memory_gib", &it.MemoryGiB, pageNum(t, s))
	}}
	gpu := columnCheck{[]string{"gpu_model", "gpu_count"}, func(t *testing.T, it *InstanceType, s string) {
		name, n := times(t, s)
		model := strings.TrimPrefix(name, "NVIDIA ")
		if model == "GA107" {
			// gn7r's table lists one GA107; its text says each A16 board
			// has four GA107 chips: gpuspec gives A16 × 1/4.
			model, n = "A16", n/4
		}
		if it.Model() != model {
			t.Errorf("gpu_model = %q, want %q", it.Model(), model)
		}
		eqF(t, "gpu_count", it.GPUCount, &n)
	}}
	gpuMemory := columnCheck{[]string{"gpu_memory_per_gpu_gib", "gpu_memory_gib", "gpu_count"}, func(t *testing.T, it *InstanceType, s string) {
		if !strings.Contains(cell(s), "*") {
			// sgn8ia gives only the slice's memory, "2 GB": the card's
			// memory and the fraction stay null.
			eqF(t, "gpu_memory_gib", it.GPUMemoryGiB, fl(gb(t, s)))
			eqF(t, "gpu_memory_per_gpu_gib", it.GPUMemoryPerGPUGiB, nil)
			eqF(t, "gpu_count", it.GPUCount, nil)
			return
		}
		mem, n := times(t, s)
		eqF(t, "gpu_memory_per_gpu_gib", it.GPUMemoryPerGPUGiB, fl(gb(t, mem)))
		eqF(t, "gpu_memory_gib", it.GPUMemoryGiB, fl(gb(t, mem)*n))
		eqF(t, "gpu_count", it.GPUCount, &n)
	}}
	network := columnCheck{[]string{"network_gbps", "network_burst_gbps"}, func(t *testing.T, it *InstanceType, s string) {
		s = cell(s)
		// "360 (180 * 2)": the bare-metal total of two ports.
		if total, _, ok := strings.Cut(s, "("); ok {
			s = strings.TrimSpace(total)
		}
		base, burst, ok := slash(s)
		eqF(t, "network_gbps", &it.NetworkGbps, pageNum(t, base))
		if ok {
			// sgn7i-vws's "1.5/5" is baseline/burst.
			eqF(t, "network_burst_gbps", it.NetworkBurstGbps, pageNum(t, burst))
		} else {
			eqF(t, "network_burst_gbps", it.NetworkBurstGbps, nil)
		}
	}}
	pps := columnCheck{[]string{"pps"}, func(t *testing.T, it *InstanceType, s string) {
		eqF(t, "pps", intF(it.PPS), pageNum(t, s))
	}}
	iops := columnCheck{[]string{"storage_iops"}, func(t *testing.T, it *InstanceType, s string) {
		eqF(t, "storage_iops", intF(it.StorageIOPS), pageNum(t, s))
	}}
	diskGBs := columnCheck{[]string{"disk_bandwidth_gbyte_s"}, func(t *testing.T, it *InstanceType, s string) {
		eqF(t, "disk_bandwidth_gbyte_s", it.DiskBandwidthGBps, pageNum(t, s))
	}}
	// ebmgn8v, ebmgn8ia and ebmgn8is label their disk bandwidth Gbit/s,
	// while every other table gives GB/s; gn8v-8x.48xlarge, the same
	// 8-GPU, 192-vCPU machine as ebmgn8v.48xlarge, gives 6 GB/s where
	// ebmgn8v gives 6 "Gbit/s". The label is taken for a slip: the figure
	// is kept as GB/s.
	diskGbits := diskGBs
	// sgn8ia's 云盘基准BPS（M） is in MB/s: 244 M is 0.244 GB/s.
	diskMB := columnCheck{[]string{"disk_bandwidth_gbyte_s"}, func(t *testing.T, it *InstanceType, s string) {
		eqF(t, "disk_bandwidth_gbyte_s", it.DiskBandwidthGBps, fl(*pageNum(t, s)/1000))
	}}
	disks := columnCheck{[]string{"max_disks"}, func(t *testing.T, it *InstanceType, s string) {
		eqF(t, "max_disks", intF(it.MaxDisks), pageNum(t, s))
	}}
	queues := columnCheck{[]string{"nic_queues", "nic_queues_secondary"}, func(t *testing.T, it *InstanceType, s string) {
		primary, secondary, ok := slash(s)
		eqF(t, "nic_queues", fl(float64(it.NICQueues)), pageNum(t, primary))
		if ok {
			eqF(t, "nic_queues_secondary", intF(it.NICQueuesSecondary), pageNum(t, secondary))
		} else {
			eqF(t, "nic_queues_secondary", intF(it.NICQueuesSecondary), nil)
		}
	}}
	enis := columnCheck{[]string{"enis"}, func(t *testing.T, it *InstanceType, s string) {
		eqF(t, "enis", fl(float64(it.ENIs)), pageNum(t, s))
	}}
	ipv4 := columnCheck{[]string{"private_ips_per_eni"}, func(t *testing.T, it *InstanceType, s string) {
		eqF(t, "private_ips_per_eni", intF(it.PrivateIPsPerENI), pageNum(t, s))
	}}
	ipv6 := columnCheck{[]string{"ipv6_per_eni"}, func(t *testing.T, it *InstanceType, s string) {
		eqF(t, "ipv6_per_eni", intF(it.IPv6PerENI), pageNum(t, s))
	}}
	// sgn8ia's 单网卡私有IPv4/IPv6地址数: "15/15".
	ipBoth := columnCheck{[]string{"private_ips_per_eni", "ipv6_per_eni"}, func(t *testing.T, it *InstanceType, s string) {
		v4, v6, _ := slash(s)
		eqF(t, "private_ips_per_eni", intF(it.PrivateIPsPerENI), pageNum(t, v4))
		eqF(t, "ipv6_per_eni", intF(it.IPv6PerENI), pageNum(t, v6))
	}}
	local := columnCheck{[]string{"local_storage_gib"}, func(t *testing.T, it *InstanceType, s string) {
		eqF(t, "local_storage_gib", it.LocalStorageGiB, pageNum(t, s))
	}}
	return map[string]columnCheck{
		"vCPU": vcpu, "vCPUs": vcpu,
		"内存（GiB）": memory, "Memory (GiB)": memory,
		"GPU": gpu, "GPUs": gpu,
		"GPU显存": gpuMemory, "GPU memory": gpuMemory, "GPUmemory": gpuMemory,
		"网络基础带宽（Gbit/s）": network, "网络带宽基础/突发（Gbit/s）": network, "Network baseline bandwidth (Gbit/s)": network,
		"Baseline network bandwidth (Gbit/s)": network, "Base network bandwidth (Gbit/s)": network,
		"网络收发包PPS": pps, "Packet forwarding rate (pps)": pps, "Packet forwarding rate (PPS)": pps, "Packet forwarding (pps)": pps,
		"云盘基础IOPS": iops, "Baseline disk IOPS": iops, "Disk baseline IOPS": iops,
		"云盘基础带宽（GB/s）": diskGBs, "云盘最大带宽（GB/s）": diskGBs, "Disk baseline bandwidth (GB/s)": diskGBs, "Maximum disk bandwidth (GB/s)": diskGBs,
		"Maximum disk bandwidth (Gbit/s)": diskGbits,
		"云盘基准BPS（M）":                      diskMB,
		"最大支持云盘数量":                        disks, "最大挂载数据盘数": disks, "Maximum cloud disks": disks, "Maximum number of data disks": disks, "Maximum attached data disks": disks,
		"多队列": queues, "队列数量（主）": queues, "多队列（主网卡/辅助网卡）": queues, "NIC queues": queues, "NIC queues per primary ENI": queues, "Multi-queue": queues,
		"Multi-queue (primary ENI / secondary ENI)": queues, "Queues (primary/secondary NIC)": queues, "NIC queues (Primary ENI/Secondary ENI)": queues, "NIC queues (Primary NIC/Secondary NIC)": queues,
		"弹性网卡": enis, "ENIs": enis, "Elastic Network Interface (ENI)": enis,
		"单网卡私有IPv4地址数": ipv4, "Private IPv4 addresses per ENI": ipv4, "Number of private IPv4 addresses per ENI": ipv4, "Private IPv4 addresses per NIC": ipv4,
		"单网卡IPv6地址数": ipv6, "IPv6 addresses per ENI": ipv6, "Number of IPv6 addresses per ENI": ipv6, "IPv6 addresses per NIC": ipv6,
		"单网卡私有IPv4/IPv6地址数":   ipBoth,
		"Local storage (GiB)": local,
	}
}

// figureKeys are the figures a table may lack: where a type's table has
// no column for one, the catalog must give it as null.
var figureKeys = []string{"gpu_count", "gpu_memory_per_gpu_gib", "gpu_memory_gib", "network_burst_gbps", "pps", "storage_iops",
	"disk_bandwidth_gbyte_s", "max_disks", "nic_queues_secondary", "private_ips_per_eni", "ipv6_per_eni", "local_storage_gib"}

// TestCurrentTables checks every row and every column of the current
// edition against the tables of both current pages: where both pages list
// a type, both are checked, so they must agree; a figure no table gives
// must be null; and the catalog has no current type the pages lack.
func TestCurrentTables(t *testing.T) {
	c := CurrentCatalog()
	checks := columns()
	seen := map[string]bool{}
	var order []string
	tables := append(zhTables(t), enTables(t)...)
	for _, tb := range tables {
		if tb.header[0] != "实例规格" && tb.header[0] != "Instance type" {
			continue // a GPU's parameter table: TestCurrentGPUs
		}
		if len(tb.header) > 1 && tb.header[1] == "Support for MIG" {
			// ebmgn7e's and ebmgn7's MIG tables: their family notes say so.
			for _, r := range tb.rows {
				f := c.Family(c.Type(r[0]).Family)
				if r[1] != "Yes" || !slices.ContainsFunc(f.Notes, func(n i18n.Text) bool { return strings.Contains(n.EN, "MIG") }) {
					t.Errorf("%s: MIG %q, and its family's notes do not say it", r[0], r[1])
				}
			}
			continue
		}
		for _, r := range tb.rows {
			name := r[0]
			t.Run(tb.page+"/"+name, func(t *testing.T) {
				it := c.Type(name)
				if it == nil {
					t.Fatalf("%s (%s) is not in the catalog", name, tb.section)
				}
				if !strings.Contains(tb.section, it.Family) {
					t.Errorf("family %q is not the section's: %q", it.Family, tb.section)
				}
				covered := map[string]bool{}
				for i, h := range tb.header[1:] {
					check, ok := checks[h]
					if !ok {
						t.Fatalf("column %q is not checked", h)
					}
					check.check(t, it, r[i+1])
					for _, k := range check.keys {
						covered[k] = true
					}
				}
				for _, k := range figureKeys {
					if f := FieldByKey(k); !covered[k] && !f.IsNull(it) {
						t.Errorf("%s = %v, but its table has no such column", k, f.Value(it))
					}
				}
				if !covered["gpu_model"] {
					modelWithoutColumn(t, it)
				}
			})
			if !seen[name] {
				seen[name] = true
				order = append(order, name)
			}
		}
	}
	if len(order) != 110 {
		t.Errorf("the pages list %d types; want 110", len(order))
	}
	var current []string
	for i := range c.Types {
		if c.Types[i].Availability != Retired {
			current = append(current, c.Types[i].Name)
		}
	}
	if !slices.Equal(current, order) {
		t.Errorf("catalog types (not retired), in order:\n%v\nthe pages':\n%v", current, order)
	}
}

// modelWithoutColumn: a table without a GPU column names no model, so the
// type's gpu_model is null, or inferred with reasons given, or the one the
// original edition names for the same type.
func modelWithoutColumn(t *testing.T, it *InstanceType) {
	t.Helper()
	if it.GPUModel == nil {
		if it.GPUModelSource != nil {
			t.Errorf("gpu_model_source = %q without a model", *it.GPUModelSource)
		}
		return
	}
	f := CurrentCatalog().FamilyOf(it)
	switch src := deref(it.GPUModelSource); {
	case src == string(FromInference) && f.ModelReasoning.EN != "" && f.ModelReasoning.ZH != "":
	case src == string(FromDocument) && Document().Type(it.Name) != nil && Document().Type(it.Name).Model() == it.Model():
	default:
		t.Errorf("gpu_model %q (source %q) is neither inferred with reasons nor the original edition's", it.Model(), src)
	}
}

// gpuFigureRE finds a GPU parameter in a page's text once its tags and
// bold marks are gone: "FP16/BF16: 266 TFLOPS", "容量：72 GB".
var gpuFigureRE = regexp.MustCompile(`(容量|Capacity|带宽|Bandwidth|TF32|FP32|FP16/BF16|FP8/INT8|FP4)\s*[:：]\s*([\d.]+)`)

// TestCurrentGPUs checks the GPU table against the GPU parameters the
// pages give (gn9gc's and gn8is's tables, the ebmgn9g and ebmgn8 families'
// lists) and the figures their prose gives for gn8v's card.
func TestCurrentGPUs(t *testing.T) {
	c := CurrentCatalog()
	zh := readPage(t, "gpu-families-current.zh.md")
	en := readPage(t, "gpu-families-current.en.md")
	sections := map[string]string{}
	for _, page := range []string{zh, en} {
		for _, sec := range strings.Split(page, "\n## ")[1:] {
			title, body, _ := strings.Cut(sec, "\n")
			sections[strings.TrimSpace(strings.ReplaceAll(title, "*", ""))] = strings.ReplaceAll(tagRE.ReplaceAllString(body, " "), "**", "")
		}
	}
	for _, tc := range []struct {
		section, family string
		// exceptions are figures the GPU table takes from elsewhere, with
		// the reason.
		exceptions map[string]float64
	}{
		// The Chinese page gives FP8/INT8 as 530 for gn9gc's card; the
		// English page gives 533 for the same 72 GB card in all three
		// ebmgn9g tables, and 533 is twice FP16's 266: gpuspec takes 533.
		{"GPU计算型实例规格族gn9gc", "gn9gc", map[string]float64{"FP8/INT8": 530}},
		{"GPU计算型实例规格族gn8is", "gn8is", nil},
		{"ebmgn9g, GPU-accelerated compute-optimized ECS Bare Metal Instance family", "ebmgn9g", nil},
		{"ebmgn9ge, GPU-accelerated compute-optimized ECS Bare Metal Instance family", "ebmgn9ge", nil},
		{"ebmgn9gc, GPU-accelerated compute-optimized ECS Bare Metal Instance family", "ebmgn9gc", nil},
		{"ebmgn8ia, GPU-accelerated compute-optimized ECS Bare Metal Instance family", "ebmgn8ia", nil},
		{"ebmgn8is, GPU-accelerated compute-optimized ECS Bare Metal Instance family", "ebmgn8is", nil},
	} {
		t.Run(tc.family, func(t *testing.T) {
			text, ok := sections[tc.section]
			if !ok {
				t.Fatalf("no section %q", tc.section)
			}
			g := c.GPUByKey(c.Family(tc.family).GPU)
			want := map[string]Figure{"容量": g.MemoryGiB, "Capacity": g.MemoryGiB, "带宽": g.MemoryBandwidthGB, "Bandwidth": g.MemoryBandwidthGB,
				"TF32": g.TF32TFLOPS, "FP32": g.FP32TFLOPS, "FP16/BF16": g.FP16TFLOPS, "FP8/INT8": g.FP8TFLOPS, "FP4": g.FP4TFLOPS}
			found := map[string]bool{}
			for _, m := range gpuFigureRE.FindAllStringSubmatch(text, -1) {
				label, v := m[1], *pageNum(t, m[2])
				if found[label] {
					continue // a later "带宽" is the PCIe link's
				}
				found[label] = true
				f := want[label]
				if ex, ok := tc.exceptions[label]; ok {
					if v != ex {
						t.Errorf("%s: the page now gives %v, not %v: look again at the exception", label, v, ex)
					}
					continue
				}
				if f.Value != v || f.Source != FromDocument {
					t.Errorf("%s = %v (%s), the page gives %v", label, f.Value, f.Source, v)
				}
			}
			if len(found) < 5 {
				t.Errorf("found only %v in the section", found)
			}
			for _, arch := range []string{"Ada Lovelace", "Blackwell"} {
				if strings.Contains(text, arch) {
					for _, it := range c.TypesOf(tc.family) {
						if deref(it.GPUArchitecture) != arch {
							t.Errorf("%s: gpu_architecture %q, the page says %s", it.Name, deref(it.GPUArchitecture), arch)
						}
					}
				}
			}
		})
	}
	// gn8v's card, from the prose of both pages: 96 GB of HBM3 at 4 TB/s,
	// 39.5 TFLOPS FP32, 900 GB/s NVLink.
	g := c.GPUByKey(c.Family("gn8v").GPU)
	for _, s := range []string{"96 GB", "HBM3", "4 TB/s", "39.5 TFLOPS", "900 GB/s"} {
		if !strings.Contains(sections["GPU计算型实例规格族gn8v/gn8v-tee"], s) {
			t.Errorf("gn8v's section no longer says %q", s)
		}
	}
	if g.MemoryGiB.Value != 96 || g.MemoryBandwidthGB.Value != 4000 || g.FP32TFLOPS.Value != 39.5 || g.MemoryType.Text.EN != "HBM3" || g.Model != "" {
		t.Errorf("gn8v's card: %+v", g)
	}
	if g.Architecture.Source != FromInference || g.Reasoning.EN == "" || g.Reasoning.ZH == "" {
		t.Errorf("gn8v's architecture must be marked inferred, with reasons: %+v", g.Architecture)
	}
}

var (
	inviteRE  = regexp.MustCompile(`(?i)如需使用.{0,40}提交工单|邀测|invitational preview|to use the \S+ instance family, \[?submit a ticket`)
	salesRE   = regexp.MustCompile(`(?i)请联系阿里云销售|contact Alibaba Cloud sales`)
	sectionRE = regexp.MustCompile(`\n## `)
)

// TestCurrentStatuses checks each current family's availability and
// recommendation against what its section of each page says: an
// invitational preview or a ticket to use it (invite-only), some regions
// through sales (contact-sales), or on sale; and the pages' list of
// families not recommended.
func TestCurrentStatuses(t *testing.T) {
	c := CurrentCatalog()
	for _, page := range []string{"gpu-families-current.zh.md", "gpu-families-current.en.md"} {
		text := readPage(t, page)
		head := text[:sectionRE.FindStringIndex(text)[0]]
		notRecommended := notRecommendedList(t, head)
		for _, sec := range sectionRE.Split(text, -1)[1:] {
			title, body, _ := strings.Cut(sec, "\n")
			intro := body
			if i := strings.Index(body, "**Use cases"); i > 0 {
				intro = body[:i]
			}
			want := OnSale
			switch {
			case inviteRE.MatchString(intro):
				want = InviteOnly
			case salesRE.MatchString(intro):
				want = ContactSales
			}
			for _, f := range c.Families {
				if f.Availability == Retired || !regexp.MustCompile(`\b`+regexp.QuoteMeta(f.Name)+`(\b|/|,|（| and)`).MatchString(strings.ReplaceAll(title, "*", "")) {
					continue
				}
				if f.Availability != want {
					t.Errorf("%s (%s): availability %s, the page says %s", f.Name, page, f.Availability, want)
				}
				listed := slices.Contains(notRecommended, f.Name)
				if f.Recommended == listed {
					t.Errorf("%s (%s): recommended %v, but the page's not-recommended list %s it", f.Name, page, f.Recommended, map[bool]string{true: "has", false: "lacks"}[listed])
				}
			}
		}
	}
}

// notRecommendedList reads the families a page's overview lists as not
// recommended: the Chinese page's third column, the English page's last
// list.
func notRecommendedList(t *testing.T, head string) []string {
	t.Helper()
	var part string
	if m := zhTableRE.FindStringSubmatch(head); m != nil {
		rows := zhRowRE.FindAllStringSubmatch(m[1], -1)
		header, body := zhCellRE.FindAllStringSubmatch(rows[0][1], -1), zhCellRE.FindAllStringSubmatch(rows[1][1], -1)
		for i, h := range header {
			if strings.Contains(h[1], "不推荐") {
				part = tagRE.ReplaceAllString(body[i][1], " ")
			}
		}
	} else if _, after, ok := strings.Cut(head, "**Not recommended"); ok {
		part = after
	}
	names := regexp.MustCompile(`(?:规格族|\[)([a-z0-9-]+)`).FindAllStringSubmatch(part, -1)
	if len(names) == 0 {
		t.Fatal("no not-recommended list found")
	}
	var out []string
	for _, n := range names {
		out = append(out, n[1])
	}
	return out
}
