package fresh

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
)

// TestSharedNeverStale: callers write (bump a counter) and then read; each
// must be answered by a read that saw its write, while a read held open
// makes callers pile up behind it, and the pile is answered by one read.
func TestSharedNeverStale(t *testing.T) {
	var committed, reads atomic.Int64
	hold := make(chan struct{})
	started := make(chan struct{}, 100)
	s := New(func(ctx context.Context) (int64, error) {
		reads.Add(1)
		v := committed.Load() // the state as of the read's start
		started <- struct{}{}
		<-hold
		return v, nil
	})
	// The first caller starts a read and is held in it.
	first := make(chan int64)
	go func() {
		v, _ := s.Get(context.Background())
		first <- v
	}()
	<-started
	// Twenty callers write after that read started, then read.
	const n = 20
	var wg sync.WaitGroup
	var queued sync.WaitGroup
	got := make([]int64, n)
	want := make([]int64, n)
	for i := range n {
		wg.Add(1)
		queued.Add(1)
		go func() {
			defer wg.Done()
			want[i] = committed.Add(1)
			queued.Done()
			got[i], _ = s.Get(context.Background())
		}()
	}
	queued.Wait()
	// Every caller has written; wait until all twenty wait on the next read.
	for {
		s.mu.Lock()
		waiting := s.next != nil
		s.mu.Unlock()
		if waiting {
			break
		}
	}
	close(hold) // release the first read, and every later one
	if v := <-first; v != 0 {
		t.Errorf("the first read saw %d writes, want 0 (none had been made)", v)
	}
	wg.Wait()
	for i := range n {
		if got[i] < want[i] {
			t.Errorf("caller %d wrote write %d and then read %d: a stale answer", i, want[i], got[i])
		}
	}
	if r := reads.Load(); r > 3 {
		t.Errorf("%d reads for 21 callers, want at most 3 (the held one, and one or two for the rest)", r)
	}
}

// TestSharedCallerGivesUp: a caller whose context ends stops waiting; the
// read goes on for the others.
func TestSharedCallerGivesUp(t *testing.T) {
	hold := make(chan struct{})
	started := make(chan struct{}, 10)
	s := New(func(ctx context.Context) (int, error) {
		started <- struct{}{}
		<-hold
		return 7, nil
	})
	go s.Get(context.Background())
	<-started
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Get(ctx); err != context.Canceled {
		t.Errorf("a caller with an ended context: %v, want context.Canceled", err)
	}
	close(hold)
	if v, err := s.Get(context.Background()); v != 7 || err != nil {
		t.Errorf("after the hold: %d, %v; want 7", v, err)
	}
}
