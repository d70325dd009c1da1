package recommend

import (
	"strings"
	"testing"
)

// A Llama 3.1 8B config.json as Hugging Face publishes it, keys sizing
// does not read included.
const llamaConfig = `{
  "architectures": ["LlamaForCausalLM"],
  "attention_bias": false,
  "bos_token_id": 128000,
  "eos_token_id": [128001, 128008, 128009],
  "hidden_act": "silu",
  "hidden_size": 4096,
  "initializer_range": 0.02,
  "intermediate_size": 14336,
  "max_position_embeddings": 131072,
  "model_type": "llama",
  "num_attention_heads": 32,
  "num_hidden_layers": 32,
  "num_key_value_heads": 8,
  "rms_norm_eps": 1e-05,
  "rope_scaling": {"factor": 8.0, "rope_type": "llama3"},
  "rope_theta": 500000.0,
  "tie_word_embeddings": false,
  "torch_dtype": "bfloat16",
  "vocab_size": 128256
}`

func TestParseConfig(t *testing.T) {
	a, err := ParseConfig("config.json", []byte(llamaConfig))
	if err != nil {
		t.Fatal(err)
	}
	want := preset(t, "llama-3.1-8b")
	if a.Params() != want.Params() || a.KVElementsPerToken() != want.KVElementsPerToken() || a.HeadDim != 128 || a.Context != 131072 || a.NotLLM || a.DefaultPrecision() != "fp16" {
		t.Errorf("parsed %+v", a)
	}
	// A multimodal model's language model is its text_config.
	vl, err := ParseConfig("vl.json", []byte(`{"architectures": ["LlavaForConditionalGeneration"], "text_config": `+llamaConfig+`, "vision_config": {"hidden_size": 1024}}`))
	if err != nil || vl.Params() != a.Params() || vl.NotLLM {
		t.Errorf("text_config: %+v %v", vl, err)
	}
	// Mixtral: experts as wide as the dense MLP.
	mix, err := ParseConfig("mixtral.json", []byte(`{"architectures": ["MixtralForCausalLM"], "hidden_size": 4096, "intermediate_size": 14336, "num_attention_heads": 32, "num_hidden_layers": 32, "num_key_value_heads": 8, "num_local_experts": 8, "num_experts_per_tok": 2, "vocab_size": 32000}`))
	mixtral := preset(t, "mixtral-8x7b")
	if err != nil || mix.MoEIntermediate != 14336 || mix.Params() != mixtral.Params() {
		t.Errorf("mixtral: %+v %v", mix, err)
	}
	// A speech model sizes, but has no tokens per second.
	whisper, err := ParseConfig("whisper.json", []byte(`{"architectures": ["WhisperForConditionalGeneration"], "model_type": "whisper", "d_model": 1280, "num_hidden_layers": 32, "encoder_attention_heads": 20, "num_attention_heads": 20, "vocab_size": 51866}`))
	if err != nil || !whisper.NotLLM {
		t.Errorf("whisper: %+v %v", whisper, err)
	}
	fp8, _ := ParseConfig("v3.json", []byte(`{"hidden_size": 7168, "num_attention_heads": 128, "num_hidden_layers": 61, "vocab_size": 129280, "quantization_config": {"quant_method": "fp8"}}`))
	if fp8.DefaultPrecision() != "fp8" {
		t.Errorf("fp8 weights: %q", fp8.DefaultPrecision())
	}
}

func TestParseConfigErrors(t *testing.T) {
	for _, tc := range []struct{ data, want string }{
		{``, "not valid JSON: EOF"},
		{`[1, 2]`, "not a JSON object: want a model's config.json"},
		{`{"hidden_size": 4096`, "not valid JSON: unexpected EOF"},
		{`{"_class_name": "UNet2DConditionModel", "sample_size": 64}`, "no num_hidden_layers: want a decoder-only transformer's config.json"},
		{`{"num_hidden_layers": 32, "num_attention_heads": 32, "vocab_size": 32000}`, "no hidden_size"},
		{`{"num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "vocab_size": 32000, "num_key_value_heads": 5}`, "num_key_value_heads 5 does not divide num_attention_heads 32"},
		{`{"num_hidden_layers": 32, "hidden_size": 4100, "num_attention_heads": 32, "vocab_size": 32000}`, "hidden_size 4100 is not a multiple of num_attention_heads 32"},
		{`{"num_hidden_layers": "32", "hidden_size": 4096, "num_attention_heads": 32, "vocab_size": 32000}`, "num_hidden_layers: want a whole number"},
		{`{"num_hidden_layers": 32.5, "hidden_size": 4096, "num_attention_heads": 32, "vocab_size": 32000}`, "num_hidden_layers: want a whole number"},
		{`{"num_hidden_layers": -1, "hidden_size": 4096, "num_attention_heads": 32, "vocab_size": 32000}`, "num_hidden_layers: want a whole number"},
		{`{"num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "vocab_size": 32000, "num_local_experts": 8, "num_experts_per_tok": 9}`, "num_experts_per_tok 9: want 1 to the 8 experts"},
		{`{"num_hidden_layers": 4, "hidden_size": 4096, "num_attention_heads": 32, "vocab_size": 32000, "n_routed_experts": 8, "num_experts_per_tok": 2, "moe_intermediate_size": 1024, "first_k_dense_replace": 5}`, "first_k_dense_replace 5 is more than the 4 layers"},
	} {
		_, err := ParseConfig("c.json", []byte(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "c.json: ") {
			t.Errorf("%s: %v, want %q", tc.data, err, tc.want)
		}
	}
}

// FuzzParseConfig: any bytes give an error or a shape whose figures are
// sane.
func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(llamaConfig))
	f.Add([]byte(`{"num_hidden_layers": 1, "hidden_size": 64, "num_attention_heads": 1, "vocab_size": 1}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseConfig("f.json", data)
		if err != nil {
			return
		}
		if a.Layers <= 0 || a.Hidden <= 0 || a.Heads <= 0 || a.KVHeads <= 0 || a.HeadDim <= 0 || a.Params() < 0 || a.KVElementsPerToken() <= 0 {
			t.Fatalf("accepted %+v", a)
		}
	})
}
