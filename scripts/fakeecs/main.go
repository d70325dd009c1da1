// Command fakeecs serves the test ECS API (internal/aliyun/aliyuntest) on
// 127.0.0.1, to try `gpuspec catalog sync` by hand without an account:
//
//	go run ./scripts/fakeecs &    # prints its URL
//	ALIBABA_CLOUD_ACCESS_KEY_ID=test ALIBABA_CLOUD_ACCESS_KEY_SECRET=test \
//	  gpuspec catalog sync --region cn-hangzhou --prices --endpoint URL
//
// It sells cn-hangzhou and cn-beijing; -synthetic N adds cn-shanghai with
// N made-up GPU types, -latency delays every answer, -fail-region makes a
// region's calls fail.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/gpuspec/gpuspec/internal/aliyun/aliyuntest"
)

func main() {
	fail := flag.String("fail", "", "answer this action with -status and -code")
	status := flag.Int("status", 500, "HTTP status for -fail")
	code := flag.String("code", "InternalError", "error code for -fail")
	latency := flag.Duration("latency", 0, "delay every answer by this much")
	synthetic := flag.Int("synthetic", 0, "add cn-shanghai with this many made-up GPU types")
	failRegions := flag.String("fail-region", "", "comma-separated regions whose every call fails with HTTP 500")
	addr := flag.String("addr", "", "listen on this address (default: a free port on 127.0.0.1)")
	huge := flag.String("huge", "", "answer this action with a body of -huge-bytes (a hostile server)")
	hugeBytes := flag.Int64("huge-bytes", 4<<30, "the body's size for -huge")
	trickle := flag.String("trickle", "", "answer this action with a body sent a byte every 50 ms, for ever (a hostile server)")
	flag.Parse()
	b := aliyuntest.Behaviour{FailAction: *fail, FailStatus: *status, FailCode: *code, Latency: *latency, Addr: *addr,
		HugeAction: *huge, HugeBytes: *hugeBytes, TrickleAction: *trickle}
	if *synthetic > 0 {
		b.Regions = map[string][]aliyuntest.Type{"cn-hangzhou": aliyuntest.Hangzhou(), "cn-beijing": aliyuntest.Beijing(), "cn-shanghai": aliyuntest.Synthetic("cn-shanghai", *synthetic)}
	}
	if *failRegions != "" {
		b.FailRegions = strings.Split(*failRegions, ",")
	}
	srv := aliyuntest.New(b)
	defer srv.Close()
	fmt.Println(srv.URL)
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
}
