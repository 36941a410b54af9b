package graph

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/internal/auth"
)

// guard is what every request passes before any handler of the server:
//
//   - A cross-origin write is refused (net/http's CrossOriginProtection:
//     Sec-Fetch-Site, else Origin against Host): a page on another site
//     cannot post to the API, sign in or out, whatever cookies the browser
//     holds.
//   - Every answer carries security headers: nosniff, no framing, no
//     referrer, and a content security policy without inline script.
//
// Who the request acts as, and the loopback-Host rule of a server without
// sign-in, are internal/access's (Service.Middleware), which runs next.
func guard(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "cross-site request from "+r.Header.Get("Origin")+" refused: write from the web interface served by this host", http.StatusForbidden)
	}))
	return cop.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		switch {
		case strings.HasPrefix(r.URL.Path, "/reports/"):
			// The HTML report is one self-contained file with its style inline.
			h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'")
		default:
			h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		}
		next.ServeHTTP(w, r)
	}))
}

// signedIn notes the request's principal for the access log.
func signedIn(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if info, ok := r.Context().Value(requestInfoKey{}).(*requestInfo); ok {
			if p, ok := auth.From(r.Context()); ok {
				info.actor = p.String()
			}
		}
		next.ServeHTTP(w, r)
	})
}

// requestInfo is what the access log says of a request beyond its method
// and path; limitRequests fills in the operation name, signedIn the actor.
type requestInfo struct{ operation, actor string }

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
		who := info.actor
		if who == "" {
			who = "anonymous"
		}
		log.Info("request", "method", r.Method, "path", r.URL.Path, "operation", op,
			"status", rec.status, "ms", time.Since(start).Milliseconds(), "actor", who)
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
