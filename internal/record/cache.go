package record

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/store"
)

// Cache keeps the default record of the whole catalog (rejected facts out,
// drafts in) in step with the database. Each read first reads the
// catalog's version (one statement; see store.Version); when a write has
// committed since the record was loaded, by this process or another, it
// is loaded again. A Record is immutable once loaded and safe for
// concurrent readers.
type Cache struct {
	client *ent.Client
	mu     sync.Mutex // one load at a time
	rec    atomic.Pointer[Record]
}

// NewCache returns a cache over the catalog; the record is loaded on the
// first read.
func NewCache(c *ent.Client) *Cache { return &Cache{client: c} }

// Client is the catalog the cache reads.
func (c *Cache) Client() *ent.Client { return c.client }

// Get returns the default record as current as the catalog's committed
// state. On a catalog that does not track its version (one not opened
// through store.Open) it loads the record anew each time.
func (c *Cache) Get(ctx context.Context) (*Record, error) {
	// What is kept is the catalog's, and the catalog's rules decide who
	// reads it, as they do for every query (internal/access).
	if err := auth.Require(ctx, auth.Viewer, "reading the record"); err != nil {
		return nil, err
	}
	v, err := store.Version(ctx, c.client)
	var unversioned *store.VersionError
	if errors.As(err, &unversioned) {
		return Load(ctx, c.client, Options{})
	}
	if err != nil {
		return nil, err
	}
	if r := c.rec.Load(); r != nil && r.Version == v {
		return r, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if r := c.rec.Load(); r != nil && r.Version == v {
		return r, nil
	}
	// The version is read before loading: a write committing during the
	// load leaves the record labelled older than the catalog, so the next
	// read loads it again.
	r, err := Load(ctx, c.client, Options{})
	if err != nil {
		return nil, err
	}
	r.Version = v
	c.rec.Store(r)
	return r, nil
}
