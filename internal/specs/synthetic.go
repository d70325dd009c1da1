package specs

import "strconv"

// Synthetic returns a catalog of n types made from the document's: copies
// with numbered names and varied sizes, in families the catalog knows. It
// exists for benchmarks and scale tests, which need catalogs far larger
// than the document's 38 types.
func Synthetic(n int) *Catalog {
	doc := Document()
	types := make([]InstanceType, n)
	for i := range types {
		t := doc.Types[i%len(doc.Types)]
		scale := 1 + i/len(doc.Types)%4
		t.Name = t.Name + ".n" + strconv.Itoa(i)
		t.VCPU *= scale
		t.MemoryGiB *= float64(scale)
		t.NetworkGbps *= float64(scale)
		t.Workloads = doc.Types[i%len(doc.Types)].Workloads
		types[i] = t
	}
	return NewCatalog(doc.Families, doc.GPUs, types)
}
