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
	paths      map[string][]string       // field paths by first segment (system key), for suggestions
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
		paths:      map[string][]string{},
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
		Select(datafield.FieldID, datafield.FieldPath, datafield.FieldDataCategoryID, datafield.FieldDatasetID).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("indexing data fields: %w", err)
	}
	for _, f := range fields {
		idx.fields[f.Path] = indexedField{id: f.ID, category: f.DataCategoryID, org: orgOfDataset[f.DatasetID]}
		sys, _, _ := strings.Cut(f.Path, ".")
		idx.paths[sys] = append(idx.paths[sys], f.Path)
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
func (x *Index) RecipientsOf(field string, org *int) (*Query, []Result, error) {
	field = strings.TrimSpace(field)
	var q *Query
	if f, ok := x.fields[field]; ok && (org == nil || f.org == *org) {
		cat := x.catsByID[f.category]
		q = &Query{Field: &ent.DataField{ID: f.id, Path: field, DataCategoryID: f.category}, Category: cat}
		org = &f.org
	} else if cat, ok := x.cats[field]; ok {
		q = &Query{Category: cat}
	} else {
		return nil, nil, &UnknownError{Field: field, Suggestions: x.suggest(field, org)}
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

// suggest is the in-memory twin of the package-level suggest.
func (x *Index) suggest(s string, org *int) []string {
	cands := slices.Clone(x.keys)
	if sys, _, ok := strings.Cut(s, "."); ok {
		for _, p := range x.paths[sys] {
			if org == nil || x.fields[p].org == *org {
				cands = append(cands, p)
			}
		}
	}
	return closest(s, cands)
}

// Cache keeps an Index in step with the catalog: it is rebuilt whenever
// the record cache (record.Cache) holds a newer record, that is after any
// committed write, by this process or another.
type Cache struct {
	records *record.Cache
	mu      sync.Mutex // one build at a time
	idx     atomic.Pointer[Index]
}

// NewCache returns a cache over the record cache; the index is built on
// the first question.
func NewCache(records *record.Cache) *Cache { return &Cache{records: records} }

// Index returns an index as current as the catalog's committed state.
func (c *Cache) Index(ctx context.Context) (*Index, error) {
	rec, err := c.records.Get(ctx)
	if err != nil {
		return nil, err
	}
	if idx := c.idx.Load(); idx != nil && idx.rec == rec {
		return idx, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if idx := c.idx.Load(); idx != nil && idx.rec == rec {
		return idx, nil
	}
	idx, err := Build(ctx, c.records.Client(), rec)
	if err != nil {
		return nil, err
	}
	c.idx.Store(idx)
	return idx, nil
}

// RecipientsOf answers from the index.
func (c *Cache) RecipientsOf(ctx context.Context, field string, org *int) (*Query, []Result, error) {
	idx, err := c.Index(ctx)
	if err != nil {
		return nil, nil, err
	}
	return idx.RecipientsOf(field, org)
}
