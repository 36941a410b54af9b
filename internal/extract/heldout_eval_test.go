package extract

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// heldoutFile is testdata/heldout/NAME.expected.yaml, written by hand by
// someone who did not see the extractor.
type heldoutFile struct {
	Document struct {
		Title       string `yaml:"title"`
		LastUpdated string `yaml:"lastUpdated"`
		Controller  *struct {
			Name    string `yaml:"name"`
			Email   string `yaml:"email"`
			Address string `yaml:"address"`
		} `yaml:"controller"`
	} `yaml:"document"`
	Facts  []heldoutFact `yaml:"facts"`
	Absent []heldoutFact `yaml:"absent"`
}

type heldoutFact struct {
	Kind          string  `yaml:"kind"`
	Value         *string `yaml:"value"`
	Quote         string  `yaml:"quote"`
	Named         *bool   `yaml:"named"`
	RecipientKind string  `yaml:"recipientKind"`
	Country       string  `yaml:"country"`
	Criterion     string  `yaml:"criterion"`
}

func (f heldoutFact) val() string {
	if f.Value == nil {
		if f.Kind == KindRetention {
			return "null"
		}
		return ""
	}
	return *f.Value
}

// expected is the annotation's document-level value sets (named
// recipients only among discloses).
func (hf *heldoutFile) expected() sets {
	exp := sets{}
	for _, f := range hf.Facts {
		if f.Kind == KindDiscloses && (f.Named == nil || !*f.Named) {
			continue
		}
		exp.add(f.Kind, f.val())
		if f.Kind == KindTransfer && f.Country != "" {
			exp.add("transfer/country", f.val()+"/"+f.Country)
		}
	}
	return exp
}

// setResult is the measurement of one evaluation set.
type setResult struct {
	tb         *table
	notices    int
	absentHits []string
	docNotes   []string
	// controllers: notices whose expected file names a controller;
	// controllersNamed: of which the extractor names the same.
	controllers, controllersNamed int
}

// evalSet runs the extractor over every NAME.expected.yaml of dir and the
// notice beside it. Expected files are decoded strictly.
// With names, only those notices (by base name) are measured.
func evalSet(t *testing.T, dir string, names ...string) setResult {
	t.Helper()
	return evalSetWith(t, dir, nil, names...)
}

// evalSetWith is evalSet with extra rows scored beside evalKinds (see
// kindCoarse).
func evalSetWith(t *testing.T, dir string, extra []string, names ...string) setResult {
	t.Helper()
	exps, _ := filepath.Glob(filepath.Join(dir, "*.expected.yaml"))
	if len(names) > 0 {
		var keep []string
		for _, ep := range exps {
			for _, n := range names {
				if strings.TrimSuffix(filepath.Base(ep), ".expected.yaml") == n {
					keep = append(keep, ep)
				}
			}
		}
		exps = keep
	}
	r := setResult{tb: newTable(), notices: len(exps)}
	r.tb.extra = extra
	for _, ep := range exps {
		base := strings.TrimSuffix(filepath.Base(ep), ".expected.yaml")
		var notice string
		for _, ext := range []string{".html", ".md", ".txt"} {
			if _, err := os.Stat(filepath.Join(dir, base+ext)); err == nil {
				notice = filepath.Join(dir, base+ext)
			}
		}
		if notice == "" {
			t.Errorf("%s: no notice file beside it", ep)
			continue
		}
		raw, err := os.ReadFile(ep)
		if err != nil {
			t.Fatal(err)
		}
		var hf heldoutFile
		dec := yaml.NewDecoder(bytes.NewReader(raw))
		dec.KnownFields(true)
		if err := dec.Decode(&hf); err != nil {
			t.Fatalf("%s: %v", ep, err)
		}
		src, err := os.ReadFile(notice)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Extract(notice, src)
		if err != nil {
			t.Fatalf("%s: %v", notice, err)
		}
		checkSpans(t, src, res)
		exp := hf.expected()
		pred := predictedSets(res)
		addCoarse(exp)
		addCoarse(pred)
		r.tb.addDoc(filepath.Base(notice), exp, pred)
		for _, a := range hf.Absent {
			for p := range pred[a.Kind] {
				hit := p == a.val()
				if a.Kind == KindDiscloses {
					hit = namesMatch(p, a.val())
				}
				if hit {
					r.absentHits = append(r.absentHits, fmt.Sprintf("%s: emitted %s %q, which the notice does not state (%q)", notice, a.Kind, a.val(), a.Quote))
				}
			}
		}
		if want := hf.Document.LastUpdated; want != "" && (res.Document.LastUpdated == nil || *res.Document.LastUpdated != want) {
			r.docNotes = append(r.docNotes, fmt.Sprintf("%s: lastUpdated %v, expected %s", notice, res.Document.LastUpdated, want))
		}
		if hf.Document.Title != "" && res.Document.Title != hf.Document.Title {
			r.docNotes = append(r.docNotes, fmt.Sprintf("%s: title %q, expected %q", notice, res.Document.Title, hf.Document.Title))
		}
		if c := hf.Document.Controller; c != nil {
			r.controllers++
			if res.Document.Controller != nil && namesMatch(res.Document.Controller.Name, c.Name) {
				r.controllersNamed++
			}
		}
		if c := hf.Document.Controller; c != nil && (res.Document.Controller == nil || !namesMatch(res.Document.Controller.Name, c.Name)) {
			r.docNotes = append(r.docNotes, fmt.Sprintf("%s: controller %+v, expected %+v", notice, res.Document.Controller, *c))
		}
	}
	return r
}

// TestHeldout measures the extractor on the held-out notices, which it was
// not tuned on, and asserts the targets (or, where a target is not
// reached, the honest floor; see the report). The per-notice differences
// are printed only with ROPA_HELDOUT_DIFFS=1, so that tuning does not read
// them by accident.
func TestHeldout(t *testing.T) {
	r := evalSet(t, "testdata/heldout")
	if r.notices == 0 {
		t.Skip("no held-out notices under testdata/heldout yet")
	}
	t.Logf("held-out notices (%d), document-level precision and recall (annotated kinds only):\n%s", r.notices, r.tb.only(devKinds))
	for _, set := range heldoutSets {
		sr := evalSet(t, "testdata/heldout", set.notices...)
		t.Logf("of which the %s (%d):\n%s", set.name, sr.notices, sr.tb.only(devKinds))
	}
	t.Logf("facts listed as absent but emitted: %d", len(r.absentHits))
	t.Logf("controller named: %d of %d notices", r.controllersNamed, r.controllers)
	if os.Getenv("ROPA_HELDOUT_DIFFS") == "1" {
		for _, d := range append(append(r.absentHits, r.docNotes...), r.tb.diffs...) {
			t.Log(d)
		}
	}
	// The targets: precision/recall.
	targets := map[string][2]float64{
		KindLegalBasis: {0.9, 0.8},
		KindTransfer:   {0.9, 0.8},
		KindRight:      {0.9, 0.8},
		KindCollects:   {0.85, 0.7},
		KindDiscloses:  {0.85, 0.7},
	}
	for k, f := range targets {
		if fl, ok := heldoutFloors[k]; ok {
			f = fl
		}
		s := r.tb.total[k]
		if s.precision() < f[0] || s.recall() < f[1] {
			t.Errorf("%s: precision %.2f recall %.2f, below %.2f/%.2f", k, s.precision(), s.recall(), f[0], f[1])
		}
	}
}

// heldoutFloors replaces a target the extractor does not reach yet with the
// floor it does reach, so that the test still catches regressions; the
// README and the report list these honestly. Every target is reached on
// the ten held-out notices (2026-11-23).
var heldoutFloors = map[string][2]float64{}

// heldoutSets are the held-out notices by the round in which they were
// written, each by an author who did not see the extractor. The first set
// was retired to the dev set (retiredNotices).
var heldoutSets = []struct {
	name    string
	notices []string
}{
	{"second set, first read after one round of tuning on the first", []string{"esignature-saas", "dating-app", "eor-payroll", "online-pharmacy", "connected-car"}},
	{"third set, first read after a round of precision work on dev and seed", []string{"helpdesk-saas", "smart-doorbell", "background-screening", "bnpl-lender", "hospice-charity"}},
}
