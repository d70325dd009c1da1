package aliyun

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/gpuspec/gpuspec/internal/aliyun/aliyuntest"
	"github.com/gpuspec/gpuspec/internal/catalog"
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
	testCredentials(t)
	cred, err := Credential()
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(Config{Region: "cn-hangzhou", Endpoint: srv.URL, Credential: cred})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestSyncAgainstFake(t *testing.T) {
	srv := aliyuntest.New(aliyuntest.Behaviour{})
	defer srv.Close()
	c := newClient(t, srv)
	var pages []int
	snap, err := catalog.Sync(context.Background(), c, catalog.SyncRequest{Region: "cn-hangzhou", Prices: true, Now: func() time.Time { return time.Date(2026, 11, 29, 5, 0, 0, 0, time.UTC) }},
		func(p catalog.Progress) {
			if p.Phase == catalog.PhaseTypes {
				pages = append(pages, p.Pages)
			}
		})
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Types) != 4 || len(pages) != 2 || srv.Calls("DescribeInstanceTypes") != 2 {
		t.Fatalf("%d types in %v pages, %d calls", len(snap.Types), pages, srv.Calls("DescribeInstanceTypes"))
	}
	a10 := snap.Types[0]
	if a10.Name != "ecs.gn7i-c8g1.2xlarge" || a10.Family != "gn7i" || a10.Model() != "A10" || a10.MemoryPerGPU() != 24 || a10.NetworkGbps != 16 {
		t.Errorf("mapped %+v", a10)
	}
	if len(a10.Zones) != 2 || a10.PricePerHour == nil || *a10.PricePerHour < 11.84 || *a10.Currency != "CNY" || a10.Source != "api" {
		t.Errorf("zones %v price %v", a10.Zones, a10.PricePerHour)
	}
	big := snap.Types[1]
	if len(big.Zones) != 1 || big.Zones[0] != "cn-hangzhou-i" {
		t.Errorf("a sold-out zone counts as stock: %v", big.Zones)
	}
	vws := snap.Types[2]
	if !vws.VGPU || !vws.LicenseIncluded || vws.PricePerHour != nil || len(vws.Zones) != 0 {
		t.Errorf("vws %+v", vws)
	}
	if vws.NetworkGbps != 1.5 {
		t.Errorf("1536 × 1024 Kbit/s is 1.5 Gbit/s, got %v", vws.NetworkGbps)
	}
	for _, req := range srv.Requests {
		if req[:5] != "POST " {
			t.Errorf("request %q", req)
		}
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
		{"server error on page 2", aliyuntest.Behaviour{FailAction: "DescribeInstanceTypes", FailStatus: 500, FailCode: "InternalError", FailAfter: 1}, catalog.ErrServer, "InternalError"},
		{"bad key", aliyuntest.Behaviour{FailAction: "DescribeInstanceTypes", FailStatus: 404, FailCode: "InvalidAccessKeyId.NotFound"}, catalog.ErrAuth, "InvalidAccessKeyId.NotFound"},
		{"malformed", aliyuntest.Behaviour{MalformedAction: "DescribeInstanceTypes"}, catalog.ErrMalformed, ""},
		{"zones fail", aliyuntest.Behaviour{FailAction: "DescribeAvailableResource", FailStatus: 503, FailCode: "ServiceUnavailable"}, catalog.ErrServer, "ServiceUnavailable"},
	}
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
	srv := aliyuntest.New(aliyuntest.Behaviour{HangAction: "DescribeInstanceTypes", HangAfter: 1})
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
