package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/ropacatalog/ropa/seed"
)

// The dev set (testdata/dev) is a second measured set, written for this
// package in the held-out set's format, of other kinds of notice (an
// e-commerce shop, an analytics SDK vendor with a sub-processor table, a
// university, a mobile game, a US SaaS with a CCPA category table, a UK
// bank with a list of named recipients and a supplier annex), plus the
// first held-out set (an EU SaaS with a sub-processor table, a US mobile
// app, an HR/recruiting tool, a UK telehealth service, a Lithuanian
// fintech), retired to the dev set after its figures had been read three
// times; testdata/heldout holds a fresh set. Unlike the held-out set the
// dev set may be tuned against. It annotates data categories, named and categorical recipients,
// legal bases, transfers, retention and rights; purposes, data subjects
// and security measures are not annotated, so their rows are left out.

// TestDevSetValid checks the dev set itself: every quote is in its notice
// and every value is a taxonomy key or in the output contract.
func TestDevSetValid(t *testing.T) {
	tax, err := seed.Taxonomy()
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]map[string]bool{
		KindLegalBasis: set("consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests",
			"explicit_consent", "employment_law", "vital_interests_art9", "not_for_profit", "made_public", "legal_claims",
			"substantial_public_interest", "health_care", "public_health", "archiving_research"),
		KindTransfer: set("adequacy", "scc_2021", "scc_2010", "scc", "bcr", "dpf_eu_us", "dpf_swiss_us", "dpf_uk_extension",
			"privacy_shield", "safe_harbor", "code_of_conduct", "certification", "derogation_consent", "derogation_contract",
			"derogation_other", "unspecified"),
		KindRight: set("access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent",
			"complaint", "opt_out_sale", "non_discrimination", "automated_decision", "know"),
		KindCollects: seed.Keys(tax.DataCategories),
	}
	exps, _ := filepath.Glob("testdata/dev/*.expected.yaml")
	if len(exps) < 4 {
		t.Fatalf("dev set: %d notices, want at least 4", len(exps))
	}
	for _, ep := range exps {
		base := strings.TrimSuffix(ep, ".expected.yaml")
		var text []byte
		for _, ext := range []string{".html", ".md", ".txt"} {
			if b, err := os.ReadFile(base + ext); err == nil {
				text = b
			}
		}
		b, err := os.ReadFile(ep)
		if err != nil {
			t.Fatal(err)
		}
		var hf heldoutFile
		if err := yaml.Unmarshal(b, &hf); err != nil {
			t.Fatalf("%s: %v", ep, err)
		}
		for i, f := range append(hf.Facts, hf.Absent...) {
			absent := i >= len(hf.Facts)
			if !strings.Contains(string(text), f.Quote) || f.Quote == "" {
				t.Errorf("%s: fact %d (%s %s): quote %q is not in the notice", ep, i, f.Kind, f.val(), f.Quote)
			}
			if a := allowed[f.Kind]; a != nil && !a[f.val()] {
				t.Errorf("%s: fact %d: %s value %q is not allowed", ep, i, f.Kind, f.val())
			}
			if f.Kind == KindDiscloses && !absent && (f.Named == nil || f.RecipientKind == "") {
				t.Errorf("%s: fact %d: discloses needs named and recipientKind", ep, i)
			}
		}
	}
}

func set(xs ...string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// TestDevSet measures the extractor on the dev set, prints the figures
// and every difference, and fails below the floors reached.
func TestDevSet(t *testing.T) {
	r := evalSet(t, "testdata/dev")
	t.Logf("dev notices (%d), document-level precision and recall (annotated kinds only):\n%s", r.notices, r.tb.only(devKinds))
	t.Logf("controller named: %d of %d notices", r.controllersNamed, r.controllers)
	retired := evalSet(t, "testdata/dev", retiredNotices...)
	t.Logf("of which the retired first held-out set (%d):\n%s", retired.notices, retired.tb.only(devKinds))
	for _, d := range append(append(r.absentHits, r.docNotes...), r.tb.diffs...) {
		if kindAnnotated(d) {
			t.Log(d)
		}
	}
	for k, f := range devFloors {
		s := r.tb.total[k]
		if s.precision() < f[0] || s.recall() < f[1] {
			t.Errorf("%s: precision %.2f recall %.2f, below the floor %.2f/%.2f", k, s.precision(), s.recall(), f[0], f[1])
		}
	}
	if len(r.absentHits) > devAbsentMax {
		t.Errorf("%d facts listed as absent are emitted, at most %d allowed", len(r.absentHits), devAbsentMax)
	}
}

// retiredNotices are the first held-out set, retired to the dev set.
var retiredNotices = []string{"eu-saas", "us-mobile-app", "hr-recruiting", "telehealth", "fintech"}

var devKinds = []string{KindCollects, KindDiscloses, KindLegalBasis, KindTransfer, "transfer/country", KindRetention, KindRight}

func kindAnnotated(d string) bool {
	for _, k := range []string{" " + KindPurpose + ":", " " + KindDataSubject + ":", " " + KindSecurity + ":"} {
		if strings.Contains(d, k) {
			return false
		}
	}
	return true
}

// devFloors: precision, recall, a little below the figures reached, so
// that a regression fails.
var devFloors = map[string][2]float64{
	KindCollects:   {0.92, 0.94}, // measured 0.94 / 0.96 (retired set 0.93 / 0.93)
	KindDiscloses:  {0.96, 0.97}, // measured 0.98 / 0.99 (retired set 0.98 / 0.98)
	KindLegalBasis: {0.96, 0.94}, // measured 0.98 / 0.96
	KindTransfer:   {0.98, 0.98}, // measured 1.00 / 1.00
	KindRetention:  {0.96, 0.90}, // measured 0.98 / 0.92
	KindRight:      {0.97, 0.96}, // measured 0.99 / 0.98
}

const devAbsentMax = 0
