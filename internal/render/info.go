package render

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/jsonobj"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// regionDoc is a synced region as `catalog info -o json` prints it.
func regionDoc(r catalog.RegionInfo) *jsonobj.Object {
	refusals := make([]*jsonobj.Object, len(r.PriceRefusals))
	for i, x := range r.PriceRefusals {
		refusals[i] = jsonobj.New(3).Add("instance_type", x.InstanceType).Add("code", x.Code).Add("message", x.Message)
	}
	o := jsonobj.New(14).Add("region", r.Region).Add("fetched_at", r.FetchedAt).Add("types", r.Types).
		Add("not_in_document", r.New).Add("with_zones", r.WithZones).Add("with_prices", r.WithPrices).
		Add("path", r.Path).Add("in_use", r.InUse).
		Add("on_sale", r.OnSale).Add("sold_out", r.SoldOut).Add("retiring", r.Retiring).Add("not_offered", r.NotOffered).
		Add("price_refusals", refusals)
	if r.Unreadable != "" {
		o.Add("unreadable", r.Unreadable)
	}
	return o
}

// CatalogInfo writes where the catalog comes from and what the cache
// holds, as `catalog info` prints it.
func CatalogInfo(w io.Writer, format Format, info catalog.Info, o Options) error {
	if format == JSON {
		// synced is the first region in use, as it has always been;
		// synced_regions has every one.
		var synced *jsonobj.Object
		inUse := make([]*jsonobj.Object, len(info.Synced))
		for i, r := range info.Synced {
			inUse[i] = regionDoc(r)
		}
		if len(inUse) > 0 {
			synced = inUse[0]
		}
		files := make([]*jsonobj.Object, len(info.Files))
		for i, f := range info.Files {
			files[i] = jsonobj.New(2).Add("path", f.Path).Add("types", f.Types)
		}
		cached := make([]*jsonobj.Object, len(info.Cached))
		for i, r := range info.Cached {
			cached[i] = regionDoc(r)
		}
		models := info.GPUModels
		if models == nil {
			models = []string{}
		}
		doc := jsonobj.New(7).
			Add("document", jsonobj.New(4).Add("edition", string(info.Edition)).Add("types", info.DocumentTypes).
				Add("retired_types", info.RetiredTypes).Add("families", info.DocumentFamilies)).
			Add("synced", synced).
			Add("synced_regions", inUse).
			Add("files", files).
			Add("catalog", jsonobj.New(3).Add("types", info.Types).Add("families", info.Families).Add("gpu_models", models)).
			Add("cache_dir", info.CacheDir).
			Add("cached_regions", cached)
		return WriteJSON(w, doc)
	}
	p, st := o.Printer, o.Styles
	var b strings.Builder
	line := func(k, v string) {
		fmt.Fprintf(&b, "  %s%s%s\n", st.Dim(k), strings.Repeat(" ", max(1, 12-Width(k))), v)
	}
	when := func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 MST") }
	b.WriteString(st.Title(p.T("info.sources")) + "\n")
	if info.Edition == specs.Original {
		line(p.T("source.document"), p.T("info.document.original", info.DocumentTypes, info.DocumentFamilies))
	} else {
		line(p.T("source.document"), p.T("info.document.current", info.DocumentTypes, info.DocumentFamilies, info.RetiredTypes))
	}
	switch {
	case len(info.Synced) > 0:
		for _, s := range info.Synced {
			line(p.T("source.api"), p.T("info.synced", s.Region, when(s.FetchedAt), s.Types, s.New, s.WithZones, s.WithPrices))
			line("", stockText(p, s))
			for _, x := range s.PriceRefusals {
				line("", p.T("info.price_refused", x.InstanceType, x.Code, x.Message))
			}
			line("", s.Path)
		}
	case info.Offline:
		line(p.T("source.api"), p.T("info.offline"))
	default:
		line(p.T("source.api"), p.T("info.not_synced"))
	}
	for _, file := range info.Files {
		line(p.T("source.file"), p.T("info.file", file.Path, file.Types))
	}
	b.WriteString("\n" + st.Title(p.T("info.catalog")) + "\n")
	line(p.T("info.types"), fmt.Sprint(info.Types))
	line(p.T("info.families"), fmt.Sprint(info.Families))
	line(p.T("info.gpus"), strings.Join(info.GPUModels, ", "))
	b.WriteString("\n" + st.Title(p.T("info.cache")) + "\n")
	line(p.T("info.cache_dir"), info.CacheDir)
	if len(info.Cached) == 0 {
		line(p.T("info.regions"), p.T("detail.none"))
	}
	for _, c := range info.Cached {
		switch {
		case c.Unreadable != "":
			line(p.T("info.regions"), c.Path+"  "+st.Warn(p.T("info.unreadable", c.Unreadable)))
		case c.InUse:
			line(c.Region, p.T("info.cached", when(c.FetchedAt), c.Types)+"  "+st.Good(p.T("info.in_use")))
		default:
			line(c.Region, p.T("info.cached", when(c.FetchedAt), c.Types))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// stockText says how a region sells its types: on sale, sold out,
// retiring, not offered.
func stockText(p i18n.Printer, r catalog.RegionInfo) string {
	return p.T("info.stock", r.OnSale, r.SoldOut, r.Retiring, r.NotOffered)
}

// Synced writes a region's sync summary: the types, how the region sells
// them, the prices and the refusals with the API's reasons, and where it
// was saved.
func Synced(w io.Writer, r catalog.RegionInfo, o Options) error {
	p := o.Printer
	var b strings.Builder
	b.WriteString(p.T("sync.done", r.Region, r.Types, r.Types-r.New, r.New, r.WithZones))
	if r.Prices {
		b.WriteString(p.T("sync.done_prices", r.WithPrices, len(r.PriceRefusals)))
	}
	b.WriteString("\n  " + stockText(p, r) + "\n")
	for _, x := range r.PriceRefusals {
		b.WriteString("  " + p.T("info.price_refused", x.InstanceType, x.Code, x.Message) + "\n")
	}
	if r.Dropped > 0 {
		b.WriteString(p.T("sync.dropped", r.Dropped) + "\n")
	}
	b.WriteString(p.T("sync.saved", r.Path) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}
