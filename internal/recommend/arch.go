package recommend

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/gpuspec/gpuspec/internal/specs"
)

// Arch is a decoder-only transformer's architecture, as its published
// config.json gives it: what sizing needs to count weights, the KV cache
// and activations.
type Arch struct {
	Name    string // the preset's name, or the config file's
	Display string // "Llama 3.1 8B"
	Source  string // where the figures come from: a config.json's address or path

	Layers       int
	Hidden       int
	Heads        int
	KVHeads      int // grouped-query attention: fewer KV heads than heads
	HeadDim      int
	Vocab        int
	Context      int // the longest context it was built for (max_position_embeddings)
	Intermediate int // the dense MLP's width
	// Mixture of experts: Experts routed experts of MoEIntermediate width
	// each, ExpertsPerToken of them per token, SharedExperts always on;
	// the first DenseLayers layers have a dense MLP instead.
	Experts            int
	ExpertsPerToken    int
	MoEIntermediate    int
	SharedExperts      int
	SharedIntermediate int
	DenseLayers        int
	TiedEmbeddings     bool
	// Multi-head latent attention (DeepSeek-V2/V3): the KV cache holds a
	// compressed latent of KVLoRARank plus the rotary part, per layer.
	KVLoRARank    int
	QLoRARank     int
	QKRopeHeadDim int
	QKNopeHeadDim int
	VHeadDim      int
	// WeightsDtype is the precision the weights are published in.
	WeightsDtype string
	// Guessed marks a shape made up from a parameter count alone.
	Guessed bool
	// NotLLM marks a model that does not generate text token by token
	// (speech recognition, an encoder): no tokens per second for it.
	NotLLM bool
}

// DefaultPrecision is the precision a model is sized in unless --precision
// says otherwise: fp8 for weights published in fp8 (DeepSeek-V3 and R1),
// else fp16, which every GPU computes in (bf16 checkpoints serve as fp16
// as well, and GPUs before Ampere have no bf16).
func (a *Arch) DefaultPrecision() specs.Precision {
	if strings.EqualFold(a.WeightsDtype, "fp8") {
		return specs.FP8
	}
	return specs.FP16
}

// MoE reports whether the model routes tokens to experts.
func (a *Arch) MoE() bool { return a.Experts > 0 }

// MLA reports whether the model uses multi-head latent attention.
func (a *Arch) MLA() bool { return a.KVLoRARank > 0 }

// KVElementsPerToken is how many numbers the KV cache keeps per token, over
// all layers: 2 × KV heads × head dim per layer (a key and a value per KV
// head), or, with latent attention, the latent and the rotary key.
func (a *Arch) KVElementsPerToken() float64 {
	if a.MLA() {
		return float64(a.Layers) * float64(a.KVLoRARank+a.QKRopeHeadDim)
	}
	return float64(a.Layers) * 2 * float64(a.KVHeads) * float64(a.HeadDim)
}

// attentionParams are one layer's attention weights.
func (a *Arch) attentionParams() float64 {
	h, n := float64(a.Hidden), float64(a.Heads)
	if a.MLA() {
		qk := float64(a.QKNopeHeadDim + a.QKRopeHeadDim)
		q := h * n * qk
		if a.QLoRARank > 0 {
			q = h*float64(a.QLoRARank) + float64(a.QLoRARank)*n*qk
		}
		kvA := h * float64(a.KVLoRARank+a.QKRopeHeadDim)
		kvB := float64(a.KVLoRARank) * n * float64(a.QKNopeHeadDim+a.VHeadDim)
		o := n * float64(a.VHeadDim) * h
		return q + kvA + kvB + o
	}
	hd := float64(a.HeadDim)
	return h*n*hd + 2*h*float64(a.KVHeads)*hd + n*hd*h
}

// mlpParams is one gated MLP (gate, up and down projections) of width w.
func (a *Arch) mlpParams(w int) float64 { return 3 * float64(a.Hidden) * float64(w) }

// Params counts the weights from the shape: attention, MLPs (every expert
// of an MoE layer), embeddings (and the output layer unless tied). Norms
// and biases, a fraction of a per cent, are left out.
func (a *Arch) Params() float64 { return a.params(false) }

// ActiveParams counts the weights one token goes through: for an MoE
// model, only its routed and shared experts.
func (a *Arch) ActiveParams() float64 { return a.params(true) }

func (a *Arch) params(active bool) float64 {
	layers := float64(a.Layers)
	total := layers * a.attentionParams()
	if a.MoE() {
		dense := float64(a.DenseLayers)
		total += dense * a.mlpParams(a.Intermediate)
		experts := a.Experts
		if active {
			experts = a.ExpertsPerToken
		}
		shared := a.SharedIntermediate
		if shared == 0 {
			shared = a.MoEIntermediate
		}
		moe := float64(experts)*a.mlpParams(a.MoEIntermediate) + float64(a.SharedExperts)*a.mlpParams(shared) +
			float64(a.Hidden)*float64(a.Experts)
		total += (layers - dense) * moe
	} else {
		total += layers * a.mlpParams(a.Intermediate)
	}
	embed := float64(a.Vocab) * float64(a.Hidden)
	if !a.TiedEmbeddings {
		embed *= 2
	}
	return total + embed
}

// FFNWidth is the MLP width one token goes through in a layer.
func (a *Arch) FFNWidth() int {
	if a.MoE() {
		shared := a.SharedIntermediate
		if shared == 0 {
			shared = a.MoEIntermediate
		}
		return a.ExpertsPerToken*a.MoEIntermediate + a.SharedExperts*shared
	}
	return a.Intermediate
}

// ConfigError is a config.json that cannot be read as a decoder-only
// transformer's.
type ConfigError struct {
	File string
	Msg  string
}

func (e *ConfigError) Error() string { return e.File + ": " + e.Msg }

// hfConfig is the part of a Hugging Face config.json that sizing reads,
// under the names the common model families use.
type hfConfig map[string]json.RawMessage

func (c hfConfig) int(keys ...string) (int, string, error) {
	for _, k := range keys {
		raw, ok := c[k]
		if !ok || string(raw) == "null" {
			continue
		}
		var f float64
		if err := json.Unmarshal(raw, &f); err != nil || f < 0 || f != math.Trunc(f) || f > 1<<40 {
			return 0, k, fmt.Errorf("%s: want a whole number, got %s", k, truncate(string(raw)))
		}
		return int(f), k, nil
	}
	return 0, "", nil
}

func (c hfConfig) str(key string) string {
	var s string
	_ = json.Unmarshal(c[key], &s)
	return s
}

func (c hfConfig) boolean(key string, def bool) bool {
	raw, ok := c[key]
	if !ok {
		return def
	}
	var b bool
	if json.Unmarshal(raw, &b) != nil {
		return def
	}
	return b
}

func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// ParseConfig reads a Hugging Face config.json of a decoder-only
// transformer, dense or mixture of experts (Llama, Qwen2/2.5/3, Mistral,
// Mixtral, Gemma, GLM, Yi, Phi-3, DeepSeek-V2/V3 and the like). A
// multimodal config's text_config is read for the language model.
func ParseConfig(file string, data []byte) (Arch, error) {
	var raw any
	if err := json.NewDecoder(bytes.NewReader(data)).Decode(&raw); err != nil {
		return Arch{}, &ConfigError{File: file, Msg: "not valid JSON: " + firstLine(err.Error())}
	}
	var top hfConfig
	if _, ok := raw.(map[string]any); !ok || json.Unmarshal(data, &top) != nil {
		return Arch{}, &ConfigError{File: file, Msg: "not a JSON object: want a model's config.json"}
	}
	c := top
	if raw, ok := top["text_config"]; ok {
		var text hfConfig
		if json.Unmarshal(raw, &text) == nil && len(text) > 0 {
			c = text
			for k, v := range top {
				if _, ok := c[k]; !ok {
					c[k] = v
				}
			}
		}
	}
	a := Arch{Name: file, Display: file, Source: file}
	fields := []struct {
		dst      *int
		keys     []string
		required bool
	}{
		{&a.Layers, []string{"num_hidden_layers", "n_layer", "num_layers"}, true},
		{&a.Hidden, []string{"hidden_size", "n_embd", "d_model"}, true},
		{&a.Heads, []string{"num_attention_heads", "n_head"}, true},
		{&a.KVHeads, []string{"num_key_value_heads", "multi_query_group_num", "n_head_kv"}, false},
		{&a.HeadDim, []string{"head_dim", "kv_channels"}, false},
		{&a.Vocab, []string{"vocab_size", "padded_vocab_size"}, true},
		{&a.Context, []string{"max_position_embeddings", "seq_length", "n_positions"}, false},
		{&a.Intermediate, []string{"intermediate_size", "ffn_hidden_size", "n_inner"}, false},
		{&a.Experts, []string{"num_local_experts", "n_routed_experts", "num_experts"}, false},
		{&a.ExpertsPerToken, []string{"num_experts_per_tok", "moe_topk"}, false},
		{&a.MoEIntermediate, []string{"moe_intermediate_size"}, false},
		{&a.SharedExperts, []string{"n_shared_experts"}, false},
		{&a.SharedIntermediate, []string{"shared_expert_intermediate_size"}, false},
		{&a.DenseLayers, []string{"first_k_dense_replace"}, false},
		{&a.KVLoRARank, []string{"kv_lora_rank"}, false},
		{&a.QLoRARank, []string{"q_lora_rank"}, false},
		{&a.QKRopeHeadDim, []string{"qk_rope_head_dim"}, false},
		{&a.QKNopeHeadDim, []string{"qk_nope_head_dim"}, false},
		{&a.VHeadDim, []string{"v_head_dim"}, false},
	}
	for _, f := range fields {
		v, _, err := c.int(f.keys...)
		if err != nil {
			return Arch{}, &ConfigError{File: file, Msg: err.Error()}
		}
		if v == 0 && f.required {
			return Arch{}, &ConfigError{File: file, Msg: "no " + f.keys[0] + ": want a decoder-only transformer's config.json, such as a Llama, Qwen or Mistral model's"}
		}
		*f.dst = v
	}
	if a.KVHeads == 0 {
		a.KVHeads = a.Heads
	}
	if a.HeadDim == 0 {
		if a.Hidden%a.Heads != 0 {
			return Arch{}, &ConfigError{File: file, Msg: fmt.Sprintf("hidden_size %d is not a multiple of num_attention_heads %d, and no head_dim", a.Hidden, a.Heads)}
		}
		a.HeadDim = a.Hidden / a.Heads
	}
	if a.Intermediate == 0 && !a.MoE() {
		a.Intermediate = 4 * a.Hidden
	}
	// Mixtral's experts are as wide as a dense MLP.
	if a.MoE() && a.MoEIntermediate == 0 {
		a.MoEIntermediate = a.Intermediate
	}
	switch {
	case a.KVHeads > a.Heads || a.Heads%a.KVHeads != 0:
		return Arch{}, &ConfigError{File: file, Msg: fmt.Sprintf("num_key_value_heads %d does not divide num_attention_heads %d", a.KVHeads, a.Heads)}
	case a.MoE() && (a.ExpertsPerToken == 0 || a.ExpertsPerToken > a.Experts):
		return Arch{}, &ConfigError{File: file, Msg: fmt.Sprintf("num_experts_per_tok %d: want 1 to the %d experts", a.ExpertsPerToken, a.Experts)}
	case a.MoE() && a.MoEIntermediate == 0:
		return Arch{}, &ConfigError{File: file, Msg: "experts without moe_intermediate_size or intermediate_size"}
	case a.DenseLayers > a.Layers:
		return Arch{}, &ConfigError{File: file, Msg: fmt.Sprintf("first_k_dense_replace %d is more than the %d layers", a.DenseLayers, a.Layers)}
	}
	if a.MLA() && (a.QKRopeHeadDim == 0 || a.VHeadDim == 0) {
		return Arch{}, &ConfigError{File: file, Msg: "kv_lora_rank without qk_rope_head_dim and v_head_dim"}
	}
	// Most families say whether the output layer shares the embedding;
	// where a config does not, it does not (the Llama default).
	a.TiedEmbeddings = c.boolean("tie_word_embeddings", false)
	a.NotLLM = !generatesText(c)
	a.WeightsDtype = c.str("torch_dtype")
	if q, ok := c["quantization_config"]; ok {
		var qc hfConfig
		if json.Unmarshal(q, &qc) == nil && qc.str("quant_method") != "" {
			a.WeightsDtype = qc.str("quant_method")
		}
	}
	return a, nil
}

// generatesText reports whether a config is a text generator's: its
// architectures end in ForCausalLM or name a conditional generator that is
// not a speech model; a config without architectures is taken to be one.
func generatesText(c hfConfig) bool {
	var archs []string
	_ = json.Unmarshal(c["architectures"], &archs)
	speech := map[string]bool{"whisper": true, "wav2vec2": true, "hubert": true, "speecht5": true, "seamless_m4t": true}
	if speech[strings.ToLower(c.str("model_type"))] {
		return false
	}
	if len(archs) == 0 {
		return true
	}
	for _, name := range archs {
		if strings.HasSuffix(name, "ForCausalLM") || strings.HasSuffix(name, "LMHeadModel") || strings.HasSuffix(name, "ForConditionalGeneration") {
			return true
		}
	}
	return false
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
