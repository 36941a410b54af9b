package access

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/user"
	"github.com/ropacatalog/ropa/internal/auth"
)

// CookieName is the session cookie of the web interface.
const CookieName = "ropa_session"

// Config says how the server signs requests in.
type Config struct {
	// Required makes sign-in compulsory even while no user or token
	// exists (a server reachable beyond loopback). Otherwise it is
	// compulsory as soon as one exists, and until then every request acts
	// as a local admin, on a loopback Host only.
	Required bool
	// Proxy, when set, trusts an authenticating reverse proxy.
	Proxy *Proxy
	// SessionTTL is how long a sign-in lasts (default 12 hours).
	SessionTTL time.Duration
}

// Proxy is the trusted-header single sign-on: an authenticating proxy
// (oauth2-proxy, Authelia, ...) names the signed-in user in Header, and
// ropa believes it only from the Trusted addresses.
type Proxy struct {
	Header  string         // e.g. X-Forwarded-User
	Trusted []netip.Prefix // the proxy's addresses
	// Role is the role of a user the proxy names who is not a ropa user;
	// auth.None refuses them. A ropa user of that name has their own role.
	Role auth.Role
}

func (c Config) ttl() time.Duration {
	if c.SessionTTL > 0 {
		return c.SessionTTL
	}
	return 12 * time.Hour
}

// Middleware signs every request in and puts its principal in the
// context, and serves the sign-in endpoints:
//
//	POST /auth/login    {"name","password"} or {"token"}: opens a session (HttpOnly, SameSite=Strict cookie)
//	POST /auth/logout   ends it
//	GET  /auth/session  who the browser is signed in as, and its CSRF token
//
// A request is signed in by, in turn: the proxy's header (from a trusted
// address only), a bearer token, the session cookie. A write through a
// session must carry the session's CSRF token in X-CSRF-Token. Without
// credentials, a server that requires sign-in answers 401 to the API, the
// reports and the playground (the web interface's own files stay public:
// they hold no data); one that does not acts as a local admin, and only
// for requests whose Host is a loopback name (no DNS rebinding).
func (s *Service) Middleware(cfg Config, next http.Handler) http.Handler {
	routes := http.NewServeMux()
	routes.HandleFunc("POST /auth/login", func(w http.ResponseWriter, r *http.Request) { s.login(cfg, w, r) })
	routes.HandleFunc("POST /auth/logout", s.logout)
	routes.HandleFunc("GET /auth/session", func(w http.ResponseWriter, r *http.Request) { s.whoami(cfg, w, r) })
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ses, err := s.identify(cfg, r)
		if err != nil {
			refuse(w, err)
			return
		}
		if p.Via == Local && !loopbackHost(r.Host) {
			writeError(w, http.StatusForbidden, "FORBIDDEN", "host "+r.Host+" is not this server's: without sign-in configured, ropa answers requests to localhost, 127.0.0.1 or [::1] only")
			return
		}
		if ses != nil && !safeMethod(r.Method) && r.URL.Path != "/auth/login" && !ses.CheckCSRF(r.Header.Get("X-CSRF-Token")) {
			writeError(w, http.StatusForbidden, "CSRF", "a write through a session must send the session's CSRF token in X-CSRF-Token (GET /auth/session gives it)")
			return
		}
		if strings.HasPrefix(r.URL.Path, "/auth/") {
			// Sign-in reads users, tokens and sessions as the server itself.
			routes.ServeHTTP(w, r.WithContext(withSession(context.WithValue(r.Context(), principalKey{}, p), ses)))
			return
		}
		r = r.WithContext(auth.With(r.Context(), p))
		if p.Via == Anonymous && needsSignIn(r.URL.Path) {
			writeError(w, http.StatusUnauthorized, "UNAUTHENTICATED", "sign in first: send an API token as 'Authorization: Bearer TOKEN', or sign in to the web interface")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Local and Anonymous, re-exported for readability here.
const (
	Local     = auth.Local
	Anonymous = auth.Anonymous
)

// principalKey carries the principal to the sign-in endpoints, which
// themselves run unchecked.
type principalKey struct{}

type sessionKey struct{}

func withSession(ctx context.Context, ses *Session) context.Context {
	if ses == nil {
		return ctx
	}
	return context.WithValue(ctx, sessionKey{}, ses)
}

func sessionFrom(ctx context.Context) *Session {
	ses, _ := ctx.Value(sessionKey{}).(*Session)
	return ses
}

// needsSignIn reports whether a path serves the record.
func needsSignIn(path string) bool {
	return path == "/graphql" || path == "/playground" || strings.HasPrefix(path, "/reports/")
}

func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

// statusError is a refusal with its HTTP status.
type statusError struct {
	status int
	code   string
	msg    string
}

func (e *statusError) Error() string { return e.msg }

func refuse(w http.ResponseWriter, err error) {
	var se *statusError
	if errors.As(err, &se) {
		writeError(w, se.status, se.code, se.msg)
		return
	}
	slog.Error("signing a request in", "err", err)
	writeError(w, http.StatusInternalServerError, "INTERNAL", "signing the request in failed")
}

// identify says who r acts as, and the session it came with.
func (s *Service) identify(cfg Config, r *http.Request) (auth.Principal, *Session, error) {
	ctx := r.Context()
	if px := cfg.Proxy; px != nil {
		if name := strings.TrimSpace(r.Header.Get(px.Header)); name != "" {
			if !px.trusts(r.RemoteAddr) {
				return auth.Principal{}, nil, &statusError{http.StatusForbidden, "FORBIDDEN",
					px.Header + " from " + r.RemoteAddr + ", which is not a trusted proxy address: refused"}
			}
			p, err := s.proxyUser(ctx, px, name)
			return p, nil, err
		}
	}
	if h := r.Header.Get("Authorization"); h != "" {
		secret, ok := strings.CutPrefix(h, "Bearer ")
		if !ok {
			return auth.Principal{}, nil, &statusError{http.StatusUnauthorized, "UNAUTHENTICATED", "Authorization: want 'Bearer TOKEN'"}
		}
		p, _, err := s.Token(ctx, strings.TrimSpace(secret))
		if errors.Is(err, ErrDenied) {
			return p, nil, &statusError{http.StatusUnauthorized, "UNAUTHENTICATED", "the API token is unknown, revoked or expired"}
		}
		return p, nil, err
	}
	if c, err := r.Cookie(CookieName); err == nil && c.Value != "" {
		ses, err := s.Session(ctx, c.Value)
		switch {
		case err == nil:
			return ses.Principal, ses, nil
		case !errors.Is(err, ErrDenied):
			return auth.Principal{}, nil, err
		}
		// An expired or ended session: carry on as without one.
	}
	if !cfg.Required && cfg.Proxy == nil {
		on, err := s.Configured(ctx)
		if err != nil {
			return auth.Principal{}, nil, err
		}
		if !on {
			return auth.Principal{Role: auth.Admin, Via: Local}, nil, nil
		}
	}
	return auth.Principal{Via: Anonymous}, nil, nil
}

func (px *Proxy) trusts(remote string) bool {
	ap, err := netip.ParseAddrPort(remote)
	if err != nil {
		return false
	}
	for _, p := range px.Trusted {
		if p.Contains(ap.Addr().Unmap()) {
			return true
		}
	}
	return false
}

func (s *Service) proxyUser(ctx context.Context, px *Proxy, name string) (auth.Principal, error) {
	u, err := s.client.User.Query().Where(user.Name(name)).Only(ctx)
	switch {
	case err == nil && u.Disabled:
		return auth.Principal{}, &statusError{http.StatusForbidden, "FORBIDDEN", "user " + name + " is disabled"}
	case err == nil:
		return auth.Principal{Name: u.Name, Role: u.Role, Via: auth.Proxy}, nil
	case !ent.IsNotFound(err):
		return auth.Principal{}, err
	case !px.Role.Valid():
		return auth.Principal{}, &statusError{http.StatusForbidden, "FORBIDDEN", "the proxy signed in " + name + ", who is not a ropa user: an admin adds them with 'ropa user add'"}
	}
	return auth.Principal{Name: name, Role: px.Role, Via: auth.Proxy}, nil
}

// credentials is the body of POST /auth/login.
type credentials struct {
	Name     string `json:"name"`
	Password string `json:"password"`
	Token    string `json:"token"`
}

// sessionInfo is what /auth/login and /auth/session answer.
type sessionInfo struct {
	SignedIn       bool      `json:"signedIn"`
	SignInRequired bool      `json:"signInRequired"`
	Name           string    `json:"name,omitempty"`
	Role           string    `json:"role,omitempty"`
	Via            string    `json:"via,omitempty"`
	CSRF           string    `json:"csrf,omitempty"`
	Expires        time.Time `json:"expires,omitzero"`
}

func (s *Service) login(cfg Config, w http.ResponseWriter, r *http.Request) {
	var c credentials
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 16<<10)).Decode(&c); err != nil {
		writeError(w, http.StatusBadRequest, "BAD_REQUEST", "want a JSON body {\"name\", \"password\"} or {\"token\"}: "+err.Error())
		return
	}
	var (
		p   auth.Principal
		u   *ent.User
		t   *ent.Token
		err error
	)
	switch {
	case c.Token != "":
		p, t, err = s.Token(r.Context(), c.Token)
	case c.Name != "" && c.Password != "":
		p, u, err = s.Password(r.Context(), c.Name, c.Password)
	default:
		writeError(w, http.StatusBadRequest, "BAD_REQUEST", "want name and password, or token")
		return
	}
	if errors.Is(err, ErrDenied) {
		slog.Warn("sign-in refused", "remote", r.RemoteAddr)
		writeError(w, http.StatusUnauthorized, "UNAUTHENTICATED", ErrDenied.Error())
		return
	}
	if err != nil {
		refuse(w, err)
		return
	}
	ses, err := s.StartSession(r.Context(), p, u, t, cfg.ttl())
	if err != nil {
		refuse(w, err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: CookieName, Value: ses.ID, Path: "/", Expires: ses.Expires,
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: secure(cfg, r)})
	writeJSON(w, http.StatusOK, sessionInfo{SignedIn: true, SignInRequired: true, Name: p.Name,
		Role: string(p.Role), Via: string(p.Via), CSRF: ses.CSRF, Expires: ses.Expires})
}

func (s *Service) logout(w http.ResponseWriter, r *http.Request) {
	if ses := sessionFrom(r.Context()); ses != nil {
		if err := s.EndSession(r.Context(), ses.ID); err != nil {
			refuse(w, err)
			return
		}
	}
	http.SetCookie(w, &http.Cookie{Name: CookieName, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteStrictMode})
	w.WriteHeader(http.StatusNoContent)
}

func (s *Service) whoami(cfg Config, w http.ResponseWriter, r *http.Request) {
	p, _ := r.Context().Value(principalKey{}).(auth.Principal)
	info := sessionInfo{SignedIn: p.Via != Anonymous, SignInRequired: p.Via != Local,
		Name: p.Name, Role: string(p.Role), Via: string(p.Via)}
	if ses := sessionFrom(r.Context()); ses != nil {
		info.CSRF, info.Expires = ses.CSRF, ses.Expires
	}
	writeJSON(w, http.StatusOK, info)
}

// secure reports whether the browser reached ropa over TLS, directly or
// through the trusted proxy.
func secure(cfg Config, r *http.Request) bool {
	if r.TLS != nil {
		return true
	}
	return cfg.Proxy != nil && cfg.Proxy.trusts(r.RemoteAddr) && r.Header.Get("X-Forwarded-Proto") == "https"
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// writeError answers in the shape of a GraphQL error, which the API's
// clients already read.
func writeError(w http.ResponseWriter, status int, code, msg string) {
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="ropa"`)
	}
	writeJSON(w, status, map[string]any{"errors": []map[string]any{{"message": msg, "extensions": map[string]string{"code": code}}}})
}

// loopbackHost reports whether a Host header names a loopback address.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
