package catalog

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

var t0 = time.Date(2026, 11, 29, 5, 0, 0, 0, time.UTC)

func snapshot(region string, at time.Time, names ...string) *Snapshot {
	s := &Snapshot{Version: SnapshotVersion, Region: region, FetchedAt: at}
	for _, n := range names {
		a := APIType{InstanceTypeID: n, Family: "ecs." + specs.FamilyOfTypeName(n), CPUCoreCount: 8, MemorySizeGiB: 30, GPUAmount: 1, GPUSpec: "NVIDIA A10", GPUMemorySizeGiB: 24, BandwidthRxKbps: 16 * kbpsPerGbps}
		s.Types = append(s.Types, FromAPI(specs.Document(), a, []ZoneStatus{{region + "-a", "WithStock"}}, &Price{PerHour: 9.5, Currency: "CNY"}, region, at))
	}
	return s
}

func TestFromAPIUnits(t *testing.T) {
	cur := specs.CurrentCatalog()
	it := FromAPI(cur, APIType{InstanceTypeID: "ecs.gn7i-c8g1.2xlarge", Family: "ecs.gn7i", GPUAmount: 2, GPUSpec: "NVIDIA A10", GPUMemorySizeGiB: 24,
		BandwidthRxKbps: 1_536_000, ENIPrivateIPQuantity: 15, LocalStorageGiB: 440, LocalStorageAmount: 2, CPUArchitecture: "X86",
		EriQuantity: 1, BootModes: []string{"UEFI"}}, nil, nil, "cn-hangzhou", t0)
	if it.Model() != "A10" || it.GPUMemory() != 48 || it.NetworkGbps != 1.5 || *it.PrivateIPsPerENI != 15 || *it.LocalStorageGiB != 880 {
		t.Errorf("%+v", it)
	}
	if *it.CPUArchitecture != "X86" || *it.EriQuantity != 1 || it.BootModes[0] != "UEFI" || *it.Region != "cn-hangzhou" {
		t.Errorf("new fields %+v", it)
	}
	if it.Zones == nil || len(it.Zones) != 0 || it.PricePerHour != nil || it.Source != specs.FromAPI || !it.FetchedAt.Equal(t0) || it.Family != "gn7i" {
		t.Errorf("live fields %+v", it)
	}
	// The API counts 1 Gbit/s as 1,024,000 Kbit/s: the reference's own
	// samples, and a type the documents give at 16 Gbit/s.
	for kbps, want := range map[int64]float64{1_024_000: 1, 20_480_000: 20, 16_384_000: 16, 512_000: 0.5, 0: 0} {
		if got := FromAPI(cur, APIType{InstanceTypeID: "ecs.x-1", BandwidthRxKbps: kbps}, nil, nil, "r", t0).NetworkGbps; got != want {
			t.Errorf("%d Kbit/s read as %v Gbit/s, want %v", kbps, got, want)
		}
	}
	// Tx stands in when Rx is missing.
	if got := FromAPI(cur, APIType{InstanceTypeID: "ecs.x-1", BandwidthTxKbps: 2_048_000}, nil, nil, "r", t0).NetworkGbps; got != 2 {
		t.Errorf("Tx only: %v", got)
	}
	for in, want := range map[string]string{"X86": "X86", "x86_64": "X86", "ARM": "ARM", "arm64": "ARM"} {
		if got := FromAPI(cur, APIType{InstanceTypeID: "ecs.x-1", CPUArchitecture: in}, nil, nil, "r", t0).CPUArchitecture; got == nil || *got != want {
			t.Errorf("architecture %q read as %v", in, got)
		}
	}
	if got := FromAPI(cur, APIType{InstanceTypeID: "ecs.x-1", CPUArchitecture: "RISC-V"}, nil, nil, "r", t0).CPUArchitecture; got != nil {
		t.Errorf("an unknown architecture was kept as %q", *got)
	}
}

// TestFromAPIGPUs: GPUAmount is whole and a slice is reported as one GPU
// with the slice's memory; gpuspec must never show a slice as a whole GPU.
func TestFromAPIGPUs(t *testing.T) {
	cur := specs.CurrentCatalog()
	frac := func(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }
	tests := []struct {
		name string
		a    APIType
		// count, per-GPU and total memory; "" is null
		count, perGPU, total, model string
		bareMetal, vgpu             bool
	}{
		{"a slice of an A10", APIType{InstanceTypeID: "ecs.sgn7i-vws-m2.xlarge", Family: "ecs.sgn7i-vws", Category: categoryVisual, GPUAmount: 1, GPUSpec: "NVIDIA A10", GPUMemorySizeGiB: 2},
			frac(1.0 / 12), "24", "2", "A10", false, true},
		{"a slice of a T4, category not visual", APIType{InstanceTypeID: "ecs.vgn6i-m4-vws.xlarge", Family: "ecs.vgn6i-vws", GPUAmount: 1, GPUSpec: "NVIDIA T4", GPUMemorySizeGiB: 4},
			"0.25", "16", "4", "T4", false, true},
		{"a vgn7i slice", APIType{InstanceTypeID: "ecs.vgn7i-vws-m4.xlarge", Family: "ecs.vgn7i-vws", GPUAmount: 1, GPUSpec: "NVIDIA A10", GPUMemorySizeGiB: 4},
			frac(1.0 / 6), "24", "4", "A10", false, true},
		{"sgn8ia names no card: the documents give no fraction, so unknown", APIType{InstanceTypeID: "ecs.sgn8ia-m2.xlarge", Family: "ecs.sgn8ia", Category: categoryVisual, GPUAmount: 1, GPUMemorySizeGiB: 2},
			"", "", "2", "", false, true},
		{"an unknown slice family with no card: unknown, not 1", APIType{InstanceTypeID: "ecs.sgn9x-m2.xlarge", Family: "ecs.sgn9x", Category: categoryVisual, GPUAmount: 1, GPUSpec: "NVIDIA Z9", GPUMemorySizeGiB: 2},
			"", "", "2", "Z9", false, true},
		{"an A100 with 80 GiB", APIType{InstanceTypeID: "ecs.gn7e-c16g1.4xlarge", Family: "ecs.gn7e", GPUAmount: 1, GPUSpec: "NVIDIA A100", GPUMemorySizeGiB: 80},
			"1", "80", "80", "A100", false, false},
		{"an A100 with 40 GiB", APIType{InstanceTypeID: "ecs.gn7-c12g1.3xlarge", Family: "ecs.gn7", GPUAmount: 1, GPUSpec: "NVIDIA A100", GPUMemorySizeGiB: 40},
			"1", "40", "40", "A100", false, false},
		{"a GA107 of an A16 board", APIType{InstanceTypeID: "ecs.gn7r-c16g1.4xlarge", Family: "ecs.gn7r", GPUAmount: 1, GPUSpec: "NVIDIA A16", GPUMemorySizeGiB: 16},
			"0.25", "64", "16", "A16", false, false},
		{"bare metal", APIType{InstanceTypeID: "ecs.ebmgn7i.32xlarge", Family: "ecs.ebmgn7i", Category: categoryBareMetal, GPUAmount: 4, GPUSpec: "NVIDIA A10", GPUMemorySizeGiB: 24},
			"4", "24", "96", "A10", true, false},
		{"a card gpuspec does not know", APIType{InstanceTypeID: "ecs.gn99-c8g1.2xlarge", Family: "ecs.gn99", GPUAmount: 2, GPUSpec: "NVIDIA Z9", GPUMemorySizeGiB: 48},
			"2", "48", "96", "Z9", false, false},
	}
	str := func(p *float64) string {
		if p == nil {
			return ""
		}
		return frac(*p)
	}
	for _, tc := range tests {
		it := FromAPI(cur, tc.a, nil, nil, "cn-hangzhou", t0)
		model := ""
		if it.GPUModel != nil {
			model = *it.GPUModel
		}
		got := []string{str(it.GPUCount), str(it.GPUMemoryPerGPUGiB), str(it.GPUMemoryGiB), model}
		want := []string{tc.count, tc.perGPU, tc.total, tc.model}
		if !slices.Equal(got, want) || it.BareMetal != tc.bareMetal || it.VGPU != tc.vgpu {
			t.Errorf("%s: count, per GPU, total, model %q, bare metal %v, vgpu %v; want %q %v %v", tc.name, got, it.BareMetal, it.VGPU, want, tc.bareMetal, tc.vgpu)
		}
	}
	// The 80 GiB A100 is the A100 80 GB card, also outside a known family.
	it := FromAPI(cur, APIType{InstanceTypeID: "ecs.gn99a-c8g1.2xlarge", Family: "ecs.gn99a", GPUAmount: 1, GPUSpec: "NVIDIA A100", GPUMemorySizeGiB: 80}, nil, nil, "r", t0)
	merged := Merge(cur, it)
	if g := cur.GPU(&merged); g == nil || g.MemoryGiB.Value != 80 || !strings.Contains(g.Name, "80") {
		t.Errorf("an 80 GiB A100 looked up as %+v", g)
	}
}

// TestStock maps each StatusCategory of DescribeAvailableResource.
func TestStock(t *testing.T) {
	tests := []struct {
		zones        []ZoneStatus
		inStock      []string
		soldOut      []string
		retiring     bool
		availability specs.Availability
	}{
		{[]ZoneStatus{{"z-b", "WithStock"}, {"z-a", "WithStock"}}, []string{"z-a", "z-b"}, nil, false, specs.OnSale},
		{[]ZoneStatus{{"z-a", "WithStock"}, {"z-b", "WithoutStock"}}, []string{"z-a"}, []string{"z-b"}, false, specs.OnSale},
		{[]ZoneStatus{{"z-a", "WithoutStock"}}, nil, []string{"z-a"}, false, specs.SoldOut},
		{[]ZoneStatus{{"z-a", "ClosedWithStock"}}, []string{"z-a"}, nil, true, specs.Retiring},
		{[]ZoneStatus{{"z-a", "ClosedWithStock"}, {"z-b", "ClosedWithoutStock"}}, []string{"z-a"}, nil, true, specs.Retiring},
		{[]ZoneStatus{{"z-a", "ClosedWithoutStock"}}, nil, nil, true, specs.NotOffered},
		{[]ZoneStatus{{"z-a", "ClosedWithoutStock"}, {"z-b", "WithoutStock"}}, nil, []string{"z-b"}, false, specs.SoldOut},
		{nil, nil, nil, false, specs.NotOffered},
	}
	for _, tc := range tests {
		it := FromAPI(specs.CurrentCatalog(), APIType{InstanceTypeID: "ecs.gn7i-c8g1.2xlarge"}, tc.zones, nil, "r", t0)
		if !slices.Equal(it.Zones, tc.inStock) && !(len(it.Zones) == 0 && len(tc.inStock) == 0) ||
			!slices.Equal(it.ZonesSoldOut, tc.soldOut) && !(len(it.ZonesSoldOut) == 0 && len(tc.soldOut) == 0) ||
			it.Retiring != tc.retiring || it.Availability != tc.availability {
			t.Errorf("%v: zones %v sold out %v retiring %v availability %s", tc.zones, it.Zones, it.ZonesSoldOut, it.Retiring, it.Availability)
		}
		if it.Zones == nil || it.ZonesSoldOut == nil {
			t.Errorf("%v: zones must be lists, never null", tc.zones)
		}
	}
}

func TestSaveIsAtomicAndPrivate(t *testing.T) {
	dir := t.TempDir()
	path, err := Save(dir, snapshot("cn-hangzhou", t0, "ecs.gn7i-c8g1.2xlarge"))
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, %v", fi.Mode(), err)
	}
	// Two syncs at once: each writes a whole file, the last rename wins.
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := Save(dir, snapshot("cn-hangzhou", t0.Add(time.Duration(i)*time.Minute), "ecs.gn7i-c8g1.2xlarge", "ecs.gn7i-c16g1.4xlarge")); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	snap, err := LoadSnapshot(path)
	if err != nil || len(snap.Types) != 2 {
		t.Fatalf("after concurrent saves: %v, %v", snap, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestSaveFailureKeepsTheOldCache(t *testing.T) {
	dir := t.TempDir()
	path, err := Save(dir, snapshot("cn-hangzhou", t0, "ecs.gn7i-c8g1.2xlarge"))
	if err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	if os.Getuid() == 0 {
		t.Skip("root can write anywhere")
	}
	if _, err := Save(dir, snapshot("cn-hangzhou", t0.Add(time.Hour))); err == nil {
		t.Fatal("save into a read-only directory succeeded")
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("a failed save changed the cache")
	}
}

func TestNewest(t *testing.T) {
	dir := t.TempDir()
	if snap, _, errs := Newest(dir); snap != nil || errs != nil {
		t.Fatal("an empty directory has no newest")
	}
	Save(dir, snapshot("cn-beijing", t0.Add(time.Hour)))
	Save(dir, snapshot("cn-hangzhou", t0))
	os.WriteFile(filepath.Join(dir, "eu-west-1.json"), []byte("{"), 0o600)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o600)
	snap, path, errs := Newest(dir)
	if snap == nil || snap.Region != "cn-beijing" || !strings.HasSuffix(path, "cn-beijing.json") || len(errs) != 1 {
		t.Errorf("newest %v %s, errors %v", snap, path, errs)
	}
	if _, err := LoadSnapshot(filepath.Join(dir, "nosuch.json")); !errors.Is(err, os.ErrNotExist) {
		t.Error(err)
	}
}

func TestWithSnapshot(t *testing.T) {
	doc := specs.Document()
	snap := snapshot("cn-hangzhou", t0, "ecs.gn6i-c4g1.xlarge", "ecs.gn7i-c8g1.2xlarge", "ecs.gn6i-c8g1.8xlarge")
	c := WithSnapshot(doc, snap)
	if len(c.Types) != 40 {
		t.Fatalf("%d types", len(c.Types))
	}
	gn6i := c.Type("ecs.gn6i-c4g1.xlarge")
	if gn6i.VCPU != 8 || gn6i.Model() != "T4" || gn6i.Source != specs.FromAPI || *gn6i.PricePerHour != 9.5 || gn6i.Zones[0] != "cn-hangzhou-a" {
		t.Errorf("a document row takes the API's figures, keeps the documents' model, gains zones and price: %+v", gn6i)
	}
	if !gn6i.Recommended || len(gn6i.Workloads) == 0 || len(gn6i.Editions) == 0 {
		t.Errorf("a document row keeps the documents' facts: %+v", gn6i)
	}
	// A new type in a documented family gets the family's facts.
	newGn6i := c.Type("ecs.gn6i-c8g1.8xlarge")
	if !newGn6i.Recommended || len(newGn6i.Workloads) == 0 || newGn6i.Source != specs.FromAPI {
		t.Errorf("%+v", newGn6i)
	}
	a10 := c.Type("ecs.gn7i-c8g1.2xlarge")
	if a10.Recommended || len(a10.Workloads) != 0 || c.FamilyOf(a10) != nil {
		t.Errorf("%+v", a10)
	}
	if doc.Type("ecs.gn6i-c4g1.xlarge").PricePerHour != nil || len(doc.Types) != 38 {
		t.Error("the document catalog was changed")
	}
}

func load(t *testing.T, name, data string) ([]specs.InstanceType, error) {
	t.Helper()
	return readRows(specs.Document(), name, []byte(data))
}

// listJSON and listYAML write rows as list -o json and -o yaml do.
func listJSON(t testing.TB, rows []specs.InstanceType) []byte {
	if rows == nil {
		rows = []specs.InstanceType{}
	}
	b, err := json.MarshalIndent(rows, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func listYAML(t testing.TB, rows []specs.InstanceType) []byte {
	var generic any
	if err := json.Unmarshal(listJSON(t, rows), &generic); err != nil {
		t.Fatal(err)
	}
	b, err := yaml.Marshal(generic)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestLoadFileRoundTrip: what list -o json and -o yaml print reads back as
// the same rows, as new types, in both editions: nulls where a card has
// no model or a slice no fraction (gn9gc, sgn8ia) included.
func TestLoadFileRoundTrip(t *testing.T) {
	for _, doc := range []*specs.Catalog{specs.Document(), specs.CurrentCatalog()} {
		rows, err := readRows(doc.WithTypes(nil), "all.json", listJSON(t, doc.Types))
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(doc.Types) {
			t.Fatalf("%d rows", len(rows))
		}
		for i, r := range rows {
			want := doc.Types[i]
			want.Source = specs.FromFile
			a, _ := json.Marshal(r)
			b, _ := json.Marshal(want)
			if !bytes.Equal(a, b) {
				t.Errorf("row %d:\n%s\n%s", i, a, b)
			}
		}
	}
	doc := specs.Document()
	yrows, err := readRows(specs.NewCatalog(doc.Families, doc.GPUs, nil), "all.yaml", listYAML(t, doc.Types))
	if err != nil || len(yrows) != 38 || yrows[3].GPUs() != 0.25 || *yrows[12].StorageIOPS != 250000 {
		t.Fatalf("yaml round trip: %d rows, %v", len(yrows), err)
	}
}

func TestLoadFileOverrides(t *testing.T) {
	rows, err := load(t, "o.yaml", "- instance_type: GN6I-C4G1.XLARGE\n  price_per_hour: 7\n  storage_iops: null\n  gpu_count: 2\n")
	if err != nil {
		t.Fatal(err)
	}
	r := rows[0]
	if r.Name != "ecs.gn6i-c4g1.xlarge" || *r.PricePerHour != 7 || r.VCPU != 4 || r.GPUs() != 2 || r.GPUMemory() != 32 || r.Source != specs.FromFile || !r.Recommended {
		t.Errorf("%+v", r)
	}
}

func TestLoadFileErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"a.json", `{}`, "a.json:1:1: want a list of instance types"},
		{"a.json", "[\n  {\"instance_type\": 4}\n]", "a.json:2:21: instance_type: want an instance type name"},
		{"a.json", `[{"instance_type": "ecs.gn6i-c4g1.xlarge", "vgpu": "yes"}]`, "a.json:1:52: vgpu: want true or false"},
		{"a.json", `[{"instance_type": "ecs.gn6i-c4g1.xlarge", "zones": "a"}]`, "zones: want a list of strings"},
		{"a.json", `[{"instance_type": "ecs.gn6i-c4g1.xlarge", "fetched_at": "yesterday"}]`, "fetched_at: want a time"},
		{"a.json", `[{"instance_type": "ecs.gn6i-c4g1.xlarge", "vcpu": null}]`, "vcpu: may not be null"},
		{"a.json", `[{"instance_type": "ecs.gn6i-c4g1.xlarge", "availability": "soon"}]`, "availability: unknown value \"soon\": want one of on-sale, invite-only"},
		{"a.json", `[{"instance_type": "has space"}]`, "instance_type: want an instance type name"},
		{"a.json", `[1]`, "a.json:1:2: want an object"},
		{"a.json", `[] []`, "a.json:1:4: not valid JSON or YAML: invalid character '[' after top-level value"},
		{"a.json", "[\n  {\"instance_type\": \"x\"},\n  \"two\"\n]", "a.json:3:3: want an object"},
		{"a.json", `[{"instance_type": "ecs.gn6i-c4g1.xlarge"`, "not valid JSON or YAML"},
		{"a.yaml", "instance_type: x", "a.yaml:1:1: want a list of instance types"},
		{"a.yaml", "- 4", "a.yaml:1:3: want an object"},
		{"a.yaml", "- instance_type: ecs.new-c1.large\n  vcpu: 1\n  memory_gib: 2\n  gpu_count: 1\n  gpu_model: T4\n", "a.yaml:1:3: gpu_memory_per_gpu_gib: missing"},
		{"a.yaml", "- instance_type: ecs.gn6i-c4g1.xlarge\n  network_gbps: fast\n", "a.yaml:2:17: network_gbps: want a number"},
	}
	for _, tc := range tests {
		_, err := load(t, tc.name, tc.data)
		var fe *FileError
		if !errors.As(err, &fe) || !strings.Contains(fe.In(i18n.EN), tc.want) {
			t.Errorf("%q: %v, want %q", tc.data, err, tc.want)
		}
	}
}

type fakeSource struct {
	types  []APIType
	zones  map[string][]ZoneStatus
	prices map[string]Price
	fail   map[string]error
}

func (f *fakeSource) InstanceTypes(ctx context.Context, fams []string, page func(int, []APIType)) ([]APIType, error) {
	if err := f.fail["types"]; err != nil {
		return nil, err
	}
	page(1, f.types)
	return f.types, nil
}
func (f *fakeSource) Availability(ctx context.Context) (map[string][]ZoneStatus, error) {
	return f.zones, f.fail["zones"]
}
func (f *fakeSource) Price(ctx context.Context, name string) (Price, error) {
	if err := f.fail[name]; err != nil {
		return Price{}, err
	}
	return f.prices[name], nil
}

func TestSyncPrices(t *testing.T) {
	src := &fakeSource{
		types: []APIType{{InstanceTypeID: "ecs.a-1", Family: "ecs.a", GPUAmount: 1}, {InstanceTypeID: "ecs.b-1", Family: "ecs.b", GPUSpec: "NVIDIA A10"},
			{InstanceTypeID: "ecs.c-1", Family: "ecs.c", GPUAmount: 1}, {InstanceTypeID: "ecs.g-1", Family: "ecs.g"}},
		zones: map[string][]ZoneStatus{"ecs.a-1": {{"z1", "WithStock"}}, "ecs.b-1": {{"z1", "WithoutStock"}}, "ecs.c-1": {{"z2", "ClosedWithStock"}},
			"ecs.g-1": {{"z1", "WithStock"}}},
		prices: map[string]Price{"ecs.a-1": {1, 0.1, "CNY"}, "ecs.c-1": {3, 0.1, "CNY"}},
		fail:   map[string]error{"ecs.b-1": &APIError{Kind: ErrClient, Code: "InvalidSystemDiskCategory.ValueNotSupported", Message: "no"}},
	}
	snap, err := Sync(context.Background(), src, SyncRequest{Region: "r-1", Prices: true, Families: []string{"a", "ecs.b", "c"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Types) != 3 {
		t.Fatalf("kept %d types: a type with no GPU count and no GPU named is not a GPU type", len(snap.Types))
	}
	if snap.Types[0].PricePerHour == nil || snap.Types[1].PricePerHour != nil || *snap.Types[2].PricePerHour != 3 || len(snap.Types[0].Zones) != 1 {
		t.Errorf("%+v", snap.Types)
	}
	if len(snap.PriceRefusals) != 1 || snap.PriceRefusals[0] != (PriceRefusal{"ecs.b-1", "InvalidSystemDiskCategory.ValueNotSupported", "no"}) {
		t.Errorf("refusals %+v", snap.PriceRefusals)
	}
	// A type no zone sells is not priced, so never refused.
	src.zones["ecs.c-1"] = []ZoneStatus{{"z2", "ClosedWithoutStock"}}
	snap, err = Sync(context.Background(), src, SyncRequest{Region: "r-1", Prices: true}, nil)
	if err != nil || snap.Types[2].PricePerHour != nil || snap.Types[2].Availability != specs.NotOffered {
		t.Errorf("not offered: %v %+v", err, snap.Types[2])
	}
	src.zones["ecs.c-1"] = []ZoneStatus{{"z2", "ClosedWithStock"}}
	src.fail["ecs.c-1"] = &APIError{Kind: ErrServer}
	if _, err := Sync(context.Background(), src, SyncRequest{Region: "r-1", Prices: true}, nil); err == nil {
		t.Error("a server error on a price must fail the sync")
	}
	only, _ := Sync(context.Background(), src, SyncRequest{Region: "r-1", Families: []string{"a"}}, nil)
	if len(only.Types) != 1 {
		t.Errorf("--family a kept %d types", len(only.Types))
	}
}

func TestValidRegion(t *testing.T) {
	for s, want := range map[string]bool{
		"cn-hangzhou": true, "ap-southeast-1": true, "cn-north-2-gov-1": true, "us-east-1": true,
		"": false, "cn": false, "c-hangzhou": false, "cn-": false, "-cn": false, "cn--a": false,
		"Hangzhou": false, "cn-Hangzhou": false, "1n-a": false, "not a region": false, "cn_hangzhou": false, "cn-hangzhou/x": false,
	} {
		if got := ValidRegion(s); got != want {
			t.Errorf("ValidRegion(%q) = %v, want %v", s, got, want)
		}
	}
}

// countingSource prices slowly and records the most calls at once.
type countingSource struct {
	fakeSource
	mu           sync.Mutex
	now, highest int
}

func (c *countingSource) Price(ctx context.Context, name string) (Price, error) {
	c.mu.Lock()
	c.now++
	c.highest = max(c.highest, c.now)
	c.mu.Unlock()
	time.Sleep(5 * time.Millisecond)
	c.mu.Lock()
	c.now--
	c.mu.Unlock()
	return Price{PerHour: 1, Currency: "CNY"}, nil
}

func TestConcurrencyBound(t *testing.T) {
	var types []APIType
	zones := map[string][]ZoneStatus{}
	for i := range 40 {
		name := "ecs.a-" + strconv.Itoa(i)
		types = append(types, APIType{InstanceTypeID: name, Family: "ecs.a", GPUAmount: 1})
		zones[name] = []ZoneStatus{{"z", "WithStock"}}
	}
	for _, n := range []int{1, 3, 8} {
		src := &countingSource{fakeSource: fakeSource{types: types, zones: zones}}
		lim := NewLimiter(n)
		// Two regions share one limiter: the bound is for the whole sync.
		res := SyncRegions(context.Background(), t.TempDir(), []string{"r-1", "r-2"}, func(string) (Source, error) { return src, nil },
			SyncRequest{Prices: true, Limit: lim}, nil)
		for _, r := range res {
			if r.Err != nil || len(r.Snapshot.Types) != 40 {
				t.Fatalf("%s: %v", r.Region, r.Err)
			}
		}
		if src.highest > n || (n > 1 && src.highest < 2) {
			t.Errorf("bound %d: %d calls at once", n, src.highest)
		}
	}
}

// TestSyncRegionsOneFails: a failing region keeps its old cache as it was,
// byte for byte; the others are saved.
func TestSyncRegionsOneFails(t *testing.T) {
	dir := t.TempDir()
	oldPath, err := Save(dir, snapshot("cn-beijing", t0, "ecs.gn6i-c4g1.xlarge"))
	if err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(oldPath)
	ok := &fakeSource{types: []APIType{{InstanceTypeID: "ecs.gn7i-c8g1.2xlarge", Family: "ecs.gn7i", GPUAmount: 1, GPUSpec: "NVIDIA A10", GPUMemorySizeGiB: 24}}}
	bad := &fakeSource{fail: map[string]error{"types": &APIError{Kind: ErrServer, Code: "InternalError"}}}
	res := SyncRegions(context.Background(), dir, []string{"cn-hangzhou", "cn-beijing", "cn-shanghai"}, func(r string) (Source, error) {
		if r == "cn-beijing" {
			return bad, nil
		}
		if r == "cn-shanghai" {
			return nil, errors.New("no endpoint")
		}
		return ok, nil
	}, SyncRequest{Now: func() time.Time { return t0.Add(time.Hour) }}, nil)
	if res[0].Region != "cn-hangzhou" || res[0].Err != nil || res[0].Path == "" {
		t.Errorf("hangzhou: %+v", res[0])
	}
	if res[1].Region != "cn-beijing" || res[1].Err == nil || res[1].Snapshot != nil {
		t.Errorf("beijing: %+v", res[1])
	}
	if res[2].Err == nil {
		t.Errorf("shanghai: %+v", res[2])
	}
	after, _ := os.ReadFile(oldPath)
	if !bytes.Equal(before, after) {
		t.Error("the failed region's cache changed")
	}
	if snap, err := LoadSnapshot(res[0].Path); err != nil || snap.Region != "cn-hangzhou" || len(snap.Types) != 1 {
		t.Errorf("hangzhou's cache: %v %v", snap, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "cn-shanghai.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a region that never started left a file: %v", err)
	}
}
