package asof

import (
	"context"
	"sync"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/auth"
)

// Cache keeps the past catalogs recently asked for, so that the questions
// one screen asks about one time rebuild the catalog once. A catalog is
// closed once it is evicted and no reader holds it.
type Cache struct {
	src     *ent.Client
	max     int
	mu      sync.Mutex
	entries []*entry // least recently used first
}

type entry struct {
	at     time.Time
	fields bool      // with the systems' datasets and fields (Open, not OpenRecord)
	built  time.Time // when the rebuild started
	cat    *Catalog
	users  int
	gone   bool // evicted: close when the last user releases it
}

// NewCache returns a cache of at most max past catalogs of src.
func NewCache(src *ent.Client, max int) *Cache { return &Cache{src: src, max: max} }

// settle is how long after a time a catalog rebuilt for it is kept: a
// change written up to then (another server's clock, a slow commit) may
// still be dated before it.
const settle = 5 * time.Second

// Get returns src as it stood at at, and the function that releases it;
// the caller calls release once done with the catalog and everything read
// from it. With fields, the catalog holds the systems' datasets and fields
// (Open); without, it is OpenRecord's.
func (c *Cache) Get(ctx context.Context, at time.Time, fields bool) (*Catalog, func(), error) {
	if err := auth.Require(ctx, auth.Viewer, "reading the record as of a past time"); err != nil {
		return nil, nil, err
	}
	c.mu.Lock()
	for i, e := range c.entries {
		if e.at.Equal(at) && (e.fields || !fields) {
			e.users++
			c.entries = append(append(c.entries[:i:i], c.entries[i+1:]...), e)
			c.mu.Unlock()
			return e.cat, c.releaser(e), nil
		}
	}
	c.mu.Unlock()
	built := time.Now()
	open := OpenRecord
	if fields {
		open = Open
	}
	cat, err := open(ctx, c.src, at)
	if err != nil {
		return nil, nil, err
	}
	e := &entry{at: at, fields: fields, built: built, cat: cat, users: 1}
	if !at.Before(built.Add(-settle)) {
		// The catalog at a time this recent may still change.
		e.gone = true
		return cat, c.releaser(e), nil
	}
	c.mu.Lock()
	c.entries = append(c.entries, e)
	for len(c.entries) > c.max {
		old := c.entries[0]
		c.entries = c.entries[1:]
		old.gone = true
		if old.users == 0 {
			old.cat.Close()
		}
	}
	c.mu.Unlock()
	return cat, c.releaser(e), nil
}

func (c *Cache) releaser(e *entry) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			c.mu.Lock()
			defer c.mu.Unlock()
			e.users--
			if e.gone && e.users == 0 {
				e.cat.Close()
			}
		})
	}
}
