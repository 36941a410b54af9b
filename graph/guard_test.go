package graph_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/internal/store"
)

// TestGuard: a request naming another host (DNS rebinding) and a
// cross-site write are refused; every answer carries the security headers.
func TestGuard(t *testing.T) {
	_, url := server(t, store.Config{})
	base := strings.TrimSuffix(url, "/graphql")
	send := func(method, path, host, origin string) *http.Response {
		t.Helper()
		req, err := http.NewRequest(method, base+path, strings.NewReader(`{"query":"{ organizations { totalCount } }"}`))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		if host != "" {
			req.Host = host
		}
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	cases := []struct {
		name, method, path, host, origin string
		status                           int
	}{
		{"same host", "POST", "/graphql", "", "", http.StatusOK},
		{"same origin", "POST", "/graphql", "", base, http.StatusOK},
		{"localhost by name", "POST", "/graphql", "localhost:8080", "", http.StatusOK},
		{"rebound host", "POST", "/graphql", "evil.example:8080", "", http.StatusForbidden},
		{"rebound host, GET", "GET", "/", "attacker.test", "", http.StatusForbidden},
		{"cross-site POST", "POST", "/graphql", "", "https://evil.example", http.StatusForbidden},
		{"cross-site GET of a page", "GET", "/", "", "https://evil.example", http.StatusOK},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if resp := send(c.method, c.path, c.host, c.origin); resp.StatusCode != c.status {
				t.Errorf("status %d, want %d", resp.StatusCode, c.status)
			}
		})
	}
	for _, path := range []string{"/", "/graphql", "/playground", "/reports/article30?org=nosuch"} {
		resp := send("GET", path, "", "")
		h := resp.Header
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("X-Frame-Options") != "DENY" ||
			!strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") {
			t.Errorf("%s: headers %v", path, h)
		}
		if csp := h.Get("Content-Security-Policy"); strings.Contains(csp, "script-src") && strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: the policy allows inline script: %s", path, csp)
		}
	}
}
