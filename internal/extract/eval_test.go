package extract

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/ropacatalog/ropa/seed"
)

// Scoring: the extractor's facts against expected ones, per kind, at the
// level of the whole document (a value stated once or five times is one
// fact). Matching rules:
//   - collects, purpose, legal_basis, right, data_subject,
//     security_measure: the key is equal (a broader or narrower key does
//     not count);
//   - discloses: named recipients only; two names match when any of their
//     normalised forms (NameAliases) are equal, so "Google Analytics"
//     matches "Google LLC (Google Analytics)";
//   - transfer: the mechanism is equal (countries are scored separately);
//   - retention: the ISO 8601 duration is equal (all "no period stated"
//     facts count as one value, null).

// score counts one kind.
type score struct{ expected, predicted, tp, tpPred int }

func (s score) precision() float64 {
	if s.predicted == 0 {
		return 1
	}
	return float64(s.tpPred) / float64(s.predicted)
}

func (s score) recall() float64 {
	if s.expected == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.expected)
}

// sets are the values of one document, per kind ("discloses" holds named
// recipients only; "transfer/country" holds mechanism/country pairs).
type sets map[string]map[string]bool

func (s sets) add(kind, v string) {
	if s[kind] == nil {
		s[kind] = map[string]bool{}
	}
	s[kind][v] = true
}

// predictedSets turns a result into value sets.
func predictedSets(r *Result) sets {
	s := sets{}
	for _, f := range r.Facts {
		v := f.Val()
		switch f.Kind {
		case KindDiscloses:
			if f.Named == nil || !*f.Named {
				continue
			}
		case KindRetention:
			if v == "" {
				v = "null"
			}
		case KindTransfer:
			if f.Country != "" {
				s.add("transfer/country", v+"/"+f.Country)
			}
		}
		s.add(f.Kind, v)
	}
	return s
}

func namesMatch(a, b string) bool {
	for _, x := range NameAliases(a) {
		for _, y := range NameAliases(b) {
			if x == y {
				return true
			}
		}
	}
	return false
}

// compare scores one kind of one document.
func compare(kind string, exp, pred map[string]bool) score {
	s := score{expected: len(exp), predicted: len(pred)}
	eq := func(a, b string) bool { return a == b }
	if kind == KindDiscloses {
		eq = namesMatch
	}
	for e := range exp {
		for p := range pred {
			if eq(e, p) {
				s.tp++
				break
			}
		}
	}
	for p := range pred {
		for e := range exp {
			if eq(e, p) {
				s.tpPred++
				break
			}
		}
	}
	return s
}

// evalKinds are the rows of the printed tables.
var evalKinds = []string{KindCollects, KindDiscloses, KindPurpose, KindLegalBasis, KindTransfer, "transfer/country",
	KindRetention, KindRight, KindDataSubject, KindSecurity}

type table struct {
	total map[string]score
	diffs []string
	// extra are rows scored beside evalKinds (kindCoarse).
	extra []string
}

// kindCoarse is the row of data categories cut to their first two levels
// ("user.contact.email" -> "user.contact"), the issue's "coarse data
// categories": a key equal at that level counts, whatever its children.
const kindCoarse = "collects/coarse"

// addCoarse adds the kindCoarse values of a document's collects values.
func addCoarse(s sets) {
	for v := range s[KindCollects] {
		parts := strings.SplitN(v, ".", 3)
		if len(parts) > 2 {
			parts = parts[:2]
		}
		s.add(kindCoarse, strings.Join(parts, "."))
	}
}

func newTable() *table { return &table{total: map[string]score{}} }

func (tb *table) addDoc(name string, exp, pred sets) {
	for _, k := range append(append([]string{}, evalKinds...), tb.extra...) {
		s := compare(k, exp[k], pred[k])
		t := tb.total[k]
		t.expected += s.expected
		t.predicted += s.predicted
		t.tp += s.tp
		t.tpPred += s.tpPred
		tb.total[k] = t
		var missed, extra []string
		for e := range exp[k] {
			if compare(k, map[string]bool{e: true}, pred[k]).tp == 0 {
				missed = append(missed, e)
			}
		}
		for p := range pred[k] {
			if compare(k, exp[k], map[string]bool{p: true}).tpPred == 0 {
				extra = append(extra, p)
			}
		}
		sort.Strings(missed)
		sort.Strings(extra)
		if len(missed)+len(extra) > 0 {
			tb.diffs = append(tb.diffs, fmt.Sprintf("%s %s: missed %v; extra %v", name, k, missed, extra))
		}
	}
}

func (tb *table) String() string { return tb.only(evalKinds) }

// only prints the rows of the given kinds.
func (tb *table) only(kinds []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-18s %8s %9s %5s %9s %6s\n", "kind", "expected", "predicted", "TP", "precision", "recall")
	for _, k := range kinds {
		s := tb.total[k]
		name := k
		if k == KindDiscloses {
			name = "discloses (named)"
		}
		if k == kindCoarse {
			name = "collects (coarse)"
		}
		fmt.Fprintf(&b, "%-18s %8d %9d %5d %9.3f %6.3f\n", name, s.expected, s.predicted, s.tp, s.precision(), s.recall())
	}
	return b.String()
}

// expectSeed derives a notice's expected document-level facts from its
// reviewed seed file.
func expectSeed(n *seed.NoticeFile) sets {
	s := sets{}
	sg := func(t seed.Transfer) {
		v := "unspecified"
		if t.Safeguard != nil {
			v = t.Safeguard.Value
		}
		if v == "privacy_shield_swiss" {
			v = "privacy_shield" // the output contract has one Privacy Shield value
		}
		s.add(KindTransfer, v)
		if t.Country != "" && t.Country != "EU" {
			s.add("transfer/country", v+"/"+t.Country)
		}
	}
	ret := func(r seed.Retention) {
		v := r.Duration
		if v == "" {
			v = "null"
		}
		s.add(KindRetention, v)
	}
	names := map[string]bool{}
	for _, r := range n.Recipients {
		if r.Named {
			s.add(KindDiscloses, r.Name)
			names[r.Name] = true
		}
	}
	for _, a := range n.Activities {
		for _, c := range a.Categories {
			s.add(KindCollects, c.Value)
		}
		for _, sub := range a.Subjects {
			s.add(KindDataSubject, sub.Value)
		}
		for _, p := range a.Purposes {
			s.add(KindPurpose, p.Purpose.Value)
			if p.Basis != nil {
				s.add(KindLegalBasis, p.Basis.Value)
			}
			if p.Condition != nil {
				s.add(KindLegalBasis, p.Condition.Value)
			}
		}
		for _, t := range a.Transfers {
			sg(t)
		}
		for _, r := range a.Retention {
			ret(r)
		}
	}
	for _, t := range n.Transfers {
		sg(t)
	}
	for _, r := range n.Retention {
		ret(r)
	}
	for _, m := range n.Security {
		s.add(KindSecurity, m.Measure.Value)
	}
	for _, r := range n.Rights {
		s.add(KindRight, r.Right.Value)
	}
	// A basis the notice states without a purpose is a legal_basis fact of
	// the extraction's contract all the same.
	for _, st := range n.Statements {
		if st.Basis != nil {
			s.add(KindLegalBasis, st.Basis.Value)
		}
	}
	return s
}

type seedNotice struct {
	name string
	file seed.NoticeFile
	text []byte
}

func seedNotices(t testing.TB) []seedNotice {
	t.Helper()
	names, err := fs.Glob(seed.Files, "notices/*.yaml")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seed notices: %v", err)
	}
	var out []seedNotice
	for _, name := range names {
		src, err := fs.ReadFile(seed.Files, name)
		if err != nil {
			t.Fatal(err)
		}
		var n seed.NoticeFile
		if err := yaml.Unmarshal(src, &n); err != nil {
			t.Fatalf("seed/%s: %v", name, err)
		}
		text, err := fs.ReadFile(seed.Files, path.Join("policies", n.Document.File))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, seedNotice{name: path.Base(name), file: n, text: text})
	}
	return out
}

// TestSeedNotices measures the extractor against the five reviewed seed
// notices and fails when a figure drops below its floor.
func TestSeedNotices(t *testing.T) {
	tb := newTable()
	for _, n := range seedNotices(t) {
		res, err := Extract(n.file.Document.File, n.text)
		if err != nil {
			t.Fatalf("%s: %v", n.name, err)
		}
		checkSpans(t, n.text, res)
		tb.addDoc(n.name, expectSeed(&n.file), predictedSets(res))
		// The document block against the seed's document and organization.
		if n.name == "xajeet.yaml" && res.Document.Title != n.file.Document.Title {
			// The notice starts "Last updated: 10-14-2020" and has no title line.
			t.Errorf("%s: title %q, want %q (a date line is not a title)", n.name, res.Document.Title, n.file.Document.Title)
		}
		if res.Document.Title != n.file.Document.Title {
			t.Logf("%s: title %q, seed says %q", n.name, res.Document.Title, n.file.Document.Title)
		}
		if lu := n.file.Document.LastUpdated; lu != nil {
			want := lu.Time.Format("2006-01-02")
			if res.Document.LastUpdated == nil || *res.Document.LastUpdated != want {
				t.Errorf("%s: lastUpdated %v, the notice says %s", n.name, res.Document.LastUpdated, want)
			}
		}
	}
	t.Logf("seed notices (5), document-level precision and recall:\n%s", tb)
	for _, d := range tb.diffs {
		t.Log(d)
	}
	// Floors a little below the figures reached (see /tmp/readme-extract.md),
	// so that a regression fails.
	floors := map[string][2]float64{ // precision, recall
		KindCollects: {0.93, 0.68}, // measured 0.95 / 0.70
		// Measured 0.75 / 0.50 since the seed was re-read against the
		// notices (issue 12): the applicant notice's TRUSTe and American
		// Arbitration Association are now expected and missed; six named
		// recipients in all, so one is 0.17 of recall.
		KindDiscloses:  {0.70, 0.45},
		KindPurpose:    {0.78, 0.60},
		KindLegalBasis: {0.80, 0.95}, // measured 0.84 / 1.00, bases stated without a purpose counted
		// Measured 0.82 / 0.75: Jujotech's "by using ... you consent to the
		// transfer" is deemed consent, no Art 49(1)(a) derogation, and the
		// re-read seed records no safeguard; the extractor still reads one.
		KindTransfer:  {0.80, 0.75},
		KindRetention: {0.95, 0.75},
		KindRight:     {0.92, 0.75}, // measured 0.94 / 0.77
	}
	for k, f := range floors {
		s := tb.total[k]
		if s.precision() < f[0] || s.recall() < f[1] {
			t.Errorf("%s: precision %.2f recall %.2f, floor %.2f/%.2f", k, s.precision(), s.recall(), f[0], f[1])
		}
	}
}

// checkSpans asserts the span contract: every span inside the input, its
// quote equal to the bytes.
func checkSpans(t testing.TB, src []byte, r *Result) {
	t.Helper()
	for _, f := range r.Facts {
		if len(f.Evidence) == 0 {
			t.Errorf("%s %q has no evidence", f.Kind, f.Val())
		}
		if f.Confidence < 0 || f.Confidence > 1 {
			t.Errorf("%s %q: confidence %v outside [0,1]", f.Kind, f.Val(), f.Confidence)
		}
		for _, e := range f.Evidence {
			if e.Start < 0 || e.End > len(src) || e.Start >= e.End {
				t.Fatalf("%s %q: span [%d,%d) outside the input (%d bytes)", f.Kind, f.Val(), e.Start, e.End, len(src))
			}
			if string(src[e.Start:e.End]) != e.Quote {
				t.Fatalf("%s %q: quote %q is not the input's bytes %q", f.Kind, f.Val(), e.Quote, src[e.Start:e.End])
			}
		}
	}
}
