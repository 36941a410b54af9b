package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// ruleCase is one row of a rule's table: a short notice in Markdown (a
// heading above a sentence gives it its context) and the values the rule
// must find in it, all of them and no others. An empty want is a case
// where the rule must not fire.
type ruleCase struct {
	name string
	doc  string
	want []string
}

// runRule reads a Markdown notice's structure and its controller, runs
// only rule r over its units and returns r's facts, merged as Extract
// merges them.
func runRule(t *testing.T, r rule, doc string) []Fact {
	t.Helper()
	x := &extractor{src: []byte(doc), facts: map[string]*Fact{}}
	x.blocks, x.htmlTitle = parse(formatMarkdown, x.src)
	x.segment()
	for i := range x.units {
		x.units[i].lits = scanLits(x.units[i].lower)
	}
	x.findController()
	for i := range x.units {
		r.find(x, &x.units[i])
	}
	x.finish()
	facts := x.sorted()
	checkSpans(t, x.src, &Result{Facts: facts})
	for _, f := range facts {
		if f.Kind != r.kind() && !(r.kind() == KindTransfer && f.Kind == KindTransfer) {
			t.Errorf("%T emitted a %s fact", r, f.Kind)
		}
	}
	return facts
}

// factValues returns the facts' values, sorted: "null" for a retention
// without a period, "mechanism/country" for a transfer with a country.
func factValues(facts []Fact) []string {
	var out []string
	for _, f := range facts {
		v := f.Val()
		if f.Value == nil {
			v = "null"
		}
		if f.Country != "" {
			v += "/" + f.Country
		}
		out = append(out, v)
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// checkRule runs a rule's table.
func checkRule(t *testing.T, r rule, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := factValues(runRule(t, r, c.doc))
			want := slices.Clone(c.want)
			sort.Strings(want)
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("%s\n got %v\nwant %v", c.doc, got, want)
			}
		})
	}
}
