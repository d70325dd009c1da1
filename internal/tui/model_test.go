package tui

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

var en = i18n.Printer{Lang: i18n.EN}

func newModel(t testing.TB, preset specs.Query) *Model {
	t.Helper()
	m := New(Options{Catalog: specs.Document(), Printer: en, Preset: preset})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	return m
}

// press sends keys by name: "j", "enter", "tab", "shift+tab", "space",
// "esc", "ctrl+c", or any text, one rune at a time.
func press(m *Model, keys ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range keys {
		_, cmd = m.Update(keyMsg(k))
	}
	return cmd
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "alt+esc":
		// Two escapes read together.
		return tea.KeyPressMsg{Code: tea.KeyEscape, Mod: tea.ModAlt}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

func view(m *Model) string { return m.View().Content }

// plain is the view without its colours.
func plain(m *Model) string { return ansi.Strip(view(m)) }

func TestMoveKeys(t *testing.T) {
	m := newModel(t, specs.Query{})
	tests := []struct {
		keys []string
		want int
	}{
		{[]string{"j"}, 1},
		{[]string{"down", "down"}, 3},
		{[]string{"k"}, 2},
		{[]string{"up", "up", "up", "up"}, 0}, // clamped at the top
		{[]string{"G"}, 37},
		{[]string{"j"}, 37}, // clamped at the bottom
		{[]string{"g"}, 0},
		{[]string{"pgdown"}, m.browse.tableRows()},
		{[]string{"pgup"}, 0},
	}
	for _, tc := range tests {
		press(m, tc.keys...)
		if m.browse.cursor != tc.want {
			t.Errorf("after %v cursor = %d, want %d", tc.keys, m.browse.cursor, tc.want)
		}
	}
}

func TestWorkloadBar(t *testing.T) {
	m := newModel(t, specs.Query{})
	press(m, "tab")
	if m.browse.workload() != specs.Training || len(m.browse.rows) != 18 {
		t.Errorf("tab: %s with %d rows", m.browse.workload(), len(m.browse.rows))
	}
	press(m, "w")
	if m.browse.workload() != specs.Inference || len(m.browse.rows) != 27 {
		t.Errorf("w: %s with %d rows", m.browse.workload(), len(m.browse.rows))
	}
	press(m, "shift+tab", "W")
	if m.browse.workload() != "" || len(m.browse.rows) != 38 {
		t.Errorf("back to all: %q with %d rows", m.browse.workload(), len(m.browse.rows))
	}
	press(m, "W") // wraps to the last
	if m.browse.workload() != specs.Teaching || len(m.browse.rows) != 8 {
		t.Errorf("wrap: %s with %d rows", m.browse.workload(), len(m.browse.rows))
	}
	if !strings.Contains(m.Command(), "--workload teaching") {
		t.Errorf("command %q", m.Command())
	}
}

func TestToggle(t *testing.T) {
	m := newModel(t, specs.Query{})
	for _, want := range []struct {
		rows int
		flag string
	}{{8, "--vgpu"}, {30, "--vgpu=false"}, {2, "--license-included"}, {38, ""}} {
		press(m, "v")
		if len(m.browse.rows) != want.rows {
			t.Errorf("toggle %d: %d rows, want %d", m.browse.toggle, len(m.browse.rows), want.rows)
		}
		if cmd := m.Command(); want.flag != "" && !strings.HasSuffix(cmd, " "+want.flag) || want.flag == "" && cmd != "gpuspec list" {
			t.Errorf("toggle %d: command %q", m.browse.toggle, cmd)
		}
	}
}

func TestSearch(t *testing.T) {
	m := newModel(t, specs.Query{})
	press(m, "/")
	if !m.search().typing {
		t.Fatal("/ does not start a search")
	}
	typeText(m, "gn6v")
	if len(m.browse.rows) != 4 {
		t.Errorf("free word: %d rows", len(m.browse.rows))
	}
	press(m, "backspace", "backspace", "backspace", "backspace")
	typeText(m, "gpu_mem>=16 vcpu<=8 gpu=t4")
	if len(m.browse.rows) != 4 || m.browse.rows[0].Name != "ecs.vgn6i-m4.xlarge" || m.browse.rows[3].Name != "ecs.gn6i-c8g1.2xlarge" {
		t.Errorf("expression: %d rows", len(m.browse.rows))
	}
	if got := m.Command(); got != "gpuspec list --gpu T4 --vcpus ..8 --gpu-memory 16.." {
		t.Errorf("command %q", got)
	}
	press(m, "enter")
	if m.search().typing || m.search().input.Value() == "" || len(m.browse.rows) != 4 {
		t.Error("enter keeps the search")
	}
	// A search that does not parse keeps the rows and says why.
	press(m, "/")
	m.search().input.SetValue(m.search().input.Value() + " foo=1")
	m.search().apply()
	m.browse.refilter()
	if m.search().err == "" || len(m.browse.rows) != 4 || !strings.Contains(view(m), `unknown field "foo"`) {
		t.Errorf("error %q, %d rows", m.search().err, len(m.browse.rows))
	}
	m.search().input.SetValue("vcpu<8")
	m.search().apply()
	m.browse.refilter()
	if !strings.Contains(m.search().err, `"vcpu<8": use >= or <=`) || len(m.browse.rows) != 4 {
		t.Errorf("error %q", m.search().err)
	}
	press(m, "esc")
	if m.search().typing || m.search().input.Value() != "" || len(m.browse.rows) != 38 {
		t.Error("esc clears the search")
	}
	// Free words are list's --match.
	press(m, "/")
	typeText(m, "vws")
	if got := m.Command(); got != "gpuspec list --match vws" || len(m.browse.rows) != 2 {
		t.Errorf("command %q with %d rows", got, len(m.browse.rows))
	}
}

func TestSort(t *testing.T) {
	m := newModel(t, specs.Query{})
	press(m, "s")
	if got := m.browse.cols[m.browse.sortable[m.browse.sortAt]].Key(); got != "instance_type" {
		t.Errorf("first sort column %s", got)
	}
	press(m, "s")
	if m.browse.rows[0].VCPU != 2 || !strings.HasSuffix(m.Command(), "--sort vcpu") {
		t.Errorf("vcpu sort: first %s, command %q", m.browse.rows[0].Name, m.Command())
	}
	press(m, "S")
	if m.browse.rows[0].VCPU != 104 || !strings.HasSuffix(m.Command(), "--sort vcpu:desc") {
		t.Errorf("reversed: first %s, command %q", m.browse.rows[0].Name, m.Command())
	}
	if !strings.Contains(view(m), "vCPU ▼") {
		t.Error("the header shows the sort")
	}
	for m.browse.sortAt != -1 {
		press(m, "s")
	}
	if m.browse.sortAt != -1 || m.browse.rows[0].Name != "ecs.gn7-c12g1.3xlarge" {
		t.Error("cycling returns to the document's order")
	}
}

func TestMarkAndCompare(t *testing.T) {
	m := newModel(t, specs.Query{})
	press(m, "c")
	if m.state != browsing || !strings.Contains(m.browse.status, "mark 2 to 6") {
		t.Errorf("compare with no marks: state %d status %q", m.state, m.browse.status)
	}
	press(m, "space", "space")
	if len(m.browse.markOrder) != 2 || m.browse.cursor != 2 || !strings.Contains(view(m), "2 marked") {
		t.Errorf("marks %v cursor %d", m.browse.markOrder, m.browse.cursor)
	}
	press(m, "c")
	if m.state != comparing || !strings.Contains(view(m), "comparing 2 marked types") || !slices.Contains(m.compare.cmp.Names, "ecs.gn7-c13g1.13xlarge") {
		t.Fatalf("compare view:\n%s", view(m))
	}
	press(m, "esc")
	if m.state != browsing {
		t.Error("esc goes back")
	}
	press(m, "k", "space") // unmark the second
	if len(m.browse.markOrder) != 1 {
		t.Errorf("unmark: %v", m.browse.markOrder)
	}
	press(m, "esc")
	if len(m.browse.markOrder) != 0 {
		t.Error("esc clears the marks")
	}
}

func TestDetailAndChoose(t *testing.T) {
	m := newModel(t, specs.Query{})
	press(m, "j", "d")
	if m.state != detailing || !strings.Contains(m.detail.Content(), "Family gn7") {
		t.Fatalf("detail: state %d", m.state)
	}
	if cmd := press(m, "enter"); !isQuit(cmd) || !slices.Equal(m.Chosen(), []string{"ecs.gn7-c13g1.13xlarge"}) {
		t.Errorf("enter in detail: chosen %q", m.Chosen())
	}
	m = newModel(t, specs.Query{})
	if cmd := press(m, "G", "enter"); !isQuit(cmd) || !slices.Equal(m.Chosen(), []string{"ecs.gn5i-c28g1.14xlarge"}) {
		t.Errorf("enter: chosen %q", m.Chosen())
	}
	// With marks, enter chooses them all, in the order marked, as fzf -m.
	m = newModel(t, specs.Query{})
	if cmd := press(m, "j", "j", "space", "g", "space", "enter"); !isQuit(cmd) || !slices.Equal(m.Chosen(), []string{"ecs.gn7-c13g1.26xlarge", "ecs.gn7-c12g1.3xlarge"}) {
		t.Errorf("enter with marks: chosen %q", m.Chosen())
	}
}

func TestQuit(t *testing.T) {
	m := newModel(t, specs.Query{})
	if cmd := press(m, "q"); !isQuit(cmd) || len(m.Chosen()) != 0 || m.Interrupted() {
		t.Error("q quits without choosing")
	}
	m = newModel(t, specs.Query{})
	press(m, "/")
	if cmd := press(m, "q"); isQuit(cmd) || m.search().input.Value() != "q" {
		t.Error("q is a letter while searching")
	}
	if cmd := press(m, "ctrl+c"); !isQuit(cmd) || !m.Interrupted() {
		t.Error("ctrl+c quits from a search")
	}
}

func TestHelpAndPreview(t *testing.T) {
	m := newModel(t, specs.Query{})
	if !strings.Contains(view(m), "│") {
		t.Error("the preview pane shows beside the table at 120 columns")
	}
	press(m, "p")
	if strings.Contains(view(m), "│") {
		t.Error("p hides the preview")
	}
	press(m, "?")
	if m.state != helping || !strings.Contains(m.help.Content(), "search: words match the type, family or GPU") {
		t.Errorf("help page:\n%s", view(m))
	}
	for _, field := range SearchFields() {
		if !strings.Contains(m.help.Content(), field) {
			t.Errorf("the search help lacks %s", field)
		}
	}
	press(m, "?")
	if m.state != browsing {
		t.Error("? goes back from the help")
	}
}

func TestEscClearsInOrder(t *testing.T) {
	m := newModel(t, specs.Query{})
	press(m, "tab", "tab", "v", "space", "/")
	typeText(m, "vgn")
	press(m, "enter")
	press(m, "esc")
	if m.search().input.Value() != "" || len(m.browse.markOrder) != 1 || m.browse.bar != 2 {
		t.Fatal("esc first clears the search")
	}
	press(m, "esc")
	if len(m.browse.markOrder) != 0 || m.browse.bar != 2 {
		t.Fatal("then the marks")
	}
	press(m, "esc")
	if m.browse.bar != 0 || m.browse.toggle != toggleAny || len(m.browse.rows) != 38 {
		t.Fatal("then the workload and the toggle")
	}
}

func TestPresets(t *testing.T) {
	r, _ := specs.ParseRange[float64]("16..")
	m := newModel(t, specs.Query{Workloads: specs.Clauses{{"inference"}}, VGPU: specs.Want{Yes: true}, GPUMemoryPerGPUGiB: r})
	if m.browse.workload() != specs.Inference || m.browse.toggle != toggleVGPU {
		t.Errorf("bar %d toggle %d", m.browse.bar, m.browse.toggle)
	}
	if got := m.Command(); got != "gpuspec list --gpu-memory 16.. --vgpu --workload inference" {
		t.Errorf("command %q", got)
	}
	if len(m.browse.rows) != 4 {
		t.Errorf("%d rows", len(m.browse.rows))
	}
}

// TestSizes: from 1×1 to 200×60 and the extremes, in every state, the
// view never panics and never draws outside the screen.
func TestSizes(t *testing.T) {
	states := []func(*Model){
		func(*Model) {},
		func(m *Model) { press(m, "/"); typeText(m, "gpu=t4") },
		func(m *Model) { press(m, "space", "space", "c") },
		func(m *Model) { press(m, "d") },
		func(m *Model) { press(m, "?") },
		func(m *Model) { press(m, "/"); typeText(m, "nothing-matches") },
	}
	sizes := [][2]int{{12, 4}, {300, 100}, {0, 0}}
	for w := 1; w <= 200; w += 7 {
		for h := 1; h <= 60; h += 3 {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for si, setup := range states {
		m := New(Options{Catalog: specs.Document(), Printer: en})
		setup(m)
		for _, sz := range sizes {
			m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			press(m, "j")
			out := view(m)
			lines := strings.Split(out, "\n")
			if out != "" && len(lines) > max(sz[1], 0) {
				t.Fatalf("state %d at %dx%d: %d lines", si, sz[0], sz[1], len(lines))
			}
			for _, l := range lines {
				if w := lipgloss.Width(l); w > sz[0] {
					t.Fatalf("state %d at %dx%d: a line %d wide: %q", si, sz[0], sz[1], w, l)
				}
			}
		}
	}
}

// TestChineseLabels: every label comes from the catalogue of messages.
func TestChineseLabels(t *testing.T) {
	m := New(Options{Catalog: specs.Document(), Printer: i18n.Printer{Lang: i18n.ZH}})
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
	out := view(m)
	for _, want := range []string{"全部", "训练", "实例规格", "38 / 38", "vGPU：不限", "上移"} {
		if !strings.Contains(out, want) {
			t.Errorf("zh view lacks %q", want)
		}
	}
}

// search is the browse view's search line.
func (m *Model) search() *searchModel { return &m.browse.search }

// TestCurrentEdition: the TUI over the current catalog hides the retired
// types, offers the current workloads on its bar, and its searches take the
// new fields, printing the same list flags.
func TestCurrentEdition(t *testing.T) {
	m := New(Options{Catalog: specs.CurrentCatalog(), Printer: en})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if len(m.browse.rows) != 110 {
		t.Errorf("%d rows, want the 110 not retired", len(m.browse.rows))
	}
	var bar []specs.Workload
	for _, w := range m.browse.workloads {
		bar = append(bar, w.Slug)
	}
	if !slices.Contains(bar, specs.LLMInference) || !slices.Contains(bar, specs.CloudPhone) {
		t.Errorf("workload bar %v", bar)
	}
	press(m, "/")
	typeText(m, "arch=hopper bare_metal=true")
	if len(m.browse.rows) != 1 || m.browse.rows[0].Name != "ecs.ebmgn8v.48xlarge" {
		t.Errorf("%d rows", len(m.browse.rows))
	}
	if got := m.Command(); got != "gpuspec list --arch Hopper --bare-metal" {
		t.Errorf("command %q", got)
	}
	press(m, "esc")
	typeText(m, "/availability=retired")
	if len(m.browse.rows) != 6 || m.Command() != "gpuspec list --availability retired" {
		t.Errorf("retired: %d rows, %q", len(m.browse.rows), m.Command())
	}
	if v := view(m); !strings.Contains(v, "ecs.vgn5i-m1.large") || !strings.Contains(v, "retired") {
		t.Errorf("view:\n%s", v)
	}
}

func sized(t testing.TB, opts Options, w, h int) *Model {
	t.Helper()
	if opts.Catalog == nil {
		opts.Catalog = specs.Document()
	}
	opts.Printer = en
	m := New(opts)
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// TestEquivalentCommand: the status line's command carries the global
// flags that change the rows, is quoted for the shell, and stays a valid
// command when a preset and a search conflict.
func TestEquivalentCommand(t *testing.T) {
	vcpus, _ := specs.ParseRange[int]("1..8")
	m := sized(t, Options{Preset: specs.Query{GPUModels: specs.Clauses{{"T4"}}, VCPUs: vcpus},
		Globals: []string{"--edition", "original", "--catalog", "my prices.yaml", "--region", "cn-hangzhou", "--offline"}}, 200, 40)
	if got, want := m.Command(), "gpuspec list --edition original --catalog 'my prices.yaml' --region cn-hangzhou --offline --gpu T4 --vcpus 1..8"; got != want {
		t.Errorf("command %q, want %q", got, want)
	}
	// A search that conflicts with the presets: no rows, and a command
	// that exits 0 and prints none (not --vcpus 16..8, which exits 2).
	press(m, "/")
	m.Update(tea.PasteMsg{Content: "vcpu>=16 gpu=v100 [x]"})
	if len(m.browse.rows) != 0 {
		t.Errorf("%d rows", len(m.browse.rows))
	}
	if got, want := m.Command(), "gpuspec list --edition original --catalog 'my prices.yaml' --region cn-hangzhou --offline --gpu T4 --vcpus 16.. --vcpus ..8 --match '[x]' --match v100"; got != want {
		t.Errorf("command %q, want %q", got, want)
	}
	// y copies it to the clipboard, and says so.
	press(m, "enter")
	cmd := press(m, "y")
	if cmd == nil || !strings.Contains(m.browse.status, "copied") || !strings.Contains(view(m), "copied") {
		t.Errorf("y: %v, status %q", cmd, m.browse.status)
	}
	if msg := cmd(); !strings.Contains(fmt.Sprintf("%#v", msg), "gpuspec list --edition original") {
		t.Errorf("y sends %#v", msg)
	}
}

// TestChips: the filters, from flags and search, are chips above the
// table; the count is of the whole catalog.
func TestChips(t *testing.T) {
	vcpus, _ := specs.ParseRange[int]("1..8")
	m := sized(t, Options{Preset: specs.Query{GPUModels: specs.Clauses{{"T4"}}, VCPUs: vcpus, Workloads: specs.Clauses{{"inference"}}}}, 80, 24)
	lines := strings.Split(plain(m), "\n")
	if lines[1] != "gpu: T4  vcpu: 1..8  workload: inference" {
		t.Errorf("chips %q", lines[1])
	}
	press(m, "v", "/")
	typeText(m, "c4g1")
	if !strings.Contains(view(m), "vgpu: no  match: c4g1") && !strings.Contains(view(m), "match: c4g1") {
		t.Errorf("search chips:\n%s", view(m))
	}
	if !strings.Contains(view(m), fmt.Sprintf("%d of 38", len(m.browse.rows))) {
		t.Errorf("count:\n%s", view(m))
	}
	// Many chips wrap, and never draw past the width.
	many := sized(t, Options{}, 40, 24)
	press(many, "/")
	typeText(many, "gpu=t4,v100 vcpu>=2 mem>=8 gpus>=1 gpu_mem>=16 net>=1 arch=turing,volta")
	for _, l := range strings.Split(view(many), "\n") {
		if lipgloss.Width(l) > 40 {
			t.Errorf("a line %d wide: %q", lipgloss.Width(l), l)
		}
	}
	if !strings.Contains(view(many), "net: 1..") {
		t.Errorf("wrapped chips:\n%s", view(many))
	}
}

// TestStartWithQueryAndSort: tui --query and --sort.
func TestStartWithQueryAndSort(t *testing.T) {
	sort, _ := specs.ParseSort("vcpu:desc")
	m := sized(t, Options{Query: "gpu=t4 c24", Preset: specs.Query{Sort: sort}}, 120, 40)
	if len(m.browse.rows) != 3 || m.browse.rows[0].VCPU != 96 || m.search().input.Value() != "gpu=t4 c24" {
		t.Errorf("%d rows, first %s", len(m.browse.rows), m.browse.rows[0].Name)
	}
	if !strings.Contains(view(m), "vCPU ▼") || m.Command() != "gpuspec list --gpu T4 --match c24 --sort vcpu:desc" {
		t.Errorf("command %q\n%s", m.Command(), view(m))
	}
}

// TestInvalidSearch: the rows stay the last valid query's, the count says
// so, and enter does not keep the search.
func TestInvalidSearch(t *testing.T) {
	m := sized(t, Options{}, 80, 24)
	press(m, "/")
	m.Update(tea.PasteMsg{Content: "gpu=t4"})
	m.Update(tea.PasteMsg{Content: " vcpu>=x"})
	if len(m.browse.rows) != 10 || !strings.Contains(view(m), "10 of 38 (last valid search)") || !strings.Contains(view(m), `"vcpu>=x": want a number`) {
		t.Errorf("%d rows:\n%s", len(m.browse.rows), view(m))
	}
	press(m, "enter")
	if !m.search().typing {
		t.Error("enter kept a search that does not read")
	}
	press(m, "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "enter")
	if m.search().typing || strings.Contains(view(m), "last valid") {
		t.Errorf("after the fix: typing %v\n%s", m.search().typing, view(m))
	}
}

// TestSortBringsColumnIn: sorting by a column the width had dropped shows
// it, with its arrow; names sort naturally.
func TestSortBringsColumnIn(t *testing.T) {
	m := sized(t, Options{}, 80, 24)
	if strings.Contains(view(m), "NETWORK") {
		t.Fatal("network shows at 80 columns already")
	}
	for m.browse.cols[m.browse.sortable[max(m.browse.sortAt, 0)]].Key() != "network_gbps" {
		press(m, "s")
	}
	if !strings.Contains(view(m), "NETWORK (Gbit/s) ▲") {
		t.Errorf("sorted by network:\n%s", view(m))
	}
	m = sized(t, Options{Query: "family=gn6i"}, 80, 24)
	press(m, "s")
	var names []string
	for _, it := range m.browse.rows {
		names = append(names, it.Name)
	}
	if want := []string{"ecs.gn6i-c4g1.xlarge", "ecs.gn6i-c8g1.2xlarge", "ecs.gn6i-c16g1.4xlarge", "ecs.gn6i-c24g1.6xlarge", "ecs.gn6i-c24g1.12xlarge", "ecs.gn6i-c24g1.24xlarge"}; !slices.Equal(names, want) {
		t.Errorf("natural order %v", names)
	}
}

// TestBarOverflow: the workload bar marks what lies beyond its ends.
func TestBarOverflow(t *testing.T) {
	m := sized(t, Options{Catalog: specs.CurrentCatalog()}, 80, 24)
	bar := strings.Split(view(m), "\n")[0]
	if !strings.Contains(bar, "›") || strings.Contains(bar, "‹") {
		t.Errorf("bar at the start %q", bar)
	}
	press(m, "shift+tab")
	bar = strings.Split(view(m), "\n")[0]
	if !strings.Contains(bar, "‹") || !strings.Contains(bar, "[confidential-computing]") {
		t.Errorf("bar at the end %q", bar)
	}
}

// TestCompareScrolls: four types at 80×24 scroll left and right with the
// field column kept, and say where they are.
func TestCompareScrolls(t *testing.T) {
	m := sized(t, Options{}, 80, 24)
	press(m, "space", "space", "space", "space", "c")
	if m.state != comparing || m.compare.columnsText() != "1–2 of 4" {
		t.Fatalf("state %d, %q", m.state, m.compare.columnsText())
	}
	press(m, "l", "l", "l", "l")
	if got := m.compare.visibleNames(); !slices.Equal(got, []string{"ecs.gn7-c13g1.26xlarge", "ecs.vgn6i-m4.xlarge"}) || !strings.Contains(view(m), "‹ 3–4 of 4") {
		t.Errorf("scrolled to %v\n%s", got, view(m))
	}
	for _, l := range strings.Split(plain(m), "\n")[1:20] {
		if !strings.HasPrefix(l, "FIELD") && !strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "* ") {
			t.Errorf("the field column is not kept: %q", l)
		}
	}
	press(m, "h", "h")
	if m.compare.columnsText() != "1–2 of 4" {
		t.Errorf("back left: %q", m.compare.columnsText())
	}
	// Its help is its own; esc goes back to it.
	press(m, "?")
	if m.state != helping || !strings.Contains(m.help.Content(), "columns right") || strings.Contains(m.help.Content(), "search:") {
		t.Errorf("compare help:\n%s", m.help.Content())
	}
	press(m, "esc")
	if m.state != comparing {
		t.Errorf("esc from the compare help goes to state %d", m.state)
	}
	press(m, "backspace")
	if m.state != browsing {
		t.Error("backspace leaves compare")
	}
}

// TestDetailPage: it wraps to the width and scrolls; ←, h, backspace and
// esc go back; ? shows its keys.
func TestDetailPage(t *testing.T) {
	for _, back := range []string{"esc", "h", "backspace", "left"} {
		m := sized(t, Options{}, 40, 20)
		press(m, "d")
		if m.state != detailing {
			t.Fatal("d opens the detail")
		}
		for _, l := range strings.Split(m.detail.Content(), "\n") {
			if lipgloss.Width(l) > 40 {
				t.Fatalf("a line %d wide: %q", lipgloss.Width(l), l)
			}
		}
		if !strings.Contains(m.detail.Content(), "A100") {
			t.Errorf("the wrapped detail lost its text:\n%s", m.detail.Content())
		}
		if back == "left" {
			m.Update(tea.KeyPressMsg{Code: tea.KeyLeft})
		} else {
			press(m, back)
		}
		if m.state != browsing {
			t.Errorf("%s does not go back", back)
		}
	}
	m := sized(t, Options{}, 80, 24)
	press(m, "d", "?")
	if m.state != helping || !strings.Contains(m.help.Content(), "choose") || strings.Contains(m.help.Content(), "next workload") {
		t.Errorf("detail help:\n%s", m.help.Content())
	}
	press(m, "esc")
	if m.state != detailing {
		t.Error("esc from the detail help goes back to the detail")
	}
}

// TestHelpAt80x24: the short help keeps "? more" and "q quit"; the full
// help wraps instead of cutting.
func TestHelpAt80x24(t *testing.T) {
	m := sized(t, Options{}, 80, 24)
	last := strings.Split(plain(m), "\n")[23]
	if !strings.Contains(last, "? more keys") || !strings.Contains(last, "q quit") {
		t.Errorf("short help %q", last)
	}
	m = sized(t, Options{}, 30, 24)
	press(m, "?")
	content := m.help.Content()
	for _, l := range strings.Split(content, "\n") {
		if lipgloss.Width(l) > 30 {
			t.Errorf("a help line %d wide: %q", lipgloss.Width(l), l)
		}
	}
	if !strings.Contains(content, "choose (the marked,") || !strings.Contains(strings.ReplaceAll(content, "\n", " "), "else this one)") {
		t.Errorf("a description was cut:\n%s", content)
	}
	for _, f := range SearchFields() {
		if !strings.Contains(content, f) {
			t.Errorf("the search help lacks %s", f)
		}
	}
	// Taller than the screen, the page says which lines show and that
	// more lies below, then above.
	m = sized(t, Options{}, 80, 24)
	press(m, "?")
	if title := strings.Split(plain(m), "\n")[0]; !regexp.MustCompile(`lines 1–22 of \d+ ↓$`).MatchString(title) {
		t.Errorf("help title %q", title)
	}
	press(m, "G")
	if title := strings.Split(plain(m), "\n")[0]; !regexp.MustCompile(`↑ lines \d+–(\d+) of \d+$`).MatchString(title) {
		t.Errorf("help title at the end %q", title)
	}
}

// TestPreviewAtEverySize: p shows the pane beside the table when wide,
// below it when narrow, and hides it, at any size.
func TestPreviewAtEverySize(t *testing.T) {
	m := sized(t, Options{}, 80, 24)
	if strings.Contains(view(m), "Family ") {
		t.Fatal("the pane shows at 80×24 before p")
	}
	press(m, "p")
	if !strings.Contains(view(m), "───") || !strings.Contains(view(m), "ecs.gn7-c12g1.3xlarge  ") {
		t.Errorf("p at 80×24:\n%s", view(m))
	}
	press(m, "p")
	if strings.Contains(view(m), "───") {
		t.Error("p again hides it")
	}
	wide := sized(t, Options{}, 250, 40)
	if l := wide.browse.layout(); l.preview != 1 || l.previewWidth != 100 {
		t.Errorf("beside at 250 columns: %+v", l)
	}
}

// TestPreviewCacheBounded: scrolling through many rows keeps only the
// last previews.
func TestPreviewCacheBounded(t *testing.T) {
	big := specs.CurrentCatalog()
	types := slices.Clone(big.Types)
	for i := 0; len(types) < 1000; i++ {
		it := big.Types[i%len(big.Types)]
		it.Name = fmt.Sprintf("%s-%d", it.Name, i)
		types = append(types, it)
	}
	c := specs.NewCatalog(big.Families, big.GPUs, types)
	m := sized(t, Options{Catalog: c}, 200, 50)
	for i := 0; i < 500; i++ {
		press(m, "j")
		view(m)
	}
	if n := m.browse.previews.len(); n > previewCacheSize {
		t.Errorf("%d previews kept", n)
	}
}

// TestMouse: the wheel scrolls and a click picks the row.
func TestMouse(t *testing.T) {
	m := sized(t, Options{}, 80, 24)
	m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if m.browse.cursor != 3 {
		t.Errorf("wheel down: cursor %d", m.browse.cursor)
	}
	m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if m.browse.cursor != 0 {
		t.Errorf("wheel up: cursor %d", m.browse.cursor)
	}
	// The bar is line 0, the header line 1: line 6 is the sixth type.
	m.Update(tea.MouseClickMsg{X: 5, Y: 6, Button: tea.MouseLeft})
	if m.browse.cursor != 4 || !strings.Contains(strings.Split(plain(m), "\n")[6], "> ") {
		t.Errorf("click: cursor %d\n%s", m.browse.cursor, view(m))
	}
	if v := m.View(); v.MouseMode != tea.MouseModeCellMotion {
		t.Error("no mouse")
	}
}

// TestChineseDetail: workloads and editions read in Chinese in the detail
// and compare views.
func TestChineseDetail(t *testing.T) {
	m := New(Options{Catalog: specs.Document(), Printer: i18n.Printer{Lang: i18n.ZH}})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	press(m, "d")
	if c := m.detail.Content(); !strings.Contains(c, "训练") || !strings.Contains(c, "原版") || strings.Contains(c, "training,") {
		t.Errorf("zh detail:\n%s", c)
	}
}

// TestDoubleEscape: two escapes that arrive together (alt+esc) go back as
// one esc does, from the help page, a search and the detail page.
func TestDoubleEscape(t *testing.T) {
	m := newModel(t, specs.Query{})
	press(m, "?")
	if m.state != helping {
		t.Fatalf("state %v after ?", m.state)
	}
	press(m, "alt+esc")
	if m.state != browsing {
		t.Errorf("state %v after alt+esc on help", m.state)
	}
	press(m, "/")
	typeText(m, "t4")
	press(m, "alt+esc")
	if m.state != browsing || m.browse.search.input.Value() != "" {
		t.Errorf("state %v, search %q after alt+esc in a search", m.state, m.browse.search.input.Value())
	}
	press(m, "d", "alt+esc")
	if m.state != browsing {
		t.Errorf("state %v after alt+esc on detail", m.state)
	}
}

// TestCompareHelpOffersWhatWorks: ←/→ are offered only when the types do
// not all fit, ↑/↓ only when the fields do not.
func TestCompareHelpOffersWhatWorks(t *testing.T) {
	m := sized(t, Options{}, 200, 60)
	press(m, "space", "space", "c")
	if m.state != comparing {
		t.Fatalf("state %v", m.state)
	}
	last := func() string { l := strings.Split(plain(m), "\n"); return l[len(l)-1] }
	if s := last(); strings.Contains(s, "columns left") || strings.Contains(s, "up") {
		t.Errorf("2 types at 200×60 offer scrolling: %q", s)
	}
	press(m, "?")
	if v := plain(m); strings.Contains(v, "columns left") || !strings.Contains(v, "back") {
		t.Errorf("compare help at 200×60:\n%s", v)
	}
	press(m, "esc")
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 12})
	if s := last(); !strings.Contains(s, "←/h") || !strings.Contains(s, "q quit") {
		t.Errorf("2 types at 60×12 do not offer scrolling: %q", s)
	}
}
