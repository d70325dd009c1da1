package main

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/recommend"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// RecommendOptions is everything `gpuspec recommend` needs.
type RecommendOptions struct {
	*Factory
	Catalog *specs.Catalog
	Request recommend.Request
	Top     int // 0: the default for the format
	Explain bool
	Format  render.Format
}

// modelFlags are recommend's flags that describe a model to size.
type modelFlags struct {
	name, config, params         string
	precision, kvPrecision, task string
	context, maxUtil             string
	batch                        int
}

func newRecommendCmd(f *Factory) *cobra.Command {
	p := f.Printer
	opts := &RecommendOptions{Factory: f}
	var query queryFlags
	var model modelFlags
	var like string
	cmd := &cobra.Command{
		Use:  "recommend",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			flags := cmd.Flags()
			if flags.Changed("top") && opts.Top < 1 {
				return usageErr("err.top", fmt.Sprint(opts.Top))
			}
			req := &opts.Request
			req.Precision = specs.Precision(model.precision)
			var err error
			if req.Model, err = model.build(cmd); err != nil {
				return err
			}
			if req.MaxUtil, err = model.util(cmd); err != nil {
				return err
			}
			if opts.Catalog, err = f.Catalog(); err != nil {
				return err
			}
			if req.Query, err = query.query(opts.Catalog); err != nil {
				return err
			}
			// Workloads shape the score as well as select.
			// --workload a,b: either serves (a group); repeated flags: each.
			for _, c := range req.Query.Workloads {
				ws := make([]specs.Workload, len(c))
				for i, w := range c {
					ws[i] = specs.Workload(w)
				}
				if len(ws) == 1 {
					req.Workloads = append(req.Workloads, ws[0])
				} else {
					req.AnyWorkloads = append(req.AnyWorkloads, ws)
				}
			}
			req.Query.Workloads = nil
			if flags.Changed("like") {
				if req.Like, err = likeType(opts.Catalog, like); err != nil {
					return err
				}
			}
			return runRecommend(opts)
		},
	}
	fl := cmd.Flags()
	query.register(cmd, f, "sort", "limit")
	fl.StringVar(&model.name, "model", "", p.T("flag.model"))
	_ = cmd.RegisterFlagCompletionFunc("model", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return recommend.PresetNames(), cobra.ShellCompDirectiveNoFileComp
	})
	fl.StringVar(&model.config, "model-config", "", p.T("flag.model_config"))
	_ = cmd.RegisterFlagCompletionFunc("model-config", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"json"}, cobra.ShellCompDirectiveFilterFileExt
	})
	fl.StringVar(&model.params, "model-params", "", p.T("flag.model_params"))
	stringEnum(cmd, fl, &model.precision, "precision", names(recommend.Precisions), func(list string) string { return p.T("flag.precision", list) })
	stringEnum(cmd, fl, &model.kvPrecision, "kv-precision", names(recommend.KVPrecisions), func(list string) string { return p.T("flag.kv_precision", list) })
	fl.StringVar(&model.maxUtil, "max-util", "", p.T("flag.max_util", recommend.DefaultMaxUtil))
	stringEnum(cmd, fl, &model.task, "task", names(recommend.Tasks), func(list string) string { return p.T("flag.task", list) })
	fl.StringVar(&model.context, "context", "", p.T("flag.context", recommend.DefaultContext))
	fl.IntVar(&model.batch, "batch", 0, p.T("flag.batch", recommend.DefaultBatch))
	fl.StringVar(&like, "like", "", p.T("flag.like"))
	_ = cmd.RegisterFlagCompletionFunc("like", completeNames(f, false))
	fl.BoolVar(&opts.Request.IncludeUnavailable, "include-unavailable", false, p.T("flag.include_unavailable"))
	fl.IntVar(&opts.Top, "top", 0, p.T("flag.top"))
	fl.BoolVar(&opts.Explain, "explain", false, p.T("flag.explain"))
	outputFlag(cmd, &opts.Format, p, []render.Format{render.Table, render.JSON, render.YAML})
	return command(f, "recommend.", cmd)
}

func names[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}

// modelFlagNames are the flags that describe a model to size, and those
// that need one.
var (
	modelSources   = []string{"model", "model-config", "model-params"}
	modelDependent = []string{"task", "context", "batch", "kv-precision", "max-util"}
)

// build makes the model to size from --model, --model-config or
// --model-params, or nil when none is given; the other model flags need
// one.
func (m *modelFlags) build(cmd *cobra.Command) (*recommend.Model, error) {
	flags := cmd.Flags()
	var given []string
	for _, name := range modelSources {
		if flags.Changed(name) {
			given = append(given, "--"+name)
		}
	}
	switch {
	case len(given) > 1:
		return nil, usageErr("err.model_sources", strings.Join(given, " and "))
	case len(given) == 0:
		for _, name := range modelDependent {
			if flags.Changed(name) {
				return nil, usageErr("err.needs_model", "--"+name)
			}
		}
		return nil, nil
	}
	var model recommend.Model
	switch {
	case flags.Changed("model"):
		preset, ok := recommend.FindPreset(m.name)
		if !ok {
			if near := recommend.NearestPresets(m.name, 3); len(near) > 0 {
				return nil, usageErr("err.model_unknown", m.name, orList(near))
			}
			return nil, usageErr("err.model_unknown_none", m.name)
		}
		model = recommend.NewModel(preset.Arch)
	case flags.Changed("model-config"):
		// A config.json is a few KB; 16 MiB is past any real one.
		data, err := catalog.ReadFileLimited(m.config, maxModelConfig)
		var big *catalog.TooLargeError
		if errors.As(err, &big) {
			return nil, usageErr("err.model_config_read", m.config, i18n.Msg("err.too_large", catalog.FormatBytes(maxModelConfig)))
		}
		if err != nil {
			return nil, usageErr("err.model_config_read", m.config, fileReason(err))
		}
		arch, err := recommend.ParseConfig(m.config, data)
		if err != nil {
			var ce *recommend.ConfigError
			if errors.As(err, &ce) {
				return nil, usageErr("err.model_config", m.config, ce.Msg)
			}
			return nil, err
		}
		model = recommend.NewModel(arch)
	default:
		params, err := recommend.ParseParams(m.params)
		if err != nil {
			var pe *recommend.ParamsError
			if errors.As(err, &pe) {
				return nil, usageErr("err.model_params", m.params)
			}
			return nil, err
		}
		model = recommend.NewGuessedModel(params)
	}
	model.Task, model.Context, model.Batch = recommend.Infer, recommend.DefaultContext, recommend.DefaultBatch
	model.Precision = specs.Precision(m.precision)
	if model.Precision == "" {
		model.Precision = model.Arch.DefaultPrecision()
	}
	model.KVPrecision = specs.Precision(m.kvPrecision)
	if m.task != "" {
		model.Task = recommend.Task(m.task)
	}
	if model.Task == recommend.Train && !(model.Precision == specs.FP32 || model.Precision == specs.FP16 || model.Precision == specs.BF16) {
		return nil, usageErr("err.train_precision", string(model.Precision))
	}
	if flags.Changed("context") {
		n, ok := recommend.ParseContext(m.context)
		if !ok {
			return nil, usageErr("err.context", m.context)
		}
		if most := model.Arch.Context; most > 0 && n > most && !model.Arch.Guessed {
			return nil, usageErr("err.context_too_long", m.context, model.Arch.Display, recommend.ContextText(most))
		}
		model.Context = n
	}
	if flags.Changed("batch") {
		if m.batch < 1 {
			return nil, usageErr("err.batch", fmt.Sprint(m.batch))
		}
		model.Batch = m.batch
	}
	return &model, nil
}

// util reads --max-util: a share such as 0.9, or a percentage such as 90%.
func (m *modelFlags) util(cmd *cobra.Command) (float64, error) {
	if !cmd.Flags().Changed("max-util") {
		return recommend.DefaultMaxUtil, nil
	}
	s := strings.TrimSpace(m.maxUtil)
	scale := 1.0
	if strings.HasSuffix(s, "%") {
		s, scale = strings.TrimSuffix(s, "%"), 100
	}
	v, err := strconv.ParseFloat(s, 64)
	v /= scale
	if err != nil || math.IsNaN(v) || v <= 0 || v > 1 {
		return 0, usageErr("err.max_util", m.maxUtil)
	}
	return v, nil
}

// likeType resolves --like: an instance type, with suggestions when unknown.
func likeType(c *specs.Catalog, name string) (*specs.InstanceType, error) {
	if strings.TrimSpace(name) == "" {
		return nil, usageErr("err.flag_needs_value", "--like")
	}
	m, ok := c.Lookup(name)
	if ok && m.IsFamily() {
		return nil, usageErr("err.like_family", name, c.TypesOf(m.Family)[0].Name)
	}
	if !ok {
		if near := c.NearestNames(name, 3, false); len(near) > 0 {
			return nil, &NotFoundError{Err: i18n.Errorf("err.like_unknown", name, orList(near))}
		}
		return nil, &NotFoundError{Err: i18n.Errorf("err.like_unknown_none", name)}
	}
	return m.Type, nil
}

func runRecommend(opts *RecommendOptions) error {
	out := recommend.Rank(opts.Catalog, opts.Request)
	return render.Recommend(opts.IO.Out, opts.IO.ErrOut, opts.Format, out, opts.Top, opts.Explain, opts.RenderOptions())
}

// fileReason is why a file could not be read, without its path: "no such
// file or directory", "is a directory", "permission denied".
// maxModelConfig bounds a --model-config file.
const maxModelConfig = 16 << 20

func fileReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return catalog.FirstLine(err.Error())
}
