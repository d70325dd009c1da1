package render

import (
	"io"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/jsonobj"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// The machine form of `show`: a type is its list-schema object plus
// "family_info" and "gpu"; a family is its facts plus "instance_types".
// Texts carry both languages, so the shape does not depend on --lang.

// Bilingual is a text in both languages.
type Bilingual struct {
	EN string `json:"en"`
	ZH string `json:"zh"`
}

func bi(t i18n.Text) Bilingual { return Bilingual{EN: t.EN, ZH: t.ZH} }

func optBi(t i18n.Text) *Bilingual {
	if t.EN == "" {
		return nil
	}
	b := bi(t)
	return &b
}

// ScenarioDoc is an application scenario.
type ScenarioDoc struct {
	Workload specs.Workload `json:"workload"`
	Text     Bilingual      `json:"text"`
}

// LicensingDoc is a vGPU family's licensing rules.
type LicensingDoc struct {
	When          Bilingual  `json:"when"`
	IncludedTypes []string   `json:"included_types"`
	Included      *Bilingual `json:"included"`
	Windows       Bilingual  `json:"windows"`
	Linux         Bilingual  `json:"linux"`
}

// FamilyDoc is a family's facts.
type FamilyDoc struct {
	Family         string                `json:"family"`
	Summary        Bilingual             `json:"summary"`
	Recommended    bool                  `json:"recommended"`
	Availability   specs.Availability    `json:"availability"`
	VGPU           bool                  `json:"vgpu"`
	BareMetal      bool                  `json:"bare_metal"`
	SharedCPU      bool                  `json:"shared_cpu"`
	GPU            string                `json:"gpu"`
	ModelReasoning *Bilingual            `json:"gpu_model_reasoning"`
	Interconnect   Bilingual             `json:"gpu_interconnect"`
	CPU            string                `json:"cpu"`
	CPUClockGHz    float64               `json:"cpu_clock_ghz"`
	CPUNote        *Bilingual            `json:"cpu_note"`
	VCPUToMemory   *Bilingual            `json:"vcpu_to_memory"`
	Slices         *Bilingual            `json:"vgpu_slices"`
	LocalStorage   *Bilingual            `json:"local_storage"`
	Disks          []specs.DiskCategory  `json:"disk_categories"`
	DiskNote       *Bilingual            `json:"disk_note"`
	IOOptimized    bool                  `json:"io_optimized"`
	IPv6           bool                  `json:"ipv6"`
	Workloads      []specs.Workload      `json:"workloads"`
	Scenarios      []ScenarioDoc         `json:"scenarios"`
	Licensing      *LicensingDoc         `json:"licensing"`
	Notes          []Bilingual           `json:"notes"`
	InstanceTypes  []*specs.InstanceType `json:"instance_types,omitempty"`
}

// FigureDoc is a figure with its source; null when no source gives it.
type FigureDoc struct {
	Value  float64      `json:"value"`
	Source specs.Source `json:"source"`
}

// FactDoc is a fact with its source.
type FactDoc struct {
	Value  Bilingual    `json:"value"`
	Source specs.Source `json:"source"`
}

// GPUDoc is a GPU's figures. For a vGPU slice, Share is the fraction and
// the throughput figures are the slice's share, marked "estimate".
type GPUDoc struct {
	Key               string            `json:"key"`
	Model             *string           `json:"model"`
	Name              string            `json:"name"`
	Share             float64           `json:"share"`
	Architecture      *FactDoc          `json:"architecture"`
	ComputeCapability *FactDoc          `json:"compute_capability"`
	FormFactor        *FactDoc          `json:"form_factor"`
	MemoryGiB         *FigureDoc        `json:"memory_gib"`
	MemoryType        *FactDoc          `json:"memory_type"`
	MemoryBandwidthGB *FigureDoc        `json:"memory_bandwidth_gbs"`
	CUDACores         *FigureDoc        `json:"cuda_cores"`
	TensorCores       *FigureDoc        `json:"tensor_cores"`
	FP64TFLOPS        *FigureDoc        `json:"fp64_tflops"`
	FP32TFLOPS        *FigureDoc        `json:"fp32_tflops"`
	TF32TFLOPS        *FigureDoc        `json:"tf32_tflops"`
	FP16TFLOPS        *FigureDoc        `json:"fp16_tflops"`
	FP16OnTensorCores bool              `json:"fp16_on_tensor_cores"`
	FP8TFLOPS         *FigureDoc        `json:"fp8_tflops"`
	INT8TOPS          *FigureDoc        `json:"int8_tops"`
	FP4TFLOPS         *FigureDoc        `json:"fp4_tflops"`
	INT4TOPS          *FigureDoc        `json:"int4_tops"`
	TensorPrecisions  []specs.Precision `json:"tensor_precisions"`
	BF16              bool              `json:"bf16"`
	NVLink            *FactDoc          `json:"nvlink"`
	VideoEncoders     *FigureDoc        `json:"video_encoders"`
	VideoDecoders     *FigureDoc        `json:"video_decoders"`
	Reasoning         *Bilingual        `json:"reasoning"`
}

func figDoc(f specs.Figure) *FigureDoc {
	if !f.Known() {
		return nil
	}
	return &FigureDoc{Value: round(f.Value), Source: f.Source}
}

func factDoc(f specs.Fact) *FactDoc {
	if !f.Known() {
		return nil
	}
	return &FactDoc{Value: bi(f.Text), Source: f.Source}
}

// NewGPUDoc describes a GPU, or the share of it that a slice gets.
func NewGPUDoc(g specs.GPU, share float64) *GPUDoc {
	if share <= 0 || share > 1 {
		share = 1
	}
	g = g.Share(share)
	tensorCores := g.TensorCores
	if !tensorCores.Known() && !g.HasTensorCores() {
		tensorCores = specs.Figure{Value: 0, Source: specs.FromDatasheet}
	}
	precisions := g.TensorPrecisions
	if precisions == nil {
		precisions = []specs.Precision{}
	}
	var model *string
	if g.Model != "" {
		model = &g.Model
	}
	return &GPUDoc{
		Key: g.Key, Model: model, Name: g.Name, Share: share,
		Architecture:      factDoc(g.Architecture),
		ComputeCapability: factDoc(g.ComputeCapability),
		FormFactor:        factDoc(g.FormFactor),
		MemoryGiB:         figDoc(g.MemoryGiB),
		MemoryType:        factDoc(g.MemoryType),
		MemoryBandwidthGB: figDoc(g.MemoryBandwidthGB),
		CUDACores:         figDoc(g.CUDACores),
		TensorCores:       figDoc(tensorCores),
		FP64TFLOPS:        figDoc(g.FP64TFLOPS),
		FP32TFLOPS:        figDoc(g.FP32TFLOPS),
		TF32TFLOPS:        figDoc(g.TF32TFLOPS),
		FP16TFLOPS:        figDoc(g.FP16TFLOPS),
		FP16OnTensorCores: g.FP16OnTensorCores,
		FP8TFLOPS:         figDoc(g.FP8TFLOPS),
		INT8TOPS:          figDoc(g.INT8TOPS),
		FP4TFLOPS:         figDoc(g.FP4TFLOPS),
		INT4TOPS:          figDoc(g.INT4TOPS),
		TensorPrecisions:  precisions,
		BF16:              g.BF16,
		NVLink:            factDoc(g.NVLink),
		VideoEncoders:     figDoc(g.VideoEncoders),
		VideoDecoders:     figDoc(g.VideoDecoders),
		Reasoning:         optBi(g.Reasoning),
	}
}

// NewFamilyDoc describes a family; with types, it lists them too.
func NewFamilyDoc(f *specs.Family, types []*specs.InstanceType) *FamilyDoc {
	d := &FamilyDoc{
		Family:         f.Name,
		Summary:        bi(f.Summary),
		Recommended:    f.Recommended,
		Availability:   f.Availability,
		VGPU:           f.VGPU,
		BareMetal:      f.BareMetal,
		SharedCPU:      f.SharedCPU,
		GPU:            f.GPU,
		ModelReasoning: optBi(f.ModelReasoning),
		Interconnect:   bi(f.Interconnect),
		CPU:            f.CPU,
		CPUClockGHz:    f.CPUClockGHz,
		CPUNote:        optBi(f.CPUNote),
		VCPUToMemory:   optBi(f.VCPUToMemory),
		Slices:         optBi(f.Slices),
		LocalStorage:   optBi(f.LocalStorage),
		Disks:          f.Disks,
		DiskNote:       optBi(f.DiskNote),
		IOOptimized:    f.IOOptimized,
		IPv6:           f.IPv6,
		Workloads:      f.Workloads(),
		Notes:          []Bilingual{},
		InstanceTypes:  types,
	}
	for _, s := range f.Scenarios {
		d.Scenarios = append(d.Scenarios, ScenarioDoc{Workload: s.Workload, Text: bi(s.Text)})
	}
	for _, n := range f.Notes {
		d.Notes = append(d.Notes, bi(n))
	}
	if l := f.Licensing; l != nil {
		included := l.IncludedTypes
		if included == nil {
			included = []string{}
		}
		d.Licensing = &LicensingDoc{When: bi(l.When), IncludedTypes: included, Included: optBi(l.Included), Windows: bi(l.Windows), Linux: bi(l.Linux)}
	}
	return d
}

// typeDoc is one type as `show -o json|yaml` prints it: the list schema,
// then "family_info" and "gpu".
func typeDoc(c *specs.Catalog, it *specs.InstanceType) *jsonobj.Object {
	var fam *FamilyDoc
	if f := c.FamilyOf(it); f != nil {
		fam = NewFamilyDoc(f, nil)
	}
	var gpu *GPUDoc
	if g := c.GPU(it); g != nil {
		gpu = NewGPUDoc(*g, it.GPUs())
	}
	var other *jsonobj.Object
	if diffs := specs.CompareEditions(c.Edition, it); len(diffs) > 0 {
		gives := jsonobj.New(len(diffs))
		for _, d := range diffs {
			gives.Add(d.Field.Key, d.Field.Value(d.Other))
		}
		other = jsonobj.New(2).Add("edition", string(specs.OtherEdition(c.Edition))).Add("gives", gives)
	}
	var document *jsonobj.Object
	if diffs := specs.CompareDocument(c.Edition, it); len(diffs) > 0 {
		document = jsonobj.New(len(diffs))
		for _, d := range diffs {
			document.Add(d.Field.Key, d.Field.Value(d.Other))
		}
	}
	return it.Object().Add("family_info", fam).Add("gpu", gpu).Add("other_edition", other).Add("document_gives", document)
}

// familyDoc is a family with its types: its facts when the catalog has
// them, else only its name.
func familyDoc(c *specs.Catalog, name string) any {
	if f := c.Family(name); f != nil {
		return NewFamilyDoc(f, c.TypesOf(name))
	}
	return jsonobj.New(2).Add("family", name).Add("instance_types", c.TypesOf(name))
}

// Show writes types and families in full, as show prints them.
func Show(w io.Writer, format Format, c *specs.Catalog, matches []specs.Match, o Options) error {
	if format == JSON || format == YAML {
		docs := make([]any, len(matches))
		for i, m := range matches {
			if m.Type != nil {
				docs[i] = typeDoc(c, m.Type)
			} else {
				docs[i] = familyDoc(c, m.Family)
			}
		}
		return writeData(w, format, docs)
	}
	for i, m := range matches {
		if i > 0 {
			if _, err := io.WriteString(w, "\n"); err != nil {
				return err
			}
		}
		var err error
		if m.Type != nil {
			err = TypeDetail(w, c, m.Type, o)
		} else {
			err = FamilyDetail(w, c, m.Family, o)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// writeData writes a document as JSON or YAML.
func writeData(w io.Writer, format Format, v any) error {
	if format == YAML {
		return WriteYAML(w, v)
	}
	return WriteJSON(w, v)
}
