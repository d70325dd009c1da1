package aliyun

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	ecs "github.com/alibabacloud-go/ecs-20140526/v7/client"
	"github.com/alibabacloud-go/tea/dara"

	"github.com/gpuspec/gpuspec/internal/aliyun/aliyuntest"
	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// Credentials come from the environment only, and nothing may try the
// instance metadata service.
func testCredentials(t *testing.T) {
	t.Setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAItest")
	t.Setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret-that-must-not-leak")
	t.Setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
	t.Setenv("ALIBABA_CLOUD_PROFILE", "")
	t.Setenv("ALIBABA_CLOUD_CREDENTIALS_FILE", t.TempDir()+"/none")
	t.Setenv("HOME", t.TempDir())
}

func newClient(t *testing.T, srv *aliyuntest.Server) *Client {
	t.Helper()
	return newRegionClient(t, srv, "cn-hangzhou")
}

func newRegionClient(t *testing.T, srv *aliyuntest.Server, region string) *Client {
	t.Helper()
	testCredentials(t)
	cred, err := Credential()
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(Config{Region: region, Endpoint: srv.URL, Credential: cred})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var now = func() time.Time { return time.Date(2026, 11, 29, 5, 0, 0, 0, time.UTC) }

func byName(t *testing.T, snap *catalog.Snapshot) map[string]specs.InstanceType {
	t.Helper()
	out := map[string]specs.InstanceType{}
	for _, it := range snap.Types {
		out[it.Name] = it
	}
	return out
}

func TestSyncAgainstFake(t *testing.T) {
	srv := aliyuntest.New(aliyuntest.Behaviour{PageSize: 4})
	defer srv.Close()
	c := newClient(t, srv)
	var pages []int
	snap, err := catalog.Sync(context.Background(), c, catalog.SyncRequest{Region: "cn-hangzhou", Prices: true, Now: now},
		func(p catalog.Progress) {
			if p.Phase == catalog.PhaseTypes {
				pages = append(pages, p.Pages)
			}
		})
	if err != nil {
		t.Fatal(err)
	}
	// 12 types in pages of 4; the one with no GPU is left out, and the
	// bare-metal one (category "ECS Bare Metal") and the one with a GPU
	// count but no GPUSpec are kept.
	if len(snap.Types) != 11 || len(pages) != 3 || srv.Calls("DescribeInstanceTypes") != 3 {
		t.Fatalf("%d types in %v pages, %d calls", len(snap.Types), pages, srv.Calls("DescribeInstanceTypes"))
	}
	for i, p := range srv.Params("DescribeInstanceTypes") {
		if p.Get("MaxResults") != "100" || (i > 0) != (p.Get("NextToken") != "") || p.Get("InstanceTypeFamilies.1") != "" || p.Get("InstanceCategory") != "" {
			t.Errorf("page %d asked %v", i+1, p)
		}
	}
	types := byName(t, snap)
	if _, ok := types["ecs.g7.large"]; ok {
		t.Error("a type with no GPU was kept")
	}
	a10 := types["ecs.gn7i-c8g1.2xlarge"]
	if a10.Family != "gn7i" || a10.Model() != "A10" || a10.MemoryPerGPU() != 24 || a10.NetworkGbps != 16 || *a10.CPUArchitecture != "X86" || a10.Source != "api" {
		t.Errorf("mapped %+v", a10)
	}
	if !slices.Equal(a10.Zones, []string{"cn-hangzhou-h", "cn-hangzhou-i"}) || !slices.Equal(a10.ZonesSoldOut, []string{"cn-hangzhou-j"}) || a10.Availability != specs.OnSale {
		t.Errorf("zones %v sold out %v availability %s", a10.Zones, a10.ZonesSoldOut, a10.Availability)
	}
	// The instance's own price, not the total with the 40 GiB disk.
	if a10.PricePerHour == nil || *a10.PricePerHour != 11.85 || *a10.Currency != "CNY" {
		t.Errorf("price %v", a10.PricePerHour)
	}
	vws := types["ecs.sgn7i-vws-m2.xlarge"]
	if !vws.VGPU || !vws.LicenseIncluded || vws.GPUCount == nil || *vws.GPUCount != 1.0/12 || *vws.GPUMemoryPerGPUGiB != 24 || *vws.GPUMemoryGiB != 2 || vws.NetworkGbps != 1.5 {
		t.Errorf("a slice of an A10: %+v", vws)
	}
	if s := types["ecs.sgn8ia-m2.xlarge"]; s.GPUCount != nil || !s.VGPU || *s.GPUMemoryGiB != 2 || s.PricePerHour == nil {
		t.Errorf("a slice of an unnamed card must have an unknown count: %+v", s)
	}
	if bm := types["ecs.ebmgn7i.32xlarge"]; !bm.BareMetal || bm.Availability != specs.SoldOut || len(bm.Zones) != 0 || bm.ZonesSoldOut[0] != "cn-hangzhou-h" {
		t.Errorf("bare metal %+v", bm)
	}
	if a100 := types["ecs.gn7e-c16g1.4xlarge"]; a100.MemoryPerGPU() != 80 || a100.GPUs() != 1 || !a100.Retiring || a100.Availability != specs.Retiring || a100.Zones[0] != "cn-hangzhou-i" {
		t.Errorf("A100 80 GB %+v", a100)
	}
	arm := types["ecs.gn7r-c16g1.4xlarge"]
	if *arm.CPUArchitecture != "ARM" || arm.Availability != specs.NotOffered || !arm.Retiring || arm.PricePerHour != nil || arm.GPUs() != 0.25 {
		t.Errorf("gn7r %+v", arm)
	}
	if gn8v := types["ecs.gn8v.4xlarge"]; gn8v.GPUs() != 1 || gn8v.MemoryPerGPU() != 96 || gn8v.GPUModel != nil || gn8v.PricePerHour != nil || gn8v.Availability != specs.OnSale {
		t.Errorf("gn8v %+v", gn8v)
	}
	gn8is := types["ecs.gn8is.2xlarge"]
	if *gn8is.EriQuantity != 1 || !slices.Equal(gn8is.BootModes, []string{"UEFI"}) || gn8is.PricePerHour == nil || *gn8is.PricePerHour != 17.52 {
		t.Errorf("an ESSD-only type must be priced with an ESSD disk: %+v", gn8is)
	}
	if len(snap.PriceRefusals) != 1 || snap.PriceRefusals[0].InstanceType != "ecs.gn8v.4xlarge" || snap.PriceRefusals[0].Code != "InvalidInstanceType.ValueNotSupported" || snap.PriceRefusals[0].Message != "The specified InstanceType is not supported for the specified charge type." {
		t.Errorf("refusals %+v", snap.PriceRefusals)
	}
	avail := srv.Params("DescribeAvailableResource")
	if len(avail) != 1 {
		t.Fatalf("%d DescribeAvailableResource calls, want one for the region", len(avail))
	}
	for k, v := range map[string]string{"RegionId": "cn-hangzhou", "DestinationResource": "InstanceType", "IoOptimized": "optimized", "InstanceChargeType": "PostPaid"} {
		if avail[0].Get(k) != v {
			t.Errorf("DescribeAvailableResource %s=%q, want %q", k, avail[0].Get(k), v)
		}
	}
	// Every type a zone sells, in stock or not; not gn7r, which no zone
	// sells any more.
	prices := srv.Params("DescribePrice")
	if len(prices) != 10 {
		t.Errorf("%d prices asked", len(prices))
	}
	for _, p := range prices {
		if p.Get("SystemDisk.Category") != "cloud_essd" || p.Get("SystemDisk.Size") != "40" || p.Get("RegionId") != "cn-hangzhou" || p.Get("ResourceType") != "instance" {
			t.Errorf("DescribePrice asked %v", p)
		}
	}
	for _, req := range srv.Requests {
		if req.Method != "POST" {
			t.Errorf("request %+v", req)
		}
	}
}

// TestFamiliesInGroupsOfTen: the API takes at most ten families a request.
func TestFamiliesInGroupsOfTen(t *testing.T) {
	srv := aliyuntest.New(aliyuntest.Behaviour{})
	defer srv.Close()
	c := newClient(t, srv)
	fams := []string{"gn7i", "ECS.GN7E", "gn6i", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "gn8is", "sgn7i-vws"}
	snap, err := catalog.Sync(context.Background(), c, catalog.SyncRequest{Region: "cn-hangzhou", Families: fams, Now: now}, nil)
	if err != nil {
		t.Fatal(err)
	}
	calls := srv.Params("DescribeInstanceTypes")
	if len(calls) != 2 || calls[0].Get("InstanceTypeFamilies.10") != "ecs.a7" || calls[0].Get("InstanceTypeFamilies.11") != "" ||
		calls[1].Get("InstanceTypeFamilies.1") != "ecs.gn8is" || calls[1].Get("InstanceTypeFamilies.2") != "ecs.sgn7i-vws" || calls[0].Get("InstanceTypeFamilies.2") != "ecs.gn7e" {
		t.Fatalf("calls %v", calls)
	}
	if len(snap.Types) != 7 {
		t.Errorf("%d types of %v", len(snap.Types), fams)
	}
}

// TestFakeRefusesWhatTheAPIRefuses: the fake holds the client to the API's
// limits, so a client that breaks them fails a test.
func TestFakeRefusesWhatTheAPIRefuses(t *testing.T) {
	srv := aliyuntest.New(aliyuntest.Behaviour{})
	defer srv.Close()
	c := newClient(t, srv)
	ctx := context.Background()
	_, err := call(ctx, "DescribeInstanceTypes", func() (*ecs.DescribeInstanceTypesResponse, error) {
		return sdk(c, func(e *ecs.Client) (*ecs.DescribeInstanceTypesResponse, error) {
			return e.DescribeInstanceTypesWithContext(ctx, &ecs.DescribeInstanceTypesRequest{MaxResults: dara.Int64(101)}, runtime(ctx))
		})
	})
	var apiErr *catalog.APIError
	if !errors.As(err, &apiErr) || apiErr.Kind != catalog.ErrClient || apiErr.Status != 400 || apiErr.Code != "InvalidParameter" || !strings.Contains(apiErr.Message, "MaxResults") {
		t.Errorf("MaxResults 101: %v", err)
	}
	eleven := make([]string, 11)
	for i := range eleven {
		eleven[i] = fmt.Sprintf("ecs.f%d", i)
	}
	_, err = call(ctx, "DescribeInstanceTypes", func() (*ecs.DescribeInstanceTypesResponse, error) {
		return sdk(c, func(e *ecs.Client) (*ecs.DescribeInstanceTypesResponse, error) {
			return e.DescribeInstanceTypesWithContext(ctx, &ecs.DescribeInstanceTypesRequest{InstanceTypeFamilies: dara.StringSlice(eleven)}, runtime(ctx))
		})
	})
	if !errors.As(err, &apiErr) || apiErr.Code != "InvalidParameter" || !strings.Contains(apiErr.Message, "InstanceTypeFamilies") {
		t.Errorf("eleven families: %v", err)
	}
	// Without a disk category the API prices its default disk, which an
	// ESSD-only family refuses.
	_, err = call(ctx, "DescribePrice", func() (*ecs.DescribePriceResponse, error) {
		return sdk(c, func(e *ecs.Client) (*ecs.DescribePriceResponse, error) {
			return e.DescribePriceWithContext(ctx, &ecs.DescribePriceRequest{RegionId: dara.String("cn-hangzhou"), InstanceType: dara.String("ecs.gn8is.2xlarge")}, runtime(ctx))
		})
	})
	if !errors.As(err, &apiErr) || apiErr.Code != "InvalidSystemDiskCategory.ValueNotSupported" {
		t.Errorf("default disk on gn8is: %v", err)
	}
	// The same call with an ESSD disk is priced.
	if p, err := c.Price(ctx, "ecs.gn8is.2xlarge"); err != nil || p.PerHour != 17.52 || p.DiskPerHour != 0.12 {
		t.Errorf("gn8is with ESSD: %+v %v", p, err)
	}
}

// TestPriceWithoutInstanceLine: an answer with no instanceType line gives
// the total less the disk's.
func TestPriceWithoutInstanceLine(t *testing.T) {
	srv := aliyuntest.New(aliyuntest.Behaviour{TotalOnly: true})
	defer srv.Close()
	c := newClient(t, srv)
	p, err := c.Price(context.Background(), "ecs.gn7i-c8g1.2xlarge")
	if err != nil || p.PerHour != 11.85 || p.DiskPerHour != 0.12 || p.Currency != "CNY" {
		t.Errorf("%+v %v", p, err)
	}
}

func TestStatusCategory(t *testing.T) {
	for _, tc := range [][3]string{
		{"ClosedWithStock", "Available", "ClosedWithStock"},
		{"", "Available", "WithStock"},
		{"", "SoldOut", "WithoutStock"},
		{"", "", ""},
	} {
		if got := statusCategory(dara.String(tc[0]), dara.String(tc[1])); got != tc[2] {
			t.Errorf("%q %q: %q, want %q", tc[0], tc[1], got, tc[2])
		}
	}
}

func TestRepeatedTokenStops(t *testing.T) {
	srv := aliyuntest.New(aliyuntest.Behaviour{PageSize: 2, RepeatToken: true})
	defer srv.Close()
	c := newClient(t, srv)
	_, err := catalog.Sync(context.Background(), c, catalog.SyncRequest{Region: "cn-hangzhou"}, nil)
	var apiErr *catalog.APIError
	if !errors.As(err, &apiErr) || apiErr.Code != "RepeatedNextToken" || apiErr.Kind != catalog.ErrMalformed {
		t.Fatalf("err %v", err)
	}
	if n := srv.Calls("DescribeInstanceTypes"); n != 2 {
		t.Errorf("%d pages asked before stopping", n)
	}
}

// TestThrottlingRetries: a Throttling* answer is tried again after a
// pause, and a call that keeps being throttled gives up.
func TestThrottlingRetries(t *testing.T) {
	defer func(b time.Duration) { backoff = b }(backoff)
	backoff = time.Millisecond
	for _, code := range []string{"Throttling", "Throttling.User", "Throttling.Api"} {
		srv := aliyuntest.New(aliyuntest.Behaviour{FailAction: "DescribePrice", FailStatus: 400, FailCode: code, FailTimes: 3})
		c := newRegionClient(t, srv, "cn-beijing")
		snap, err := catalog.Sync(context.Background(), c, catalog.SyncRequest{Region: "cn-beijing", Prices: true, Limit: catalog.NewLimiter(1)}, nil)
		if err != nil || len(snap.PriceRefusals) != 0 {
			t.Fatalf("%s three times: %v %+v", code, err, snap)
		}
		for _, it := range snap.Types {
			if it.PricePerHour == nil && it.Availability == specs.OnSale {
				t.Errorf("%s: %s unpriced", code, it.Name)
			}
		}
		if n := srv.Calls("DescribePrice"); n != 2+3 {
			t.Errorf("%s: %d DescribePrice calls, want 5: two types, three refusals", code, n)
		}
		srv.Close()
	}
	srv := aliyuntest.New(aliyuntest.Behaviour{FailAction: "DescribePrice", FailStatus: 503, FailCode: "Throttling.User"})
	defer srv.Close()
	c := newClient(t, srv)
	_, err := c.Price(context.Background(), "ecs.gn7i-c8g1.2xlarge")
	var apiErr *catalog.APIError
	if !errors.As(err, &apiErr) || apiErr.Kind != catalog.ErrThrottled || srv.Calls("DescribePrice") != retries+1 {
		t.Errorf("throttled for good: %v after %d calls", err, srv.Calls("DescribePrice"))
	}
}

// TestPricesConcurrently: prices are asked at once, up to the bound.
func TestPricesConcurrently(t *testing.T) {
	for _, n := range []int{1, 4, 8} {
		srv := aliyuntest.New(aliyuntest.Behaviour{Regions: map[string][]aliyuntest.Type{"cn-hangzhou": aliyuntest.Synthetic("cn-hangzhou", 40)}, Latency: 20 * time.Millisecond})
		c := newClient(t, srv)
		snap, err := catalog.Sync(context.Background(), c, catalog.SyncRequest{Region: "cn-hangzhou", Prices: true, Limit: catalog.NewLimiter(n)}, nil)
		if err != nil || len(snap.Types) != 40 {
			t.Fatalf("%v", err)
		}
		if p := srv.Peak(); p > n || (n > 1 && p < n/2) {
			t.Errorf("bound %d: %d requests at once", n, p)
		}
		srv.Close()
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		b    aliyuntest.Behaviour
		kind catalog.ErrorKind
		code string
	}{
		{"throttled", aliyuntest.Behaviour{FailAction: "DescribeInstanceTypes", FailStatus: 400, FailCode: "Throttling.User"}, catalog.ErrThrottled, "Throttling.User"},
		{"failing region", aliyuntest.Behaviour{FailRegions: []string{"cn-hangzhou"}}, catalog.ErrServer, "InternalError"},
		{"unknown region", aliyuntest.Behaviour{Regions: map[string][]aliyuntest.Type{"cn-beijing": aliyuntest.Beijing()}}, catalog.ErrClient, "InvalidRegionId.NotFound"},
		{"server error on page 2", aliyuntest.Behaviour{PageSize: 4, FailAction: "DescribeInstanceTypes", FailStatus: 500, FailCode: "InternalError", FailAfter: 1}, catalog.ErrServer, "InternalError"},
		{"bad key", aliyuntest.Behaviour{FailAction: "DescribeInstanceTypes", FailStatus: 404, FailCode: "InvalidAccessKeyId.NotFound"}, catalog.ErrAuth, "InvalidAccessKeyId.NotFound"},
		{"malformed", aliyuntest.Behaviour{MalformedAction: "DescribeInstanceTypes"}, catalog.ErrMalformed, ""},
		{"zones fail", aliyuntest.Behaviour{FailAction: "DescribeAvailableResource", FailStatus: 503, FailCode: "ServiceUnavailable"}, catalog.ErrServer, "ServiceUnavailable"},
	}
	defer func(b time.Duration) { backoff = b }(backoff)
	backoff = time.Millisecond
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := aliyuntest.New(tc.b)
			defer srv.Close()
			c := newClient(t, srv)
			_, err := catalog.Sync(context.Background(), c, catalog.SyncRequest{Region: "cn-hangzhou"}, nil)
			var apiErr *catalog.APIError
			if !errors.As(err, &apiErr) || apiErr.Kind != tc.kind || apiErr.Code != tc.code {
				t.Fatalf("err %#v (%v), want kind %d code %q", err, errors.Unwrap(err), tc.kind, tc.code)
			}
		})
	}
}

func TestHangingPageTimesOut(t *testing.T) {
	srv := aliyuntest.New(aliyuntest.Behaviour{PageSize: 4, HangAction: "DescribeInstanceTypes", HangAfter: 1})
	defer srv.Close()
	c := newClient(t, srv)
	ctx, cancel := context.WithTimeout(context.Background(), 700*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := catalog.Sync(ctx, c, catalog.SyncRequest{Region: "cn-hangzhou"}, nil)
	var apiErr *catalog.APIError
	if !errors.As(err, &apiErr) || apiErr.Kind != catalog.ErrUnreachable {
		t.Fatalf("err %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("gave up after %v", d)
	}
}

func TestParseEndpoint(t *testing.T) {
	for in, want := range map[string][2]string{
		"http://127.0.0.1:8080":                     {"http", "127.0.0.1:8080"},
		"https://ecs-vpc.cn-hangzhou.aliyuncs.com":  {"https", "ecs-vpc.cn-hangzhou.aliyuncs.com"},
		"https://ecs-vpc.cn-hangzhou.aliyuncs.com/": {"https", "ecs-vpc.cn-hangzhou.aliyuncs.com"},
		"ecs.cn-beijing.aliyuncs.com":               {"https", "ecs.cn-beijing.aliyuncs.com"},
	} {
		p, h, err := ParseEndpoint(in)
		if err != nil || p != want[0] || h != want[1] {
			t.Errorf("ParseEndpoint(%q) = %q %q %v", in, p, h, err)
		}
	}
	for _, bad := range []string{"", "ftp://x", "http://", "http://host/path", "http://u:p@host", "http://host?x=1", "::"} {
		if _, _, err := ParseEndpoint(bad); err == nil {
			t.Errorf("ParseEndpoint(%q) accepted", bad)
		}
	}
}

func TestNoCredentials(t *testing.T) {
	t.Setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "")
	t.Setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "")
	t.Setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
	t.Setenv("ALIBABA_CLOUD_CREDENTIALS_FILE", t.TempDir()+"/none")
	t.Setenv("ALIBABA_CLOUD_CREDENTIALS_URI", "")
	t.Setenv("ALIBABA_CLOUD_ROLE_ARN", "")
	t.Setenv("HOME", t.TempDir())
	if _, err := Credential(); !errors.Is(err, ErrNoCredentials) {
		t.Errorf("err %v", err)
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"http://user:hunter2@127.0.0.1:1":          "http://REDACTED@127.0.0.1:1",
		"https://hunter2@ecs.aliyuncs.com/x?y=1":   "https://REDACTED@ecs.aliyuncs.com/x?y=1",
		"user:hunter2@host":                        "REDACTED@host",
		"http://a@b@host":                          "http://REDACTED@host",
		"http://host/path@x":                       "http://host/path@x",
		"https://ecs-vpc.cn-hangzhou.aliyuncs.com": "https://ecs-vpc.cn-hangzhou.aliyuncs.com",
		"::%%@bad": "REDACTED@bad",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}
