package main

import (
	"strings"
	"testing"
	"time"

	"github.com/gpuspec/gpuspec/internal/catalog"
	"github.com/gpuspec/gpuspec/internal/i18n"
)

// TestProgress: a sync's progress is one line on a terminal's stderr,
// rewritten in place once the sync has taken a moment, every region on
// it; cleared at the end; nothing at all when stderr is not a terminal.
func TestProgress(t *testing.T) {
	p := i18n.Printer{Lang: i18n.EN}
	events := []catalog.Progress{
		{Region: "cn-hangzhou", Phase: catalog.PhaseTypes, Pages: 1, Done: 100},
		{Region: "cn-beijing", Phase: catalog.PhaseTypes, Pages: 2, Done: 150},
		{Region: "cn-hangzhou", Phase: catalog.PhasePrices, Done: 3, Total: 9},
	}

	var quiet strings.Builder
	pr := newProgress(&quiet, false, p)
	pr.start = time.Now().Add(-time.Second)
	for _, e := range events {
		pr.update(e)
	}
	pr.done()
	if quiet.Len() != 0 {
		t.Errorf("not a terminal, yet %q", quiet.String())
	}

	var fast strings.Builder
	pr = newProgress(&fast, true, p)
	pr.update(events[0])
	pr.done()
	if fast.Len() != 0 {
		t.Errorf("a sync quicker than a moment printed %q", fast.String())
	}

	var tty strings.Builder
	pr = newProgress(&tty, true, p)
	pr.start = time.Now().Add(-time.Second)
	pr.update(events[0])
	if got := tty.String(); got != "\r\x1b[Kfetching GPU types: page 1, 100 types so far" {
		t.Errorf("one region: %q", got)
	}
	tty.Reset()
	pr.update(events[1])
	pr.update(events[2])
	want := "\r\x1b[Kcn-hangzhou fetching prices: 3 of 9 · cn-beijing fetching GPU types: page 2, 150 types so far"
	if got := tty.String(); !strings.HasSuffix(got, want) || strings.Contains(got, "\n") {
		t.Errorf("two regions: %q, want it to end %q", got, want)
	}
	tty.Reset()
	pr.update(catalog.Progress{Region: "cn-hangzhou", Phase: catalog.PhaseDone})
	if got := tty.String(); !strings.HasPrefix(got, "\r\x1b[Kcn-hangzhou saved · cn-beijing") {
		t.Errorf("a region saved: %q", got)
	}
	tty.Reset()
	pr.done()
	if got := tty.String(); got != "\r\x1b[K" {
		t.Errorf("done: %q", got)
	}
}
