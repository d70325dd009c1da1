package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/recommend"
	"github.com/gpuspec/gpuspec/internal/render"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// RecommendOptions is everything `gpuspec recommend` needs.
type RecommendOptions struct {
	IO      *IOStreams
	Printer i18n.Printer
	Catalog *specs.Catalog

	Request recommend.Request
	Top     int // 0: the default for the format
	Explain bool
	Format  render.Format
}

var recommendFormats = []render.Format{render.Table, render.JSON, render.YAML}

func newRecommendCmd(f *Factory) *cobra.Command {
	p := f.Printer
	var ff filterFlags
	var params, precision, task, context, like, output string
	var batch, top int
	var includeUnavailable, explain bool
	cmd := &cobra.Command{
		Use:     "recommend",
		Short:   p.T("recommend.short"),
		Long:    p.T("recommend.long"),
		Example: p.T("recommend.example"),
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := &RecommendOptions{IO: f.IO, Printer: p, Explain: explain}
			flags := cmd.Flags()
			var err error
			if opts.Format, err = parseOutput(output, recommendFormats); err != nil {
				return err
			}
			if flags.Changed("top") {
				if top < 1 {
					return usageErr("err.top", fmt.Sprint(top))
				}
				opts.Top = top
			}
			req := &opts.Request
			req.IncludeUnavailable = includeUnavailable
			if flags.Changed("precision") {
				if req.Precision, err = parsePrecision(precision); err != nil {
					return err
				}
			}
			if req.Model, err = modelFlags(cmd, params, req.Precision, task, context, batch); err != nil {
				return err
			}
			if opts.Catalog, err = f.Catalog(); err != nil {
				return err
			}
			if req.Filter, err = ff.filter(flags, opts.Catalog); err != nil {
				return err
			}
			req.Workloads, req.Filter.Workloads = req.Filter.Workloads, nil
			if flags.Changed("like") {
				if req.Like, err = likeType(opts.Catalog, like); err != nil {
					return err
				}
			}
			return runRecommend(opts)
		},
	}
	fl := cmd.Flags()
	ff.register(fl, p)
	fl.StringVar(&params, "model-params", "", p.T("flag.model_params"))
	fl.StringVar(&precision, "precision", "", p.T("flag.precision", joinPrecisions()))
	fl.StringVar(&task, "task", "", p.T("flag.task", joinTasks()))
	fl.StringVar(&context, "context", "", p.T("flag.context", recommend.DefaultContext))
	fl.IntVar(&batch, "batch", 0, p.T("flag.batch", recommend.DefaultBatch))
	fl.StringVar(&like, "like", "", p.T("flag.like"))
	fl.BoolVar(&includeUnavailable, "include-unavailable", false, p.T("flag.include_unavailable"))
	fl.IntVar(&top, "top", 0, p.T("flag.top"))
	fl.BoolVar(&explain, "explain", false, p.T("flag.explain"))
	outputFlag(cmd, &output, p, recommendFormats)
	return cmd
}

func joinPrecisions() string {
	s := make([]string, len(recommend.Precisions))
	for i, x := range recommend.Precisions {
		s[i] = string(x)
	}
	return strings.Join(s, "|")
}

func joinTasks() string {
	s := make([]string, len(recommend.Tasks))
	for i, x := range recommend.Tasks {
		s[i] = string(x)
	}
	return strings.Join(s, "|")
}

func parsePrecision(v string) (specs.Precision, error) {
	for _, x := range recommend.Precisions {
		if strings.EqualFold(strings.TrimSpace(v), string(x)) {
			return x, nil
		}
	}
	return "", badValue("--precision", v, strings.Split(joinPrecisions(), "|"))
}

// modelFlags builds the model to size, or nil when --model-params is not
// given; the other model flags need it.
func modelFlags(cmd *cobra.Command, params string, precision specs.Precision, task, context string, batch int) (*recommend.Model, error) {
	flags := cmd.Flags()
	if !flags.Changed("model-params") {
		for _, name := range []string{"task", "context", "batch"} {
			if flags.Changed(name) {
				return nil, usageErr("err.needs_model", "--"+name)
			}
		}
		return nil, nil
	}
	m := &recommend.Model{Precision: precision, Task: recommend.Infer, Context: recommend.DefaultContext, Batch: recommend.DefaultBatch}
	if m.Precision == "" {
		m.Precision = specs.FP16
	}
	var err error
	if m.Params, err = recommend.ParseParams(params); err != nil {
		var pe *recommend.ParamsError
		if errors.As(err, &pe) {
			return nil, usageErr("err.model_params", params)
		}
		return nil, err
	}
	if flags.Changed("task") {
		found := false
		for _, t := range recommend.Tasks {
			if strings.EqualFold(strings.TrimSpace(task), string(t)) {
				m.Task, found = t, true
			}
		}
		if !found {
			return nil, badValue("--task", task, strings.Split(joinTasks(), "|"))
		}
	}
	if m.Task == recommend.Train && (m.Precision == specs.INT8 || m.Precision == specs.INT4) {
		return nil, usageErr("err.train_precision", string(m.Precision))
	}
	if flags.Changed("context") {
		n, ok := recommend.ParseContext(context)
		if !ok {
			return nil, usageErr("err.context", context)
		}
		m.Context = n
	}
	if flags.Changed("batch") {
		if batch < 1 {
			return nil, usageErr("err.batch", fmt.Sprint(batch))
		}
		m.Batch = batch
	}
	return m, nil
}

// likeType resolves --like: an instance type, with suggestions when unknown.
func likeType(c *specs.Catalog, name string) (*specs.InstanceType, error) {
	m, ok := c.Lookup(name)
	if ok && m.IsFamily() {
		types := c.TypesOf(m.Family)
		return nil, usageErr("err.like_family", name, types[0].Name)
	}
	if !ok {
		if near := c.Suggest(name, 3, false, true); len(near) > 0 {
			return nil, &NotFoundError{Err: i18n.Errorf("err.like_unknown", name, orList(near))}
		}
		return nil, &NotFoundError{Err: i18n.Errorf("err.like_unknown_none", name)}
	}
	return m.Type, nil
}

func runRecommend(opts *RecommendOptions) error {
	p := opts.Printer
	out := recommend.Rank(opts.Catalog, opts.Request)
	results := out.Results
	top := opts.Top
	if top == 0 && opts.Format == render.Table {
		top = 5
	}
	if top > 0 && len(results) > top {
		results = results[:top]
	}
	if opts.Format != render.Table {
		if len(out.Results) == 0 && out.Largest != nil {
			fmt.Fprintln(opts.IO.ErrOut, render.TooLarge(out, opts.Catalog, p))
		}
		recs := render.Recommendations(results, p)
		if opts.Format == render.YAML {
			return render.WriteYAML(opts.IO.Out, recs)
		}
		return render.WriteJSON(opts.IO.Out, recs)
	}
	if out.Estimate != nil {
		io.WriteString(opts.IO.ErrOut, render.Sizing(*out.Estimate, p))
	}
	ro := render.Options{Printer: p, Styles: opts.IO.Styles()}
	w := opts.IO.Out
	if len(results) > 0 {
		if err := render.RecommendTable(w, results, ro); err != nil {
			return err
		}
		if opts.Explain {
			if err := render.Explain(w, results, ro); err != nil {
				return err
			}
		}
	}
	var notes []string
	if len(results) == 0 {
		if out.Largest != nil {
			notes = append(notes, render.TooLarge(out, opts.Catalog, p))
		} else {
			notes = append(notes, p.T("recommend.none"))
		}
	} else if len(out.Results) > len(results) {
		notes = append(notes, p.T("recommend.more", len(out.Results)-len(results)))
	}
	if s := render.LeftOut(out, p); s != "" {
		notes = append(notes, s)
	}
	if len(notes) > 0 {
		if len(results) > 0 {
			io.WriteString(w, "\n")
		}
		io.WriteString(w, strings.Join(notes, "\n")+"\n")
	}
	return nil
}
