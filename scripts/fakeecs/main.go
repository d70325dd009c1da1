// Command fakeecs serves the test ECS API (internal/aliyun/aliyuntest) on
// 127.0.0.1, to try `gpuspec catalog sync` by hand without an account:
//
//	go run ./scripts/fakeecs &    # prints its URL
//	ALIBABA_CLOUD_ACCESS_KEY_ID=test ALIBABA_CLOUD_ACCESS_KEY_SECRET=test \
//	  gpuspec catalog sync --region cn-hangzhou --prices --endpoint URL
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/gpuspec/gpuspec/internal/aliyun/aliyuntest"
)

func main() {
	fail := flag.String("fail", "", "answer this action with -status and -code")
	status := flag.Int("status", 500, "HTTP status for -fail")
	code := flag.String("code", "InternalError", "error code for -fail")
	flag.Parse()
	srv := aliyuntest.New(aliyuntest.Behaviour{FailAction: *fail, FailStatus: *status, FailCode: *code})
	defer srv.Close()
	fmt.Println(srv.URL)
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
}
