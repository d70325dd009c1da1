package specs

import (
	"slices"
	"strings"
	"sync"
)

// Catalog is a set of instance types with their families and GPUs. A
// Catalog is not changed once built: merging makes a new one.
type Catalog struct {
	Types    []InstanceType
	Families []*Family
	GPUs     []GPU
	// Edition is the built-in edition the catalog starts from.
	Edition Edition

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
		c.gpuByKey[c.GPUs[i].Key] = &c.GPUs[i]
	}
	c.indexGPUModels()
	// The catalog keeps the given slice, compacted in place: a type named
	// again in the same region (or in none) replaces the earlier one, at
	// the earlier one's position. Synced regions each have their row of a
	// type.
	n := 0
	var byRegion map[string]int // name and region → index, once a row has a region
	for i := range types {
		key := strings.ToLower(types[i].Name)
		j, ok := c.typeByName[key]
		if r := types[i].Region; r != nil || byRegion != nil {
			if byRegion == nil {
				byRegion = make(map[string]int, len(types))
				for k := 0; k < n; k++ {
					byRegion[regionKey(&types[k])] = k
				}
			}
			j, ok = byRegion[regionKey(&types[i])]
		}
		if ok {
			types[j] = types[i]
			continue
		}
		if _, seen := c.typeByName[key]; !seen {
			c.typeByName[key] = n
		}
		if byRegion != nil {
			byRegion[regionKey(&types[i])] = n
		}
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

// Document returns the catalog of the original edition of the GPU overview
// document. It is built once, on first use, and shared: callers must not
// change it.
var Document = sync.OnceValue(buildOriginal)

// The editions a type is listed by; rows share these slices.
var (
	inBoth         = []string{string(Current), string(Original)}
	inCurrentOnly  = []string{string(Current)}
	inOriginalOnly = []string{string(Original)}
)

// builtinGPUs is the GPU table, which both built-in catalogs share.
var builtinGPUs = sync.OnceValue(gpuTable)

func buildOriginal() *Catalog {
	c := NewCatalog(familyPointers(documentFamilies()), builtinGPUs(), originalTypes())
	c.Edition = Original
	c.applyFamilies()
	return c
}

// originalTypes are the original edition's rows with their own figures,
// each in the family its name starts with, as the original has it
// (ecs.vgn6i-m4-vws.xlarge is a vgn6i type there).
func originalTypes() []InstanceType {
	inCurrent := map[string]bool{}
	for _, r := range currentTable {
		inCurrent[r.name] = true
	}
	rows := documentRows()
	types := make([]InstanceType, len(rows))
	for i, r := range rows {
		it := InstanceType{
			Name:               r.name,
			Family:             originalFamilyOf(r.name),
			VCPU:               r.vcpu,
			MemoryGiB:          r.memoryGiB,
			GPUCount:           p(r.gpus),
			GPUMemoryPerGPUGiB: p(r.gpuMemGiB),
			GPUMemoryGiB:       p(r.gpus * r.gpuMemGiB),
			NetworkGbps:        r.networkGbps,
			PPS:                p(r.ppsWan * wan),
			NICQueues:          r.nicQueues,
			ENIs:               r.enis,
			PrivateIPsPerENI:   r.ipsPerENI,
			LocalStorageGiB:    r.localGiB,
			Source:             FromDocument,
			Editions:           inOriginalOnly,
		}
		if inCurrent[r.name] {
			it.Editions = inBoth
		}
		if r.storageIOPSWa != nil {
			it.StorageIOPS = p(*r.storageIOPSWa * wan)
		}
		types[i] = it
	}
	return types
}

// CurrentCatalog returns the catalog of the current edition: every type of
// the current pages, and the types only the original lists, as retired.
// It is built once, on first use, and shared: callers must not change it.
var CurrentCatalog = sync.OnceValue(buildCurrent)

func buildCurrent() *Catalog {
	fams := currentFamilies()
	fams = append(fams, retired(familyVGN6i()), retired(familyVGN5i()))
	orig := originalTypes()
	inOriginal := make(map[string]*InstanceType, len(orig))
	for i := range orig {
		inOriginal[orig[i].Name] = &orig[i]
	}
	rows := currentRows()
	types := make([]InstanceType, 0, len(rows)+len(retiredTypes))
	for _, r := range rows {
		r.Editions = inCurrentOnly
		if inOriginal[r.Name] != nil {
			r.Editions = inBoth
		}
		types = append(types, r)
	}
	for _, name := range retiredTypes {
		types = append(types, *inOriginal[name])
	}
	c := NewCatalog(familyPointers(fams), builtinGPUs(), types)
	c.Edition = Current
	c.applyFamilies()
	return c
}

func familyPointers(fams []Family) []*Family {
	out := make([]*Family, len(fams))
	for i := range fams {
		fams[i].Source = FromDocument
		fams[i].workloads = fams[i].Workloads()
		out[i] = &fams[i]
	}
	return out
}

// applyFamilies resolves each type's family-level facts and its GPU's
// model and architecture. Only the built-in catalogs are built this way;
// the rows of a family share the model's and architecture's strings.
func (c *Catalog) applyFamilies() {
	type gpuFacts struct{ model, source, arch *string }
	facts := make(map[*Family]gpuFacts, len(c.Families))
	for _, f := range c.Families {
		var gf gpuFacts
		g := c.gpuByKey[f.GPU]
		if g.Model != "" {
			src := FromDocument
			if f.ModelReasoning.EN != "" {
				src = FromInference
			}
			gf.model, gf.source = &g.Model, p(string(src))
		}
		if g.Architecture.Known() {
			gf.arch = &g.Architecture.Text.EN
		}
		facts[f] = gf
	}
	for i := range c.Types {
		it := &c.Types[i]
		f := c.familyByName[it.Family]
		ApplyFamily(it, f)
		gf := facts[f]
		it.GPUModel, it.GPUModelSource, it.GPUArchitecture = gf.model, gf.source, gf.arch
	}
}

// ApplyFamily copies the family-level facts onto a row of that family.
func ApplyFamily(it *InstanceType, f *Family) {
	it.Recommended = f.Recommended
	it.Availability = f.Availability
	it.VGPU = f.VGPU
	it.BareMetal = it.BareMetal || f.BareMetal
	it.SharedCPU = f.SharedCPU
	if it.CPUArchitecture == nil {
		it.CPUArchitecture = f.CPUArchitecture()
	}
	if it.BootModes == nil {
		it.BootModes = f.BootModes
	}
	it.LicenseIncluded = f.Licensing.Includes(it.Name)
	it.Workloads = f.Workloads()
}

// FamilyOfTypeName returns the family of an instance type by its name, as
// the current pages name families: "ecs.gn6i-c4g1.xlarge" → "gn6i",
// "ecs.ebmgn7e.32xlarge" → "ebmgn7e", "ecs.sgn7i-vws-m2.xlarge" and
// "ecs.vgn6i-m4-vws.xlarge" → "sgn7i-vws" and "vgn6i-vws",
// "ecs.gn8v-tee-8x.16xlarge" → "gn8v-tee".
func FamilyOfTypeName(name string) string {
	s := strings.TrimPrefix(strings.ToLower(name), "ecs.")
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, "-")
	fam := parts[0]
	for _, suffix := range []string{"vws", "tee"} {
		if slices.Contains(parts[1:], suffix) {
			fam += "-" + suffix
		}
	}
	return fam
}

// originalFamilyOf is the family of a type in the original edition: the
// name up to its first "-" or ".".
func originalFamilyOf(name string) string {
	s := strings.TrimPrefix(strings.ToLower(name), "ecs.")
	if i := strings.IndexAny(s, "-."); i >= 0 {
		s = s[:i]
	}
	return s
}

// indexGPUModels maps each GPU model to its first card in the GPU table,
// for a type of a known model with no family facts (from the API, from a
// file) whose per-GPU memory matches no card of the model.
func (c *Catalog) indexGPUModels() {
	for i := range c.GPUs {
		g := &c.GPUs[i]
		if _, ok := c.gpuByModel[g.Model]; !ok && g.Model != "" {
			c.gpuByModel[g.Model] = g
		}
	}
}

// WithTypes returns a catalog of the same families, GPUs and edition with
// these types instead: for catalogs layered over a built-in one.
func (c *Catalog) WithTypes(types []InstanceType) *Catalog {
	out := NewCatalog(c.Families, c.GPUs, types)
	out.Edition = c.Edition
	return out
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

func regionKey(t *InstanceType) string {
	key := strings.ToLower(t.Name)
	if t.Region != nil {
		key += "\x00" + *t.Region
	}
	return key
}

// TypesNamed returns every row of the type with this full name (any
// case): one per synced region it is in, or the one.
func (c *Catalog) TypesNamed(name string) []*InstanceType {
	first := c.Type(name)
	if first == nil {
		return nil
	}
	var out []*InstanceType
	for i := range c.Types {
		if strings.EqualFold(c.Types[i].Name, first.Name) {
			out = append(out, &c.Types[i])
		}
	}
	return out
}

// Type returns the type with exactly this full name (any case), or nil;
// where synced regions each have a row of it, the first.
func (c *Catalog) Type(name string) *InstanceType {
	if i, ok := c.typeByName[strings.ToLower(name)]; ok {
		return &c.Types[i]
	}
	return nil
}

// GPU returns the GPU facts for a type: its family's GPU, else the GPU of
// its model with its per-GPU memory, else the first of its model. Nil when
// the catalog knows nothing about the model.
func (c *Catalog) GPU(it *InstanceType) *GPU {
	if f := c.FamilyOf(it); f != nil {
		if g, ok := c.gpuByKey[f.GPU]; ok {
			return g
		}
	}
	model := it.Model()
	if model == "" {
		return nil
	}
	if mem := it.MemoryPerGPU(); mem > 0 {
		for i := range c.GPUs {
			if g := &c.GPUs[i]; strings.EqualFold(g.Model, model) && g.MemoryGiB.Value == mem {
				return g
			}
		}
	}
	return c.gpuByModel[model]
}

// GPUByKey returns a GPU by its key, or nil.
func (c *Catalog) GPUByKey(key string) *GPU { return c.gpuByKey[key] }

// GPUModels returns the distinct gpu_model values of the types, in catalog
// order.
func (c *Catalog) GPUModels() []string {
	var out []string
	seen := map[string]bool{}
	for i := range c.Types {
		m := c.Types[i].Model()
		if m != "" && !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}

// Architectures returns the distinct gpu_architecture values of the types,
// oldest first.
func (c *Catalog) Architectures() []string {
	seen := map[string]bool{}
	for i := range c.Types {
		if a := c.Types[i].GPUArchitecture; a != nil {
			seen[*a] = true
		}
	}
	var out []string
	for _, a := range Architectures {
		if seen[a] {
			out = append(out, a)
			delete(seen, a)
		}
	}
	rest := make([]string, 0, len(seen))
	for a := range seen {
		rest = append(rest, a)
	}
	slices.Sort(rest)
	return append(out, rest...)
}

// Workloads returns the workloads some type of the catalog serves, in the
// order of Workloads.
func (c *Catalog) Workloads() []WorkloadInfo {
	served := map[Workload]bool{}
	for i := range c.Types {
		for _, w := range c.Types[i].Workloads {
			served[w] = true
		}
	}
	var out []WorkloadInfo
	for _, w := range Workloads {
		if served[w.Slug] {
			out = append(out, w)
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
