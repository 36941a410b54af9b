package graph

import (
	"context"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// guard is what every request passes before any handler of the server:
//
//   - The Host must name a loopback address (localhost, 127.0.0.1, ::1):
//     ropa has no sign-in yet and listens on loopback only, and a page on
//     another site reaching it by DNS rebinding sends its own host name.
//   - A write (any method but GET, HEAD and OPTIONS) whose Origin names
//     another host is refused: a browser on another site cannot post to
//     the API.
//   - Every answer carries security headers: nosniff, no framing, no
//     referrer, and a content security policy without inline script.
func guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !loopbackHost(r.Host) {
			http.Error(w, "host "+r.Host+" is not this server's: ropa answers requests to localhost, 127.0.0.1 or [::1] only", http.StatusForbidden)
			return
		}
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
		default:
			if o := r.Header.Get("Origin"); o != "" && o != "null" {
				u, err := url.Parse(o)
				// Same host, or both loopback (the front end's dev server).
				if err != nil || !(strings.EqualFold(u.Host, r.Host) || loopbackHost(u.Host)) {
					http.Error(w, "cross-site request from "+o+" refused: write from the web interface served by this host", http.StatusForbidden)
					return
				}
			}
		}
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		switch {
		case r.URL.Path == "/playground":
			// The playground is gqlgen's page, with inline script and
			// assets from a public CDN; it has no policy of its own.
			h.Set("Content-Security-Policy", "frame-ancestors 'none'")
		case strings.HasPrefix(r.URL.Path, "/reports/"):
			// The HTML report is one self-contained file with its style inline.
			h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'")
		default:
			h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		}
		next.ServeHTTP(w, r)
	})
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

// requestInfo is what the access log says of a request beyond its method
// and path; limitRequests fills in the operation name.
type requestInfo struct{ operation string }

type requestInfoKey struct{}

// AccessLog logs one line per request: method, path, GraphQL operation
// name, status, duration and actor. Never variables, bodies or anything of
// the record.
func AccessLog(next http.Handler, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		info := &requestInfo{}
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r.WithContext(context.WithValue(r.Context(), requestInfoKey{}, info)))
		op := info.operation
		if op == "" {
			op = r.URL.Query().Get("operationName")
		}
		log.Info("request", "method", r.Method, "path", r.URL.Path, "operation", op,
			"status", rec.status, "ms", time.Since(start).Milliseconds(), "actor", "api")
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}
