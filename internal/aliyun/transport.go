package aliyun

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// ParseEndpoint reads --endpoint: a URL such as http://127.0.0.1:8080 or
// https://ecs-vpc.cn-hangzhou.aliyuncs.com, or a bare host (HTTPS).
func ParseEndpoint(s string) (protocol, host string, err error) {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.User != nil {
		return "", "", fmt.Errorf("bad endpoint")
	}
	return u.Scheme, u.Host, nil
}

// Redact hides the user information of a URL (user:password@), however
// malformed the rest of it is, so that an endpoint can be quoted in a
// message: http://user:hunter2@host → http://REDACTED@host.
func Redact(s string) string {
	scheme, rest, ok := strings.Cut(s, "://")
	if !ok {
		scheme, rest = "", s
	}
	host := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		host = rest[:i]
	}
	at := strings.LastIndex(host, "@")
	if at < 0 {
		return s
	}
	out := "REDACTED" + rest[at:]
	if ok {
		out = scheme + "://" + out
	}
	return out
}

// httpClient sends the SDK's requests through one http.Client that every
// call shares safely: the SDK's own shared client is not safe for calls at
// once (it rewrites its timeout on each call). Proxies come from the
// environment, as with the SDK's; the context bounds each call.
type httpClient struct{ c *http.Client }

func (h httpClient) Call(req *http.Request, _ *http.Transport) (*http.Response, error) {
	resp, err := h.c.Do(req)
	if err == nil && resp.Body != nil {
		resp.Body = &boundedBody{ReadCloser: resp.Body, left: MaxBody}
	}
	return resp, err
}

// MaxBody bounds an answer's body: the largest real one, a page of 100
// instance types, is under 200 KB.
const MaxBody = 64 << 20

// ErrBodyTooLarge is an answer whose body goes past MaxBody.
var ErrBodyTooLarge = fmt.Errorf("the answer's body is over %d bytes", MaxBody)

// boundedBody reads a body up to its bound, then fails.
type boundedBody struct {
	io.ReadCloser
	left int64
}

func (b *boundedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		// One byte more says whether the body ends at the bound.
		var one [1]byte
		if n, _ := b.ReadCloser.Read(one[:]); n > 0 {
			return 0, ErrBodyTooLarge
		}
		return 0, io.EOF
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.ReadCloser.Read(p)
	b.left -= int64(n)
	return n, err
}

var sharedHTTP = func() httpClient {
	t := http.DefaultTransport.(*http.Transport).Clone()
	// Enough idle connections for every call at once to reuse one.
	t.MaxIdleConnsPerHost = 64
	return httpClient{c: &http.Client{Transport: t}}
}()
