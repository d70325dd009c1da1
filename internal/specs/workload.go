package specs

import (
	"strings"

	"github.com/gpuspec/gpuspec/internal/i18n"
)

// Workload is a kind of work, by its slug. A family serves a workload when the
// document lists a matching application scenario for it.
type Workload string

const (
	Training    Workload = "training"
	Inference   Workload = "inference"
	CloudGaming Workload = "cloud-gaming"
	ARVR        Workload = "ar-vr"
	Graphics    Workload = "graphics"
	Scientific  Workload = "scientific"
	Transcoding Workload = "transcoding"
	GPUDatabase Workload = "gpu-database"
	Teaching    Workload = "teaching"
	// Work the current pages name that the nine slugs above do not cover.
	LLMInference   Workload = "llm-inference"
	AIGC           Workload = "aigc"
	CloudPhone     Workload = "cloud-phone"
	Recommendation Workload = "search-recommendation"
	Confidential   Workload = "confidential-computing"
)

// WorkloadInfo describes a workload slug for help text and the TUI.
type WorkloadInfo struct {
	Slug  Workload
	Label i18n.Text
	About i18n.Text
	// Implies is a broader workload that a family serving this one
	// serves too: large-model inference is inference.
	Implies Workload
}

// Workloads lists every workload slug, in the order help and the TUI show them.
var Workloads = []WorkloadInfo{
	{Training, i18n.Text{EN: "training", ZH: "训练"}, i18n.Text{EN: "deep-learning training", ZH: "深度学习训练"}, ""},
	{Inference, i18n.Text{EN: "inference", ZH: "推理"}, i18n.Text{EN: "AI inference (deep learning and machine learning)", ZH: "AI 推理（深度学习与机器学习）"}, ""},
	{CloudGaming, i18n.Text{EN: "cloud gaming", ZH: "云游戏"}, i18n.Text{EN: "real-time rendering for cloud games", ZH: "云游戏的云端实时渲染"}, ""},
	{ARVR, i18n.Text{EN: "AR/VR", ZH: "AR/VR"}, i18n.Text{EN: "real-time rendering for AR and VR", ZH: "AR 与 VR 的云端实时渲染"}, ""},
	{Graphics, i18n.Text{EN: "graphics", ZH: "图形"}, i18n.Text{EN: "graphics workstations, heavy graphics, rendering", ZH: "图形工作站、重载图形计算、渲染"}, ""},
	{Scientific, i18n.Text{EN: "scientific", ZH: "科学计算"}, i18n.Text{EN: "scientific computing and HPC", ZH: "科学计算与高性能计算"}, ""},
	{Transcoding, i18n.Text{EN: "transcoding", ZH: "编解码"}, i18n.Text{EN: "media encoding and decoding", ZH: "多媒体编解码"}, ""},
	{GPUDatabase, i18n.Text{EN: "GPU database", ZH: "GPU 数据库"}, i18n.Text{EN: "GPU-accelerated databases", ZH: "GPU 加速数据库"}, ""},
	{Teaching, i18n.Text{EN: "teaching", ZH: "教学实验"}, i18n.Text{EN: "deep-learning teaching and experiment environments", ZH: "深度学习教学与模型实验环境"}, ""},
	{LLMInference, i18n.Text{EN: "LLM inference", ZH: "大模型推理"}, i18n.Text{EN: "serving large language models, often across several GPUs", ZH: "大语言模型推理，常需多卡并行"}, Inference},
	{AIGC, i18n.Text{EN: "AIGC", ZH: "AIGC"}, i18n.Text{EN: "generating images and video with AI models", ZH: "AI 生成图像与视频"}, Inference},
	{CloudPhone, i18n.Text{EN: "cloud phone", ZH: "云手机"}, i18n.Text{EN: "Android cloud phones, cloud mobile games and Android apps served remotely", ZH: "Android 云手机、云手游与远程 Android 应用"}, ""},
	{Recommendation, i18n.Text{EN: "search & recommendation", ZH: "搜索推荐"}, i18n.Text{EN: "search, advertising and recommendation models, which want many vCPUs per GPU", ZH: "搜索、广告与推荐模型，每块 GPU 需较多 vCPU"}, ""},
	{Confidential, i18n.Text{EN: "confidential computing", ZH: "机密计算"}, i18n.Text{EN: "training and inference with data encrypted while the GPU computes", ZH: "GPU 计算过程中数据保持加密的训练与推理"}, ""},
}

// Implied returns the workload a slug implies, or "".
func Implied(w Workload) Workload {
	for _, info := range Workloads {
		if info.Slug == w {
			return info.Implies
		}
	}
	return ""
}

// WorkloadSlugs returns every slug as a string, for flag validation and
// completion.
func WorkloadSlugs() []string {
	out := make([]string, len(Workloads))
	for i, w := range Workloads {
		out[i] = string(w.Slug)
	}
	return out
}

// ParseWorkload accepts a slug in any case.
func ParseWorkload(s string) (Workload, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, w := range Workloads {
		if string(w.Slug) == s {
			return w.Slug, true
		}
	}
	return "", false
}

// Serves reports whether the type's family lists the workload.
func (it *InstanceType) Serves(w Workload) bool {
	// A vWS licence is a licence for graphics workstations: a type that
	// includes one serves graphics, whatever its family lists.
	if w == Graphics && it.LicenseIncluded {
		return true
	}
	for _, x := range it.Workloads {
		if x == w {
			return true
		}
	}
	return false
}

// ServesAny reports whether the type serves any of the workload slugs.
func (it *InstanceType) ServesAny(slugs []string) bool {
	for _, s := range slugs {
		if it.Serves(Workload(s)) {
			return true
		}
	}
	return false
}

// JoinWorkloads writes workloads as one string, sep between them.
func JoinWorkloads(ws []Workload, sep string) string {
	s := make([]string, len(ws))
	for i, w := range ws {
		s[i] = string(w)
	}
	return strings.Join(s, sep)
}
