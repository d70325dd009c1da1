// Package aliyun is the only code that speaks to the Alibaba Cloud API,
// through the official ECS SDK. It implements catalog.Source: GPU instance
// types (every page), the zones with stock, and pay-as-you-go prices.
package aliyun

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	openapiutil "github.com/alibabacloud-go/darabonba-openapi/v2/utils"
	ecs "github.com/alibabacloud-go/ecs-20140526/v7/client"
	"github.com/alibabacloud-go/tea/dara"
	"github.com/aliyun/credentials-go/credentials"

	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// pageSize is the most DescribeInstanceTypes returns per page.
const pageSize = 100

// ErrNoCredentials is returned when the default credential chain finds
// nothing to sign with.
var ErrNoCredentials = errors.New("no Alibaba Cloud credentials")

// Credential finds credentials with the SDK's default chain: the
// ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET
// variables, OIDC, the aliyun CLI's profile, the ECS instance RAM role
// (unless ALIBABA_CLOUD_ECS_METADATA_DISABLED=true), a credentials URI.
// It resolves them once, so that a missing credential is reported before
// any request; the secret stays inside the SDK.
func Credential() (credentials.Credential, error) {
	cred, err := credentials.NewCredential(nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoCredentials, err)
	}
	model, err := cred.GetCredential()
	if err != nil || model == nil || (dara.StringValue(model.AccessKeyId) == "" && dara.StringValue(model.BearerToken) == "") {
		return nil, ErrNoCredentials
	}
	return cred, nil
}

// Config is how to reach the API.
type Config struct {
	Region     string
	Endpoint   string // empty: the SDK's endpoint for the region
	Credential credentials.Credential
}

// Client is a catalog.Source backed by the ECS SDK. It is safe for
// concurrent use: the SDK's client is not (each call writes its debug
// headers), so each call borrows one of its own from a pool.
type Client struct {
	cfg    *openapiutil.Config
	pool   sync.Pool
	region string
}

// New makes a client.
func New(cfg Config) (*Client, error) {
	oc := &openapiutil.Config{RegionId: dara.String(cfg.Region), Credential: cfg.Credential}
	if cfg.Endpoint != "" {
		protocol, host, err := ParseEndpoint(cfg.Endpoint)
		if err != nil {
			return nil, err
		}
		oc.Protocol, oc.Endpoint = dara.String(protocol), dara.String(host)
	}
	oc.HttpClient = sharedHTTP
	c := &Client{cfg: oc, region: cfg.Region}
	// One now, so that a bad configuration is an error here.
	first, err := c.newECS()
	if err != nil {
		return nil, err
	}
	c.pool.Put(first)
	return c, nil
}

func (c *Client) newECS() (*ecs.Client, error) {
	e, err := ecs.NewClient(c.cfg)
	if err != nil {
		return nil, err
	}
	// Typed errors, not the SDK's flattened ones, so that throttling,
	// server and client errors can be told apart.
	e.Client.DisableSDKError = dara.Bool(true)
	return e, nil
}

// sdk runs one SDK call with an SDK client no other call is using.
func sdk[T any](c *Client, f func(*ecs.Client) (T, error)) (T, error) {
	e, _ := c.pool.Get().(*ecs.Client)
	if e == nil {
		var err error
		if e, err = c.newECS(); err != nil {
			var zero T
			return zero, err
		}
	}
	defer c.pool.Put(e)
	return f(e)
}

// runtime sets the SDK's own timeouts a little past the context's
// deadline: the context ends a request that never answers, and says it was
// the deadline; the SDK's timeouts only back it up.
func runtime(ctx context.Context) *dara.RuntimeOptions {
	rt := &dara.RuntimeOptions{}
	if dl, ok := ctx.Deadline(); ok {
		ms := int(time.Until(dl).Milliseconds()) + 5000
		rt.ReadTimeout, rt.ConnectTimeout = dara.Int(ms), dara.Int(ms)
	}
	return rt
}

// retries is how often a throttled call is tried again; the pauses
// double from backoff, with jitter, so that concurrent calls do not retry
// in step.
const retries = 4

// backoff is the first pause before a throttled call is tried again; a
// variable so that tests need not wait.
var backoff = 200 * time.Millisecond

// call runs one API call, retrying a throttled one (any Throttling* code)
// after a pause that doubles each time.
func call[T any](ctx context.Context, action string, do func() (T, error)) (T, error) {
	var zero T
	for attempt := 0; ; attempt++ {
		v, err := do()
		if err == nil {
			return v, nil
		}
		apiErr := classify(ctx, action, err)
		if apiErr.Kind != catalog.ErrThrottled || attempt == retries {
			return zero, apiErr
		}
		pause := backoff << attempt
		pause += time.Duration(rand.Int64N(int64(pause) / 2))
		select {
		case <-ctx.Done():
			return zero, classify(ctx, action, ctx.Err())
		case <-time.After(pause):
		}
	}
}

// classify turns the SDK's errors into catalog.APIError.
func classify(ctx context.Context, action string, err error) *catalog.APIError {
	e := &catalog.APIError{Action: action, Err: err}
	var thr *openapi.ThrottlingError
	var cli *openapi.ClientError
	var srv *openapi.ServerError
	var netErr net.Error
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.Is(err, ErrBodyTooLarge) || strings.Contains(err.Error(), ErrBodyTooLarge.Error()):
		e.Kind, e.Code = catalog.ErrMalformed, "BodyTooLarge"
	case errors.As(err, &thr):
		e.Kind, e.Status, e.Code, e.Message, e.RequestID = catalog.ErrThrottled, dara.IntValue(thr.StatusCode), dara.StringValue(thr.Code), dara.StringValue(thr.Message), dara.StringValue(thr.RequestId)
	case errors.As(err, &cli):
		e.Kind, e.Status, e.Code, e.Message, e.RequestID = catalog.ErrClient, dara.IntValue(cli.StatusCode), dara.StringValue(cli.Code), dara.StringValue(cli.Message), dara.StringValue(cli.RequestId)
		switch {
		case strings.HasPrefix(e.Code, "Throttling"):
			e.Kind = catalog.ErrThrottled
		case strings.HasPrefix(e.Code, "InvalidAccessKeyId") || strings.HasPrefix(e.Code, "SignatureDoesNotMatch") || e.Code == "Forbidden.RAM" || e.Status == 401:
			e.Kind = catalog.ErrAuth
		}
	case errors.As(err, &srv):
		e.Kind, e.Status, e.Code, e.Message, e.RequestID = catalog.ErrServer, dara.IntValue(srv.StatusCode), dara.StringValue(srv.Code), dara.StringValue(srv.Message), dara.StringValue(srv.RequestId)
		if strings.HasPrefix(e.Code, "Throttling") {
			e.Kind = catalog.ErrThrottled
		}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.As(err, &syntaxErr), errors.As(err, &typeErr):
		// A body cut short or not JSON at all.
		e.Kind = catalog.ErrMalformed
	case ctx.Err() != nil, errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled), errors.As(err, &netErr):
		e.Kind = catalog.ErrUnreachable
		if ctx.Err() != nil {
			e.Err = ctx.Err()
		}
	default:
		// What is left is a body the SDK could not read as JSON, or a
		// connection that failed in another way.
		msg := err.Error()
		if strings.Contains(msg, "connect") || strings.Contains(msg, "EOF") || strings.Contains(msg, "timeout") {
			e.Kind = catalog.ErrUnreachable
		} else {
			e.Kind = catalog.ErrMalformed
		}
	}
	// What the server says is outside data: its control characters are
	// written out, never sent to the terminal.
	// An error without a body has no code (the SDK writes "<nil>").
	for _, v := range []*string{&e.Code, &e.RequestID, &e.Message} {
		if *v == "<nil>" {
			*v = ""
		}
	}
	e.Code, e.RequestID = specs.EscapeControl(e.Code), specs.EscapeControl(e.RequestID)
	e.Message = specs.EscapeControl(plainMessage(e.Message))
	return e
}

// plainMessage is the API's own message, without what the SDK wraps it in
// ("code: 400, … request id: …").
func plainMessage(m string) string {
	if strings.HasPrefix(m, "code: ") {
		if i := strings.Index(m, ", "); i > 0 {
			m = m[i+2:]
		}
	}
	if i := strings.LastIndex(m, " request id: "); i >= 0 {
		m = m[:i]
	}
	return strings.TrimSpace(m)
}

// MaxPages bounds the pages of DescribeInstanceTypes a sync follows:
// 50,000 types at 100 a page, where Alibaba Cloud has about a thousand.
const MaxPages = 500

// maxFamilies is the most InstanceTypeFamilies one DescribeInstanceTypes
// takes.
const maxFamilies = 10

// InstanceTypes lists every instance type of the region, following
// NextToken to the last page; with families, in groups of ten, the most a
// request takes. It asks for no category: bare-metal GPU types are in the
// category "ECS Bare Metal", not a GPU one, so the caller keeps the types
// with a GPU.
func (c *Client) InstanceTypes(ctx context.Context, families []string, page func(pages int, types []catalog.APIType)) ([]catalog.APIType, error) {
	var groups [][]string
	for i := 0; i < len(families); i += maxFamilies {
		group := families[i:min(i+maxFamilies, len(families))]
		fams := make([]string, len(group))
		for j, f := range group {
			fams[j] = "ecs." + strings.TrimPrefix(strings.ToLower(f), "ecs.")
		}
		groups = append(groups, fams)
	}
	if len(groups) == 0 {
		groups = [][]string{nil}
	}
	var out []catalog.APIType
	pages := 0
	for _, fams := range groups {
		seen := map[string]bool{}
		token := ""
		for {
			req := &ecs.DescribeInstanceTypesRequest{
				MaxResults: dara.Int64(pageSize),
			}
			if fams != nil {
				req.InstanceTypeFamilies = dara.StringSlice(fams)
			}
			if token != "" {
				req.NextToken = dara.String(token)
			}
			resp, err := call(ctx, "DescribeInstanceTypes", func() (*ecs.DescribeInstanceTypesResponse, error) {
				return sdk(c, func(e *ecs.Client) (*ecs.DescribeInstanceTypesResponse, error) {
					return e.DescribeInstanceTypesWithContext(ctx, req, runtime(ctx))
				})
			})
			if err != nil {
				return nil, err
			}
			if resp == nil || resp.Body == nil {
				return nil, &catalog.APIError{Kind: catalog.ErrMalformed, Action: "DescribeInstanceTypes"}
			}
			first := len(out)
			if its := resp.Body.InstanceTypes; its != nil {
				for _, t := range its.InstanceType {
					if t != nil && dara.StringValue(t.InstanceTypeId) != "" {
						out = append(out, apiType(t))
					}
				}
			}
			pages++
			page(pages, out[first:len(out):len(out)])
			token = dara.StringValue(resp.Body.NextToken)
			if token == "" {
				break
			}
			if pages >= MaxPages {
				return nil, &catalog.APIError{Kind: catalog.ErrMalformed, Action: "DescribeInstanceTypes", Code: "TooManyPages",
					Message: strconv.Itoa(MaxPages)}
			}
			if seen[token] {
				return nil, &catalog.APIError{Kind: catalog.ErrMalformed, Action: "DescribeInstanceTypes", Code: "RepeatedNextToken",
					Message: token}
			}
			seen[token] = true
		}
	}
	return out, nil
}

func apiType(t *ecs.DescribeInstanceTypesResponseBodyInstanceTypesInstanceType) catalog.APIType {
	a := catalog.APIType{
		InstanceTypeID:       dara.StringValue(t.InstanceTypeId),
		Family:               dara.StringValue(t.InstanceTypeFamily),
		Category:             dara.StringValue(t.InstanceCategory),
		CPUArchitecture:      dara.StringValue(t.CpuArchitecture),
		CPUCoreCount:         int(dara.Int32Value(t.CpuCoreCount)),
		MemorySizeGiB:        f32(t.MemorySize),
		GPUAmount:            int(dara.Int32Value(t.GPUAmount)),
		GPUSpec:              dara.StringValue(t.GPUSpec),
		GPUMemorySizeGiB:     f32(t.GPUMemorySize),
		BandwidthRxKbps:      int64(dara.Int32Value(t.InstanceBandwidthRx)),
		BandwidthTxKbps:      int64(dara.Int32Value(t.InstanceBandwidthTx)),
		PPSRx:                dara.Int64Value(t.InstancePpsRx),
		ENIQuantity:          int(dara.Int32Value(t.EniQuantity)),
		ENIPrivateIPQuantity: int(dara.Int32Value(t.EniPrivateIpAddressQuantity)),
		ENIIPv6Quantity:      int(dara.Int32Value(t.EniIpv6AddressQuantity)),
		PrimaryENIQueues:     int(dara.Int32Value(t.PrimaryEniQueueNumber)),
		SecondaryENIQueues:   int(dara.Int32Value(t.SecondaryEniQueueNumber)),
		EriQuantity:          int(dara.Int32Value(t.EriQuantity)),
		LocalStorageGiB:      dara.Int64Value(t.LocalStorageCapacity),
		LocalStorageAmount:   int(dara.Int32Value(t.LocalStorageAmount)),
	}
	if m := t.SupportedBootModes; m != nil {
		a.BootModes = dara.StringSliceValue(m.SupportedBootMode)
	}
	return a
}

// Availability asks DescribeAvailableResource, once for the whole region,
// for each instance type's StatusCategory in each zone: I/O optimised,
// pay-as-you-go instances, as terraform and karpenter ask it.
func (c *Client) Availability(ctx context.Context) (map[string][]catalog.ZoneStatus, error) {
	req := &ecs.DescribeAvailableResourceRequest{
		RegionId:            dara.String(c.region),
		DestinationResource: dara.String("InstanceType"),
		IoOptimized:         dara.String("optimized"),
		InstanceChargeType:  dara.String("PostPaid"),
	}
	resp, err := call(ctx, "DescribeAvailableResource", func() (*ecs.DescribeAvailableResourceResponse, error) {
		return sdk(c, func(e *ecs.Client) (*ecs.DescribeAvailableResourceResponse, error) {
			return e.DescribeAvailableResourceWithContext(ctx, req, runtime(ctx))
		})
	})
	if err != nil {
		return nil, err
	}
	out := map[string][]catalog.ZoneStatus{}
	if resp == nil || resp.Body == nil || resp.Body.AvailableZones == nil {
		return out, nil
	}
	for _, z := range resp.Body.AvailableZones.AvailableZone {
		if z == nil || z.AvailableResources == nil {
			continue
		}
		zone := dara.StringValue(z.ZoneId)
		for _, r := range z.AvailableResources.AvailableResource {
			if r == nil || r.SupportedResources == nil || dara.StringValue(r.Type) != "InstanceType" {
				continue
			}
			for _, s := range r.SupportedResources.SupportedResource {
				if s == nil || dara.StringValue(s.Value) == "" {
					continue
				}
				name := dara.StringValue(s.Value)
				out[name] = append(out[name], catalog.ZoneStatus{Zone: zone, Category: statusCategory(s.StatusCategory, s.Status)})
			}
		}
	}
	return out, nil
}

// statusCategory is a resource's StatusCategory; an answer without one
// is read from its Status (Available is in stock, SoldOut is not).
func statusCategory(category, status *string) string {
	if c := dara.StringValue(category); c != "" {
		return c
	}
	switch dara.StringValue(status) {
	case "Available":
		return "WithStock"
	case "SoldOut":
		return "WithoutStock"
	}
	return ""
}

// systemDisk is the disk a price is asked with: ESSD, which every family
// takes (the newest take only ESSD, and refuse the API's default disk).
const (
	systemDiskCategory = "cloud_essd"
	systemDiskGiB      = 40
)

// Price asks DescribePrice for a type's pay-as-you-go price per hour, with
// an ESSD system disk, and reads the instance's own price from the
// "instanceType" line of DetailInfos (the total adds the disk's).
func (c *Client) Price(ctx context.Context, instanceType string) (catalog.Price, error) {
	req := &ecs.DescribePriceRequest{
		RegionId:     dara.String(c.region),
		ResourceType: dara.String("instance"),
		InstanceType: dara.String(instanceType),
		PriceUnit:    dara.String("Hour"),
		Period:       dara.Int32(1),
		SystemDisk:   &ecs.DescribePriceRequestSystemDisk{Category: dara.String(systemDiskCategory), Size: dara.Int32(systemDiskGiB)},
	}
	resp, err := call(ctx, "DescribePrice", func() (*ecs.DescribePriceResponse, error) {
		return sdk(c, func(e *ecs.Client) (*ecs.DescribePriceResponse, error) {
			return e.DescribePriceWithContext(ctx, req, runtime(ctx))
		})
	})
	if err != nil {
		return catalog.Price{}, err
	}
	if resp == nil || resp.Body == nil || resp.Body.PriceInfo == nil || resp.Body.PriceInfo.Price == nil {
		return catalog.Price{}, &catalog.APIError{Kind: catalog.ErrMalformed, Action: "DescribePrice"}
	}
	p := resp.Body.PriceInfo.Price
	out := catalog.Price{Currency: dara.StringValue(p.Currency)}
	found := false
	if d := p.DetailInfos; d != nil {
		for _, line := range d.DetailInfo {
			switch dara.StringValue(line.Resource) {
			case "instanceType":
				out.PerHour, found = f32(line.TradePrice), true
			case "systemDisk":
				out.DiskPerHour = f32(line.TradePrice)
			}
		}
	}
	switch {
	case found:
	case p.TradePrice != nil:
		// No instanceType line: the total less the disk's, the nearest
		// the answer comes to the instance's own price.
		out.PerHour = math.Round((f32(p.TradePrice)-out.DiskPerHour)*1e4) / 1e4
	default:
		return catalog.Price{}, &catalog.APIError{Kind: catalog.ErrMalformed, Action: "DescribePrice", Code: "NoInstanceTypePrice", Message: instanceType}
	}
	return out, nil
}

// Regions lists the regions the account can use (DescribeRegions).
func (c *Client) Regions(ctx context.Context) ([]string, error) {
	req := &ecs.DescribeRegionsRequest{InstanceChargeType: dara.String("PostPaid"), ResourceType: dara.String("instance")}
	resp, err := call(ctx, "DescribeRegions", func() (*ecs.DescribeRegionsResponse, error) {
		return sdk(c, func(e *ecs.Client) (*ecs.DescribeRegionsResponse, error) {
			return e.DescribeRegionsWithContext(ctx, req, runtime(ctx))
		})
	})
	if err != nil {
		return nil, err
	}
	var out []string
	if resp != nil && resp.Body != nil && resp.Body.Regions != nil {
		for _, r := range resp.Body.Regions.Region {
			id := dara.StringValue(r.RegionId)
			if id == "" {
				continue
			}
			// A region's ID names its cache file: one that is not an ID
			// is refused, not written to a path it makes up.
			if !catalog.ValidRegion(id) {
				return nil, &catalog.APIError{Kind: catalog.ErrMalformed, Action: "DescribeRegions", Code: "BadRegionId", Message: specs.EscapeControl(id)}
			}
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return nil, &catalog.APIError{Kind: catalog.ErrMalformed, Action: "DescribeRegions", Code: "NoRegions", Message: "no regions listed"}
	}
	return out, nil
}

// f32 widens the SDK's float32 figures by their shortest decimal form, so
// that 11.85 stays 11.85 instead of 11.850000381469727.
func f32(v *float32) float64 {
	if v == nil {
		return 0
	}
	f, _ := strconv.ParseFloat(strconv.FormatFloat(float64(*v), 'f', -1, 32), 64)
	return f
}
