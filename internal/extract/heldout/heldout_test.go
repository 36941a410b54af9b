package heldout

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/biter777/countries"
	"gopkg.in/yaml.v3"

	"github.com/ropacatalog/ropa/seed"
)

// setDir is the held-out set; ROPA_HELDOUT_DIR points the checks at a set
// being written elsewhere, before it is moved in.
var setDir = func() string {
	if d := os.Getenv("ROPA_HELDOUT_DIR"); d != "" {
		return d
	}
	return "../testdata/heldout"
}()

// expected is the shape of a NAME.expected.yaml file.
type expected struct {
	Document struct {
		Title       string      `yaml:"title"`
		LastUpdated *string     `yaml:"lastUpdated"`
		Controller  *controller `yaml:"controller"`
	} `yaml:"document"`
	Facts  []fact `yaml:"facts"`
	Absent []fact `yaml:"absent"`
}

type controller struct {
	Name    string `yaml:"name"`
	Email   string `yaml:"email"`
	Address string `yaml:"address"`
}

type fact struct {
	Kind          string  `yaml:"kind"`
	Value         *string `yaml:"value"`
	Named         *bool   `yaml:"named"`
	RecipientKind string  `yaml:"recipientKind"`
	Country       string  `yaml:"country"`
	Criterion     string  `yaml:"criterion"`
	Quote         string  `yaml:"quote"`
	Line          int     `yaml:"-"`
}

var (
	legalBases = set("consent", "contract", "legal_obligation", "vital_interests", "public_task",
		"legitimate_interests", "explicit_consent", "employment_law", "vital_interests_art9",
		"not_for_profit", "made_public", "legal_claims", "substantial_public_interest",
		"health_care", "public_health", "archiving_research")
	mechanisms = set("adequacy", "scc_2021", "scc_2010", "scc", "bcr", "dpf_eu_us", "dpf_swiss_us",
		"dpf_uk_extension", "privacy_shield", "safe_harbor", "code_of_conduct", "certification",
		"derogation_consent", "derogation_contract", "derogation_other", "unspecified")
	rights = set("access", "rectification", "erasure", "restriction", "portability", "objection",
		"withdraw_consent", "complaint", "opt_out_sale", "non_discrimination", "automated_decision", "know")
	recipientKinds = set("processor", "third_party", "affiliate", "public_authority", "acquirer",
		"business_partner", "advertising", "analytics", "other_users")
	// taxonomyKinds maps a fact kind to the taxonomy list its values come from.
	taxonomyKinds = map[string]string{
		"collects":         "dataCategories",
		"purpose":          "purposes",
		"data_subject":     "dataSubjects",
		"security_measure": "securityMeasures",
	}
	isoDuration = regexp.MustCompile(`^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$`)
	emailRE     = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-z]{2,}$`)
	tagRE       = regexp.MustCompile(`<[^>]*>`)
)

// notices are the held-out notices: every .html, .md and .txt file of
// setDir. The issue asks for at least four, of different kinds of service.
var notices = func() []string {
	var ns []string
	for _, ext := range []string{"*.html", "*.md", "*.txt"} {
		m, _ := filepath.Glob(filepath.Join(setDir, ext))
		for _, p := range m {
			ns = append(ns, filepath.Base(p))
		}
	}
	sort.Strings(ns)
	return ns
}()

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// loadTaxonomy returns, per list name (dataCategories, purposes, ...), the
// set of keys the seed taxonomy defines.
func loadTaxonomy(t *testing.T) map[string]map[string]bool {
	t.Helper()
	all, err := seed.Taxonomy()
	if err != nil {
		t.Fatal(err)
	}
	tax := map[string]map[string]bool{
		"dataCategories":   seed.Keys(all.DataCategories),
		"purposes":         seed.Keys(all.Purposes),
		"dataSubjects":     seed.Keys(all.DataSubjects),
		"securityMeasures": seed.Keys(all.Measures),
	}
	for _, list := range taxonomyKinds {
		if len(tax[list]) == 0 {
			t.Fatalf("taxonomy list %s is empty", list)
		}
	}
	return tax
}

// loadExpected decodes path strictly (unknown fields are errors) and records
// each fact's line for error messages.
func loadExpected(t *testing.T, path string) expected {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("notice has no expected file: %v", err)
	}
	var exp expected
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&exp); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	// Recover line numbers from the node tree.
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	lines := map[string][]int{}
	if len(root.Content) == 1 {
		m := root.Content[0]
		for i := 0; i+1 < len(m.Content); i += 2 {
			for _, item := range m.Content[i+1].Content {
				lines[m.Content[i].Value] = append(lines[m.Content[i].Value], item.Line)
			}
		}
	}
	for i := range exp.Facts {
		if i < len(lines["facts"]) {
			exp.Facts[i].Line = lines["facts"][i]
		}
	}
	for i := range exp.Absent {
		if i < len(lines["absent"]) {
			exp.Absent[i].Line = lines["absent"][i]
		}
	}
	return exp
}

func TestSetIsComplete(t *testing.T) {
	entries, err := os.ReadDir(setDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(notices) < 4 {
		t.Errorf("%s: %d notices, the issue asks for at least four", setDir, len(notices))
	}
	have := map[string]bool{}
	for _, e := range entries {
		have[e.Name()] = true
	}
	for _, n := range notices {
		if !have[n] {
			t.Errorf("%s/%s: notice missing", setDir, n)
		}
	}
	// Every notice in the directory has an expected file and vice versa.
	for name := range have {
		if strings.HasSuffix(name, ".expected.yaml") {
			stem := strings.TrimSuffix(name, ".expected.yaml")
			ok := false
			for other := range have {
				if other != name && strings.TrimSuffix(other, filepath.Ext(other)) == stem && !strings.HasSuffix(other, ".yaml") {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s/%s: no notice for this expected file", setDir, name)
			}
			continue
		}
		if !have[expectedName(name)] {
			t.Errorf("%s/%s: no expected file %s", setDir, name, expectedName(name))
		}
	}
}

func expectedName(notice string) string {
	return strings.TrimSuffix(notice, filepath.Ext(notice)) + ".expected.yaml"
}

func TestExpectedFacts(t *testing.T) {
	tax := loadTaxonomy(t)
	for _, name := range notices {
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join(setDir, name))
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(setDir, expectedName(name))
			exp := loadExpected(t, path)
			isHTML := strings.HasSuffix(name, ".html")
			checkDocument(t, path, string(text), isHTML, exp)
			if len(exp.Facts) == 0 {
				t.Fatalf("%s: no facts", path)
			}
			seen := map[string]int{}
			for _, f := range exp.Facts {
				where := fmt.Sprintf("%s:%d", path, f.Line)
				checkQuote(t, where, string(text), f.Quote, isHTML)
				checkFact(t, where, f, tax)
				k := key(f)
				if prev, dup := seen[k]; dup {
					t.Errorf("%s: duplicate fact %s (first at line %d)", where, k, prev)
				}
				seen[k] = f.Line
			}
			for _, f := range exp.Absent {
				where := fmt.Sprintf("%s:%d (absent)", path, f.Line)
				checkQuote(t, where, string(text), f.Quote, isHTML)
				if f.Kind == "" || f.Value == nil || *f.Value == "" {
					t.Errorf("%s: absent entry needs kind and value", where)
				}
				if _, dup := seen[key(f)]; dup {
					t.Errorf("%s: %s is listed both as a fact and as absent", where, key(f))
				}
			}
		})
	}
}

// key identifies a fact for the duplicate check: kind and value, plus the
// country for transfers and the criterion for retention (a notice may state
// several retention rules with no period).
func key(f fact) string {
	v := "null"
	if f.Value != nil {
		v = *f.Value
	}
	k := f.Kind + " " + v
	switch f.Kind {
	case "transfer":
		k += " country=" + f.Country
	case "retention":
		k += " criterion=" + f.Criterion
	}
	return k
}

func checkDocument(t *testing.T, path, text string, isHTML bool, exp expected) {
	t.Helper()
	d := exp.Document
	if strings.TrimSpace(d.Title) == "" {
		t.Errorf("%s: document.title is empty", path)
	} else if !strings.Contains(text, d.Title) {
		t.Errorf("%s: document.title %q does not occur in the notice", path, d.Title)
	}
	if d.LastUpdated != nil {
		if _, err := time.Parse("2006-01-02", *d.LastUpdated); err != nil {
			t.Errorf("%s: document.lastUpdated %q is not YYYY-MM-DD", path, *d.LastUpdated)
		}
	}
	if c := d.Controller; c != nil {
		if c.Name == "" || !strings.Contains(text, c.Name) {
			t.Errorf("%s: document.controller.name %q is empty or not in the notice", path, c.Name)
		}
		if c.Email != "" && (!emailRE.MatchString(c.Email) || !strings.Contains(text, c.Email)) {
			t.Errorf("%s: document.controller.email %q is malformed or not in the notice", path, c.Email)
		}
	}
	// Realistic length: 1,500 to 4,000 words of visible text.
	visible := text
	if isHTML {
		visible = tagRE.ReplaceAllString(text, " ")
	}
	if n := len(strings.Fields(visible)); n < 1500 || n > 4000 {
		t.Errorf("%s: notice has %d words, want 1,500 to 4,000", path, n)
	}
}

func checkQuote(t *testing.T, where, text, quote string, isHTML bool) {
	t.Helper()
	switch {
	case strings.TrimSpace(quote) == "":
		t.Errorf("%s: empty quote", where)
	case !strings.Contains(text, quote):
		t.Errorf("%s: quote %q is not a substring of the notice", where, quote)
	case isHTML && strings.ContainsAny(quote, "<>"):
		t.Errorf("%s: quote %q spans an HTML tag", where, quote)
	}
}

func checkFact(t *testing.T, where string, f fact, tax map[string]map[string]bool) {
	t.Helper()
	value := ""
	if f.Value != nil {
		value = *f.Value
	}
	if f.Value == nil && f.Kind != "retention" {
		t.Errorf("%s: %s fact has a null value", where, f.Kind)
		return
	}
	if f.Kind != "discloses" && (f.Named != nil || f.RecipientKind != "") {
		t.Errorf("%s: named/recipientKind only belong to discloses facts", where)
	}
	if f.Kind != "transfer" && f.Country != "" {
		t.Errorf("%s: country only belongs to transfer facts", where)
	}
	if f.Kind != "retention" && f.Criterion != "" {
		t.Errorf("%s: criterion only belongs to retention facts", where)
	}
	if list, ok := taxonomyKinds[f.Kind]; ok {
		if !tax[list][value] {
			t.Errorf("%s: %s value %q is not a key of %s in seed/taxonomy", where, f.Kind, value, list)
		}
		return
	}
	switch f.Kind {
	case "legal_basis":
		if !legalBases[value] {
			t.Errorf("%s: legal_basis %q is not an allowed basis", where, value)
		}
	case "right":
		if !rights[value] {
			t.Errorf("%s: right %q is not an allowed right", where, value)
		}
	case "transfer":
		if !mechanisms[value] {
			t.Errorf("%s: transfer mechanism %q is not allowed", where, value)
		}
		if f.Country != "" {
			c := countries.ByName(f.Country)
			if len(f.Country) != 2 || !c.IsValid() || c.Alpha2() != f.Country {
				t.Errorf("%s: country %q is not an ISO 3166-1 alpha-2 code", where, f.Country)
			}
		}
	case "retention":
		if f.Value != nil && (value == "P" || value == "PT" || !isoDuration.MatchString(value)) {
			t.Errorf("%s: retention %q is not an ISO 8601 duration", where, value)
		}
		if strings.TrimSpace(f.Criterion) == "" {
			t.Errorf("%s: retention needs a criterion in words", where)
		}
	case "discloses":
		if value == "" {
			t.Errorf("%s: discloses needs the recipient's name", where)
		}
		if f.Named == nil {
			t.Errorf("%s: discloses needs named: true|false", where)
		}
		if !recipientKinds[f.RecipientKind] {
			t.Errorf("%s: recipientKind %q is not allowed", where, f.RecipientKind)
		}
	default:
		t.Errorf("%s: unknown kind %q", where, f.Kind)
	}
}

// TestSummary logs the number of expected facts per kind and notice; run
// with -v to see it.
func TestSummary(t *testing.T) {
	for _, name := range notices {
		exp := loadExpected(t, filepath.Join(setDir, expectedName(name)))
		counts := map[string]int{}
		for _, f := range exp.Facts {
			counts[f.Kind]++
		}
		kinds := make([]string, 0, len(counts))
		for k := range counts {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		var parts []string
		for _, k := range kinds {
			parts = append(parts, fmt.Sprintf("%s=%d", k, counts[k]))
		}
		t.Logf("%s: %d facts, %d absent: %s", name, len(exp.Facts), len(exp.Absent), strings.Join(parts, " "))
	}
}
