// Package fresh shares a read that many requests make at once among
// them without serving any of them a stale answer.
package fresh

import (
	"context"
	"sync"
	"time"
)

// Shared answers a read that many requests make at once (the catalog's
// version, whether sign-in is configured) with few statements, and never
// with a stale answer: a caller is answered by a read that started after
// it called, so it sees every write committed before it asked, and one
// read answers every caller that arrived while the previous one ran.
// Under load the number of statements stays at two per read's duration
// however many requests are waiting, instead of one per request.
type Shared[T any] struct {
	read    func(context.Context) (T, error)
	mu      sync.Mutex
	running bool
	next    *sharedRead[T] // the read that starts once the running one ends
}

type sharedRead[T any] struct {
	done chan struct{}
	v    T
	err  error
}

// sharedTimeout bounds a read made on behalf of waiting callers, which no
// single caller's context governs.
const sharedTimeout = 30 * time.Second

// New returns a Shared over read.
func New[T any](read func(context.Context) (T, error)) *Shared[T] {
	return &Shared[T]{read: read}
}

// Get returns the value of a read that started after Get was called.
func (s *Shared[T]) Get(ctx context.Context) (T, error) {
	s.mu.Lock()
	if !s.running {
		// Nothing is reading: read now, on the caller's own context.
		s.running = true
		s.mu.Unlock()
		v, err := s.read(ctx)
		s.finish(ctx)
		return v, err
	}
	// A read is running, begun maybe before this call: wait for the next.
	r := s.next
	if r == nil {
		r = &sharedRead[T]{done: make(chan struct{})}
		s.next = r
	}
	s.mu.Unlock()
	select {
	case <-r.done:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// finish ends a read: the read the callers who came meanwhile wait for
// starts, in a goroutine of its own so that this caller goes on.
func (s *Shared[T]) finish(ctx context.Context) {
	s.mu.Lock()
	r := s.next
	s.next = nil
	if r == nil {
		s.running = false
		s.mu.Unlock()
		return
	}
	s.mu.Unlock()
	go func() {
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sharedTimeout)
		r.v, r.err = s.read(rctx)
		cancel()
		close(r.done)
		s.finish(ctx)
	}()
}
