package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/change"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/internal/store"
)

// TestCrashKeepsAcknowledgedWrites: the server is killed (SIGKILL) during
// bursts of writes from four clients, five times over. After each restart
// the catalog opens, and every write the server acknowledged is there,
// with its history row; nothing half-written is left.
func TestCrashKeepsAcknowledgedWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills the server five times")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "catalog.db")
	var mu sync.Mutex
	var acked []string
	for round := range 5 {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		args, _ := json.Marshal([]string{"serve", "--db", db, "--no-seed", "--addr", addr})
		srv := exec.Command(os.Args[0], "-test.run=^TestRunCommandHelper$")
		srv.Env = append(os.Environ(), envHelperArgs+"="+string(args))
		if err := srv.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- srv.Wait() }()
		url := "http://" + addr + "/graphql"
		for { // until it answers
			resp, err := http.Get("http://" + addr + "/auth/session")
			if err == nil {
				resp.Body.Close()
				break
			}
			select {
			case err := <-exited:
				t.Fatalf("round %d: the server exited before answering: %v", round, err)
			case <-time.After(20 * time.Millisecond):
			}
		}
		var wg sync.WaitGroup
		enough := make(chan struct{})
		var once sync.Once
		for w := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for n := 0; ; n++ {
					key := fmt.Sprintf("crash_r%d_w%d_%d", round, w, n)
					body := fmt.Sprintf(`{"query":"mutation { createOrganization(input: {key: \"%s\", name: \"Crash %s\"}) { id } }"}`, key, key)
					resp, err := http.Post(url, "application/json", strings.NewReader(body))
					if err != nil {
						return // killed
					}
					var r struct {
						Data   map[string]any
						Errors []any
					}
					err = json.NewDecoder(resp.Body).Decode(&r)
					resp.Body.Close()
					if err != nil || resp.StatusCode != 200 || len(r.Errors) > 0 || r.Data["createOrganization"] == nil {
						continue // not acknowledged
					}
					mu.Lock()
					acked = append(acked, key)
					if len(acked) >= 40*(round+1) {
						once.Do(func() { close(enough) })
					}
					mu.Unlock()
				}
			}()
		}
		<-enough
		srv.Process.Kill() // SIGKILL, in the middle of the burst
		<-exited
		wg.Wait()
	}

	client, err := store.Open(context.Background(), db, store.Config{})
	if err != nil {
		t.Fatalf("opening the catalog after the crashes: %v", err)
	}
	defer client.Close()
	ctx := context.Background()
	orgs, err := client.Organization.Query().Where(organization.KeyHasPrefix("crash_")).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]*ent.Organization{}
	for _, o := range orgs {
		byKey[o.Key] = o
	}
	created := map[int]bool{}
	changes, err := client.Change.Query().Where(change.EntityType(ent.TypeOrganization), change.OperationEQ(change.OperationCreate)).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		created[c.EntityID] = true
	}
	for _, key := range acked {
		o := byKey[key]
		switch {
		case o == nil:
			t.Errorf("acknowledged write %s lost", key)
		case !created[o.ID]:
			t.Errorf("acknowledged write %s has no history row", key)
		}
	}
	for _, o := range orgs {
		if !created[o.ID] {
			t.Errorf("organization %s is in the catalog without its history row", o.Key)
		}
	}
	t.Logf("%d acknowledged writes over 5 crashes, %d organizations in the catalog", len(acked), len(orgs))
}
