package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

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
	params, precision, task, context string
	batch                            int
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
			if opts.Catalog, err = f.Catalog(); err != nil {
				return err
			}
			if req.Query, err = query.query(opts.Catalog); err != nil {
				return err
			}
			// Workloads shape the score as well as select.
			for _, c := range req.Query.Workloads {
				for _, w := range c {
					req.Workloads = append(req.Workloads, specs.Workload(w))
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
	fl.StringVar(&model.params, "model-params", "", p.T("flag.model_params"))
	stringEnum(cmd, fl, &model.precision, "precision", names(recommend.Precisions), func(list string) string { return p.T("flag.precision", list) })
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

// build makes the model to size, or nil when --model-params is not
// given; the other model flags need it.
func (m *modelFlags) build(cmd *cobra.Command) (*recommend.Model, error) {
	flags := cmd.Flags()
	if !flags.Changed("model-params") {
		for _, name := range []string{"task", "context", "batch"} {
			if flags.Changed(name) {
				return nil, usageErr("err.needs_model", "--"+name)
			}
		}
		return nil, nil
	}
	model := &recommend.Model{Precision: specs.Precision(m.precision), Task: recommend.Infer,
		Context: recommend.DefaultContext, Batch: recommend.DefaultBatch}
	if model.Precision == "" {
		model.Precision = specs.FP16
	}
	var err error
	if model.Params, err = recommend.ParseParams(m.params); err != nil {
		var pe *recommend.ParamsError
		if errors.As(err, &pe) {
			return nil, usageErr("err.model_params", m.params)
		}
		return nil, err
	}
	if m.task != "" {
		model.Task = recommend.Task(m.task)
	}
	if model.Task == recommend.Train && (model.Precision == specs.INT8 || model.Precision == specs.INT4) {
		return nil, usageErr("err.train_precision", string(model.Precision))
	}
	if flags.Changed("context") {
		n, ok := recommend.ParseContext(m.context)
		if !ok {
			return nil, usageErr("err.context", m.context)
		}
		model.Context = n
	}
	if flags.Changed("batch") {
		if m.batch < 1 {
			return nil, usageErr("err.batch", fmt.Sprint(m.batch))
		}
		model.Batch = m.batch
	}
	return model, nil
}

// likeType resolves --like: an instance type, with suggestions when unknown.
func likeType(c *specs.Catalog, name string) (*specs.InstanceType, error) {
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
