package lineage

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datafield"
	"github.com/ropacatalog/ropa/ent/dataset"
	"github.com/ropacatalog/ropa/ent/system"
	"github.com/ropacatalog/ropa/internal/record"
)

// Index is an in-memory snapshot of what lineage questions read: field
// paths, the category hierarchy, and every disclosure with the edges an
// answer shows, keyed by category. Answering from it runs no SQL.
//
// An Index is immutable once built and safe for concurrent use; Cache
// replaces it when the catalog changes.
type Index struct {
	version    int64
	rec        *record.Record
	fields     map[string]indexedField      // by path
	cats       map[string]*ent.DataCategory // by key
	catsByID   map[int]*ent.DataCategory
	keys       []string                  // category keys, sorted
	declaring  map[int][]*ent.Disclosure // by declared category ID
	undeclared map[int][]*ent.Disclosure // declaring none, by their activity's category IDs
	described  map[int]Result            // what an answer says of each disclosure, by ID
	names      map[string]string         // field names by path, for suggestions

	suggestOnce sync.Once
	candidates  []Candidate // categories, then fields; built on the first suggestion
}

type indexedField struct {
	id, category, org int
}

// Build makes an Index of the effective record rec, reading field paths
// and the category hierarchy from the catalog in a fixed number of
// statements.
func Build(ctx context.Context, c *ent.Client, rec *record.Record) (*Index, error) {
	idx := &Index{
		version:    rec.Version,
		rec:        rec,
		fields:     map[string]indexedField{},
		cats:       map[string]*ent.DataCategory{},
		catsByID:   map[int]*ent.DataCategory{},
		declaring:  map[int][]*ent.Disclosure{},
		undeclared: map[int][]*ent.Disclosure{},
		names:      map[string]string{},
		described:  map[int]Result{},
	}
	cats, err := c.DataCategory.Query().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("indexing data categories: %w", err)
	}
	for _, cat := range cats {
		idx.cats[cat.Key] = cat
		idx.catsByID[cat.ID] = cat
		idx.keys = append(idx.keys, cat.Key)
	}
	sort.Strings(idx.keys)

	systems, err := c.System.Query().Select(system.FieldID, system.FieldOrganizationID).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("indexing systems: %w", err)
	}
	orgOfSystem := make(map[int]int, len(systems))
	for _, s := range systems {
		orgOfSystem[s.ID] = s.OrganizationID
	}
	datasets, err := c.Dataset.Query().Select(dataset.FieldID, dataset.FieldSystemID).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("indexing datasets: %w", err)
	}
	orgOfDataset := make(map[int]int, len(datasets))
	for _, d := range datasets {
		orgOfDataset[d.ID] = orgOfSystem[d.SystemID]
	}
	fields, err := c.DataField.Query().
		Select(datafield.FieldID, datafield.FieldPath, datafield.FieldName, datafield.FieldDataCategoryID, datafield.FieldDatasetID).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("indexing data fields: %w", err)
	}
	for _, f := range fields {
		idx.fields[f.Path] = indexedField{id: f.ID, category: f.DataCategoryID, org: orgOfDataset[f.DatasetID]}
		idx.names[f.Path] = f.Name
	}

	for _, a := range rec.Activities() {
		for _, d := range a.Edges.Disclosures {
			idx.described[d.ID] = describe(a, d)
			if len(d.Edges.DataCategories) > 0 {
				for _, cat := range d.Edges.DataCategories {
					idx.declaring[cat.ID] = append(idx.declaring[cat.ID], d)
				}
				continue
			}
			for _, cat := range a.Edges.DataCategories {
				idx.undeclared[cat.ID] = append(idx.undeclared[cat.ID], d)
			}
		}
	}
	return idx, nil
}

// Record is the effective record the index was built from.
func (x *Index) Record() *record.Record { return x.rec }

// RecipientsOf answers like the package-level RecipientsOf, from memory.
func (x *Index) RecipientsOf(field string, orgRef string) (*Query, []Result, error) {
	field = strings.TrimSpace(field)
	org, err := x.organization(orgRef)
	if err != nil {
		return nil, nil, err
	}
	var q *Query
	if f, ok := x.fields[field]; ok && (org == nil || f.org == *org) {
		cat := x.catsByID[f.category]
		q = &Query{Field: &ent.DataField{ID: f.id, Path: field, DataCategoryID: f.category}, Category: cat}
		org = &f.org
	} else if cat, ok := x.cats[field]; ok {
		q = &Query{Category: cat}
	} else {
		return nil, nil, &UnknownError{Field: field, Suggestions: values(x.suggest(field, org, 5, true))}
	}
	asked := q.Category.Key

	seen := map[int]bool{}
	var ds []*ent.Disclosure
	add := func(list []*ent.Disclosure) {
		for _, d := range list {
			if seen[d.ID] || (org != nil && d.Edges.Activity.OrganizationID != *org) {
				continue
			}
			seen[d.ID] = true
			ds = append(ds, d)
		}
	}
	for _, cat := range x.related(asked) {
		add(x.declaring[cat.ID])
		add(x.undeclared[cat.ID])
	}
	return q, answer(ds, asked, func(d *ent.Disclosure) Result { return x.described[d.ID] }), nil
}

// related returns the categories equal to, above or below key.
func (x *Index) related(key string) []*ent.DataCategory {
	var out []*ent.DataCategory
	for _, k := range append(ancestors(key), key) {
		if c, ok := x.cats[k]; ok {
			out = append(out, c)
		}
	}
	prefix := key + "."
	for i := sort.SearchStrings(x.keys, prefix); i < len(x.keys) && strings.HasPrefix(x.keys[i], prefix); i++ {
		out = append(out, x.cats[x.keys[i]])
	}
	return out
}

// organization resolves an organization reference (key, name or ID; ""
// for all) to its ID.
func (x *Index) organization(ref string) (*int, error) {
	o, err := x.rec.OrganizationRef(ref)
	if o == nil || err != nil {
		return nil, err
	}
	return &o.ID, nil
}

// Suggest returns at most n field paths and data category keys that text
// may mean, best first (see Rank): within the organization orgRef names
// for fields, when it names one. loose adds the nearest by edit distance
// when too few match, as a did-you-mean does.
func (x *Index) Suggest(text, orgRef string, n int, loose bool) ([]Candidate, error) {
	org, err := x.organization(orgRef)
	if err != nil {
		return nil, err
	}
	return x.suggest(text, org, n, loose), nil
}

func (x *Index) suggest(text string, org *int, n int, loose bool) []Candidate {
	x.suggestOnce.Do(func() {
		x.candidates = make([]Candidate, 0, len(x.keys)+len(x.fields))
		for _, k := range x.keys {
			x.candidates = append(x.candidates, NewCandidate(k, x.cats[k].Name, CategoryCandidate))
		}
		paths := make([]string, 0, len(x.fields))
		for p := range x.fields {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		for _, p := range paths {
			c := NewCandidate(p, x.names[p], FieldCandidate)
			c.org = x.fields[p].org
			x.candidates = append(x.candidates, c)
		}
	})
	cands := x.candidates
	if org != nil {
		cands = slices.DeleteFunc(slices.Clone(cands), func(c Candidate) bool { return c.Kind == FieldCandidate && c.org != *org })
	}
	return Rank(text, cands, n, loose)
}

// Cache keeps an Index in step with the catalog: it is rebuilt whenever
// the record cache (record.Cache) holds a newer record, that is after any
// committed write, by this process or another. As with the record, a
// question arriving while the index or the record is being rebuilt, or
// while a write that will rebuild them is under way, is answered from the
// last complete index, unless its context needs a newer version
// (record.WithMinVersion).
type Cache struct {
	records  *record.Cache
	mu       sync.Mutex // one build at a time
	building atomic.Bool
	idx      atomic.Pointer[Index]

	buildHook func() // tests: called inside a build
}

// NewCache returns a cache over the record cache; the index is built on
// the first question.
func NewCache(records *record.Cache) *Cache { return &Cache{records: records} }

// Held reports whether the cache holds an index (a question has been asked).
func (c *Cache) Held() bool { return c.idx.Load() != nil }

// Index returns an index as current as the catalog's committed state, or
// the last complete one while a newer is being built (see Cache).
func (c *Cache) Index(ctx context.Context) (*Index, error) {
	rec, err := c.records.Get(ctx) // also checks that the reader may read

	if err != nil {
		return nil, err
	}
	if idx := c.idx.Load(); idx != nil && (idx.rec == rec || (c.building.Load() || c.records.Rebuilding()) && idx.version >= record.MinVersion(ctx)) {
		return idx, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if idx := c.idx.Load(); idx != nil && (idx.rec == rec || idx.version > rec.Version) {
		return idx, nil
	}
	c.building.Store(true)
	defer c.building.Store(false)
	if c.buildHook != nil {
		c.buildHook()
	}
	idx, err := Build(ctx, c.records.Client(), rec)
	if err != nil {
		return nil, err
	}
	c.idx.Store(idx)
	return idx, nil
}

// RecipientsOf answers from the index.
func (c *Cache) RecipientsOf(ctx context.Context, field string, org string) (*Query, []Result, error) {
	idx, err := c.Index(ctx)
	if err != nil {
		return nil, nil, err
	}
	return idx.RecipientsOf(field, org)
}
