package tui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

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
	if m.state != comparing || !strings.Contains(view(m), "comparing 2 marked types") || !strings.Contains(m.page().Content(), "ecs.gn7-c13g1.13xlarge") {
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
	if m.state != detailing || !strings.Contains(m.page().Content(), "Family gn7") {
		t.Fatalf("detail: state %d", m.state)
	}
	if cmd := press(m, "enter"); !isQuit(cmd) || m.Chosen() != "ecs.gn7-c13g1.13xlarge" {
		t.Errorf("enter in detail: chosen %q", m.Chosen())
	}
	m = newModel(t, specs.Query{})
	if cmd := press(m, "G", "enter"); !isQuit(cmd) || m.Chosen() != "ecs.gn5i-c28g1.14xlarge" {
		t.Errorf("enter: chosen %q", m.Chosen())
	}
}

func TestQuit(t *testing.T) {
	m := newModel(t, specs.Query{})
	if cmd := press(m, "q"); !isQuit(cmd) || m.Chosen() != "" || m.Interrupted() {
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
	if m.state != helping || !strings.Contains(m.help.Content(), "search: words match type, family or GPU") {
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
