package findings_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/internal/findings"
)

// rulesTable is the README's table of the rules, written from Rules.
func rulesTable() string {
	var b strings.Builder
	b.WriteString("| rule | severity | article | applies from | until |\n| --- | --- | --- | --- | --- |\n")
	d := func(t *time.Time) string {
		if t == nil {
			return "—"
		}
		return t.Format(time.DateOnly)
	}
	for _, r := range findings.Rules {
		b.WriteString("| `" + r.ID + "`: " + r.Title + " | " + string(r.Severity) + " | " + r.Article + " | " + d(r.From) + " | " + d(r.Until) + " |\n")
	}
	return b.String()
}

// TestREADMERulesTable: the README lists every rule as the Rules table
// declares it, between its <!-- rules --> markers.
func TestREADMERulesTable(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), "<!-- rules -->\n")
	got, _, ok2 := strings.Cut(rest, "<!-- /rules -->")
	if !ok || !ok2 || got != rulesTable() {
		t.Errorf("README's rules table differs from findings.Rules; want:\n%s", rulesTable())
	}
}
