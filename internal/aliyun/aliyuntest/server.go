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
	"io"
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

// Gbps is how the API encodes a bandwidth of n Gbit/s: Kbit/s, with
// 1 Gbit/s reported as 1,024,000 (the API reference's sample: 1 Gbit/s is
// 1024000, 20 Gbit/s is 20480000).
func Gbps(n float64) int64 { return int64(n * 1_024_000) }

// Type is an instance type as DescribeInstanceTypes reports it; the fields
// tagged "-" say where and how the fake sells it.
type Type struct {
	InstanceTypeId              string
	InstanceTypeFamily          string
	InstanceCategory            string
	CpuArchitecture             string
	CpuCoreCount                int
	MemorySize                  float64
	GPUAmount                   int
	GPUSpec                     string
	GPUMemorySize               float64 // per GPU; for a vGPU slice, the slice's
	InstanceBandwidthRx         int64
	InstanceBandwidthTx         int64
	InstancePpsRx               int64
	InstancePpsTx               int64
	EniQuantity                 int
	EniPrivateIpAddressQuantity int
	EniIpv6AddressQuantity      int
	PrimaryEniQueueNumber       int
	SecondaryEniQueueNumber     int
	EriQuantity                 int
	LocalStorageCapacity        int64      `json:",omitempty"`
	LocalStorageAmount          int        `json:",omitempty"`
	SupportedBootModes          *BootModes `json:",omitempty"`

	// Zones maps a zone to the StatusCategory DescribeAvailableResource
	// gives the type there: WithStock, ClosedWithStock, WithoutStock or
	// ClosedWithoutStock.
	Zones map[string]string `json:"-"`
	// Price is CNY per hour for the instance alone; 0: DescribePrice
	// refuses the type with RefuseCode.
	Price      float64 `json:"-"`
	RefuseCode string  `json:"-"`
	// ESSDOnly: the family takes only ESSD disks, so DescribePrice with
	// another system disk category (the API's default is an ultra disk)
	// is refused with InvalidSystemDiskCategory.ValueNotSupported.
	ESSDOnly bool `json:"-"`
}

// BootModes is the API's list of boot modes.
type BootModes struct {
	SupportedBootMode []string
}

var (
	both = &BootModes{SupportedBootMode: []string{"BIOS", "UEFI"}}
	uefi = &BootModes{SupportedBootMode: []string{"UEFI"}}
)

const (
	gpuCategory    = "Compute-optimized with GPU"
	visualCategory = "Visual Compute-optimized"
	bareMetal      = "ECS Bare Metal"
)

// Hangzhou are the types of cn-hangzhou: whole GPUs, vGPU slices (one
// "GPU" each, with the slice's memory), an A100 with 80 GB, a bare-metal
// type, an ARM type no longer sold, ESSD-only types, a slice whose card
// the API does not name, a type DescribePrice refuses, a type the
// documents lack, and a type with no GPU, which a sync must leave out. Figures are those of Alibaba Cloud's pages.
func Hangzhou() []Type {
	return []Type{
		{InstanceTypeId: "ecs.gn7i-c8g1.2xlarge", InstanceTypeFamily: "ecs.gn7i", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 8, MemorySize: 30,
			GPUAmount: 1, GPUSpec: "NVIDIA A10", GPUMemorySize: 24, InstanceBandwidthRx: Gbps(16), InstanceBandwidthTx: Gbps(16), InstancePpsRx: 1_600_000, InstancePpsTx: 1_600_000,
			EniQuantity: 4, EniPrivateIpAddressQuantity: 15, EniIpv6AddressQuantity: 15, PrimaryEniQueueNumber: 8, SecondaryEniQueueNumber: 8, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-h": "WithStock", "cn-hangzhou-i": "WithStock", "cn-hangzhou-j": "WithoutStock"}, Price: 11.85},
		{InstanceTypeId: "ecs.gn7i-c32g1.32xlarge", InstanceTypeFamily: "ecs.gn7i", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 128, MemorySize: 752,
			GPUAmount: 4, GPUSpec: "NVIDIA A10", GPUMemorySize: 24, InstanceBandwidthRx: Gbps(64), InstanceBandwidthTx: Gbps(64), InstancePpsRx: 24_000_000, InstancePpsTx: 24_000_000,
			EniQuantity: 15, EniPrivateIpAddressQuantity: 30, EniIpv6AddressQuantity: 30, PrimaryEniQueueNumber: 32, SecondaryEniQueueNumber: 16, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-i": "WithStock", "cn-hangzhou-h": "WithoutStock"}, Price: 98.1},
		{InstanceTypeId: "ecs.sgn7i-vws-m2.xlarge", InstanceTypeFamily: "ecs.sgn7i-vws", InstanceCategory: visualCategory, CpuArchitecture: "X86", CpuCoreCount: 4, MemorySize: 15.5,
			GPUAmount: 1, GPUSpec: "NVIDIA A10", GPUMemorySize: 2, InstanceBandwidthRx: Gbps(1.5), InstanceBandwidthTx: Gbps(1.5), InstancePpsRx: 500_000, InstancePpsTx: 500_000,
			EniQuantity: 2, EniPrivateIpAddressQuantity: 2, EniIpv6AddressQuantity: 1, PrimaryEniQueueNumber: 4, SecondaryEniQueueNumber: 2, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-h": "WithStock"}, Price: 2.32},
		{InstanceTypeId: "ecs.gn7e-c16g1.4xlarge", InstanceTypeFamily: "ecs.gn7e", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 16, MemorySize: 125,
			GPUAmount: 1, GPUSpec: "NVIDIA A100", GPUMemorySize: 80, InstanceBandwidthRx: Gbps(8), InstanceBandwidthTx: Gbps(8), InstancePpsRx: 3_000_000, InstancePpsTx: 3_000_000,
			EniQuantity: 8, EniPrivateIpAddressQuantity: 10, EniIpv6AddressQuantity: 1, PrimaryEniQueueNumber: 8, SecondaryEniQueueNumber: 8, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-i": "ClosedWithStock"}, Price: 34.74},
		{InstanceTypeId: "ecs.ebmgn7i.32xlarge", InstanceTypeFamily: "ecs.ebmgn7i", InstanceCategory: bareMetal, CpuArchitecture: "X86", CpuCoreCount: 128, MemorySize: 768,
			GPUAmount: 4, GPUSpec: "NVIDIA A10", GPUMemorySize: 24, InstanceBandwidthRx: Gbps(64), InstanceBandwidthTx: Gbps(64), InstancePpsRx: 24_000_000, InstancePpsTx: 24_000_000,
			EniQuantity: 32, EniPrivateIpAddressQuantity: 10, EniIpv6AddressQuantity: 1, PrimaryEniQueueNumber: 32, SecondaryEniQueueNumber: 32, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-h": "WithoutStock"}, Price: 112.4},
		{InstanceTypeId: "ecs.gn8is.2xlarge", InstanceTypeFamily: "ecs.gn8is", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 8, MemorySize: 64,
			GPUAmount: 1, GPUSpec: "NVIDIA L20", GPUMemorySize: 48, InstanceBandwidthRx: Gbps(8), InstanceBandwidthTx: Gbps(8), InstancePpsRx: 1_600_000, InstancePpsTx: 1_600_000,
			EniQuantity: 4, EniPrivateIpAddressQuantity: 15, EniIpv6AddressQuantity: 15, PrimaryEniQueueNumber: 8, SecondaryEniQueueNumber: 8, EriQuantity: 1, SupportedBootModes: uefi,
			Zones: map[string]string{"cn-hangzhou-j": "WithStock"}, Price: 17.52, ESSDOnly: true},
		{InstanceTypeId: "ecs.gn7r-c16g1.4xlarge", InstanceTypeFamily: "ecs.gn7r", InstanceCategory: gpuCategory, CpuArchitecture: "ARM", CpuCoreCount: 16, MemorySize: 64,
			GPUAmount: 1, GPUSpec: "NVIDIA A16", GPUMemorySize: 16, InstanceBandwidthRx: Gbps(8), InstanceBandwidthTx: Gbps(8), InstancePpsRx: 3_000_000, InstancePpsTx: 3_000_000,
			EniQuantity: 8, EniPrivateIpAddressQuantity: 15, EniIpv6AddressQuantity: 1, PrimaryEniQueueNumber: 8, SecondaryEniQueueNumber: 8, SupportedBootModes: uefi,
			Zones: map[string]string{"cn-hangzhou-h": "ClosedWithoutStock"}, Price: 9.4},
		// A contact-sales type whose card the API does not name: it
		// counts as a GPU type by its GPUAmount, and DescribePrice will
		// not price it by the hour.
		{InstanceTypeId: "ecs.gn8v.4xlarge", InstanceTypeFamily: "ecs.gn8v", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 16, MemorySize: 96,
			GPUAmount: 1, GPUMemorySize: 96, InstanceBandwidthRx: Gbps(12), InstanceBandwidthTx: Gbps(12), InstancePpsRx: 3_000_000, InstancePpsTx: 3_000_000,
			EniQuantity: 8, EniPrivateIpAddressQuantity: 30, EniIpv6AddressQuantity: 30, PrimaryEniQueueNumber: 16, SecondaryEniQueueNumber: 16, EriQuantity: 2, SupportedBootModes: uefi,
			Zones: map[string]string{"cn-hangzhou-k": "WithStock"}, RefuseCode: "InvalidInstanceType.ValueNotSupported", ESSDOnly: true},
		{InstanceTypeId: "ecs.sgn8ia-m2.xlarge", InstanceTypeFamily: "ecs.sgn8ia", InstanceCategory: visualCategory, CpuArchitecture: "X86", CpuCoreCount: 4, MemorySize: 16,
			GPUAmount: 1, GPUMemorySize: 2, InstanceBandwidthRx: Gbps(2.5), InstanceBandwidthTx: Gbps(2.5), InstancePpsRx: 1_000_000, InstancePpsTx: 1_000_000,
			EniQuantity: 4, EniPrivateIpAddressQuantity: 15, EniIpv6AddressQuantity: 15, PrimaryEniQueueNumber: 4, SecondaryEniQueueNumber: 4, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-j": "WithStock"}, Price: 3.05, ESSDOnly: true},
		{InstanceTypeId: "ecs.gn6i-c4g1.xlarge", InstanceTypeFamily: "ecs.gn6i", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 4, MemorySize: 15,
			GPUAmount: 1, GPUSpec: "NVIDIA T4", GPUMemorySize: 16, InstanceBandwidthRx: Gbps(4), InstanceBandwidthTx: Gbps(4), InstancePpsRx: 2_500_000, InstancePpsTx: 2_500_000,
			EniQuantity: 2, EniPrivateIpAddressQuantity: 10, EniIpv6AddressQuantity: 1, PrimaryEniQueueNumber: 2, SecondaryEniQueueNumber: 2, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-h": "WithStock", "cn-hangzhou-i": "WithStock"}, Price: 8.7},
		// A size the documents do not list, in a family they do.
		{InstanceTypeId: "ecs.gn7i-c16g1.8xlarge", InstanceTypeFamily: "ecs.gn7i", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 32, MemorySize: 120,
			GPUAmount: 2, GPUSpec: "NVIDIA A10", GPUMemorySize: 24, InstanceBandwidthRx: Gbps(20), InstanceBandwidthTx: Gbps(20), InstancePpsRx: 3_000_000, InstancePpsTx: 3_000_000,
			EniQuantity: 8, EniPrivateIpAddressQuantity: 30, EniIpv6AddressQuantity: 30, PrimaryEniQueueNumber: 16, SecondaryEniQueueNumber: 8, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-i": "WithStock"}, Price: 40.2},
		// No GPU: DescribeInstanceTypes returns every type; a sync keeps
		// only those with a GPU.
		{InstanceTypeId: "ecs.g7.large", InstanceTypeFamily: "ecs.g7", InstanceCategory: "General-purpose", CpuArchitecture: "X86", CpuCoreCount: 2, MemorySize: 8,
			InstanceBandwidthRx: Gbps(2), InstanceBandwidthTx: Gbps(2), InstancePpsRx: 900_000, InstancePpsTx: 900_000, EniQuantity: 3, EniPrivateIpAddressQuantity: 6,
			EniIpv6AddressQuantity: 1, PrimaryEniQueueNumber: 2, SecondaryEniQueueNumber: 2, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-h": "WithStock"}, Price: 0.46},
	}
}

// Beijing are the types of cn-beijing: fewer, with other stock and prices.
func Beijing() []Type {
	pick := func(name string, zones map[string]string, price float64) Type {
		for _, t := range Hangzhou() {
			if t.InstanceTypeId == name {
				t.Zones, t.Price = zones, price
				return t
			}
		}
		panic("no type " + name)
	}
	return []Type{
		pick("ecs.gn7i-c8g1.2xlarge", map[string]string{"cn-beijing-g": "WithStock", "cn-beijing-h": "WithStock"}, 12.4),
		pick("ecs.gn6i-c4g1.xlarge", map[string]string{"cn-beijing-g": "WithStock"}, 8.1),
		pick("ecs.g7.large", map[string]string{"cn-beijing-h": "WithStock"}, 0.48),
	}
}

// Synthetic is n GPU types of a made-up family in one zone of region, all
// with prices: what the price benchmark syncs.
func Synthetic(region string, n int) []Type {
	out := make([]Type, n)
	for i := range out {
		t := Hangzhou()[0]
		t.InstanceTypeId = fmt.Sprintf("ecs.gnbench-c%dg1.xlarge", i+1)
		t.InstanceTypeFamily = "ecs.gnbench"
		t.Zones = map[string]string{region + "-a": "WithStock"}
		t.Price = 1 + float64(i)/100
		out[i] = t
	}
	return out
}

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
