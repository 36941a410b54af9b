// Package extract drafts a record of processing from a privacy notice: it
// reads plain text, Markdown or HTML and finds the facts the notice states
// (data collected, recipients, purposes, legal bases, transfers and their
// safeguards, retention, rights, data subjects, security measures), each
// with the byte spans of the input that state it.
//
// The method is rules and lexicons written here, no model: the document's
// structure (a heading such as "Categories of Personal Data We Collect"
// makes each bullet or table row under it a collection fact; a table of
// sub-processors gives named recipients with purpose, country and
// safeguard), "such as / including" lists that expand into several
// categories, and negation ("we do not sell") and "except" clauses that
// suppress facts. Every span is a byte range of the input as given, before
// any HTML or Markdown is stripped, and its quote is those bytes.
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"unicode/utf8"
)

// Result is what Extract finds in one notice; its JSON form is the
// contract of `ropa extract`.
type Result struct {
	Source   Source   `json:"source" yaml:"source"`
	Document Document `json:"document" yaml:"document"`
	Facts    []Fact   `json:"facts" yaml:"facts"`
}

// Source identifies the input.
type Source struct {
	File   string `json:"file" yaml:"file"`
	SHA256 string `json:"sha256" yaml:"sha256"`
	Bytes  int    `json:"bytes" yaml:"bytes"`
}

// Document describes the notice itself.
type Document struct {
	Title       string      `json:"title" yaml:"title"`
	LastUpdated *string     `json:"lastUpdated" yaml:"lastUpdated"` // YYYY-MM-DD
	Controller  *Controller `json:"controller" yaml:"controller"`
}

// Controller is the organization the notice speaks for.
type Controller struct {
	Name    string `json:"name" yaml:"name"`
	Email   string `json:"email" yaml:"email"`
	Address string `json:"address" yaml:"address"`
	// Reason says where the text names it: with the notice's word for
	// itself ("we"), as the controller, in the title, the copyright line,
	// the contact details, ...
	Reason string `json:"reason,omitempty" yaml:"reason,omitempty"`
	// Evidence is the sentence the name was taken from, where one was.
	Evidence *Span `json:"evidence,omitempty" yaml:"evidence,omitempty"`
}

const (
	// Kinds of fact.
	KindCollects    = "collects"
	KindDiscloses   = "discloses"
	KindPurpose     = "purpose"
	KindLegalBasis  = "legal_basis"
	KindTransfer    = "transfer"
	KindRetention   = "retention"
	KindRight       = "right"
	KindDataSubject = "data_subject"
	KindSecurity    = "security_measure"
)

// Kinds lists the fact kinds in output order.
var Kinds = []string{KindCollects, KindDiscloses, KindPurpose, KindLegalBasis, KindTransfer,
	KindRetention, KindRight, KindDataSubject, KindSecurity}

// Fact is one thing the notice states. Value is a taxonomy key for
// collects, purpose, data_subject and security_measure; the recipient as
// named for discloses; the basis, mechanism or right key for legal_basis,
// transfer and right; an ISO 8601 duration (or null) for retention.
type Fact struct {
	Kind       string  `json:"kind" yaml:"kind"`
	Value      *string `json:"value" yaml:"value"`
	Confidence float64 `json:"confidence" yaml:"confidence"`
	Evidence   []Span  `json:"evidence" yaml:"evidence"`

	Subjects       []string `json:"subjects,omitempty" yaml:"subjects,omitempty"`             // collects
	Named          *bool    `json:"named,omitempty" yaml:"named,omitempty"`                   // discloses
	RecipientKind  string   `json:"recipientKind,omitempty" yaml:"recipientKind,omitempty"`   // discloses
	DataCategories []string `json:"dataCategories,omitempty" yaml:"dataCategories,omitempty"` // discloses, retention
	Purposes       []string `json:"purposes,omitempty" yaml:"purposes,omitempty"`             // discloses
	Country        string   `json:"country,omitempty" yaml:"country,omitempty"`               // transfer, discloses
	Criterion      string   `json:"criterion,omitempty" yaml:"criterion,omitempty"`           // retention
	BasisFor       []string `json:"basisFor,omitempty" yaml:"basisFor,omitempty"`             // legal_basis: purposes it is stated for

	// raw is the rule score the fact was found with (the highest of the
	// rules that found it); Confidence is raw calibrated (calibration.go).
	raw float64
}

// Val returns the fact's value, "" when null.
func (f *Fact) Val() string {
	if f.Value == nil {
		return ""
	}
	return *f.Value
}

// Span is a byte range [Start, End) of the input; Quote is those bytes.
type Span struct {
	Start int    `json:"start" yaml:"start"`
	End   int    `json:"end" yaml:"end"`
	Quote string `json:"quote" yaml:"quote"`
}

// Extract reads one notice. name is used for the format (by extension)
// and in the result's source block; src is the file's bytes.
func Extract(name string, src []byte) (*Result, error) {
	if len(src) == 0 {
		return nil, fmt.Errorf("%s: the file is empty", name)
	}
	if !utf8.Valid(src) {
		return nil, fmt.Errorf("%s: not UTF-8 text (at byte %d)", name, firstInvalid(src))
	}
	sum := sha256.Sum256(src)
	x := &extractor{src: src, facts: map[string]*Fact{}}
	f := detect(name, src)
	blocks, title := parse(f, src)
	x.blocks = blocks
	x.htmlTitle = title
	x.run()
	res := &Result{
		Source:   Source{File: filepath.Base(name), SHA256: hex.EncodeToString(sum[:]), Bytes: len(src)},
		Document: x.document(),
		Facts:    x.sorted(),
	}
	return res, nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// extractor holds one run's state.
type extractor struct {
	unitsOf       map[int][2]int    // block index → range of its units
	rowKeyCache   map[int]rowKeySet // table row → category keys of its cells
	src           []byte
	blocks        []block
	htmlTitle     string
	units         []unit
	facts         map[string]*Fact
	order         []string
	orgName       string // the controller's name, once found
	orgEmail      string
	orgAddr       string
	orgReason     string // why orgName was taken (Controller.Reason)
	orgUnit       int    // the unit orgName was taken from, or -1
	transferStmts []Span // sentences that state a transfer abroad
	memo          map[*rx]map[string]bool
	headings      map[string]bool     // heading texts, for table of contents entries
	orgCache      [3]string           // orgName, its normName and its legal form
	defBlock      map[int]bool        // blocks that define personal data
	contentCols   map[int]contentCols // table row → columns read from content (columns.go)
	gdpr          int                 // the notice is framed by the GDPR: 1, not: -1, unknown: 0 (bases.go)
	basisLists    map[int]bool        // list item block → its list states bases (bases.go)
	basisSections map[int]bool        // sections (by heading block) that speak of legal bases (bases.go)
	sectionOf     []int               // block → its heading block, or -1 (bases.go)
	ownNames      map[string]bool     // services the notice presents as the controller's own (recipients.go)
}

// is matches re against a context string, remembering the answer: many
// units share the same headings.
func (x *extractor) is(re *rx, s string) bool {
	m := x.memo[re]
	if m == nil {
		if x.memo == nil {
			x.memo = map[*rx]map[string]bool{}
		}
		m = map[string]bool{}
		x.memo[re] = m
	}
	v, ok := m[s]
	if !ok {
		v = re.MatchString(s)
		m[s] = v
	}
	return v
}

// add records a fact, merging it with an earlier one of the same identity.
func (x *extractor) add(f Fact, id string, sp Span, conf float64) *Fact {
	key := f.Kind + "\x00" + id
	old, ok := x.facts[key]
	if !ok {
		f.Confidence = conf
		nf := f
		x.facts[key] = &nf
		x.order = append(x.order, key)
		old = &nf
	} else if conf > old.Confidence {
		old.Confidence = conf
	}
	if sp.End > sp.Start {
		dup := false
		for _, e := range old.Evidence {
			if e.Start == sp.Start && e.End == sp.End {
				dup = true
				break
			}
		}
		if !dup && len(old.Evidence) < 12 {
			old.Evidence = append(old.Evidence, sp)
		}
	}
	return old
}

func (x *extractor) sorted() []Fact {
	rank := map[string]int{}
	for i, k := range Kinds {
		rank[k] = i
	}
	out := make([]Fact, 0, len(x.order))
	for _, k := range x.order {
		f := x.facts[k]
		if len(f.Evidence) == 0 {
			continue
		}
		sort.Slice(f.Evidence, func(i, j int) bool { return f.Evidence[i].Start < f.Evidence[j].Start })
		f.raw = float64(int(f.Confidence*100+0.5)) / 100
		f.Confidence = calibrated(f)
		out = append(out, *f)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if rank[out[i].Kind] != rank[out[j].Kind] {
			return rank[out[i].Kind] < rank[out[j].Kind]
		}
		return out[i].Evidence[0].Start < out[j].Evidence[0].Start
	})
	return out
}

func (x *extractor) run() {
	x.segment()
	for i := range x.units {
		x.units[i].lits = scanLits(x.units[i].lower)
	}
	x.findController()
	x.readTables()
	for i := range x.units {
		for _, r := range unitRules {
			r.find(x, &x.units[i])
		}
	}
	x.tables()
	x.finish()
}

// finish merges facts that name one thing twice: a recipient under a
// shorter and a longer name, a transfer mechanism with and without a
// country; and adds an "unspecified" transfer when the notice states
// transfers abroad but names no safeguard.
func (x *extractor) finish() {
	drop := x.sameRecipients()
	for k, to := range x.countryless() {
		drop[k] = to
	}
	keep := x.order[:0]
	for _, k := range x.order {
		if to := drop[k]; to != nil {
			f := x.facts[k]
			for _, e := range f.Evidence {
				if f.Kind == KindTransfer || len(to.Evidence) < 12 {
					to.Evidence = append(to.Evidence, e)
				}
			}
			delete(x.facts, k)
			continue
		}
		keep = append(keep, k)
	}
	x.order = keep
	x.unspecifiedTransfer()
}

func str(s string) *string { return &s }
