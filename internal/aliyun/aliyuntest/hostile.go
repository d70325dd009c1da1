package aliyuntest

import (
	"io"
	"net/http"
	"strings"
	"time"
)

// The answers of a hostile or broken server, which the real API never
// gives: see Behaviour's EndlessPages, HugeAction and TrickleAction.

// writeHuge sends a valid JSON body of n bytes, most of it one string.
func writeHuge(w http.ResponseWriter, r *http.Request, n int64) {
	w.Header().Set("Content-Type", "application/json;charset=utf-8")
	w.WriteHeader(http.StatusOK)
	head, tail := `{"RequestId": "5E2F", "Padding": "`, `"}`
	io.WriteString(w, head)
	chunk := []byte(strings.Repeat("a", 64<<10))
	for left := n - int64(len(head)+len(tail)); left > 0 && r.Context().Err() == nil; {
		c := chunk[:min(int64(len(chunk)), left)]
		if _, err := w.Write(c); err != nil {
			return
		}
		left -= int64(len(c))
	}
	io.WriteString(w, tail)
}

// writeTrickle starts a JSON body and then sends a byte every 50 ms until
// the client goes or the server closes.
func writeTrickle(w http.ResponseWriter, r *http.Request, closed <-chan struct{}) {
	w.Header().Set("Content-Type", "application/json;charset=utf-8")
	w.WriteHeader(http.StatusOK)
	io.WriteString(w, `{"RequestId": "5E2F", "Padding": "`)
	flusher, _ := w.(http.Flusher)
	for {
		if flusher != nil {
			flusher.Flush()
		}
		select {
		case <-r.Context().Done():
			return
		case <-closed:
			return
		case <-time.After(50 * time.Millisecond):
		}
		if _, err := io.WriteString(w, "a"); err != nil {
			return
		}
	}
}
