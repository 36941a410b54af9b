// Package drift lists how a new version of a notice departs from the
// reviewed record of the version it replaces: what the new text states
// that the record lacks (recipients, data categories, purposes, transfers,
// retention), what the record holds that the notice no longer states, and
// what changed (a transfer's safeguard for the same country, a retention
// limit for the same data), each with the record's evidence sentence and
// the new notice's sentence.
//
// The two sides:
//
//   - The record: the reviewed facts (internal/record, reviewed only) of
//     the base version — the latest earlier version of the notice, same
//     organization and file name (or title), that holds reviewed facts —
//     and those of the new version a reviewer has confirmed already.
//   - The new text: what the extractor (internal/extract) reads in the new
//     version, which is what `ropa import` drafted from it.
//
// The record is written by people (the seed files) or confirmed from
// drafts, so its wording seldom equals the extractor's ("Recruiters and
// job application providers" against "recruitment agencies"). Drift
// therefore compares texts as well as facts, so that only what the edit
// changed is reported:
//
//   - Added: the new text states it, the base text (read by the same
//     extractor) did not, and no reviewed fact covers it. What the old text
//     stated already was there when the record was reviewed; leaving it
//     out was a reviewer's decision, not drift.
//   - Removed: a reviewed fact of the base version that the new text no
//     longer states: the extractor does not find its key in the new text,
//     nor the extractor's reading of its evidence sentence; for a fact the
//     extractor cannot read, one of its evidence sentences is gone from the
//     new text. A data category (whose evidence is the activity's) is
//     removed when the base text stated it and the new text does not.
//   - Changed: a removed and an added transfer to the same country (the
//     safeguard changed), or a removed and an added retention rule for the
//     same data categories (the limit changed).
//
// The same text compared with itself gives no drift.
package drift

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/evidence"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/extract"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/review"
)

// Change says how an item departs from the record.
type Change string

const (
	Added   Change = "added"   // the new text states it; the record lacks it
	Removed Change = "removed" // the record holds it; the new text no longer states it
	Changed Change = "changed" // the same transfer or retention rule with another value
)

// Fact is the kind of fact an item concerns.
type Fact string

const (
	Recipient    Fact = "recipient"
	DataCategory Fact = "data_category"
	Purpose      Fact = "purpose"
	Transfer     Fact = "transfer"
	Retention    Fact = "retention"
)

// factOrder is the order items are listed in.
var factOrder = map[Fact]int{Recipient: 0, DataCategory: 1, Purpose: 2, Transfer: 3, Retention: 4}

// Notice names a version of a notice.
type Notice struct {
	ID       int    `json:"id"`
	Title    string `json:"title"`
	FileName string `json:"fileName"`
}

// Side is a fact as one side states it: its value and the sentence.
type Side struct {
	Value    string `json:"value"`
	Sentence string `json:"sentence"`
	Start    int    `json:"start"` // byte offsets of the sentence in its notice
	End      int    `json:"end"`
}

// Item is one departure of the new text from the record.
type Item struct {
	Change Change `json:"change"`
	Fact   Fact   `json:"fact"`
	// Key identifies the fact: a recipient's normalised name, a taxonomy
	// key, COUNTRY/safeguard for a transfer, the duration or criterion of a
	// retention rule.
	Key string `json:"key"`
	Old *Side  `json:"old"` // the record's value and evidence; nil when added
	New *Side  `json:"new"` // the new notice's value and sentence; nil when removed
}

// Report is the drift of a notice's new version from the record.
type Report struct {
	Organization string `json:"organization"`
	Notice       Notice `json:"notice"` // the new version
	Base         Notice `json:"base"`   // the version the record was reviewed on (the notice itself when there is none)
	Items        []Item `json:"items"`
}

// Compare returns the drift of the notice with the given ID from the
// reviewed record of the version it replaces. A notice with no earlier
// version is compared with itself, which gives no items.
func Compare(ctx context.Context, c *ent.Client, notice int) (*Report, error) {
	doc, err := c.PolicyDocument.Query().Where(policydocument.ID(notice)).WithOrganization().Only(ctx)
	if err != nil {
		return nil, fmt.Errorf("notice %d: %w", notice, err)
	}
	base, err := Base(ctx, c, doc)
	if err != nil {
		return nil, err
	}
	rep := &Report{Notice: noticeOf(doc), Base: noticeOf(base), Items: []Item{}}
	if o := doc.Edges.Organization; o != nil {
		rep.Organization = o.Key
	}
	if base.Sha256 == doc.Sha256 {
		return rep, nil // the same text
	}
	old, err := extract.Extract(base.FileName, []byte(base.Text))
	if err != nil {
		return nil, fmt.Errorf("reading the base version %q (%d): %w", base.Title, base.ID, err)
	}
	cur, err := extract.Extract(doc.FileName, []byte(doc.Text))
	if err != nil {
		return nil, fmt.Errorf("reading notice %q (%d): %w", doc.Title, doc.ID, err)
	}
	tax, err := loadTaxonomy(ctx, c)
	if err != nil {
		return nil, err
	}
	rec, err := reviewed(ctx, c, doc.OrganizationID, base.ID, doc.ID)
	if err != nil {
		return nil, err
	}
	d := &differ{
		rec: rec, old: tax.facts(old), cur: tax.facts(cur),
		oldText: normalize(base.Text), newText: normalize(doc.Text), base: base.ID,
	}
	rep.Items = d.items()
	return rep, nil
}

// Find returns the ID of the organization's notice named by ref: its ID,
// or its file name, URL or title, the latest version when several share it.
func Find(ctx context.Context, c *ent.Client, org int, ref string) (int, error) {
	q := c.PolicyDocument.Query().Where(policydocument.OrganizationID(org))
	if id, err := strconv.Atoi(ref); err == nil {
		q.Where(policydocument.ID(id))
	} else {
		q.Where(policydocument.Or(policydocument.FileName(filepath.Base(ref)), policydocument.URL(ref),
			policydocument.TitleEqualFold(ref)))
	}
	ids, err := q.Order(ent.Desc(policydocument.FieldID)).IDs(ctx)
	if err != nil {
		return 0, fmt.Errorf("notice %q: %w", ref, err)
	}
	if len(ids) == 0 {
		return 0, fmt.Errorf("notice %q: the organization has no notice with that ID, file name, URL or title", ref)
	}
	return ids[0], nil
}

func noticeOf(d *ent.PolicyDocument) Notice {
	return Notice{ID: d.ID, Title: d.Title, FileName: d.FileName}
}

// Base returns the version of doc the record was reviewed on: among the
// organization's earlier notices with the same file name (or, failing
// one, the same title), the latest that holds reviewed facts, else the
// latest; doc itself when there is no earlier version.
func Base(ctx context.Context, c *ent.Client, doc *ent.PolicyDocument) (*ent.PolicyDocument, error) {
	same := policydocument.Title(doc.Title)
	if doc.FileName != "" {
		same = policydocument.FileName(doc.FileName)
	}
	earlier, err := c.PolicyDocument.Query().
		Where(policydocument.OrganizationID(doc.OrganizationID), policydocument.IDLT(doc.ID), same).
		Order(ent.Desc(policydocument.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("earlier versions of notice %q (%d): %w", doc.Title, doc.ID, err)
	}
	if len(earlier) == 0 {
		return doc, nil
	}
	for _, e := range earlier {
		n, err := e.QueryActivities().Where(processingactivity.ReviewStatusEQ(review.Reviewed)).Count(ctx)
		if err != nil {
			return nil, fmt.Errorf("reviewed facts of notice %q (%d): %w", e.Title, e.ID, err)
		}
		if n > 0 {
			return e, nil
		}
	}
	return earlier[0], nil
}

// span is a sentence of a notice.
type span struct {
	start, end int
	quote      string
}

// fact is a fact as either side states it, in one shape for comparing.
type fact struct {
	kind      Fact
	key       string // see Item.Key
	value     string // shown
	country   string // transfer
	safeguard string // transfer
	cats      string // retention: its data category keys, sorted, joined
	notice    int    // record facts: the notice that states it
	spans     []span
}

// side is the fact as an Item shows it, with the sentence at i.
func (f *fact) side(i int) *Side {
	s := &Side{Value: f.value}
	if i < len(f.spans) {
		s.Sentence, s.Start, s.End = f.spans[i].quote, f.spans[i].start, f.spans[i].end
	}
	return s
}

// same reports whether a and b state the same fact. A transfer naming no
// country matches one to any country with the same safeguard when loose.
func same(a, b *fact, loose bool) bool {
	if a.kind != b.kind {
		return false
	}
	if a.kind == Transfer {
		if a.safeguard != b.safeguard {
			return false
		}
		return a.country == b.country || loose && (a.country == "" || b.country == "")
	}
	return a.key == b.key
}

// covers reports whether the record's fact r covers the stated fact n:
// the same fact, or for a data category or purpose a broader key below
// the top of the taxonomy ("user.biometric" covers
// "user.biometric.fingerprint"; "user", any personal data, does not hide
// a category the notice now names).
func covers(r, n *fact) bool {
	if same(r, n, true) {
		return true
	}
	return r.kind == n.kind && (r.kind == DataCategory || r.kind == Purpose) &&
		strings.Contains(r.key, ".") && strings.HasPrefix(n.key, r.key+".")
}

// overlaps reports whether two spans of the same text share a byte.
func overlaps(a, b span) bool { return a.start < b.end && b.start < a.end }

// differ compares the record with the two texts.
type differ struct {
	rec      []*fact // reviewed facts of the base and the new version
	old, cur []*fact // what the extractor reads in the base and the new text
	oldText  string  // the base text, normalised
	newText  string  // the new text, normalised
	base     int
}

func (d *differ) items() []Item {
	removed := d.removed()
	added := d.added()
	items := pair(removed, added)
	slices.SortStableFunc(items, func(a, b Item) int {
		if x, y := factOrder[a.Fact], factOrder[b.Fact]; x != y {
			return x - y
		}
		return strings.Compare(a.Key, b.Key)
	})
	return items
}

// removed returns the reviewed facts of the base version the new text no
// longer states, each with the index of the sentence to show.
func (d *differ) removed() []gone {
	var out []gone
	seen := map[string]bool{}
	for _, r := range d.rec {
		if r.notice != d.base || seen[string(r.kind)+"\x00"+r.key] {
			continue
		}
		if i, ok := d.noLongerStated(r); ok {
			seen[string(r.kind)+"\x00"+r.key] = true
			out = append(out, gone{r, i})
		}
	}
	return out
}

type gone struct {
	f        *fact
	sentence int
}

// noLongerStated reports whether the new text no longer states the
// record's fact r, and which of its sentences to show.
func (d *differ) noLongerStated(r *fact) (int, bool) {
	if d.stated(r, d.cur) {
		return 0, false
	}
	if r.kind == DataCategory {
		// Its evidence is the activity's: the base text's reading decides,
		// and gives the sentence.
		for _, o := range d.old {
			if same(o, r, false) {
				r.spans = o.spans
				return 0, true
			}
		}
		return 0, false
	}
	// A fact whose sentences are all still there is still stated.
	first := d.firstGone(r)
	if first < 0 {
		return 0, false
	}
	// A sentence changed: still stated when the extractor reads in the new
	// text what it read in r's sentences of the base text.
	for _, o := range d.old {
		if o.kind == r.kind && d.corresponds(o, r) && d.stated(o, d.cur) {
			return 0, false
		}
	}
	return first, true
}

// stated reports whether facts hold one the same as f.
func (d *differ) stated(f *fact, facts []*fact) bool {
	for _, x := range facts {
		if same(f, x, false) {
			return true
		}
	}
	return false
}

// corresponds reports whether the base text's fact o is the extractor's
// reading of the record's fact r: it cites one of r's sentences and
// states the same fact; recipients, whose names differ between the
// extractor and people, correspond when o is the only recipient the
// extractor reads in r's sentences.
func (d *differ) corresponds(o, r *fact) bool {
	if !sharesSpan(o, r) {
		return false
	}
	switch r.kind {
	case Recipient:
		if same(o, r, false) {
			return true
		}
		n := 0
		for _, x := range d.old {
			if x.kind == Recipient && sharesSpan(x, r) {
				n++
			}
		}
		return n == 1
	case Retention:
		return true // the extractor's criterion is the sentence's wording, not a reviewer's
	case Transfer:
		return same(o, r, true)
	}
	return same(o, r, false)
}

func sharesSpan(a, b *fact) bool {
	for _, x := range a.spans {
		for _, y := range b.spans {
			if overlaps(x, y) {
				return true
			}
		}
	}
	return false
}

// firstGone returns the index of r's first sentence that the new text no
// longer holds, or -1.
func (d *differ) firstGone(r *fact) int {
	for i, s := range r.spans {
		if !strings.Contains(d.newText, normalize(s.quote)) {
			return i
		}
	}
	return -1
}

// anyNew reports whether one of n's sentences is not in the base text.
func (d *differ) anyNew(n *fact) bool {
	for _, s := range n.spans {
		if !strings.Contains(d.oldText, normalize(s.quote)) {
			return true
		}
	}
	return false
}

// added returns what the new text states that the base text did not and
// the record does not cover, each once.
func (d *differ) added() []*fact {
	var out []*fact
	seen := map[string]bool{}
	for _, n := range d.cur {
		k := string(n.kind) + "\x00" + n.key
		if seen[k] || d.stated(n, d.old) || !d.anyNew(n) {
			continue
		}
		seen[k] = true
		if !slices.ContainsFunc(d.rec, func(r *fact) bool { return covers(r, n) }) {
			out = append(out, n)
		}
	}
	return out
}

// pair makes items of the removed and added facts, pairing a removed and
// an added transfer to the same country, or retention rule for the same
// data categories, into one changed item.
func pair(removed []gone, added []*fact) []Item {
	var items []Item
	used := make([]bool, len(added))
	for _, g := range removed {
		r := g.f
		j := -1
		for k, n := range added {
			if !used[k] && n.kind == r.kind && (r.kind == Transfer && r.country != "" && n.country == r.country ||
				r.kind == Retention && n.cats == r.cats) {
				j = k
				break
			}
		}
		if j >= 0 {
			used[j] = true
			items = append(items, Item{Change: Changed, Fact: r.kind, Key: r.key, Old: r.side(g.sentence), New: added[j].side(0)})
			continue
		}
		items = append(items, Item{Change: Removed, Fact: r.kind, Key: r.key, Old: r.side(g.sentence)})
	}
	for j, n := range added {
		if !used[j] {
			items = append(items, Item{Change: Added, Fact: n.kind, Key: n.key, New: n.side(0)})
		}
	}
	return items
}

var reSpace = regexp.MustCompile(`\s+`)

// normalize collapses runs of white space (non-breaking spaces included)
// into one space, so that re-wrapping a text changes none of its
// sentences.
func normalize(s string) string {
	return reSpace.ReplaceAllString(strings.ReplaceAll(s, "\u00a0", " "), " ")
}

var (
	reNonWord = regexp.MustCompile(`[^\p{L}\p{N}]+`)
	reParens  = regexp.MustCompile(`\([^)]*\)`)
	// Words that do not tell recipients apart.
	legalForms = map[string]bool{"the": true, "inc": true, "llc": true, "ltd": true, "limited": true, "gmbh": true,
		"corp": true, "corporation": true, "co": true, "company": true, "sa": true, "sas": true, "bv": true,
		"ag": true, "plc": true, "srl": true, "lp": true, "llp": true}
)

// recipientKey normalises a recipient's name: lower case, without
// parenthesised asides, punctuation and legal forms ("Zendesk, Inc." and
// "zendesk" give "zendesk").
func recipientKey(name string) string {
	words := strings.Fields(reNonWord.ReplaceAllString(strings.ToLower(reParens.ReplaceAllString(name, " ")), " "))
	words = slices.DeleteFunc(words, func(w string) bool { return legalForms[w] })
	if len(words) == 0 {
		return strings.ToLower(strings.TrimSpace(name))
	}
	return strings.Join(words, " ")
}

// retentionKey is a retention rule's duration, else its criterion
// normalised.
func retentionKey(duration, criterion string) string {
	if duration != "" {
		return duration
	}
	return strings.ToLower(strings.TrimSpace(normalize(criterion)))
}

func transferKey(country, safeguard string) string {
	if country == "" {
		country = "-"
	}
	return country + "/" + safeguard
}

// taxonomy holds the keys the catalog knows: the import stores only facts
// whose keys are in it, so drift reads only those.
type taxonomy struct {
	categories, purposes, safeguards map[string]bool
}

func loadTaxonomy(ctx context.Context, c *ent.Client) (*taxonomy, error) {
	cats, err := c.DataCategory.Query().Select(datacategory.FieldKey).Strings(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading data category keys: %w", err)
	}
	purposes, err := c.Purpose.Query().Select(purpose.FieldKey).Strings(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading purpose keys: %w", err)
	}
	sgs, err := c.TransferSafeguard.Query().Select(transfersafeguard.FieldKey).Strings(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading safeguard keys: %w", err)
	}
	set := func(keys []string) map[string]bool {
		m := make(map[string]bool, len(keys))
		for _, k := range keys {
			m[k] = true
		}
		return m
	}
	return &taxonomy{categories: set(cats), purposes: set(purposes), safeguards: set(sgs)}, nil
}

// facts converts an extraction into the facts drift compares, as the
// import would store them.
func (t *taxonomy) facts(res *extract.Result) []*fact {
	var out []*fact
	for i := range res.Facts {
		f := &res.Facts[i]
		x := &fact{value: f.Val()}
		for _, s := range f.Evidence {
			x.spans = append(x.spans, span{s.Start, s.End, s.Quote})
		}
		switch f.Kind {
		case extract.KindDiscloses:
			x.kind, x.key = Recipient, recipientKey(f.Val())
		case extract.KindCollects:
			if !t.categories[f.Val()] {
				continue
			}
			x.kind, x.key = DataCategory, f.Val()
		case extract.KindPurpose:
			if !t.purposes[f.Val()] {
				continue
			}
			x.kind, x.key = Purpose, f.Val()
		case extract.KindTransfer:
			if !t.safeguards[f.Val()] {
				continue
			}
			x.kind, x.country, x.safeguard = Transfer, f.Country, f.Val()
			x.key, x.value = transferKey(f.Country, f.Val()), transferValue(f.Country, f.Val())
		case extract.KindRetention:
			dur := f.Val()
			x.kind, x.key, x.cats = Retention, retentionKey(dur, f.Criterion), catKeys(f.DataCategories)
			x.value = dur
			if dur == "" {
				x.value = f.Criterion
			}
		default:
			continue
		}
		out = append(out, x)
	}
	return out
}

func transferValue(country, safeguard string) string {
	if country == "" {
		return safeguard
	}
	return safeguard + " to " + country
}

func catKeys(keys []string) string {
	k := slices.Clone(keys)
	slices.Sort(k)
	return strings.Join(slices.Compact(k), ",")
}

// reviewed reads the reviewed facts of the notices base and cur from the
// effective record, with their evidence.
func reviewed(ctx context.Context, c *ent.Client, org, base, cur int) ([]*fact, error) {
	rec, err := record.Load(ctx, c, record.Options{Org: &org, ReviewedOnly: true, IncludeSuperseded: true})
	if err != nil {
		return nil, err
	}
	o := rec.Organization(org)
	if o == nil {
		return nil, nil
	}
	ev, err := evidenceOf(ctx, c, base, cur)
	if err != nil {
		return nil, err
	}
	ours := func(notice int) bool { return notice == base || notice == cur }
	var out []*fact
	acts := map[int]int{} // activity -> its notice
	for _, a := range o.Activities {
		if !ours(a.NoticeID) {
			continue
		}
		acts[a.ID] = a.NoticeID
		for _, dc := range a.Edges.DataCategories {
			out = append(out, &fact{kind: DataCategory, key: dc.Key, value: dc.Key, notice: a.NoticeID})
		}
		for _, ap := range a.Edges.Purposes {
			if p := ap.Edges.Purpose; p != nil {
				out = append(out, &fact{kind: Purpose, key: p.Key, value: p.Key, notice: a.NoticeID, spans: ev[ref{"purpose", ap.ID}]})
			}
		}
		for _, ds := range a.Edges.Disclosures {
			r := ds.Edges.Recipient
			var spans []span
			for _, e := range ds.Edges.Evidence {
				spans = append(spans, span{e.Start, e.End, e.Quote})
			}
			out = append(out, &fact{kind: Recipient, key: recipientKey(r.Name), value: r.Name, notice: a.NoticeID, spans: spans})
		}
	}
	for _, t := range o.Transfers {
		notice := t.NoticeID
		if notice == 0 {
			notice = acts[t.ActivityID]
		}
		if !ours(notice) {
			continue
		}
		sg := ""
		if s := t.Edges.Safeguard; s != nil {
			sg = s.Key
		}
		country := t.Country
		out = append(out, &fact{kind: Transfer, key: transferKey(country, sg), value: transferValue(country, sg),
			country: country, safeguard: sg, notice: notice, spans: ev[ref{"transfer", t.ID}]})
	}
	for _, r := range o.Retention {
		notice := r.NoticeID
		if notice == 0 {
			notice = acts[r.ActivityID]
		}
		if !ours(notice) {
			continue
		}
		dur := r.Duration
		var keys []string
		for _, dc := range r.Edges.DataCategories {
			keys = append(keys, dc.Key)
		}
		value := dur
		if value == "" {
			value = r.Criterion
		}
		out = append(out, &fact{kind: Retention, key: retentionKey(dur, r.Criterion), value: value, cats: catKeys(keys),
			notice: notice, spans: ev[ref{"retention", r.ID}]})
	}
	return out, nil
}

type ref struct {
	kind string
	id   int
}

// evidenceOf loads the sentences of the two notices with the purposes,
// transfers and retention rules they are evidence of, in one query.
func evidenceOf(ctx context.Context, c *ent.Client, notices ...int) (map[ref][]span, error) {
	// Reviewed facts only; a rejected one is out of the record anyway.
	spans, err := c.Evidence.Query().Where(evidence.DocumentIDIn(notices...)).
		Order(ent.Asc(evidence.FieldDocumentID), ent.Asc(evidence.FieldStart)).
		WithActivityPurposes(func(q *ent.ActivityPurposeQuery) { q.Select("id") }).
		WithTransfers(func(q *ent.TransferQuery) { q.Select("id") }).
		WithRetentionRules(func(q *ent.RetentionRuleQuery) { q.Select("id") }).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading the evidence of notices %v: %w", notices, err)
	}
	out := map[ref][]span{}
	for _, e := range spans {
		s := span{e.Start, e.End, e.Quote}
		for _, x := range e.Edges.ActivityPurposes {
			out[ref{"purpose", x.ID}] = append(out[ref{"purpose", x.ID}], s)
		}
		for _, x := range e.Edges.Transfers {
			out[ref{"transfer", x.ID}] = append(out[ref{"transfer", x.ID}], s)
		}
		for _, x := range e.Edges.RetentionRules {
			out[ref{"retention", x.ID}] = append(out[ref{"retention", x.ID}], s)
		}
	}
	return out, nil
}

// String renders an item in one line, for logs and tests.
func (it Item) String() string {
	var b strings.Builder
	b.WriteString(string(it.Change) + " " + string(it.Fact) + " " + strconv.Quote(it.Key))
	if it.Old != nil {
		b.WriteString(" old " + strconv.Quote(it.Old.Value))
	}
	if it.New != nil {
		b.WriteString(" new " + strconv.Quote(it.New.Value))
	}
	return b.String()
}

// MarshalGQL writes the change as a GraphQL enum value.
func (c Change) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(c))) }

// UnmarshalGQL reads a GraphQL enum value.
func (c *Change) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch Change(s) {
	case Added, Removed, Changed:
		*c = Change(s)
		return nil
	}
	return fmt.Errorf("%q is not a drift change (added, removed, changed)", s)
}

// MarshalGQL writes the fact kind as a GraphQL enum value.
func (f Fact) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(f))) }

// UnmarshalGQL reads a GraphQL enum value.
func (f *Fact) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	if _, ok := factOrder[Fact(s)]; ok {
		*f = Fact(s)
		return nil
	}
	return fmt.Errorf("%q is not a drift fact (recipient, data_category, purpose, transfer, retention)", s)
}
