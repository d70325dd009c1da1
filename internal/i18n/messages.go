package i18n

// messages is every user-facing string of gpuspec, in English and Chinese
// side by side. Format verbs must match in both (TestMessagesComplete).
var messages = map[string]Text{
	// Words used everywhere.
	"word.yes": {"yes", "是"},
	"sep.list": {", ", "、"},
	"word.no":  {"no", "否"},

	// The root command and cobra's own words.
	"root.short": {"Choose an Alibaba Cloud ECS GPU instance type", "挑选阿里云 ECS GPU 实例规格"},
	"root.long": {`gpuspec helps you choose an Alibaba Cloud ECS GPU instance type.

Its catalog comes from Alibaba Cloud's overview of the GPU compute families
(gn7, vgn6i, gn6i, gn6e, gn6v, vgn5i, gn5, gn5i: 38 types) and is built in:
no file and no network are needed.`,
		`gpuspec 帮你挑选阿里云 ECS GPU 实例规格。

内置目录来自阿里云「GPU计算型实例概述」文档（gn7、vgn6i、gn6i、gn6e、gn6v、
vgn5i、gn5、gn5i 共 38 个规格），无需任何文件或网络。`},
	"help.usage":        {"Usage", "用法"},
	"help.aliases":      {"Aliases", "别名"},
	"help.examples":     {"Examples", "示例"},
	"help.commands":     {"Commands", "命令"},
	"help.flags":        {"Flags", "参数"},
	"help.global_flags": {"Global flags", "全局参数"},
	"help.more":         {`Use "%s [command] --help" for more about a command.`, `运行 "%s [命令] --help" 查看命令详情。`},
	"help.command_word": {"command", "命令"},
	"help.short":        {"Help about any command", "查看任一命令的帮助"},
	"help.long":         {"Help prints the help of any command: gpuspec help list.", "显示任一命令的帮助，例如：gpuspec help list。"},
	"flag.help":         {"help for %s", "显示 %s 的帮助"},
	"flag.lang":         {"output language `LANG`: %s (default from GPUSPEC_LANG, LC_ALL, LC_MESSAGES, LANG)", "输出语言（`LANG`）：%s（默认取自 GPUSPEC_LANG、LC_ALL、LC_MESSAGES、LANG）"},
	"arg.name":          {"instance type or family name", "实例规格或规格族名称"},

	// list
	"list.short": {"List GPU instance types, filtered and sorted", "列出 GPU 实例规格，可筛选和排序"},
	"list.long": {`List the GPU instance types that match every filter given.

A RANGE is N (exactly N), MIN..MAX, MIN.. or ..MAX; decimals are allowed,
as in --gpus 0.25..1. Workloads: training, inference, cloud-gaming, ar-vr,
graphics, scientific, transcoding, gpu-database, teaching.

--sort takes any JSON key of -o json, with :asc or :desc, and several keys
separated by commas: --sort gpu_memory_gib:desc,vcpu.`,
		`列出满足全部筛选条件的 GPU 实例规格。

RANGE 可写作 N（恰为 N）、MIN..MAX、MIN.. 或 ..MAX，可用小数，如 --gpus 0.25..1。
场景（--workload）：training、inference、cloud-gaming、ar-vr、graphics、scientific、
transcoding、gpu-database、teaching。

--sort 可用 -o json 的任一键名，后加 :asc 或 :desc，多个键用逗号分隔：
--sort gpu_memory_gib:desc,vcpu。`},
	"list.example": {`  gpuspec list --gpu T4
  gpuspec list --workload inference --gpu-memory 16.. --sort vcpu
  gpuspec list --vgpu --license-included -o wide
  gpuspec list --gpus 4.. --sort gpu_memory_gib:desc -o json`,
		`  gpuspec list --gpu T4
  gpuspec list --workload inference --gpu-memory 16.. --sort vcpu
  gpuspec list --vgpu --license-included -o wide
  gpuspec list --gpus 4.. --sort gpu_memory_gib:desc -o json`},
	"list.none_match":       {"no instance types match the filters", "没有符合筛选条件的实例规格"},
	"flag.gpu":              {"GPU `MODEL`, any case: T4, V100, A100, P100, P4 (repeatable, or comma-separated)", "GPU 型号（`MODEL`），不区分大小写：T4、V100、A100、P100、P4（可重复或用逗号分隔）"},
	"flag.family":           {"instance family `NAME`, such as gn6i (repeatable, or comma-separated)", "规格族名称（`NAME`），如 gn6i（可重复或用逗号分隔）"},
	"flag.vcpus":            {"vCPU count", "vCPU 数"},
	"flag.memory":           {"memory in GiB", "内存（GiB）"},
	"flag.gpus":             {"GPU count; fractions for vGPU slices, such as 0.25", "GPU 数；vGPU 分片用小数，如 0.25"},
	"flag.gpu_memory":       {"memory of each physical GPU in GiB (16 for a T4 slice)", "单块物理 GPU 的显存（GiB；T4 分片为 16）"},
	"flag.total_gpu_memory": {"GPU memory the instance gets in GiB (4 for a quarter T4)", "实例获得的显存总量（GiB；1/4 T4 为 4）"},
	"flag.network":          {"network bandwidth in Gbit/s", "网络带宽（Gbit/s）"},
	"flag.vgpu":             {"only vGPU slices; --vgpu=false for only whole GPUs", "仅 vGPU 分片；--vgpu=false 则仅整卡"},
	"flag.license_included": {"only types that include the Quadro vWS licence", "仅已包含 Quadro vWS License 的规格"},
	"flag.workload":         {"`SLUG` of a workload every type must serve: training, inference, cloud-gaming, ar-vr, graphics, scientific, transcoding, gpu-database, teaching (repeatable)", "规格须适用的场景（`SLUG`）：training、inference、cloud-gaming、ar-vr、graphics、scientific、transcoding、gpu-database、teaching（可重复）"},
	"flag.sort":             {"sort by `FIELD[:asc|desc]`, any JSON key; several separated by commas", "按 `FIELD[:asc|desc]` 排序，可用任一 JSON 键名；多个用逗号分隔"},
	"flag.limit":            {"print at most `N` types", "最多输出 `N` 个规格"},
	"flag.output":           {"output `FORMAT`: %s (default %s)", "输出格式（`FORMAT`）：%s（默认 %s）"},

	// show
	"show.short": {"Show an instance type or a family in full", "显示实例规格或规格族的全部信息"},
	"show.long": {`Show everything known about instance types or families.

A NAME is an instance type, in full or without "ecs.", in any case
(ecs.gn6i-c4g1.xlarge, gn6i-c4g1.xlarge), or a family (gn6i). A type shows
its figures, its family's notes and its GPU's datasheet figures; a family
shows its facts, scenarios, licensing notes and its types.`,
		`显示实例规格或规格族的全部信息。

NAME 可以是实例规格（完整名称或省略 "ecs."，不区分大小写，如 ecs.gn6i-c4g1.xlarge、
gn6i-c4g1.xlarge），也可以是规格族（如 gn6i）。规格显示其各项指标、所属规格族的
说明和 GPU 数据手册指标；规格族显示其特点、适用场景、License 说明和全部规格。`},
	"show.example": {`  gpuspec show gn6i
  gpuspec show gn6i-c4g1.xlarge
  gpuspec show ecs.vgn6i-m4-vws.xlarge -o json`,
		`  gpuspec show gn6i
  gpuspec show gn6i-c4g1.xlarge
  gpuspec show ecs.vgn6i-m4-vws.xlarge -o json`},

	// Table headers.
	"col.instance_type":          {"INSTANCE TYPE", "实例规格"},
	"col.family":                 {"FAMILY", "规格族"},
	"col.vcpu":                   {"vCPU", "vCPU"},
	"col.memory_gib":             {"MEMORY (GiB)", "内存 (GiB)"},
	"col.gpu_model":              {"GPU", "GPU"},
	"col.gpu_count":              {"GPUS", "GPU 数"},
	"col.gpu_memory_per_gpu_gib": {"MEM/GPU (GiB)", "单卡显存 (GiB)"},
	"col.gpu_memory_gib":         {"GPU MEMORY (GiB)", "显存 (GiB)"},
	"col.network_gbps":           {"NETWORK (Gbit/s)", "网络 (Gbit/s)"},
	"col.pps":                    {"PPS", "PPS"},
	"col.storage_iops":           {"IOPS", "IOPS"},
	"col.nic_queues":             {"QUEUES", "多队列"},
	"col.enis":                   {"ENIS", "弹性网卡"},
	"col.private_ips_per_eni":    {"IPS/ENI", "单网卡 IP"},
	"col.local_storage_gib":      {"LOCAL (GiB)", "本地盘 (GiB)"},
	"col.recommended":            {"RECOMMENDED", "推荐"},
	"col.availability":           {"AVAILABILITY", "售卖状态"},
	"col.vgpu":                   {"vGPU", "vGPU"},
	"col.license_included":       {"LICENCE", "含 License"},
	"col.workloads":              {"WORKLOADS", "适用场景"},
	"col.zones":                  {"ZONES", "可用区"},
	"col.price_per_hour":         {"PRICE/HOUR", "每小时价格"},
	"col.notes":                  {"NOTES", "备注"},

	"availability.on-sale":     {"on sale", "在售"},
	"availability.invite-only": {"invitation only", "邀测"},
	"note.recommended":         {"recommended", "推荐"},
	"note.invite-only":         {"invite-only", "邀测"},
	"note.vgpu":                {"vGPU", "vGPU"},
	"note.vws":                 {"vWS licence", "含 vWS License"},

	"source.document":  {"document", "文档"},
	"source.api":       {"API", "API"},
	"source.file":      {"file", "文件"},
	"source.datasheet": {"datasheet", "数据手册"},
	"source.estimate":  {"estimate", "估算"},

	"disk.cloud_essd":       {"ESSD", "ESSD 云盘"},
	"disk.cloud_ssd":        {"SSD", "SSD 云盘"},
	"disk.cloud_efficiency": {"ultra disk", "高效云盘"},

	"unit.gib":      {"%s GiB", "%s GiB"},
	"unit.gbps":     {"%s Gbit/s", "%s Gbit/s"},
	"unit.gbs":      {"%s GB/s", "%s GB/s"},
	"unit.pps":      {"%s packets/s", "%s 包/秒"},
	"unit.tflops":   {"%s TFLOPS", "%s TFLOPS"},
	"unit.tops":     {"%s TOPS", "%s TOPS"},
	"unit.per_hour": {"%s per hour", "%s/小时"},

	// show's detail view.
	"detail.family":              {"Family", "规格族"},
	"detail.status":              {"Status", "状态"},
	"detail.recommended_and":     {"recommended, %s", "推荐，%s"},
	"detail.other_on_sale":       {"not in the recommended list, %s", "非推荐规格族，%s"},
	"detail.vcpu":                {"vCPU", "vCPU"},
	"detail.memory":              {"Memory", "内存"},
	"detail.gpu":                 {"GPU", "GPU"},
	"detail.gpu_whole":           {"%s × %s", "%s × %s"},
	"detail.gpu_slice":           {"%s of an %s (vGPU slice)", "%s 块 %s（vGPU 分片）"},
	"detail.gpu_memory":          {"GPU memory", "显存"},
	"detail.gpu_memory_whole":    {"%s GiB (%s GiB per GPU)", "%s GiB（每块 GPU %s GiB）"},
	"detail.gpu_memory_slice":    {"%s GiB (%s of a %s GiB card)", "%s GiB（%s 块 %s GiB 显卡）"},
	"detail.network":             {"Network", "网络带宽"},
	"detail.pps":                 {"Packet rate", "网络收发包 PPS"},
	"detail.storage_iops":        {"Storage IOPS", "存储 IOPS 基准"},
	"detail.nic_queues":          {"NIC queues", "多队列"},
	"detail.enis":                {"ENIs", "弹性网卡"},
	"detail.private_ips_per_eni": {"Private IPs per ENI", "单网卡私有 IP"},
	"detail.local_storage":       {"Local storage", "本地存储"},
	"detail.vgpu":                {"vGPU", "vGPU"},
	"detail.licence":             {"Licence", "License"},
	"detail.licence_included":    {"NVIDIA Quadro vWS licence included; any image works", "已包含 NVIDIA Quadro vWS License，可用任意镜像"},
	"detail.licence_needed":      {"not included: graphics (OpenGL) needs a GRID licence, see the family's licensing notes", "不含：图形功能（OpenGL）需要 GRID License，见规格族的 License 说明"},
	"detail.licence_not_needed":  {"none needed (not a vGPU type)", "无需（非 vGPU 规格）"},
	"detail.workloads":           {"Workloads", "适用场景"},
	"detail.zones":               {"Zones with stock", "有库存的可用区"},
	"detail.price":               {"Price", "价格"},
	"detail.source":              {"Source", "来源"},
	"detail.fetched":             {"%s, fetched %s", "%s，获取于 %s"},
	"detail.none":                {"none", "无"},
	"detail.not_listed":          {"not listed", "未列出"},
	"detail.not_stated":          {"not stated", "未说明"},
	"detail.family_heading":      {"Family %s", "规格族 %s"},
	"detail.no_family_facts":     {"The document has no facts about this family; its types come from the API or a catalog file.", "文档中没有该规格族的信息；其规格来自 API 或目录文件。"},
	"detail.types_heading":       {"Instance types (%d)", "实例规格（%d 个）"},
	"detail.gpu_interconnect":    {"GPU interconnect", "GPU 互联"},
	"detail.cpu":                 {"CPU", "处理器"},
	"detail.cpu_clock":           {"%s, %s GHz", "%s，主频 %s GHz"},
	"detail.vcpu_memory":         {"vCPU : memory", "处理器与内存配比"},
	"detail.slices":              {"vGPU slices", "vGPU 分片"},
	"detail.disks":               {"Cloud disks", "云盘"},
	"detail.io_optimized":        {"I/O optimised", "I/O 优化"},
	"detail.ipv6":                {"IPv6", "IPv6"},
	"detail.scenarios":           {"Scenarios", "适用场景"},
	"detail.licensing":           {"Licensing (GRID / vWS)", "License 说明（GRID / vWS）"},
	"detail.notes":               {"Notes", "说明"},
	"detail.gpu_heading":         {"GPU: %s", "GPU：%s"},
	"detail.gpu_heading_slice":   {"GPU: %s, %s of the card (throughput estimated as that share)", "GPU：%s，分得 %s（算力按比例估算）"},

	"gpu.col.figure":         {"FIGURE", "指标"},
	"gpu.col.value":          {"VALUE", "数值"},
	"gpu.col.source":         {"SOURCE", "来源"},
	"gpu.not_published":      {"not published", "未公布"},
	"gpu.architecture":       {"Architecture", "架构"},
	"gpu.compute_capability": {"Compute capability", "计算能力"},
	"gpu.form_factor":        {"Form factor", "规格形态"},
	"gpu.memory":             {"Memory per GPU", "单卡显存"},
	"gpu.memory_type":        {"Memory type", "显存类型"},
	"gpu.memory_bandwidth":   {"Memory bandwidth", "显存带宽"},
	"gpu.cuda_cores":         {"CUDA cores", "CUDA 核心"},
	"gpu.tensor_cores":       {"Tensor cores", "Tensor 核心"},
	"gpu.fp64":               {"FP64", "FP64"},
	"gpu.fp32":               {"FP32", "FP32"},
	"gpu.fp16":               {"FP16", "FP16"},
	"gpu.fp16_tensor":        {"FP16 (tensor)", "FP16（Tensor）"},
	"gpu.int8":               {"INT8", "INT8"},
	"gpu.int4":               {"INT4", "INT4"},
	"gpu.tensor_precisions":  {"Tensor-core precisions", "Tensor 核心精度"},
	"gpu.bf16":               {"BF16", "BF16"},
	"gpu.nvlink":             {"NVLink", "NVLink"},

	// Errors. Each names the input and what would be accepted.
	"err.unknown_command":             {"unknown command %q for %q: see '%[2]s --help'", "%[2]q 没有命令 %[1]q：见 '%[2]s --help'"},
	"err.unknown_command_suggest":     {"unknown command %q for %q: did you mean %q?", "%[2]q 没有命令 %[1]q：是否想用 %[3]q？"},
	"err.unknown_flag":                {"unknown flag %s for '%s': see '%[2]s --help'", "'%[2]s' 没有参数 %[1]s：见 '%[2]s --help'"},
	"err.unknown_shorthand":           {"unknown flag %s for '%s': see '%[2]s --help'", "'%[2]s' 没有参数 %[1]s：见 '%[2]s --help'"},
	"err.flag_needs_value":            {"%s needs a value", "%s 需要一个值"},
	"err.want_bool":                   {"%s %q: want true or false", "%s %q：应为 true 或 false"},
	"err.want_int":                    {"%s %q: want a whole number", "%s %q：应为整数"},
	"err.want_duration":               {"%s %q: want a duration such as 30s or 2m", "%s %q：应为时长，如 30s 或 2m"},
	"err.bad_flag_value":              {"%s %q: not a valid value", "%s %q：取值无效"},
	"err.bad_flag_syntax":             {"bad flag syntax %q", "参数写法有误：%q"},
	"err.bad_enum":                    {"%s %q: want one of %s", "%s %q：应为以下之一：%s"},
	"err.bad_enum_suggest":            {"%s %q: did you mean %q? want one of %s", "%s %q：是否想用 %q？可选值：%s"},
	"err.bad_env":                     {"%s=%q: want one of %s", "%s=%q：应为以下之一：%s"},
	"err.range_syntax":                {"%s %q: want N, MIN..MAX, MIN.. or ..MAX", "%s %q：应为 N、MIN..MAX、MIN.. 或 ..MAX"},
	"err.range_negative":              {"%s %q: want numbers of 0 or more", "%s %q：数值不能为负"},
	"err.range_not_whole":             {"%s %q: want whole numbers", "%s %q：应为整数"},
	"err.range_min_max":               {"%s %q: MIN is greater than MAX", "%s %q：MIN 大于 MAX"},
	"err.sort_direction":              {"--sort %q: unknown direction %q: want asc or desc", "--sort %q：未知排序方向 %q：应为 asc 或 desc"},
	"err.limit":                       {"--limit %q: want a whole number of 1 or more", "--limit %q：应为不小于 1 的整数"},
	"err.no_args":                     {"'%s' takes no arguments, got %q", "'%s' 不接受参数，收到 %q"},
	"err.min_args":                    {"'%s' needs at least %d %s", "'%s' 至少需要 %d 个%s"},
	"err.unknown_type_or_family":      {"unknown instance type or family %q: did you mean %s?", "未知的实例规格或规格族 %q：是否想找 %s？"},
	"err.unknown_type_or_family_none": {"unknown instance type or family %q: see 'gpuspec list' for the names", "未知的实例规格或规格族 %q：可用 'gpuspec list' 查看名称"},
	"err.unknown_type":                {"unknown instance type %q: did you mean %s?", "未知的实例规格 %q：是否想找 %s？"},
	"err.unknown_type_none":           {"unknown instance type %q: see 'gpuspec list' for the names", "未知的实例规格 %q：可用 'gpuspec list' 查看名称"},
}
