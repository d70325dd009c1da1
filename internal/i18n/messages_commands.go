package i18n

// commandMessages are the commands: the help of every command and flag.
var commandMessages = []message{
	{"root.short", "Choose an Alibaba Cloud ECS GPU instance type", "挑选阿里云 ECS GPU 实例规格"},
	{"root.long", `gpuspec helps you choose an Alibaba Cloud ECS GPU instance type.

Its catalog comes from Alibaba Cloud's overview of the GPU compute families
(gn7, vgn6i, gn6i, gn6e, gn6v, vgn5i, gn5, gn5i: 38 types) and is built in:
no file and no network are needed.`,
		`gpuspec 帮你挑选阿里云 ECS GPU 实例规格。

内置目录来自阿里云「GPU计算型实例概述」文档（gn7、vgn6i、gn6i、gn6e、gn6v、
vgn5i、gn5、gn5i 共 38 个规格），无需任何文件或网络。`},
	{"help.usage", "Usage", "用法"},
	{"help.aliases", "Aliases", "别名"},
	{"help.examples", "Examples", "示例"},
	{"help.commands", "Commands", "命令"},
	{"help.flags", "Flags", "参数"},
	{"help.global_flags", "Global flags", "全局参数"},
	{"help.more", `Use "%s [command] --help" for more about a command.`, `运行 "%s [命令] --help" 查看命令详情。`},
	{"help.command_word", "command", "命令"},
	{"help.short", "Help about any command", "查看任一命令的帮助"},
	{"help.long", "Help prints the help of any command: gpuspec help list.", "显示任一命令的帮助，例如：gpuspec help list。"},
	{"flag.help", "help for %s", "显示 %s 的帮助"},
	{"flag.lang", "output language `LANG`: %s (default from GPUSPEC_LANG, LC_ALL, LC_MESSAGES, LANG)", "输出语言（`LANG`）：%s（默认取自 GPUSPEC_LANG、LC_ALL、LC_MESSAGES、LANG）"},
	{"arg.name", "instance type or family name", "实例规格或规格族名称"},
	{"list.short", "List GPU instance types, filtered and sorted", "列出 GPU 实例规格，可筛选和排序"},
	{"list.long", `List the GPU instance types that match every filter given.

Filters combine with AND: every flag given must hold, and a RANGE or a
--match given twice must hold both times. The names of --gpu and --family,
repeated or separated by commas, combine with OR, as do the texts of one
--match and the workloads of one --workload separated by commas: a type
must serve one of --workload training,inference, and both of --workload
training --workload inference.

A RANGE is N (exactly N), MIN..MAX, MIN.. or ..MAX; decimals and fractions
are allowed, as in --gpus 0.25..1 or --gpus 1/4.

--sort takes any JSON key of -o json, with :asc or :desc, and several keys
separated by commas: --sort gpu_memory_gib:desc,vcpu.`,
		`列出满足全部筛选条件的 GPU 实例规格。

各筛选条件须同时满足：给出的每个参数都须成立，同一个 RANGE 或 --match 给出两次时两次都须成立。
--gpu 与 --family 的多个名称（重复给出或用逗号分隔）任一匹配即可，同一个 --match 中用逗号
分隔的文字、同一个 --workload 中用逗号分隔的场景也是任一即可：--workload training,inference
适用其一即可，--workload training --workload inference 须两者都适用。

RANGE 可写作 N（恰为 N）、MIN..MAX、MIN.. 或 ..MAX，可用小数或分数，如 --gpus 0.25..1、
--gpus 1/4。

--sort 可用 -o json 的任一键名，后加 :asc 或 :desc，多个键用逗号分隔：
--sort gpu_memory_gib:desc,vcpu。`},
	{"list.example", `  gpuspec list --gpu T4
  gpuspec list --workload inference --gpu-memory 16.. --sort vcpu
  gpuspec list --vgpu --license-included -o wide
  gpuspec list --gpus 4.. --sort gpu_memory_gib:desc -o json`,
		`  gpuspec list --gpu T4
  gpuspec list --workload inference --gpu-memory 16.. --sort vcpu
  gpuspec list --vgpu --license-included -o wide
  gpuspec list --gpus 4.. --sort gpu_memory_gib:desc -o json`},
	{"list.none_match", "no instance types match the filters", "没有符合筛选条件的实例规格"},
	{"flag.gpu", "GPU `MODEL`, any case, such as T4, A10 or \"NVIDIA V100\" (repeatable, or comma-separated)", "GPU 型号（`MODEL`），不区分大小写，如 T4、A10 或 \"NVIDIA V100\"（可重复或用逗号分隔）"},
	{"flag.arch", "GPU `ARCH`itecture, any case: Turing, Ampere, ada-lovelace, Hopper, Blackwell… (repeatable, or comma-separated)", "GPU 架构（`ARCH`），不区分大小写：Turing、Ampere、ada-lovelace、Hopper、Blackwell…（可重复或用逗号分隔）"},
	{"flag.bare_metal", "only ECS Bare Metal types; --bare-metal=false for none", "仅裸金属规格；--bare-metal=false 则排除裸金属"},
	{"flag.availability", "`STATUS`: on-sale, invite-only, contact-sales or retired (repeatable, or comma-separated)", "售卖状态（`STATUS`）：on-sale、invite-only、contact-sales 或 retired（可重复或用逗号分隔）"},
	{"flag.include_retired", "also list the retired types that only the original edition has", "同时列出只在原版文档中出现的已下线规格"},
	{"flag.family", "instance family `NAME`, such as gn6i (repeatable, or comma-separated)", "规格族名称（`NAME`），如 gn6i（可重复或用逗号分隔）"},
	{"flag.vcpus", "vCPU count", "vCPU 数"},
	{"flag.memory", "memory in GiB", "内存（GiB）"},
	{"flag.gpus", "GPU count; fractions for vGPU slices, such as 0.25", "GPU 数；vGPU 分片用小数，如 0.25"},
	{"flag.gpu_memory", "memory of each physical GPU in GiB (16 for a T4 slice)", "单块物理 GPU 的显存（GiB；T4 分片为 16）"},
	{"flag.total_gpu_memory", "GPU memory the instance gets in GiB (4 for a quarter T4)", "实例获得的显存总量（GiB；1/4 T4 为 4）"},
	{"flag.network", "network bandwidth in Gbit/s", "网络带宽（Gbit/s）"},
	{"flag.vgpu", "only vGPU slices; --vgpu=false for only whole GPUs", "仅 vGPU 分片；--vgpu=false 则仅整卡"},
	{"flag.license_included", "only types that include an NVIDIA vWS licence (Quadro or GRID vWS)", "仅已包含 NVIDIA vWS License（Quadro 或 GRID vWS）的规格"},
	{"flag.workload", "`SLUG` of a workload the type must serve: %s (repeatable: every one must hold; commas: any one)", "规格须适用的场景（`SLUG`）：%s（可重复，须全部适用；逗号分隔表示任一即可）"},
	{"flag.sort", "sort by `FIELD[:asc|desc]`, any JSON key; several separated by commas", "按 `FIELD[:asc|desc]` 排序，可用任一 JSON 键名；多个用逗号分隔"},
	{"flag.limit", "print at most `N` types", "最多输出 `N` 个规格"},
	{"flag.output", "output `FORMAT`: %s (default %s)", "输出格式（`FORMAT`）：%s（默认 %s）"},
	{"show.short", "Show an instance type or a family in full", "显示实例规格或规格族的全部信息"},
	{"show.long", `Show everything known about instance types or families.

A NAME is an instance type, in full or without "ecs.", in any case
(ecs.gn6i-c4g1.xlarge, gn6i-c4g1.xlarge), or a family (gn6i). A type shows
its figures, its family's notes and its GPU's datasheet figures; a family
shows its facts, scenarios, licensing notes and its types.`,
		`显示实例规格或规格族的全部信息。

NAME 可以是实例规格（完整名称或省略 "ecs."，不区分大小写，如 ecs.gn6i-c4g1.xlarge、
gn6i-c4g1.xlarge），也可以是规格族（如 gn6i）。规格显示其各项指标、所属规格族的
说明和 GPU 数据手册指标；规格族显示其特点、适用场景、License 说明和全部规格。`},
	{"show.example", `  gpuspec show gn6i
  gpuspec show gn6i-c4g1.xlarge
  gpuspec show ecs.vgn6i-m4-vws.xlarge -o json`,
		`  gpuspec show gn6i
  gpuspec show gn6i-c4g1.xlarge
  gpuspec show ecs.vgn6i-m4-vws.xlarge -o json`},
	{"models.short", "List the open models --model knows, with their shapes and sources", "列出 --model 支持的开源模型及其结构与来源"},
	{"models.long", "List the popular open models that 'gpuspec recommend --model NAME' sizes: each\nmodel's parameters (all experts of an MoE model, and those active per token),\nlayers, KV heads (grouped-query attention; MLA is DeepSeek's latent attention;\n\"all\" is full multi-head attention), longest context, and the config.json\nthe figures come from. TEXT keeps the models whose name contains it.\n\nFor a model not listed, give its Hugging Face config.json to\n'gpuspec recommend --model-config FILE'.", "列出 'gpuspec recommend --model NAME' 可估算的常见开源模型：参数量（MoE 模型含\n全部专家，并给出每 token 激活的参数量）、层数、KV 头数（分组查询注意力；MLA 为\nDeepSeek 的潜在注意力；\"全部\"为完整多头注意力）、最长上下文，以及数据所出自的\nconfig.json。TEXT 只保留名称包含它的模型。\n\n未列出的模型，可把其 Hugging Face config.json 交给\n'gpuspec recommend --model-config FILE'。"},
	{"models.example", "  gpuspec models\n  gpuspec models qwen3\n  gpuspec models -o json", "  gpuspec models\n  gpuspec models qwen3\n  gpuspec models -o json"},
	{"models.col.name", "MODEL", "模型"},
	{"models.col.parameters", "PARAMETERS", "参数量"},
	{"models.col.layers", "LAYERS", "层数"},
	{"models.col.kv_heads", "KV HEADS", "KV 头"},
	{"models.col.context", "CONTEXT", "上下文"},
	{"models.col.source", "SOURCE (config.json)", "来源（config.json）"},
	{"models.active", "%s (%s active)", "%s（激活 %s）"},
	{"models.mha", "all %d", "全部 %d"},
	{"recommend.short", "Rank instance types for a workload, constraints or a model, with reasons", "按场景、约束或模型规模为实例规格排名，并说明理由"},
	{"recommend.long", "Rank instance types for what you need, best first, with the reasons.\n\nSay what you need with --workload (repeated: every one must be served;\nseparated by commas: any one), with any filter flag of list (hard\nconstraints), with a model to size (--model NAME from 'gpuspec models',\n--model-config with its config.json, or a bare --model-params size), or\nwith --like TYPE for alternatives to a type that is sold out.\n\nA sized model must fit in the GPUs' usable memory (less ECC on GDDR and the\nCUDA context), at most --max-util of it, on one GPU or tensor parallel over\n2, 4 or 8 of an instance's; for LLM inference, a decode speed is estimated\nfrom memory bandwidth (--explain shows the formula).\n\nThe score is out of 100: 0.9 × fitness + 0.1 × economy. Fitness rates how\nwell the family and its GPU suit the need: the GPU's capability for the\nworkloads (tensor cores, precisions, FP64, video encoders), the document's\nscenarios for the family, how the model fits in GPU memory, the GPU\ngeneration, and whether the family is recommended and on sale. Economy ranks\ncost: the price when one is known, otherwise fewest GPUs (a slice before a\nwhole card), then fewest vCPUs, then least memory.\n\nFamilies not on general sale (invitation-only, through sales) are left out\nunless --include-unavailable is given.", "为你的需求给实例规格排名，最合适的在前，并说明理由。\n\n用 --workload 说明场景（重复给出须全部适用，逗号分隔任一即可），用 list 的任一筛选参数设定硬性约束，\n用模型估算显存（--model NAME，见 'gpuspec models'；--model-config 给出其\nconfig.json；或只给参数量 --model-params），或用 --like TYPE 为售罄的规格找替代。\n\n估算的模型须放进 GPU 的可用显存（扣除 GDDR 的 ECC 与 CUDA 上下文），且不超过\n--max-util，可在单卡上或在一个实例的 2、4、8 块 GPU 上张量并行；LLM 推理还会按显存\n带宽估算解码速度（--explain 显示公式）。\n\n得分满分 100：0.9 × 适配度 + 0.1 × 经济性。适配度衡量规格族及其 GPU 与需求的\n契合程度：GPU 对场景的能力（Tensor Core、精度、FP64、视频编码器）、文档所列的\n适用场景、模型在显存中的余量、GPU 代际，以及是否为推荐、在售规格族。经济性按\n成本排序：已知价格时按价格，否则 GPU 数最少者优先（分片先于整卡），其次 vCPU、\n内存最少。\n\n未公开售卖的规格族（邀测、需联系销售）默认不纳入，加 --include-unavailable 可纳入。"},
	{"recommend.example", "  gpuspec recommend --model llama-3.1-8b --context 8k --batch 8\n  gpuspec recommend --model qwen2.5-72b --precision int4\n  gpuspec recommend --model-config ./config.json --task fine-tune\n  gpuspec recommend --workload cloud-gaming\n  gpuspec recommend --like ecs.gn6v-c8g1.2xlarge\n  gpuspec recommend --workload scientific --gpus 4.. --explain", "  gpuspec recommend --model llama-3.1-8b --context 8k --batch 8\n  gpuspec recommend --model qwen2.5-72b --precision int4\n  gpuspec recommend --model-config ./config.json --task fine-tune\n  gpuspec recommend --workload cloud-gaming\n  gpuspec recommend --like ecs.gn6v-c8g1.2xlarge\n  gpuspec recommend --workload scientific --gpus 4.. --explain"},
	{"flag.model", "a popular open model to size, by `NAME`: llama-3.1-8b, qwen2.5-72b, deepseek-r1… ('gpuspec models' lists them)", "按名称（`NAME`）估算常见开源模型：llama-3.1-8b、qwen2.5-72b、deepseek-r1…（'gpuspec models' 列出全部）"},
	{"flag.model_config", "size the model whose Hugging Face config.json is `FILE`", "按 Hugging Face 的 config.json（`FILE`）估算模型"},
	{"flag.model_params", "model size in `PARAMS`eters, with a guessed shape and full multi-head attention: 7B, 13b, 350M, 1.5e9", "模型参数量（`PARAMS`），形状按参数量推测、按完整多头注意力估算：7B、13b、350M、1.5e9"},
	{"flag.precision", "model `PRECISION`: %s; int8 and int4 are weight-only (default fp16; fp8 for models published in fp8)", "模型精度（`PRECISION`）：%s；int8 与 int4 为仅权重量化（默认 fp16；以 fp8 发布的模型默认 fp8）"},
	{"flag.kv_precision", "KV cache `PRECISION`: %s (default: the precision the model computes in)", "KV 缓存精度（`PRECISION`）：%s（默认：模型计算所用精度）"},
	{"flag.max_util", "the most of each GPU's usable memory a model may take, `SHARE` such as 0.9 or 90%% (default %.2f)", "模型最多可占每块 GPU 可用显存的比例（`SHARE`），如 0.9 或 90%%（默认 %.2f）"},
	{"flag.task", "`TASK` for the model: %s (default inference)", "模型任务（`TASK`）：%s（默认 inference）"},
	{"flag.context", "context length in `TOKENS`, such as 4096 or 4k (default %d)", "上下文长度（`TOKENS`），如 4096 或 4k（默认 %d）"},
	{"flag.batch", "sequences processed at once, `N` (default %d)", "同时处理的序列数（`N`，默认 %d）"},
	{"flag.like", "alternatives to instance `TYPE`, for example when it is sold out", "为实例规格 `TYPE` 找替代，例如售罄时"},
	{"flag.include_unavailable", "keep families not on general sale: invitation-only (gn9gc, gn7s) and through sales (gn8v, gn8is)", "纳入未公开售卖的规格族：邀测（gn9gc、gn7s）与需联系销售（gn8v、gn8is）"},
	{"flag.top", "show the best `N` (default 5 in a table, all in json)", "显示前 `N` 个（表格默认 5 个，json 默认全部）"},
	{"flag.explain", "show every reason and the parts of each score", "显示全部理由及各项得分"},
	{"compare.short", "Compare instance types or families side by side", "并排比较实例规格或规格族"},
	{"compare.long", "Compare 2 to 6 instance types, or 2 to 6 families, side by side: one row\nper field, one column each. Fields whose values differ are highlighted (in\ncolour on a terminal, marked with * otherwise); --diff shows only those.\n\nBesides every field of list, types get derived rows (vCPU, memory and\nGbit/s per GPU) and their GPU's datasheet figures; a vGPU slice gets its\nshare of the card, marked ~. Names follow show's rules.", "并排比较 2 至 6 个实例规格，或 2 至 6 个规格族：每个字段一行，每个规格一列。\n取值不同的字段会突出显示（终端中以颜色，否则以 * 标出）；--diff 只显示这些字段。\n\n除 list 的全部字段外，规格还有派生行（每 GPU 的 vCPU、内存和带宽）及其 GPU 的\n数据手册指标；vGPU 分片按比例估算，以 ~ 标出。名称规则同 show。"},
	{"compare.example", "  gpuspec compare gn6i-c4g1.xlarge gn6v-c8g1.2xlarge\n  gpuspec compare gn6e gn6v --diff\n  gpuspec compare vgn6i-m4.xlarge vgn6i-m4-vws.xlarge -o json", "  gpuspec compare gn6i-c4g1.xlarge gn6v-c8g1.2xlarge\n  gpuspec compare gn6e gn6v --diff\n  gpuspec compare vgn6i-m4.xlarge vgn6i-m4-vws.xlarge -o json"},
	{"flag.diff", "show only the fields that differ", "只显示取值不同的字段"},
	{"flag.tui_query", "start with this search, `EXPR`, as typed after / (such as 'vcpu<=8 gpu=t4 nvidia')", "以此搜索（`EXPR`，与 / 后输入的相同，如 'vcpu<=8 gpu=t4 nvidia'）开始"},
	{"tui.short", "Browse, filter, compare and choose interactively", "交互式浏览、筛选、比较和选定规格"},
	{"tui.long", "Browse the instance types in the terminal, as with fzf or k9s.\n\nKeys: ↑/↓ move (the mouse wheel scrolls, a click selects); tab and shift+tab\n(or w and W) move along the workload bar; v cycles the vGPU / licence filter\n(any, vGPU only, whole GPUs, vWS licence); / searches; s cycles the sort\ncolumn and S reverses it; space marks a type and c compares the marked ones\n(←/→ scroll the types); d shows a type in full (esc, ←, h or backspace go\nback) and p the preview pane; y copies the equivalent command to the\nclipboard (OSC 52); enter chooses: gpuspec prints the marked types, one a\nline, or the highlighted one, and exits, so TYPE=$(gpuspec tui) works.\nesc goes back or clears; q quits; ctrl+c quits with exit 130. ? shows the\nhelp of the view you are in.\n\nSearch: free words match the type, family or GPU's full name, as list\n--match does; FIELD>=N, FIELD<=N and FIELD=VALUE (a number, MIN..MAX, or\nnames separated by commas, any one of which will do) filter, as in vcpu<=8\ngpu=t4 or gpu_mem>=16. Fields: vcpu, mem, gpus, gpu_mem (per GPU),\ntotal_gpu_mem, net, gpu, arch, family, workload, vgpu, licence, bare_metal,\navailability, retired, sort, limit. --query starts with a search.\n\nChips above the table show every filter in force; the status line counts\nN of M and shows the gpuspec list command, with the global flags, that\nprints the same rows in the same order.\nThe TUI draws on the terminal (/dev/tty); without one it exits 2.", "在终端中浏览实例规格，操作方式类似 fzf 或 k9s。\n\n按键：↑/↓ 移动（鼠标滚轮滚动，单击选中）；tab 与 shift+tab（或 w 与 W）在场景栏中切换；\nv 切换 vGPU / License 筛选（不限、仅 vGPU、仅整卡、含 vWS License）；/ 搜索；s 切换\n排序列，S 反向；空格标记规格，c 比较已标记的规格（←/→ 左右滚动）；d 查看规格详情\n（esc、←、h 或退格返回），p 开关预览窗格；y 把等价命令复制到剪贴板（OSC 52）；enter\n选定：gpuspec 逐行打印已标记的规格（未标记时为当前行）后退出，因此可用\nTYPE=$(gpuspec tui)。esc 返回或清除；q 退出；ctrl+c 退出并返回 130。? 显示当前视图的帮助。\n\n搜索：自由词语匹配规格、规格族或 GPU 全名（同 list --match）；FIELD>=N、FIELD<=N 与\nFIELD=取值（数字、MIN..MAX 或以逗号分隔、任一即可的名称）用于筛选，如 vcpu<=8 gpu=t4\n或 gpu_mem>=16。字段：vcpu、mem、gpus、gpu_mem（单卡）、total_gpu_mem、net、gpu、arch、\nfamily、workload、vgpu、licence、bare_metal、availability、retired、sort、limit。\n--query 以一个搜索开始。\n\n表格上方的标签列出所有生效的筛选；状态栏显示 N of M 计数，以及带全局参数、按相同顺序\n输出相同结果的 gpuspec list 命令。\nTUI 在终端（/dev/tty）上绘制；没有终端时以 2 退出。"},
	{"tui.example", "  gpuspec tui\n  gpuspec tui --workload inference --gpu-memory 16..\n  TYPE=$(gpuspec tui --gpu T4)\n  gpuspec tui --query 'vcpu<=16 c4g1' --sort memory_gib:desc\n  gpuspec tui --gpu A10 | xargs -n1 gpuspec show", "  gpuspec tui\n  gpuspec tui --workload inference --gpu-memory 16..\n  TYPE=$(gpuspec tui --gpu T4)\n  gpuspec tui --query 'vcpu<=16 c4g1' --sort memory_gib:desc\n  gpuspec tui --gpu A10 | xargs -n1 gpuspec show"},
	{"version.line", "gpuspec version %s (commit %s, built %s)", "gpuspec 版本 %s（提交 %s，构建于 %s）"},
	{"flag.version", "print the version, commit and build date", "显示版本、提交和构建日期"},
	{"man.short", "Print the man page (roff)", "输出 man 手册（roff 格式）"},
	{"man.long", "Print gpuspec's man page in roff, for man(1):\n\n  gpuspec man > gpuspec.1 && man ./gpuspec.1\n  gpuspec man | gzip > /usr/local/share/man/man1/gpuspec.1.gz\n\nWith --lang zh the page is in Chinese.", "以 roff 格式输出 gpuspec 的 man 手册，供 man(1) 使用：\n\n  gpuspec man > gpuspec.1 && man ./gpuspec.1\n  gpuspec man | gzip > /usr/local/share/man/man1/gpuspec.1.gz\n\n加 --lang zh 可输出中文手册。"},
	{"man.exit_status_title", "Exit status", "退出状态"},
	{"man.exit_status", "0 success (a filter that matches nothing is not an error); 1 a name not in the catalog, or any other failure; 2 a usage error; 130 interrupted (ctrl+c).", "0 成功（筛选结果为空不算错误）；1 名称不在目录中或其他失败；2 用法错误；130 被中断（ctrl+c）。"},
	{"man.environment_title", "Environment", "环境变量"},
	{"man.environment", "GPUSPEC_LANG (en or zh), LC_ALL, LC_MESSAGES and LANG choose the language; NO_COLOR turns colour off; CLICOLOR_FORCE=1 turns it on for pipes.", "GPUSPEC_LANG（en 或 zh）、LC_ALL、LC_MESSAGES 与 LANG 决定语言；NO_COLOR 关闭颜色；CLICOLOR_FORCE=1 在管道中开启颜色。"},
	{"completion.short", "Print the shell completion script for bash, zsh, fish or powershell", "输出 bash、zsh、fish 或 powershell 的命令补全脚本"},
	{"completion.long", "Print a completion script. It completes commands, flags and live values:\ninstance types and families for show, compare and --like, GPU models for\n--gpu, families for --family, workloads, sort fields, output formats and\nlanguages.\n\n  bash:        source <(gpuspec completion bash)\n               (for good: gpuspec completion bash > ~/.local/share/bash-completion/completions/gpuspec)\n  zsh:         gpuspec completion zsh > \"${fpath[1]}/_gpuspec\"   (needs compinit)\n  fish:        gpuspec completion fish > ~/.config/fish/completions/gpuspec.fish\n  powershell:  gpuspec completion powershell | Out-String | Invoke-Expression\n               (for good: add that line to $PROFILE)", "输出命令补全脚本。可补全命令、参数及实时取值：show、compare 与 --like 的实例规格\n和规格族，--gpu 的 GPU 型号，--family 的规格族，以及场景、排序字段、输出格式和语言。\n\n  bash:        source <(gpuspec completion bash)\n               （长期生效：gpuspec completion bash > ~/.local/share/bash-completion/completions/gpuspec）\n  zsh:         gpuspec completion zsh > \"${fpath[1]}/_gpuspec\"   （需要 compinit）\n  fish:        gpuspec completion fish > ~/.config/fish/completions/gpuspec.fish\n  powershell:  gpuspec completion powershell | Out-String | Invoke-Expression\n               （长期生效：把这一行加入 $PROFILE）"},
	{"flag.region", "synced `REGION`s to use, such as cn-hangzhou or cn-hangzhou,cn-beijing: their types alone, a row each (default: the newest synced, over the built-in catalog); for catalog sync, the regions to sync", "使用已同步的地域（`REGION`），如 cn-hangzhou 或 cn-hangzhou,cn-beijing：只列这些地域的规格，每个地域一行（默认：最近同步的地域，叠加在内置目录上）；用于 catalog sync 时为要同步的地域"},
	{"flag.edition", "built-in catalog `EDITION`: %s (default current; also GPUSPEC_EDITION)", "内置目录版本（`EDITION`）：%s（默认 current；也可用 GPUSPEC_EDITION）"},
	{"flag.offline", "use only the built-in catalog and --catalog files, not the synced cache", "只用内置目录和 --catalog 文件，不用已同步的缓存"},
	{"flag.catalog", "add or override types from a JSON or YAML `FILE` in the list schema, at most 256 MiB (GPUSPEC_MAX_CATALOG_BYTES) (repeatable)", "从 list 格式的 JSON 或 YAML 文件（`FILE`）添加或覆盖规格，至多 256 MiB（GPUSPEC_MAX_CATALOG_BYTES）（可重复）"},
	{"catalog.short", "Sync today's types, zones and prices from the Alibaba Cloud API; show the sources", "从阿里云 API 同步最新规格、可用区和价格；查看目录来源"},
	{"catalog.long", "The built-in catalog is the document's and always works offline. With an\nAlibaba Cloud account, gpuspec catalog sync adds a region's current GPU types\n(gn7i, gn8is, …), the zones that have stock and, with --prices, the hourly\nprices; every command then uses them. --catalog FILE adds or overrides types\nfrom your own files.", "内置目录来自文档，离线也能用。有阿里云账号时，gpuspec catalog sync 可同步某地域\n当前的 GPU 规格（gn7i、gn8is 等）、有库存的可用区，加 --prices 还有按小时价格；之后\n所有命令都会使用。--catalog FILE 可从你自己的文件添加或覆盖规格。"},
	{"sync.short", "Fetch regions' GPU types, stock by zone and prices into the cache", "把若干地域的 GPU 规格、各可用区库存与价格同步到缓存"},
	{"sync.long", "Fetch each region's GPU instance types (DescribeInstanceTypes, every page;\nevery type with a GPU, bare metal too), their stock in each zone\n(DescribeAvailableResource) and, with --prices, pay-as-you-go hourly prices\n(DescribePrice with an ESSD system disk, one call per type), and save each\nregion in its own cache file. Regions and prices are fetched at once, at\nmost --concurrency calls at a time.\n\nCredentials come from the Alibaba Cloud default chain:\nALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, the aliyun\nCLI's profile, an ECS RAM role, and so on. A region's cache is written only\nwhen its whole sync succeeds: a failed, timed-out or interrupted region\nleaves its cache as it was, and the other regions are still saved.", "同步各地域的 GPU 实例规格（DescribeInstanceTypes，逐页获取；凡有 GPU 的规格，\n含裸金属）、各可用区的库存（DescribeAvailableResource），加 --prices 时还有按量付费\n的每小时价格（DescribePrice，系统盘为 ESSD，每个规格一次），每个地域保存为各自的\n缓存文件。各地域与价格同时获取，同一时刻最多 --concurrency 个调用。\n\n凭证取自阿里云默认凭证链：ALIBABA_CLOUD_ACCESS_KEY_ID 与 ALIBABA_CLOUD_ACCESS_KEY_SECRET、\naliyun CLI 的配置、ECS RAM 角色等。某地域只有整个同步成功才写入其缓存：失败、超时或\n被中断的地域不会改动原有缓存，其他地域照常保存。"},
	{"sync.example", "  gpuspec catalog sync --region cn-hangzhou\n  gpuspec catalog sync --region cn-hangzhou,cn-beijing --prices\n  gpuspec catalog sync --all-regions --family gn7i,gn8is\n  gpuspec catalog sync --region cn-hangzhou --endpoint https://ecs-vpc.cn-hangzhou.aliyuncs.com", "  gpuspec catalog sync --region cn-hangzhou\n  gpuspec catalog sync --region cn-hangzhou,cn-beijing --prices\n  gpuspec catalog sync --all-regions --family gn7i,gn8is\n  gpuspec catalog sync --region cn-hangzhou --endpoint https://ecs-vpc.cn-hangzhou.aliyuncs.com"},
	{"flag.sync_family", "only these families, `NAME`s such as gn7i (repeatable, or comma-separated)", "只同步这些规格族（`NAME`），如 gn7i（可重复或用逗号分隔）"},
	{"flag.all_regions", "sync every region the account can use (DescribeRegions)", "同步账号可用的所有地域（DescribeRegions）"},
	{"flag.concurrency", "the most API calls at once, across all regions (default %d)", "同一时刻最多的 API 调用数，各地域合计（默认 %d）"},
	{"flag.allow_empty", "save a region whose answer has no GPU types even where its cache has some", "即使缓存中有 GPU 规格，也保存响应中没有 GPU 规格的地域"},
	{"flag.prices", "also fetch pay-as-you-go prices per hour (one DescribePrice call per type)", "同时获取按量付费的每小时价格（每个规格调用一次 DescribePrice）"},
	{"flag.endpoint", "ECS API endpoint `URL`, such as a VPC endpoint (default from GPUSPEC_ECS_ENDPOINT, else the region's public one)", "ECS API 访问地址（`URL`），如 VPC 地址（默认取 GPUSPEC_ECS_ENDPOINT，否则为该地域的公网地址）"},
	{"flag.timeout", "the longest the whole sync may take, a `DURATION` such as 30s or 2m (default 30s)", "整个同步的最长时间（`DURATION`），如 30s 或 2m（默认 30s）"},
	{"sync.done", "synced %s: %d GPU types (%d in the document, %d not), %d with zones in stock", "已同步 %s：%d 个 GPU 规格（%d 个在文档中，%d 个不在），%d 个有库存的可用区"},
	{"sync.done_prices", ", %d with prices, %d refused", "，%d 个有价格，%d 个被拒绝询价"},
	{"sync.saved", "saved to %s", "已保存到 %s"},
	{"sync.dropped", "  %d rows of the API's answer left out: they fail the checks a catalog file must pass (see the warnings)", "  API 响应中有 %d 行被舍弃：未通过目录文件须满足的检查（见警告）"},
	{"warn.dropped_row", "warning: %s: left out %s from the API's answer: %s: %s", "警告：%s：舍弃了 API 响应中的 %s：%s：%s"},
	{"sync.progress_types", "fetching GPU types: page %d, %d types so far", "正在获取 GPU 规格：第 %d 页，已有 %d 个规格"},
	{"sync.progress_zones", "fetching the zones with stock for %d types", "正在获取 %d 个规格有库存的可用区"},
	{"sync.progress_done", "saved", "已保存"},
	{"sync.progress_prices", "fetching prices: %d of %d", "正在获取价格：%d / %d"},
	{"info.short", "Show where the catalog comes from: the document, the synced region, files", "显示目录来源：文档、已同步地域、文件"},
	{"info.long", "Show the catalog's sources (the document, the synced region in use, --catalog files), its size, and the cache: where it lives and which regions it holds.", "显示目录的来源（文档、正在使用的已同步地域、--catalog 文件）、规模，以及缓存的位置和其中的地域。"},
	{"info.sources", "Sources", "来源"},
	{"info.document.current", "current edition: %d types in %d families, %d of them retired (Alibaba Cloud's current GPU overview pages)", "当前版本：%d 个规格，%d 个规格族，其中 %d 个规格已下线（阿里云当前的 GPU 实例概述文档）"},
	{"info.document.original", "original edition: %d types in %d families (GPU计算型实例概述)", "原版：%d 个规格，%d 个规格族（GPU计算型实例概述）"},
	{"info.stock", "%d on sale, %d sold out, %d retiring, %d not offered", "%d 个在售，%d 个售罄，%d 个即将下线，%d 个未在该地域出售"},
	{"info.price_refused", "price refused for %s: %s: %s", "%s 被拒绝询价：%s：%s"},
	{"info.synced", "%s, fetched %s: %d types (%d not in the document), %d with zones in stock, %d with prices", "%s，获取于 %s：%d 个规格（%d 个不在文档中），%d 个有库存的可用区，%d 个有价格"},
	{"info.offline", "not used (--offline)", "未使用（--offline）"},
	{"info.not_synced", "none: run 'gpuspec catalog sync --region REGION'", "无：请运行 'gpuspec catalog sync --region REGION'"},
	{"info.file", "%s: %d types", "%s：%d 个规格"},
	{"info.catalog", "Catalog", "目录"},
	{"info.types", "types", "规格"},
	{"info.families", "families", "规格族"},
	{"info.gpus", "GPU models", "GPU 型号"},
	{"info.cache", "Cache", "缓存"},
	{"info.cache_dir", "directory", "目录"},
	{"info.regions", "regions", "地域"},
	{"info.unreadable", "does not load: %s", "无法读取：%s"},
	{"info.in_use", "in use", "使用中"},
	{"info.cached", "fetched %s, %d types", "获取于 %s，%d 个规格"},
	{"flag.match", "`TEXT` the instance type, its family or its GPU's name must contain, in any case (repeatable: every one must match; commas: any one)", "实例规格、规格族或 GPU 名称须包含的文字（`TEXT`，不区分大小写；可重复，须全部匹配；逗号分隔表示任一即可）"},
}
