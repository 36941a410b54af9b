package access_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/internal/access"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// echo answers with the principal the middleware put in the context.
var echo = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	p, ok := auth.From(r.Context())
	if !ok {
		http.Error(w, "no principal", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(p)
})

type client struct {
	t    *testing.T
	base string
	hdr  http.Header
	host string
}

func (c client) do(method, path, body string) (int, string, *http.Response) {
	c.t.Helper()
	req, err := http.NewRequest(method, c.base+path, strings.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	for k, v := range c.hdr {
		req.Header[k] = v
	}
	if c.host != "" {
		req.Host = c.host
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp
}

func (c client) with(k, v string) client {
	h := c.hdr.Clone()
	if h == nil {
		h = http.Header{}
	}
	h.Set(k, v)
	c.hdr = h
	return c
}

func start(t *testing.T, cfg access.Config) (*access.Service, client) {
	t.Helper()
	db := storetest.Open(t, store.Config{})
	s := access.New(db)
	srv := httptest.NewServer(s.Middleware(cfg, echo))
	t.Cleanup(srv.Close)
	return s, client{t: t, base: srv.URL}
}

// TestMiddlewareDevelopment: without users or tokens, every request on a
// loopback Host acts as a local admin, and none on another Host (DNS
// rebinding); once a token exists, sign-in is required.
func TestMiddlewareDevelopment(t *testing.T) {
	s, c := start(t, access.Config{})
	if st, body, _ := c.do("GET", "/graphql", ""); st != 200 || !strings.Contains(body, `"Via":"local"`) || !strings.Contains(body, `"Role":"admin"`) {
		t.Errorf("local request: %d %s", st, body)
	}
	c2 := c
	c2.host = "evil.example:8080"
	if st, body, _ := c2.do("GET", "/", ""); st != http.StatusForbidden || !strings.Contains(body, "evil.example") {
		t.Errorf("rebound Host: %d %s, want 403 naming the host", st, body)
	}
	if _, err := s.CreateToken(context.Background(), "cli:test", access.TokenSpec{Name: "bot", Role: auth.Viewer}); err != nil {
		t.Fatal(err)
	}
	st, body, resp := c.do("POST", "/graphql", `{"query":"{ me { role } }"}`)
	if st != http.StatusUnauthorized || !strings.Contains(body, "UNAUTHENTICATED") || resp.Header.Get("WWW-Authenticate") == "" {
		t.Errorf("anonymous API request once a token exists: %d %s", st, body)
	}
	for _, path := range []string{"/playground", "/reports/article30?org=ujet"} {
		if st, _, _ := c.do("GET", path, ""); st != http.StatusUnauthorized {
			t.Errorf("anonymous %s: %d, want 401", path, st)
		}
	}
	if st, body, _ := c.do("GET", "/", ""); st != 200 || !strings.Contains(body, `"Via":"anonymous"`) {
		t.Errorf("anonymous page of the web interface: %d %s, want served (it holds no data)", st, body)
	}
}

// TestMiddlewareRequired: a server that requires sign-in has no local
// admin, even before any user exists.
func TestMiddlewareRequired(t *testing.T) {
	_, c := start(t, access.Config{Required: true})
	if st, _, _ := c.do("POST", "/graphql", `{}`); st != http.StatusUnauthorized {
		t.Errorf("anonymous request to a server requiring sign-in: %d, want 401", st)
	}
}

// TestMiddlewareTokens: a bearer token acts as its token; a wrong one or
// another scheme is refused, not treated as anonymous.
func TestMiddlewareTokens(t *testing.T) {
	s, c := start(t, access.Config{})
	secret, err := s.CreateToken(context.Background(), "cli:test", access.TokenSpec{Name: "bot", Role: auth.Editor})
	if err != nil {
		t.Fatal(err)
	}
	if st, body, _ := c.with("Authorization", "Bearer "+secret).do("POST", "/graphql", "{}"); st != 200 || !strings.Contains(body, `"Name":"bot"`) || !strings.Contains(body, `"Role":"editor"`) {
		t.Errorf("bearer token: %d %s", st, body)
	}
	for _, h := range []string{"Bearer ropa_nosuchtoken", "Basic Ym90OnNlY3JldA=="} {
		if st, _, _ := c.with("Authorization", h).do("GET", "/", ""); st != http.StatusUnauthorized {
			t.Errorf("Authorization %q: %d, want 401", h, st)
		}
	}
}

// TestMiddlewareSessions: signing in with a password sets an HttpOnly,
// SameSite=Strict cookie; writes through it need the CSRF token; signing
// out ends it.
func TestMiddlewareSessions(t *testing.T) {
	s, c := start(t, access.Config{})
	if err := s.AddUser(context.Background(), "cli:test", access.UserSpec{Name: "alice", Role: auth.Reviewer, Password: "correct horse battery"}); err != nil {
		t.Fatal(err)
	}
	for body, want := range map[string]int{
		`not json`:         http.StatusBadRequest,
		`{"name":"alice"}`: http.StatusBadRequest,
		`{"name":"alice","password":"wrong horse battery"}`: http.StatusUnauthorized,
		`{"token":"ropa_nosuch"}`:                           http.StatusUnauthorized,
	} {
		if st, _, _ := c.do("POST", "/auth/login", body); st != want {
			t.Errorf("login %s: %d, want %d", body, st, want)
		}
	}
	st, body, resp := c.do("POST", "/auth/login", `{"name":"alice","password":"correct horse battery"}`)
	if st != 200 {
		t.Fatalf("login: %d %s", st, body)
	}
	var cookie *http.Cookie
	for _, ck := range resp.Cookies() {
		if ck.Name == access.CookieName {
			cookie = ck
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteStrictMode || cookie.Path != "/" {
		t.Fatalf("session cookie %+v: want HttpOnly, SameSite=Strict, Path=/", cookie)
	}
	var info struct{ CSRF, Role, Name string }
	json.Unmarshal([]byte(body), &info)
	if info.CSRF == "" || info.Role != "reviewer" || info.Name != "alice" || strings.Contains(body, cookie.Value) {
		t.Errorf("login answer %s: want name, role and CSRF token, not the session ID", body)
	}
	signed := c.with("Cookie", access.CookieName+"="+cookie.Value)
	if st, body, _ := signed.do("GET", "/graphql?query={me{role}}", ""); st != 200 || !strings.Contains(body, `"Via":"password"`) {
		t.Errorf("GET with the session: %d %s", st, body)
	}
	if st, body, _ := signed.do("POST", "/graphql", "{}"); st != http.StatusForbidden || !strings.Contains(body, "CSRF") {
		t.Errorf("POST with the session, without the CSRF token: %d %s, want 403", st, body)
	}
	if st, _, _ := signed.with("X-CSRF-Token", "forged").do("POST", "/graphql", "{}"); st != http.StatusForbidden {
		t.Errorf("POST with a wrong CSRF token: %d, want 403", st)
	}
	withCSRF := signed.with("X-CSRF-Token", info.CSRF)
	if st, body, _ := withCSRF.do("POST", "/graphql", "{}"); st != 200 || !strings.Contains(body, `"Name":"alice"`) {
		t.Errorf("POST with the CSRF token: %d %s", st, body)
	}
	if st, body, _ := signed.do("GET", "/auth/session", ""); st != 200 || !strings.Contains(body, info.CSRF) {
		t.Errorf("GET /auth/session: %d %s, want the CSRF token", st, body)
	}
	if st, _, _ := withCSRF.do("POST", "/auth/logout", ""); st != http.StatusNoContent {
		t.Errorf("logout: %d", st)
	}
	if st, _, _ := signed.do("GET", "/graphql", ""); st != http.StatusUnauthorized {
		t.Errorf("the session after logout: %d, want 401", st)
	}
}

// TestMiddlewareProxy: the proxy's header is believed from its addresses
// only; a ropa user keeps their role; others get the configured role, or
// are refused.
func TestMiddlewareProxy(t *testing.T) {
	loopback := []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
	s, c := start(t, access.Config{Proxy: &access.Proxy{Header: "X-Forwarded-User", Trusted: loopback, Role: auth.Viewer}})
	ctx := context.Background()
	if err := s.AddUser(ctx, "cli:test", access.UserSpec{Name: "dpo@acme.example", Role: auth.Admin}); err != nil {
		t.Fatal(err)
	}
	if st, body, _ := c.with("X-Forwarded-User", "dpo@acme.example").do("GET", "/graphql", ""); st != 200 || !strings.Contains(body, `"Role":"admin"`) || !strings.Contains(body, `"Via":"proxy"`) {
		t.Errorf("proxy naming a ropa user: %d %s", st, body)
	}
	if st, body, _ := c.with("X-Forwarded-User", "guest@acme.example").do("GET", "/graphql", ""); st != 200 || !strings.Contains(body, `"Role":"viewer"`) {
		t.Errorf("proxy naming another user: %d %s, want viewer", st, body)
	}
	if st, _, _ := c.do("GET", "/graphql", ""); st != http.StatusUnauthorized {
		t.Errorf("no header behind the proxy: %d, want 401", st)
	}
	yes := true
	s.UpdateUser(ctx, "cli:test", "dpo@acme.example", nil, &yes)
	if st, _, _ := c.with("X-Forwarded-User", "dpo@acme.example").do("GET", "/graphql", ""); st != http.StatusForbidden {
		t.Errorf("proxy naming a disabled user: %d, want 403", st)
	}

	_, far := start(t, access.Config{Proxy: &access.Proxy{Header: "X-Forwarded-User", Trusted: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}, Role: auth.Admin}})
	if st, body, _ := far.with("X-Forwarded-User", "dpo@acme.example").do("GET", "/graphql", ""); st != http.StatusForbidden || !strings.Contains(body, "not a trusted proxy") {
		t.Errorf("header from an untrusted address: %d %s, want 403", st, body)
	}
	_, strict := start(t, access.Config{Proxy: &access.Proxy{Header: "X-Forwarded-User", Trusted: loopback}})
	if st, _, _ := strict.with("X-Forwarded-User", "stranger").do("GET", "/graphql", ""); st != http.StatusForbidden {
		t.Errorf("proxy naming a stranger with no default role: %d, want 403", st)
	}
}

// TestSecureCookieOverTLS: over TLS the session cookie is Secure, so a
// browser never sends it in clear text.
func TestSecureCookieOverTLS(t *testing.T) {
	db := storetest.Open(t, store.Config{})
	s := access.New(db)
	if err := s.AddUser(context.Background(), "cli:test", access.UserSpec{Name: "alice", Role: auth.Viewer, Password: "correct horse battery"}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewTLSServer(s.Middleware(access.Config{}, echo))
	t.Cleanup(srv.Close)
	resp, err := srv.Client().Post(srv.URL+"/auth/login", "application/json", strings.NewReader(`{"name":"alice","password":"correct horse battery"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cs := resp.Cookies()
	if resp.StatusCode != 200 || len(cs) != 1 || !cs[0].Secure {
		t.Errorf("login over TLS: %d, cookies %+v; want one Secure cookie", resp.StatusCode, cs)
	}
}
