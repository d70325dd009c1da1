// Package aliyuntest is a fake ECS API on 127.0.0.1 for tests: it answers
// DescribeInstanceTypes, DescribeAvailableResource and DescribePrice as the
// SDK calls them (POST, the action in the x-acs-action header, JSON bodies
// shaped like Alibaba Cloud's documented responses), and can fail the way
// the real one does.
package aliyuntest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Type is an instance type as the fake API reports it.
type Type struct {
	InstanceTypeId              string
	InstanceTypeFamily          string
	InstanceCategory            string
	CpuCoreCount                int
	MemorySize                  float64
	GPUAmount                   int
	GPUSpec                     string
	GPUMemorySize               float64
	InstanceBandwidthRx         int64
	InstancePpsRx               int64
	EniQuantity                 int
	EniPrivateIpAddressQuantity int
	PrimaryEniQueueNumber       int
	LocalStorageCapacity        int64    `json:",omitempty"`
	LocalStorageAmount          int      `json:",omitempty"`
	Zones                       []string `json:"-"`
	Price                       float64  `json:"-"` // CNY per hour; 0: the price API refuses it
}

// Types are four GPU types of a region: three families the document does
// not have and one type it does.
var Types = []Type{
	{InstanceTypeId: "ecs.gn7i-c8g1.2xlarge", InstanceTypeFamily: "ecs.gn7i", InstanceCategory: "Compute-optimized with GPU", CpuCoreCount: 8, MemorySize: 30, GPUAmount: 1, GPUSpec: "NVIDIA A10", GPUMemorySize: 24, InstanceBandwidthRx: 16 * 1024 * 1024, InstancePpsRx: 1_600_000, EniQuantity: 4, EniPrivateIpAddressQuantity: 15, PrimaryEniQueueNumber: 8, Zones: []string{"cn-hangzhou-i", "cn-hangzhou-j"}, Price: 11.85},
	{InstanceTypeId: "ecs.gn7i-c32g1.32xlarge", InstanceTypeFamily: "ecs.gn7i", InstanceCategory: "Compute-optimized with GPU", CpuCoreCount: 128, MemorySize: 752, GPUAmount: 4, GPUSpec: "NVIDIA A10", GPUMemorySize: 24, InstanceBandwidthRx: 64 * 1024 * 1024, InstancePpsRx: 24_000_000, EniQuantity: 15, EniPrivateIpAddressQuantity: 30, PrimaryEniQueueNumber: 32, Zones: []string{"cn-hangzhou-i"}, Price: 98.1},
	{InstanceTypeId: "ecs.sgn7i-vws-m4.xlarge", InstanceTypeFamily: "ecs.sgn7i-vws", InstanceCategory: "Visual Compute-optimized", CpuCoreCount: 4, MemorySize: 15.5, GPUAmount: 1, GPUSpec: "NVIDIA A10", GPUMemorySize: 6, InstanceBandwidthRx: 1536 * 1024, InstancePpsRx: 500_000, EniQuantity: 2, EniPrivateIpAddressQuantity: 2, PrimaryEniQueueNumber: 2, Zones: nil, Price: 0},
	{InstanceTypeId: "ecs.gn6i-c4g1.xlarge", InstanceTypeFamily: "ecs.gn6i", InstanceCategory: "Compute-optimized with GPU", CpuCoreCount: 4, MemorySize: 15, GPUAmount: 1, GPUSpec: "NVIDIA T4", GPUMemorySize: 16, InstanceBandwidthRx: 4 * 1024 * 1024, InstancePpsRx: 500_000, EniQuantity: 2, EniPrivateIpAddressQuantity: 10, PrimaryEniQueueNumber: 2, Zones: []string{"cn-hangzhou-h"}, Price: 8.7},
}

// Behaviour says how the fake fails.
type Behaviour struct {
	PageSize int // default 2, so that four types take two pages
	// Fail makes an action answer with this HTTP status and error code,
	// after FailAfter successful calls of that action.
	FailAction string
	FailStatus int
	FailCode   string
	FailAfter  int
	// Malformed makes an action answer 200 with a body that is not JSON.
	MalformedAction string
	// HangAction makes an action never answer (until the client gives up).
	HangAction string
	HangAfter  int
}

// Server is a running fake.
type Server struct {
	*httptest.Server
	Types []Type
	mu    sync.Mutex
	calls map[string]int
	seen  atomic.Int64
	// Headers records the x-acs-action and method of each request.
	Requests []string
}

// New starts a fake ECS API.
func New(b Behaviour) *Server {
	if b.PageSize <= 0 {
		b.PageSize = 2
	}
	s := &Server{Types: Types, calls: map[string]int{}}
	hang := make(chan struct{})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		action := r.Header.Get("x-acs-action")
		s.mu.Lock()
		n := s.calls[action]
		s.calls[action]++
		s.Requests = append(s.Requests, r.Method+" "+action)
		s.mu.Unlock()
		if r.Method != http.MethodPost || action == "" || r.Header.Get("Authorization") == "" {
			writeError(w, http.StatusBadRequest, "MissingParameter", "expected a signed POST with x-acs-action")
			return
		}
		if err := r.ParseForm(); err != nil {
			writeError(w, http.StatusBadRequest, "InvalidParameter", err.Error())
			return
		}
		switch {
		case action == b.HangAction && n >= b.HangAfter:
			select {
			case <-r.Context().Done():
			case <-hang:
			}
			return
		case action == b.FailAction && n >= b.FailAfter:
			writeError(w, b.FailStatus, b.FailCode, "the fake was told to fail")
			return
		case action == b.MalformedAction:
			w.Header().Set("Content-Type", "application/json;charset=utf-8")
			w.WriteHeader(http.StatusOK)
			fmt.Fprint(w, `{"RequestId": "5E2F", "InstanceTypes": {"InstanceType": [ {"InstanceTypeId": `)
			return
		}
		switch action {
		case "DescribeInstanceTypes":
			s.describeInstanceTypes(w, r, b.PageSize)
		case "DescribeAvailableResource":
			s.describeAvailableResource(w)
		case "DescribePrice":
			s.describePrice(w, r)
		default:
			writeError(w, http.StatusNotFound, "InvalidAction.NotFound", "unknown action "+action)
		}
	}))
	return s
}

// Calls reports how often an action was called.
func (s *Server) Calls(action string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[action]
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json;charset=utf-8")
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json;charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{
		"RequestId": "6B7C3E0A-1F2D-4E5A-9B8C-7D6E5F4A3B2C",
		"HostId":    "ecs.aliyuncs.com",
		"Code":      code,
		"Message":   msg,
		"Recommend": "https://api.aliyun.com/troubleshoot?q=" + code,
	})
}

// param reads a request parameter, wherever the SDK put it.
func param(r *http.Request, name string) string {
	if v := r.URL.Query().Get(name); v != "" {
		return v
	}
	return r.Form.Get(name)
}

func (s *Server) describeInstanceTypes(w http.ResponseWriter, r *http.Request, pageSize int) {
	families := map[string]bool{}
	for k, vs := range r.URL.Query() {
		if strings.HasPrefix(k, "InstanceTypeFamilies") {
			for _, v := range vs {
				families[v] = true
			}
		}
	}
	var matching []Type
	for _, t := range s.Types {
		if len(families) == 0 || families[t.InstanceTypeFamily] {
			matching = append(matching, t)
		}
	}
	start := 0
	if tok := param(r, "NextToken"); tok != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(tok, "page-"))
		if err != nil || n < 0 || n > len(matching) {
			writeError(w, http.StatusBadRequest, "InvalidNextToken.Malformed", "bad NextToken")
			return
		}
		start = n
	}
	end := min(start+pageSize, len(matching))
	body := map[string]any{
		"RequestId":     "C1B2A3D4-0000-4000-8000-000000000001",
		"InstanceTypes": map[string]any{"InstanceType": matching[start:end]},
	}
	if end < len(matching) {
		body["NextToken"] = "page-" + strconv.Itoa(end)
	}
	writeJSON(w, body)
}

func (s *Server) describeAvailableResource(w http.ResponseWriter) {
	byZone := map[string][]map[string]string{}
	var zones []string
	for _, t := range s.Types {
		for _, z := range t.Zones {
			if _, ok := byZone[z]; !ok {
				zones = append(zones, z)
			}
			byZone[z] = append(byZone[z], map[string]string{"Value": t.InstanceTypeId, "Status": "Available", "StatusCategory": "WithStock"})
		}
	}
	// A sold-out type, which must not count as stock.
	byZone["cn-hangzhou-h"] = append(byZone["cn-hangzhou-h"], map[string]string{"Value": "ecs.gn7i-c32g1.32xlarge", "Status": "SoldOut", "StatusCategory": "WithoutStock"})
	var list []any
	for _, z := range zones {
		list = append(list, map[string]any{
			"ZoneId": z, "RegionId": "cn-hangzhou", "Status": "Available", "StatusCategory": "WithStock",
			"AvailableResources": map[string]any{"AvailableResource": []any{
				map[string]any{"Type": "InstanceType", "SupportedResources": map[string]any{"SupportedResource": byZone[z]}},
			}},
		})
	}
	writeJSON(w, map[string]any{"RequestId": "C1B2A3D4-0000-4000-8000-000000000002", "AvailableZones": map[string]any{"AvailableZone": list}})
}

func (s *Server) describePrice(w http.ResponseWriter, r *http.Request) {
	name := param(r, "InstanceType")
	for _, t := range s.Types {
		if t.InstanceTypeId == name && t.Price > 0 {
			writeJSON(w, map[string]any{
				"RequestId": "C1B2A3D4-0000-4000-8000-000000000003",
				"PriceInfo": map[string]any{
					"Price": map[string]any{"OriginalPrice": t.Price, "DiscountPrice": 0, "TradePrice": t.Price, "Currency": "CNY"},
					"Rules": map[string]any{"Rule": []any{}},
				},
			})
			return
		}
	}
	writeError(w, http.StatusBadRequest, "InvalidInstanceType.ValueNotSupported", "The specified InstanceType is not sold by the hour.")
}
