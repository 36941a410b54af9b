package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// lexicons and context expressions the prefilter must not change.
func allWindows() map[string]*window {
	out := map[string]*window{}
	for li, lex := range [][]term{categoryTerms, purposeTerms, basisTerms, transferTerms, rightTerms, subjectTerms,
		securityTerms, categoricalTerms} {
		for i := range lex {
			out[fmt.Sprintf("lexicon %d entry %d (%s)", li, i, lex[i].key)] = &lex[i].window
		}
	}
	for name, r := range map[string]*rx{"reCompany": reCompany, "countryRe": countryRe, "reEmail": reEmail, "reStreet": reStreet,
		"reStreetEU": reStreetEU, "reDuration": reDuration, "reNegReset": reNegReset, "reCtrlCue": reCtrlCue, "reCollectVerb": reCollectVerb, "reListCue": reListCue, "reUseVerb": reUseVerb,
		"reTransferStmt": reTransferStmt, "reTransferCtx": reTransferCtx, "reRetainCue": reRetainCue, "reNoPeriod": reNoPeriod,
		"reRightsCue": reRightsCue, "reNeg": reNeg, "reSecCue": reSecCue, "reShareCue": reShareCue, "reStrongShare": reStrongShare,
		"reBareConsent": reBareConsent, "reBareContract": reBareContract, "reBareLegal": reBareLegal, "reLegalClaims": reLegalClaims,
		"reArt9Ctx": reArt9Ctx} {
		out[name] = &r.window
	}
	return out
}

// TestWindowEqualsRegexp: the windowed, prefiltered search finds exactly
// the matches of the plain regular expression, on every sentence of the
// seed and dev notices and on edge cases.
func TestWindowEqualsRegexp(t *testing.T) {
	var texts []string
	add := func(name string, src []byte) {
		res := &extractor{src: src, facts: map[string]*Fact{}}
		res.blocks, _ = parse(detect(name, src), src)
		res.segment()
		for _, u := range res.units {
			texts = append(texts, u.lower, u.text)
		}
	}
	for _, n := range seedNotices(t) {
		add(n.file.Document.File, n.text)
	}
	dev, _ := filepath.Glob("testdata/dev/*")
	for _, p := range dev {
		if filepath.Ext(p) != ".yaml" {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			add(p, src)
		}
	}
	texts = append(texts, "", "e", "email", "an email address", "_email address", "xemail address", "é email addresses",
		"names, e-mail addresses and ip addresses", "we do not sell", "standard contractual clauses 2021/914")
	if len(texts) < 500 {
		t.Fatalf("only %d sentences to check", len(texts))
	}
	checked := 0
	for name, w := range allWindows() {
		for _, s := range texts {
			want := w.re.FindAllStringIndex(s, -1)
			var got [][]int
			w.findAll(s, scanLits(s), func(a, b int) bool { got = append(got, []int{a, b}); return true })
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: windowed %v, regexp %v", name, s, got, want)
			}
			// Without the literal set, on text in any case.
			got = nil
			w.findAll(s, nil, func(a, b int) bool { got = append(got, []int{a, b}); return true })
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q (no literal set): windowed %v, regexp %v", name, s, got, want)
			}
			checked++
		}
	}
	t.Logf("%d expression × sentence pairs agree", checked)
}

// TestScanLits: the Aho-Corasick pass finds exactly the registered
// literals a text contains.
func TestScanLits(t *testing.T) {
	for _, s := range []string{"we collect your email address and ip address", "standard contractual clauses", "", "x"} {
		set := scanLits(s)
		for id, l := range litNames {
			in := set.any([]int{id})
			if want := len(l) > 0 && contains(s, l); in != want {
				t.Errorf("literal %q in %q: set says %v", l, s, in)
			}
		}
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
