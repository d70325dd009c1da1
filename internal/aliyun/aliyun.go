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
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	openapiutil "github.com/alibabacloud-go/darabonba-openapi/v2/utils"
	ecs "github.com/alibabacloud-go/ecs-20140526/v7/client"
	"github.com/alibabacloud-go/tea/dara"
	"github.com/aliyun/credentials-go/credentials"

	"github.com/gpuspec/gpuspec/internal/catalog"
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

// Config is how to reach the API.
type Config struct {
	Region     string
	Endpoint   string // empty: the SDK's endpoint for the region
	Credential credentials.Credential
}

// Client is a catalog.Source backed by the ECS SDK.
type Client struct {
	ecs    *ecs.Client
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
	c, err := ecs.NewClient(oc)
	if err != nil {
		return nil, err
	}
	// Typed errors, not the SDK's flattened ones, so that throttling,
	// server and client errors can be told apart.
	c.Client.DisableSDKError = dara.Bool(true)
	return &Client{ecs: c, region: cfg.Region}, nil
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

// call runs one API call, retrying a throttled one twice after a pause.
func call[T any](ctx context.Context, action string, do func() (T, error)) (T, error) {
	var zero T
	for attempt := 0; ; attempt++ {
		v, err := do()
		if err == nil {
			return v, nil
		}
		apiErr := classify(ctx, action, err)
		if apiErr.Kind != catalog.ErrThrottled || attempt == 2 {
			return zero, apiErr
		}
		select {
		case <-ctx.Done():
			return zero, classify(ctx, action, ctx.Err())
		case <-time.After(time.Duration(attempt+1) * 500 * time.Millisecond):
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
	case errors.As(err, &thr):
		e.Kind, e.Status, e.Code, e.RequestID = catalog.ErrThrottled, dara.IntValue(thr.StatusCode), dara.StringValue(thr.Code), dara.StringValue(thr.RequestId)
	case errors.As(err, &cli):
		e.Kind, e.Status, e.Code, e.RequestID = catalog.ErrClient, dara.IntValue(cli.StatusCode), dara.StringValue(cli.Code), dara.StringValue(cli.RequestId)
		if strings.HasPrefix(e.Code, "InvalidAccessKeyId") || strings.HasPrefix(e.Code, "SignatureDoesNotMatch") || e.Code == "Forbidden.RAM" || e.Status == 401 {
			e.Kind = catalog.ErrAuth
		}
	case errors.As(err, &srv):
		e.Kind, e.Status, e.Code, e.RequestID = catalog.ErrServer, dara.IntValue(srv.StatusCode), dara.StringValue(srv.Code), dara.StringValue(srv.RequestId)
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
	return e
}

// InstanceTypes lists the GPU types, following NextToken to the last page.
func (c *Client) InstanceTypes(ctx context.Context, families []string, page func(pages, types int)) ([]catalog.APIType, error) {
	var out []catalog.APIType
	token := ""
	for pages := 1; ; pages++ {
		req := &ecs.DescribeInstanceTypesRequest{
			InstanceCategories: dara.StringSlice(catalog.GPUCategories()),
			MaxResults:         dara.Int64(pageSize),
		}
		if len(families) > 0 {
			fams := make([]string, len(families))
			for i, f := range families {
				fams[i] = "ecs." + strings.TrimPrefix(strings.ToLower(f), "ecs.")
			}
			req.InstanceTypeFamilies = dara.StringSlice(fams)
		}
		if token != "" {
			req.NextToken = dara.String(token)
		}
		resp, err := call(ctx, "DescribeInstanceTypes", func() (*ecs.DescribeInstanceTypesResponse, error) {
			return c.ecs.DescribeInstanceTypesWithContext(ctx, req, runtime(ctx))
		})
		if err != nil {
			return nil, err
		}
		if resp == nil || resp.Body == nil {
			return nil, &catalog.APIError{Kind: catalog.ErrMalformed, Action: "DescribeInstanceTypes"}
		}
		if its := resp.Body.InstanceTypes; its != nil {
			for _, t := range its.InstanceType {
				if t == nil || dara.StringValue(t.InstanceTypeId) == "" {
					continue
				}
				out = append(out, catalog.APIType{
					InstanceTypeID:       dara.StringValue(t.InstanceTypeId),
					Family:               dara.StringValue(t.InstanceTypeFamily),
					Category:             dara.StringValue(t.InstanceCategory),
					CPUCoreCount:         int(dara.Int32Value(t.CpuCoreCount)),
					MemorySizeGiB:        f32(t.MemorySize),
					GPUAmount:            int(dara.Int32Value(t.GPUAmount)),
					GPUSpec:              dara.StringValue(t.GPUSpec),
					GPUMemorySizeGiB:     f32(t.GPUMemorySize),
					BandwidthRxKbps:      int64(dara.Int32Value(t.InstanceBandwidthRx)),
					PPSRx:                dara.Int64Value(t.InstancePpsRx),
					ENIQuantity:          int(dara.Int32Value(t.EniQuantity)),
					ENIPrivateIPQuantity: int(dara.Int32Value(t.EniPrivateIpAddressQuantity)),
					PrimaryENIQueues:     int(dara.Int32Value(t.PrimaryEniQueueNumber)),
					LocalStorageGiB:      dara.Int64Value(t.LocalStorageCapacity),
					LocalStorageAmount:   int(dara.Int32Value(t.LocalStorageAmount)),
				})
			}
		}
		page(pages, len(out))
		token = dara.StringValue(resp.Body.NextToken)
		if token == "" {
			return out, nil
		}
	}
}

// Zones lists, per instance type, the zones of the region that have it in
// stock (DescribeAvailableResource, for pay-as-you-go instances).
func (c *Client) Zones(ctx context.Context) (map[string][]string, error) {
	req := &ecs.DescribeAvailableResourceRequest{
		RegionId:            dara.String(c.region),
		DestinationResource: dara.String("InstanceType"),
		InstanceChargeType:  dara.String("PostPaid"),
	}
	resp, err := call(ctx, "DescribeAvailableResource", func() (*ecs.DescribeAvailableResourceResponse, error) {
		return c.ecs.DescribeAvailableResourceWithContext(ctx, req, runtime(ctx))
	})
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
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
				if s != nil && dara.StringValue(s.Status) == "Available" {
					name := dara.StringValue(s.Value)
					out[name] = append(out[name], zone)
				}
			}
		}
	}
	return out, nil
}

// Price asks DescribePrice for a type's pay-as-you-go price per hour.
func (c *Client) Price(ctx context.Context, instanceType string) (catalog.Price, error) {
	req := &ecs.DescribePriceRequest{
		RegionId:     dara.String(c.region),
		ResourceType: dara.String("instance"),
		InstanceType: dara.String(instanceType),
		PriceUnit:    dara.String("Hour"),
		Period:       dara.Int32(1),
	}
	resp, err := call(ctx, "DescribePrice", func() (*ecs.DescribePriceResponse, error) {
		return c.ecs.DescribePriceWithContext(ctx, req, runtime(ctx))
	})
	if err != nil {
		return catalog.Price{}, err
	}
	if resp == nil || resp.Body == nil || resp.Body.PriceInfo == nil || resp.Body.PriceInfo.Price == nil {
		return catalog.Price{}, &catalog.APIError{Kind: catalog.ErrMalformed, Action: "DescribePrice"}
	}
	p := resp.Body.PriceInfo.Price
	return catalog.Price{PerHour: f32(p.TradePrice), Currency: dara.StringValue(p.Currency)}, nil
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
