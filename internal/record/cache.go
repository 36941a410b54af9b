package record

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/fresh"
	"github.com/ropacatalog/ropa/internal/store"
)

// Cache keeps the default record of the whole catalog (rejected facts out,
// drafts in) in step with the database. Each read first reads the
// catalog's version (one statement; see store.Version); when a write has
// committed since the record was loaded, by this process or another, it
// is loaded again. A Record is immutable once loaded and safe for
// concurrent readers.
//
// Readers do not queue behind a load: while one is under way, or while a
// write of this process is under way whose writer will reload the record
// once it commits (BeginWrite), a reader is answered from the last
// complete record, a consistent state from before the write, unless its
// context asks for a newer one (WithMinVersion: the version a client was
// given when its own write was acknowledged), in which case it waits for
// the load. The writer pays for the load instead: the API reloads before
// it acknowledges a write (graph/consistency.go), so a client reads its
// own write on the same server without asking. A write from elsewhere
// (another server, the CLI, a test writing to the database) is loaded by
// the first reader to notice it.
type Cache struct {
	client  *ent.Client
	mu      sync.Mutex // one load at a time
	loading atomic.Bool
	writes  atomic.Int32 // writes under way that will reload (BeginWrite)
	rec     atomic.Pointer[Record]
	// version reads the catalog's version once for the readers that ask
	// at the same time (internal/fresh): one statement, not one a request.
	version *fresh.Shared[int64]

	loadHook func()
}

// OnLoad sets a function every load calls first, before it reads the
// database; nil removes it. Tests hold a load under way with it.
func (c *Cache) OnLoad(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.loadHook = f
}

// NewCache returns a cache over the catalog; the record is loaded on the
// first read.
func NewCache(c *ent.Client) *Cache {
	return &Cache{client: c, version: fresh.New(func(ctx context.Context) (int64, error) { return store.Version(ctx, c) })}
}

// Client is the catalog the cache reads.
func (c *Cache) Client() *ent.Client { return c.client }

// BeginWrite tells the cache that a write is under way whose writer will
// reload the record once it has committed; end, called after that reload
// (or when the write fails), ends it. Meanwhile readers who find the
// catalog newer than the record are answered from the record rather than
// loading it themselves.
func (c *Cache) BeginWrite() (end func()) {
	c.writes.Add(1)
	var once sync.Once
	return func() { once.Do(func() { c.writes.Add(-1) }) }
}

// Rebuilding reports whether a load, or a write that will reload, is
// under way: what is held may be older than the catalog, and is answered
// from meanwhile (readers built on the record, such as the lineage index,
// follow the same rule).
func (c *Cache) Rebuilding() bool { return c.loading.Load() || c.writes.Load() > 0 }

// Held reports whether the cache holds a record (one has been read).
func (c *Cache) Held() bool { return c.rec.Load() != nil }

type minVersionKey struct{}

// WithMinVersion returns a context whose reads need a record loaded at
// catalog version v or later: one that includes a write acknowledged at v.
func WithMinVersion(ctx context.Context, v int64) context.Context {
	if v <= MinVersion(ctx) {
		return ctx
	}
	return context.WithValue(ctx, minVersionKey{}, v)
}

// MinVersion is the version ctx's reads need (0: any complete record).
func MinVersion(ctx context.Context) int64 {
	v, _ := ctx.Value(minVersionKey{}).(int64)
	return v
}

// Get returns the default record as current as the catalog's committed
// state, or, while another reader or the writer is loading that state,
// the last complete record if it is at least ctx's MinVersion. On a
// catalog that does not track its version (one not opened through
// store.Open) it loads the record anew each time.
func (c *Cache) Get(ctx context.Context) (*Record, error) {
	// What is kept is the catalog's, and the catalog's rules decide who
	// reads it, as they do for every query (internal/access).
	if err := auth.Require(ctx, auth.Viewer, "reading the record"); err != nil {
		return nil, err
	}
	v, err := c.version.Get(ctx)
	var unversioned *store.VersionError
	if errors.As(err, &unversioned) {
		return Load(ctx, c.client, Options{})
	}
	if err != nil {
		return nil, err
	}
	r := c.rec.Load()
	if r != nil && (r.Version >= v || c.Rebuilding() && r.Version >= MinVersion(ctx)) {
		return r, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if r := c.rec.Load(); r != nil && r.Version >= v {
		return r, nil
	}
	c.loading.Store(true)
	defer c.loading.Store(false)
	if c.loadHook != nil {
		c.loadHook()
	}
	// The version is read before loading: a write committing during the
	// load leaves the record labelled older than the catalog, so the next
	// read loads it again.
	r, err = Load(ctx, c.client, Options{})
	if err != nil {
		return nil, err
	}
	r.Version = v
	c.rec.Store(r)
	return r, nil
}
