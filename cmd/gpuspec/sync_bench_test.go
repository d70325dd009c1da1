package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/gpuspec/gpuspec/internal/aliyun/aliyuntest"
)

// BenchmarkSyncPrices is the price target: `catalog sync --prices` of a
// region with 150 GPU types against the test server answering every call
// after 100 ms, at the default concurrency and a few others. The target
// is at most 2.5 s at the default.
func BenchmarkSyncPrices(b *testing.B) {
	const types, latency = 150, 100 * time.Millisecond
	b.Setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIbench")
	b.Setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "bench")
	b.Setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
	b.Setenv("ALIBABA_CLOUD_CREDENTIALS_FILE", b.TempDir()+"/none")
	srv := aliyuntest.New(aliyuntest.Behaviour{Regions: map[string][]aliyuntest.Type{"cn-hangzhou": aliyuntest.Synthetic("cn-hangzhou", types)}, Latency: latency})
	defer srv.Close()
	for _, n := range []int{4, 8, 16} {
		b.Run(fmt.Sprintf("concurrency=%d", n), func(b *testing.B) {
			cache := b.TempDir()
			env := map[string]string{"XDG_CACHE_HOME": cache}
			for i := 0; i < b.N; i++ {
				var errOut strings.Builder
				streams := &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: &errOut}
				args := []string{"catalog", "sync", "--region", "cn-hangzhou", "--prices", "--endpoint", srv.URL, "--concurrency", fmt.Sprint(n)}
				if code := run(context.Background(), args, streams, func(k string) string { return env[k] }); code != 0 {
					b.Fatalf("exit %d: %s", code, errOut.String())
				}
			}
		})
	}
}
