// Package aliyuntest is a fake ECS API on 127.0.0.1 for tests. It answers
// as the real API does, not as gpuspec would like it to: the SDK's signed
// POSTs with the action in the x-acs-action header, JSON bodies shaped like
// the API reference's samples, the API's own encodings (bandwidth in Kbit/s
// with 1 Gbit/s reported as 1,024,000), every GPU type whatever its
// category (bare metal comes as "ECS Bare Metal", non-GPU types come too),
// vGPU slices reported as one GPU with the slice's memory, the limits the
// API enforces (MaxResults at most 100, at most 10 InstanceTypeFamilies),
// the four StatusCategory values of DescribeAvailableResource, and
// DescribePrice refusing a system disk the family does not take.
//
// The error codes of the two request limits are not in the API reference;
// the fake answers them in the API's error shape (HTTP 400 with Code,
// Message, RequestId, HostId and Recommend) with the generic codes of
// that family of errors.
package aliyuntest

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Behaviour says how the fake answers beyond its data.
type Behaviour struct {
	// Regions maps a region ID to its types; nil: cn-hangzhou and
	// cn-beijing.
	Regions map[string][]Type
	// PageSize caps a page below the MaxResults asked for, so that a few
	// types take several pages; 0: MaxResults alone.
	PageSize int
	// Latency delays every answer, as a far region's endpoint does.
	Latency time.Duration
	// FailRegions answer every call for these regions with a 500
	// InternalError.
	FailRegions []string
	// Fail makes an action answer with this HTTP status and error code,
	// after FailAfter successful calls of that action; FailTimes times,
	// or every time when 0.
	FailAction string
	FailStatus int
	FailCode   string
	FailAfter  int
	FailTimes  int
	// Malformed makes an action answer 200 with a body that is not JSON.
	MalformedAction string
	// HangAction makes an action never answer (until the client gives up).
	HangAction string
	HangAfter  int
	// TotalOnly makes DescribePrice give the total and the disk's line,
	// with no instanceType line.
	TotalOnly bool
	// Addr is where to listen, such as 127.0.0.1:8080; empty: a free
	// port on 127.0.0.1.
	Addr string
	// RepeatToken makes DescribeInstanceTypes give the same NextToken on
	// every page, as a broken paginator would.
	RepeatToken bool

	// What a hostile or broken server does, which the real API does not:
	//
	// EndlessPages makes DescribeInstanceTypes give a new NextToken on
	// every page, for ever.
	EndlessPages bool
	// HugeAction answers 200 with a JSON body of HugeBytes (padding in
	// one string), sent as fast as the client reads.
	HugeAction string
	HugeBytes  int64
	// TrickleAction answers 200 at once, then sends its body a byte every
	// 50 ms, for ever.
	TrickleAction string
	// EmptyAction answers with EmptyStatus (200 if 0) and the body
	// EmptyBody: "{}", or nothing.
	EmptyAction string
	EmptyStatus int
	EmptyBody   string
	// FailRequestID replaces the RequestId of Fail's errors.
	FailRequestID string
}

// Server is a running fake.
type Server struct {
	*httptest.Server
	b     Behaviour
	mu    sync.Mutex
	calls map[string]int
	// inFlight and peak count the requests being answered at once.
	inFlight, peak int
	// Requests records each request: its method, action and form.
	Requests []Request
}

// Request is one call the fake answered.
type Request struct {
	Method, Action string
	Params         url.Values
}

// New starts a fake ECS API.
func New(b Behaviour) *Server {
	if b.Regions == nil {
		b.Regions = map[string][]Type{"cn-hangzhou": Hangzhou(), "cn-beijing": Beijing()}
	}
	s := &Server{b: b, calls: map[string]int{}}
	hang := make(chan struct{})
	s.Server = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		action := r.Header.Get("x-acs-action")
		_ = r.ParseForm()
		params := url.Values{}
		for k, v := range r.Form {
			params[k] = v
		}
		s.mu.Lock()
		n := s.calls[action]
		s.calls[action]++
		s.Requests = append(s.Requests, Request{Method: r.Method, Action: action, Params: params})
		s.inFlight++
		s.peak = max(s.peak, s.inFlight)
		s.mu.Unlock()
		defer func() {
			s.mu.Lock()
			s.inFlight--
			s.mu.Unlock()
		}()
		if b.Latency > 0 {
			select {
			case <-time.After(b.Latency):
			case <-r.Context().Done():
				return
			}
		}
		if r.Method != http.MethodPost || action == "" || r.Header.Get("Authorization") == "" {
			writeError(w, http.StatusBadRequest, "MissingParameter", "expected a signed POST with x-acs-action")
			return
		}
		region := params.Get("RegionId")
		for _, f := range b.FailRegions {
			if region == f {
				writeError(w, http.StatusInternalServerError, "InternalError", "The request processing has failed due to some unknown error, exception or failure.")
				return
			}
		}
		switch {
		case action == b.HangAction && n >= b.HangAfter:
			select {
			case <-r.Context().Done():
			case <-hang:
			}
			return
		case action == b.FailAction && n >= b.FailAfter && (b.FailTimes == 0 || n < b.FailAfter+b.FailTimes):
			writeErrorID(w, b.FailStatus, b.FailCode, "the fake was told to fail", b.FailRequestID)
			return
		case action == b.HugeAction:
			writeHuge(w, r, b.HugeBytes)
			return
		case action == b.TrickleAction:
			writeTrickle(w, r, hang)
			return
		case action == b.EmptyAction:
			status := b.EmptyStatus
			if status == 0 {
				status = http.StatusOK
			}
			w.Header().Set("Content-Type", "application/json;charset=utf-8")
			w.WriteHeader(status)
			fmt.Fprint(w, b.EmptyBody)
			return
		case action == b.MalformedAction:
			w.Header().Set("Content-Type", "application/json;charset=utf-8")
			w.WriteHeader(http.StatusOK)
			fmt.Fprint(w, `{"RequestId": "5E2F", "InstanceTypes": {"InstanceType": [ {"InstanceTypeId": `)
			return
		}
		// DescribeRegions and DescribeInstanceTypes take no region: the
		// types are Alibaba Cloud's, whichever region sells them.
		types, known := b.Regions[region]
		if !known && action != "DescribeRegions" && action != "DescribeInstanceTypes" {
			writeError(w, http.StatusBadRequest, "InvalidRegionId.NotFound", "The specified RegionId does not exist.")
			return
		}
		switch action {
		case "DescribeRegions":
			s.describeRegions(w)
		case "DescribeInstanceTypes":
			s.describeInstanceTypes(w, params, s.allTypes())
		case "DescribeAvailableResource":
			s.describeAvailableResource(w, params, region, types)
		case "DescribePrice":
			s.describePrice(w, params, types)
		default:
			writeError(w, http.StatusNotFound, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.")
		}
	}))
	if b.Addr != "" {
		l, err := net.Listen("tcp", b.Addr)
		if err != nil {
			panic("aliyuntest: " + err.Error())
		}
		s.Server.Listener.Close()
		s.Server.Listener = l
	}
	s.Server.Start()
	return s
}

// allTypes are every region's types, each once, in the order of the
// regions' IDs.
func (s *Server) allTypes() []Type {
	ids := make([]string, 0, len(s.b.Regions))
	for id := range s.b.Regions {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	seen := map[string]bool{}
	var out []Type
	for _, id := range ids {
		for _, t := range s.b.Regions[id] {
			if !seen[t.InstanceTypeId] {
				seen[t.InstanceTypeId] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// Calls reports how often an action was called.
func (s *Server) Calls(action string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[action]
}

// Peak reports the most requests the fake was answering at once.
func (s *Server) Peak() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.peak
}

// Params returns the parameters of every call of an action, in order.
func (s *Server) Params(action string) []url.Values {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []url.Values
	for _, r := range s.Requests {
		if r.Action == action {
			out = append(out, r.Params)
		}
	}
	return out
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json;charset=utf-8")
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeErrorID(w, status, code, msg, "")
}

func writeErrorID(w http.ResponseWriter, status int, code, msg, requestID string) {
	if requestID == "" {
		requestID = "6B7C3E0A-1F2D-4E5A-9B8C-7D6E5F4A3B2C"
	}
	w.Header().Set("Content-Type", "application/json;charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{
		"RequestId": requestID,
		"HostId":    "ecs.aliyuncs.com",
		"Code":      code,
		"Message":   msg,
		"Recommend": "https://api.aliyun.com/troubleshoot?q=" + code + "&product=Ecs",
	})
}

// list reads a repeated parameter as the SDK sends it: Name.1, Name.2, …
func list(params url.Values, name string) []string {
	var out []string
	for i := 1; ; i++ {
		v := params.Get(name + "." + strconv.Itoa(i))
		if v == "" {
			return out
		}
		out = append(out, v)
	}
}

func (s *Server) describeRegions(w http.ResponseWriter) {
	ids := make([]string, 0, len(s.b.Regions)+len(s.b.FailRegions))
	for id := range s.b.Regions {
		ids = append(ids, id)
	}
	ids = append(ids, s.b.FailRegions...)
	sort.Strings(ids)
	var regions []map[string]string
	for _, id := range ids {
		regions = append(regions, map[string]string{"RegionId": id, "LocalName": id, "RegionEndpoint": "ecs." + id + ".aliyuncs.com", "Status": "available"})
	}
	writeJSON(w, map[string]any{"RequestId": "C1B2A3D4-0000-4000-8000-000000000004", "Regions": map[string]any{"Region": regions}})
}

func (s *Server) describeInstanceTypes(w http.ResponseWriter, params url.Values, types []Type) {
	max := 100
	if v := params.Get("MaxResults"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			writeError(w, http.StatusBadRequest, "InvalidParameter", "The specified parameter MaxResults is not valid.")
			return
		}
		max = n
	}
	families := map[string]bool{}
	for _, f := range list(params, "InstanceTypeFamilies") {
		families[f] = true
	}
	if len(families) > 10 {
		writeError(w, http.StatusBadRequest, "InvalidParameter", "The specified parameter InstanceTypeFamilies is not valid.")
		return
	}
	var matching []Type
	for _, t := range types {
		if len(families) == 0 || families[t.InstanceTypeFamily] {
			matching = append(matching, t)
		}
	}
	if s.b.PageSize > 0 {
		max = min(max, s.b.PageSize)
	}
	start := 0
	if tok := params.Get("NextToken"); tok != "" {
		tok, _, _ = strings.Cut(strings.TrimPrefix(tok, "e2VjczpgyXJ0"), "-")
		n, err := strconv.Atoi(tok)
		if err != nil || n < 0 || n > len(matching) {
			writeError(w, http.StatusBadRequest, "InvalidNextToken.Malformed", "The specified parameter NextToken is not valid.")
			return
		}
		start = n
	}
	end := min(start+max, len(matching))
	body := map[string]any{
		"RequestId":     "C1B2A3D4-0000-4000-8000-000000000001",
		"InstanceTypes": map[string]any{"InstanceType": matching[start:end]},
	}
	switch {
	case s.b.EndlessPages:
		s.mu.Lock()
		page := s.calls["DescribeInstanceTypes"]
		s.mu.Unlock()
		body["NextToken"] = "e2VjczpgyXJ0" + strconv.Itoa(start) + "-" + strconv.Itoa(page)
	case s.b.RepeatToken:
		body["NextToken"] = "e2VjczpgyXJ0" + "1"
	case end < len(matching):
		body["NextToken"] = "e2VjczpgyXJ0" + strconv.Itoa(end)
	default:
		body["NextToken"] = ""
	}
	writeJSON(w, body)
}

// describeAvailableResource answers region-wide: every zone, each type's
// Status and StatusCategory in it. A zone's own StatusCategory is
// WithStock when any type there has stock.
func (s *Server) describeAvailableResource(w http.ResponseWriter, params url.Values, region string, types []Type) {
	if params.Get("DestinationResource") != "InstanceType" {
		writeError(w, http.StatusBadRequest, "InvalidParameter", "The specified parameter DestinationResource is not valid.")
		return
	}
	byZone := map[string][]map[string]string{}
	for _, t := range types {
		for z, cat := range t.Zones {
			status := "Available"
			if cat == "WithoutStock" || cat == "ClosedWithoutStock" {
				status = "SoldOut"
			}
			byZone[z] = append(byZone[z], map[string]string{"Value": t.InstanceTypeId, "Status": status, "StatusCategory": cat})
		}
	}
	zones := make([]string, 0, len(byZone))
	for z := range byZone {
		zones = append(zones, z)
	}
	sort.Strings(zones)
	var list []any
	for _, z := range zones {
		res := byZone[z]
		sort.Slice(res, func(i, j int) bool { return res[i]["Value"] < res[j]["Value"] })
		zoneCat := "WithoutStock"
		for _, r := range res {
			if r["Status"] == "Available" {
				zoneCat = "WithStock"
			}
		}
		list = append(list, map[string]any{
			"ZoneId": z, "RegionId": region, "Status": "Available", "StatusCategory": zoneCat,
			"AvailableResources": map[string]any{"AvailableResource": []any{
				map[string]any{"Type": "InstanceType", "SupportedResources": map[string]any{"SupportedResource": res}},
			}},
		})
	}
	writeJSON(w, map[string]any{"RequestId": "C1B2A3D4-0000-4000-8000-000000000002", "AvailableZones": map[string]any{"AvailableZone": list}})
}

// describePrice prices a pay-as-you-go instance with its system disk: the
// total, and one DetailInfo per resource, as the API does. Without
// SystemDisk.Category the API prices an ultra disk (cloud_efficiency),
// which ESSD-only families refuse.
func (s *Server) describePrice(w http.ResponseWriter, params url.Values, types []Type) {
	name := params.Get("InstanceType")
	var t *Type
	for i := range types {
		if types[i].InstanceTypeId == name {
			t = &types[i]
		}
	}
	switch {
	case t == nil:
		writeError(w, http.StatusBadRequest, "InvalidInstanceType.ValueNotSupported", "The specified InstanceType does not exist or is not supported in this region.")
		return
	case t.RefuseCode != "":
		writeError(w, http.StatusBadRequest, t.RefuseCode, "The specified InstanceType is not supported for the specified charge type.")
		return
	}
	category := params.Get("SystemDisk.Category")
	if category == "" {
		category = "cloud_efficiency"
	}
	if t.ESSDOnly && !strings.HasPrefix(category, "cloud_essd") && category != "cloud_auto" {
		writeError(w, http.StatusBadRequest, "InvalidSystemDiskCategory.ValueNotSupported", "The specified parameter SystemDisk.Category is not valid.")
		return
	}
	size := 40.0
	if v := params.Get("SystemDisk.Size"); v != "" {
		size, _ = strconv.ParseFloat(v, 64)
	}
	disk := round(size * 0.003)
	total := round(t.Price + disk)
	details := []any{
		map[string]any{"Resource": "instanceType", "OriginalPrice": t.Price, "DiscountPrice": 0, "TradePrice": t.Price},
		map[string]any{"Resource": "systemDisk", "OriginalPrice": disk, "DiscountPrice": 0, "TradePrice": disk},
	}
	if s.b.TotalOnly {
		details = details[1:]
	}
	writeJSON(w, map[string]any{
		"RequestId": "C1B2A3D4-0000-4000-8000-000000000003",
		"PriceInfo": map[string]any{
			"Price": map[string]any{
				"OriginalPrice": total, "DiscountPrice": 0, "TradePrice": total, "Currency": "CNY",
				"DetailInfos": map[string]any{"DetailInfo": details},
			},
			"Rules": map[string]any{"Rule": []any{}},
		},
	})
}

func round(v float64) float64 { return float64(int64(v*10000+0.5)) / 10000 }
