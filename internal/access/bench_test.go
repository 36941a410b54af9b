package access_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/internal/access"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// BenchmarkBearerToken: what signing a request in with an API token adds
// to every API request (one indexed lookup of the token's digest).
func BenchmarkBearerToken(b *testing.B) {
	s := access.New(storetest.Open(b, store.Config{}))
	secret, err := s.CreateToken(context.Background(), "cli:bench", access.TokenSpec{Name: "bench", Role: auth.Viewer})
	if err != nil {
		b.Fatal(err)
	}
	h := s.Middleware(access.Config{}, echo)
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodGet, "/graphql", nil)
		req.Header.Set("Authorization", "Bearer "+secret)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

// BenchmarkPasswordSignIn: one sign-in with a password (Argon2id, 19 MiB,
// two passes): the cost that makes guessing slow.
func BenchmarkPasswordSignIn(b *testing.B) {
	s := access.New(storetest.Open(b, store.Config{}))
	if err := s.AddUser(context.Background(), "cli:bench", access.UserSpec{Name: "alice", Role: auth.Viewer, Password: "correct horse battery"}); err != nil {
		b.Fatal(err)
	}
	h := s.Middleware(access.Config{}, echo)
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/auth/login", strings.NewReader(`{"name":"alice","password":"correct horse battery"}`))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
