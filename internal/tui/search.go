package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/gpuspec/gpuspec/internal/i18n"
	"github.com/gpuspec/gpuspec/internal/specs"
)

// ParseQuery reads a search into the query list's flags would make: words
// separated by spaces, each FIELD>=N, FIELD<=N or FIELD=VALUE (a number, a
// RANGE such as 8..32, a name, or names separated by commas), or a free
// word, which --match takes. Names are checked against the catalog.
func ParseQuery(s string, c *specs.Catalog) (specs.Query, error) {
	var q specs.Query
	match := specs.CriterionByFlag("match")
	for _, tok := range strings.Fields(s) {
		field, op, value, isExpr := splitExpr(tok)
		if !isExpr {
			if strings.ContainsAny(tok, "<>") {
				return q, i18n.Errorf("search.use_ge_le", tok)
			}
			if err := match.Add(&q, tok, c); err != nil {
				return q, searchError(tok, err)
			}
			continue
		}
		crit := specs.CriterionByName(field)
		if crit == nil {
			return q, i18n.Errorf("search.unknown_field", field, strings.Join(SearchFields(), ", "))
		}
		if value == "" {
			return q, i18n.Errorf("search.no_value", tok)
		}
		switch {
		case op == "=" || op == "==":
		case crit.Kind != specs.ByRange:
			return q, i18n.Errorf("search.want_equals", tok)
		case strings.Contains(value, ".."):
			return q, i18n.Errorf("search.want_number", tok)
		case op == ">=":
			value += ".."
		default:
			value = ".." + value
		}
		if err := crit.Add(&q, value, c); err != nil {
			return q, searchError(tok, err)
		}
	}
	return q, nil
}

// SearchFields are the field names a search takes, one per criterion.
func SearchFields() []string {
	var out []string
	for _, c := range specs.Criteria {
		if len(c.Names) > 0 {
			out = append(out, c.Names[0])
		}
	}
	return out
}

// splitExpr splits FIELD OP VALUE at the first operator.
func splitExpr(tok string) (field, op, value string, ok bool) {
	for i := 0; i < len(tok); i++ {
		switch {
		case strings.HasPrefix(tok[i:], ">="), strings.HasPrefix(tok[i:], "<="), strings.HasPrefix(tok[i:], "=="):
			return tok[:i], tok[i : i+2], tok[i+2:], i > 0
		case tok[i] == '=':
			return tok[:i], "=", tok[i+1:], i > 0
		}
	}
	return "", "", "", false
}

// searchError puts a criterion's complaint about a search term into the
// search's words.
func searchError(tok string, err error) error {
	qe, ok := err.(*specs.QueryError)
	if !ok {
		return err
	}
	switch qe.Kind {
	case specs.BadBlank:
		return i18n.Errorf("search.no_value", tok)
	case specs.BadName, specs.BadSortKey:
		return i18n.Errorf("search.unknown_value", tok, strings.Join(qe.Accepted, ", "))
	case specs.BadSortOrder:
		return i18n.Errorf("search.unknown_value", tok, "asc, desc")
	case specs.BadYesNo:
		return i18n.Errorf("search.want_bool", tok)
	case specs.BadRange:
		if qe.Range == specs.RangeMinMax {
			return i18n.Errorf("search.min_max", tok)
		}
	}
	return i18n.Errorf("search.want_number", tok)
}

// searchModel is the search line: what is typed, and the last query that
// read.
type searchModel struct {
	*common
	input  textinput.Model
	typing bool
	query  specs.Query
	// err says why what is typed does not read; the rows stay those of
	// query.
	err string
}

func newSearch(c *common) searchModel {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = c.p.T("tui.search_placeholder")
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	in.CharLimit = 200
	return searchModel{common: c, input: in}
}

// active reports whether the search line shows: typed into, or kept.
func (s *searchModel) active() bool { return s.typing || s.input.Value() != "" }

func (s *searchModel) start() tea.Cmd {
	s.typing = true
	return s.input.Focus()
}

func (s *searchModel) clear() {
	s.typing = false
	s.input.Blur()
	s.input.SetValue("")
	s.query, s.err = specs.Query{}, ""
}

// update handles a key while typing. It reports whether the query changed
// and the move it asks of the cursor.
func (s *searchModel) update(msg tea.KeyPressMsg) (changed bool, move int, cmd tea.Cmd) {
	k := s.keys
	switch {
	case key.Matches(msg, k.Accept):
		// A search that does not read is not kept: the line stays open
		// with its error until it reads or esc clears it.
		if s.err != "" {
			return false, 0, nil
		}
		s.typing = false
		s.input.Blur()
		return false, 0, nil
	case key.Matches(msg, k.Cancel):
		s.clear()
		return true, 0, nil
	case key.Matches(msg, k.PrevRow):
		return false, -1, nil
	case key.Matches(msg, k.NextRow):
		return false, 1, nil
	}
	before := s.input.Value()
	s.input, cmd = s.input.Update(msg)
	if s.input.Value() == before {
		return false, 0, cmd
	}
	return s.apply(), 0, cmd
}

// apply reads what is typed; a search that does not read keeps the last
// query and says why.
func (s *searchModel) apply() bool {
	q, err := ParseQuery(s.input.Value(), s.catalog)
	if err != nil {
		s.err = s.p.Error(err)
		return false
	}
	s.query, s.err = q, ""
	return true
}

func (s *searchModel) view() string {
	line := s.input.View()
	if s.err != "" {
		line += "  " + s.styles.Error.Render(s.err)
	}
	return line
}
