package specs

import (
	"strings"
	"sync"
)

// Catalog is a set of instance types with their families and GPUs. A
// Catalog is not changed once built: merging makes a new one.
type Catalog struct {
	Types    []InstanceType
	Families []*Family
	GPUs     []GPU

	familyByName map[string]*Family
	typeByName   map[string]int // full lower-case name → index in Types
	gpuByKey     map[string]*GPU
	gpuByModel   map[string]*GPU
	// typesPerFamily counts the types of each family name, including
	// families the catalog has no facts for.
	typesPerFamily map[string]int
}

// NewCatalog indexes families, GPUs and types. Families and GPUs are taken
// in the order given; later entries with the same name replace earlier ones.
// The catalog takes the types slice as its own: callers pass a slice they
// no longer use.
func NewCatalog(families []*Family, gpus []GPU, types []InstanceType) *Catalog {
	c := &Catalog{
		familyByName: make(map[string]*Family, len(families)),
		typeByName:   make(map[string]int, len(types)),
		gpuByKey:     make(map[string]*GPU, len(gpus)),
		gpuByModel:   make(map[string]*GPU, len(gpus)),

		typesPerFamily: map[string]int{},
	}
	for _, f := range families {
		if old, ok := c.familyByName[f.Name]; ok {
			for i := range c.Families {
				if c.Families[i] == old {
					c.Families[i] = f
				}
			}
		} else {
			c.Families = append(c.Families, f)
		}
		c.familyByName[f.Name] = f
	}
	c.GPUs = gpus
	for i := range c.GPUs {
		g := &c.GPUs[i]
		c.gpuByKey[g.Key] = g
		if _, ok := c.gpuByModel[g.Model]; !ok {
			c.gpuByModel[g.Model] = g
		}
	}
	// The catalog keeps the given slice, compacted in place: a type named
	// again replaces the earlier one, at the earlier one's position.
	n := 0
	for i := range types {
		key := strings.ToLower(types[i].Name)
		if j, ok := c.typeByName[key]; ok {
			types[j] = types[i]
			continue
		}
		c.typeByName[key] = n
		if n != i {
			types[n] = types[i]
		}
		n++
	}
	c.Types = types[:n:n]
	for i := range c.Types {
		c.typesPerFamily[c.Types[i].Family]++
	}
	return c
}

// Document returns the catalog built from the GPU overview document. It is
// built once, on first use, and shared: callers must not change it.
var Document = sync.OnceValue(func() *Catalog {
	gpus := gpuTable()
	byKey := map[string]*GPU{}
	for i := range gpus {
		byKey[gpus[i].Key] = &gpus[i]
	}
	fams := documentFamilies()
	famPtrs := make([]*Family, len(fams))
	famByName := map[string]*Family{}
	for i := range fams {
		fams[i].Source = FromDocument
		fams[i].workloads = fams[i].Workloads()
		famPtrs[i] = &fams[i]
		famByName[fams[i].Name] = &fams[i]
	}
	rows := documentRows()
	types := make([]InstanceType, len(rows))
	for i, r := range rows {
		f := famByName[FamilyOfTypeName(r.name)]
		g := byKey[f.GPU]
		it := InstanceType{
			Name:               r.name,
			Family:             f.Name,
			VCPU:               r.vcpu,
			MemoryGiB:          r.memoryGiB,
			GPUModel:           g.Model,
			GPUCount:           r.gpus,
			GPUMemoryPerGPUGiB: r.gpuMemGiB,
			GPUMemoryGiB:       r.gpus * r.gpuMemGiB,
			NetworkGbps:        r.networkGbps,
			PPS:                r.ppsWan * wan,
			NICQueues:          r.nicQueues,
			ENIs:               r.enis,
			PrivateIPsPerENI:   r.ipsPerENI,
			LocalStorageGiB:    r.localGiB,
			Source:             FromDocument,
		}
		if r.storageIOPSWa != nil {
			it.StorageIOPS = p(*r.storageIOPSWa * wan)
		}
		ApplyFamily(&it, f)
		types[i] = it
	}
	return NewCatalog(famPtrs, gpus, types)
})

// ApplyFamily copies the family-level facts onto a row of that family.
func ApplyFamily(it *InstanceType, f *Family) {
	it.Recommended = f.Recommended
	it.Availability = f.Availability
	it.VGPU = f.VGPU
	it.LicenseIncluded = f.Licensing.Includes(it.Name)
	it.Workloads = f.Workloads()
}

// FamilyOfTypeName returns the family part of an instance type name:
// "ecs.gn6i-c4g1.xlarge" → "gn6i", "ecs.ebmgn7e.32xlarge" → "ebmgn7e".
func FamilyOfTypeName(name string) string {
	s := strings.TrimPrefix(strings.ToLower(name), "ecs.")
	if i := strings.IndexAny(s, "-."); i >= 0 {
		s = s[:i]
	}
	return s
}

// Family returns the named family, or nil.
func (c *Catalog) Family(name string) *Family {
	return c.familyByName[strings.ToLower(name)]
}

// FamilyOf returns the family of a type, or nil when the catalog has no
// facts about it (a type from the API or a file in a family unknown here).
func (c *Catalog) FamilyOf(it *InstanceType) *Family {
	return c.familyByName[it.Family]
}

// Type returns the type with exactly this full name (any case), or nil.
func (c *Catalog) Type(name string) *InstanceType {
	if i, ok := c.typeByName[strings.ToLower(name)]; ok {
		return &c.Types[i]
	}
	return nil
}

// GPU returns the GPU facts for a type: its family's GPU, or the first GPU
// of its model. Nil when the catalog knows nothing about the model.
func (c *Catalog) GPU(it *InstanceType) *GPU {
	if f := c.FamilyOf(it); f != nil {
		if g, ok := c.gpuByKey[f.GPU]; ok {
			return g
		}
	}
	return c.gpuByModel[it.GPUModel]
}

// GPUByKey returns a GPU by its key, or nil.
func (c *Catalog) GPUByKey(key string) *GPU { return c.gpuByKey[key] }

// GPUModels returns the distinct gpu_model values of the types, in catalog
// order.
func (c *Catalog) GPUModels() []string {
	var out []string
	seen := map[string]bool{}
	for i := range c.Types {
		m := c.Types[i].GPUModel
		if m != "" && !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}

// FamilyNames returns the names of the families that have types, in catalog
// order: documented families first, then families only seen in types.
func (c *Catalog) FamilyNames() []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range c.Families {
		if c.typesPerFamily[f.Name] > 0 && !seen[f.Name] {
			seen[f.Name] = true
			out = append(out, f.Name)
		}
	}
	for i := range c.Types {
		n := c.Types[i].Family
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// TypesOf returns the family's types, in catalog order.
func (c *Catalog) TypesOf(family string) []*InstanceType {
	var out []*InstanceType
	for i := range c.Types {
		if c.Types[i].Family == family {
			out = append(out, &c.Types[i])
		}
	}
	return out
}
