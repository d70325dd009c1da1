package catalog

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
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
		s.Types = append(s.Types, FromAPI(APIType{InstanceTypeID: n, Family: "ecs." + specs.FamilyOfTypeName(n), CPUCoreCount: 8, MemorySizeGiB: 30, GPUAmount: 1, GPUSpec: "NVIDIA A10", GPUMemorySizeGiB: 24, BandwidthRxKbps: 16 << 20}, []string{region + "-a"}, &Price{PerHour: 9.5, Currency: "CNY"}, at))
	}
	return s
}

func TestFromAPIUnits(t *testing.T) {
	it := FromAPI(APIType{InstanceTypeID: "ecs.gn7i-c8g1.2xlarge", Family: "ecs.gn7i", GPUAmount: 2, GPUSpec: "NVIDIA A10", GPUMemorySizeGiB: 24,
		BandwidthRxKbps: 3 * 1024 * 1024 / 2, ENIPrivateIPQuantity: 15, LocalStorageGiB: 440, LocalStorageAmount: 2}, nil, nil, t0)
	if it.Model() != "A10" || it.GPUMemory() != 48 || it.NetworkGbps != 1.5 || *it.PrivateIPsPerENI != 15 || *it.LocalStorageGiB != 880 {
		t.Errorf("%+v", it)
	}
	if it.Zones == nil || len(it.Zones) != 0 || it.PricePerHour != nil || it.Source != specs.FromAPI || !it.FetchedAt.Equal(t0) || it.Family != "gn7i" {
		t.Errorf("live fields %+v", it)
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
	if gn6i.VCPU != 4 || gn6i.Model() != "T4" || gn6i.Source != specs.FromDocument || *gn6i.PricePerHour != 9.5 || gn6i.Zones[0] != "cn-hangzhou-a" {
		t.Errorf("a document row keeps its figures and gains zones and price: %+v", gn6i)
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
	zones  map[string][]string
	prices map[string]Price
	fail   map[string]error
}

func (f *fakeSource) InstanceTypes(ctx context.Context, fams []string, page func(int, int)) ([]APIType, error) {
	if err := f.fail["types"]; err != nil {
		return nil, err
	}
	page(1, len(f.types))
	return f.types, nil
}
func (f *fakeSource) Zones(ctx context.Context) (map[string][]string, error) {
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
		types:  []APIType{{InstanceTypeID: "ecs.a-1", Family: "ecs.a"}, {InstanceTypeID: "ecs.b-1", Family: "ecs.b"}, {InstanceTypeID: "ecs.c-1", Family: "ecs.c"}},
		zones:  map[string][]string{"ecs.a-1": {"z1"}},
		prices: map[string]Price{"ecs.a-1": {1, "CNY"}, "ecs.c-1": {3, "CNY"}},
		fail:   map[string]error{"ecs.b-1": &APIError{Kind: ErrClient}},
	}
	snap, err := Sync(context.Background(), src, SyncRequest{Region: "r-1", Prices: true, Families: []string{"a", "ecs.b", "c"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if snap.Types[0].PricePerHour == nil || snap.Types[1].PricePerHour != nil || *snap.Types[2].PricePerHour != 3 || len(snap.Types[0].Zones) != 1 {
		t.Errorf("%+v", snap.Types)
	}
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
