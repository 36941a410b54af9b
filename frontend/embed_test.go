package frontend

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

func get(t *testing.T, h http.Handler, method, path string) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	return rec.Result()
}

func body(t *testing.T, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The committed bundle: index.html loads a script and a stylesheet that
// are embedded and served with their content types.
func TestEmbeddedBundle(t *testing.T) {
	h := Handler()
	res := get(t, h, "GET", "/")
	page := body(t, res)
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") || !strings.Contains(page, `<div id="root">`) {
		t.Fatalf("GET /: %d %s\n%s", res.StatusCode, res.Header.Get("Content-Type"), page)
	}
	refs := regexp.MustCompile(`(?:src|href)="(/assets/[^"]+)"`).FindAllStringSubmatch(page, -1)
	if len(refs) < 2 {
		t.Fatalf("index.html references %d assets, want a script and a stylesheet", len(refs))
	}
	want := map[string]string{".js": "text/javascript", ".css": "text/css"}
	for _, m := range refs {
		ext := m[1][strings.LastIndex(m[1], "."):]
		r := get(t, h, "GET", m[1])
		if r.StatusCode != 200 || !strings.HasPrefix(r.Header.Get("Content-Type"), want[ext]) {
			t.Errorf("GET %s: %d %q", m[1], r.StatusCode, r.Header.Get("Content-Type"))
		}
		if !strings.Contains(r.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("GET %s: Cache-Control %q", m[1], r.Header.Get("Cache-Control"))
		}
	}
}

func TestClientRoutesAndMissingFiles(t *testing.T) {
	files := fstest.MapFS{
		"index.html":    {Data: []byte("<title>ropa</title>")},
		"assets/app.js": {Data: []byte("console.log(1)")},
		"favicon.svg":   {Data: []byte("<svg/>")},
		playgroundPage:  {Data: []byte("<title>playground</title>")},
	}
	h := handler(files)
	for _, c := range []struct {
		method, path string
		status       int
		ctype, body  string
	}{
		{"GET", "/", 200, "text/html", "<title>ropa</title>"},
		{"GET", "/records?org=ujet", 200, "text/html", "<title>ropa</title>"},
		{"GET", "/activities/42", 200, "text/html", "<title>ropa</title>"},
		{"GET", "/evidence/7", 200, "text/html", "<title>ropa</title>"},
		{"HEAD", "/lookup", 200, "text/html", ""},
		{"GET", "/assets/app.js", 200, "text/javascript", "console.log(1)"},
		{"GET", "/favicon.svg", 200, "image/svg+xml", "<svg/>"},
		{"GET", "/assets/gone.js", 404, "text/plain", "no such file in the web interface: assets/gone.js"},
		{"GET", "/robots.txt", 404, "text/plain", "robots.txt"},
		{"GET", "/../../etc/passwd", 200, "text/html", "<title>ropa</title>"}, // cleaned to /etc/passwd: a client route, never a file outside dist
		{"POST", "/records", 405, "text/plain", "use GET"},
		// The playground's page is served at /playground behind sign-in and the introspection setting only.
		{"GET", "/playground.html", 200, "text/html", "<title>ropa</title>"},
	} {
		r := get(t, h, c.method, c.path)
		b := body(t, r)
		if r.StatusCode != c.status || !strings.HasPrefix(r.Header.Get("Content-Type"), c.ctype) || !strings.Contains(b, c.body) {
			t.Errorf("%s %s: %d %q %q; want %d %s containing %q", c.method, c.path, r.StatusCode, r.Header.Get("Content-Type"), b, c.status, c.ctype, c.body)
		}
	}
	// Without a build, the page says how to make one.
	r := get(t, handler(fstest.MapFS{}), "GET", "/")
	if b := body(t, r); r.StatusCode != 500 || !strings.Contains(b, "npm run build") {
		t.Errorf("unbuilt: %d %q", r.StatusCode, b)
	}
}

// The committed playground page loads its script and stylesheet from the
// bundle, none inline or from elsewhere.
func TestEmbeddedPlayground(t *testing.T) {
	res := get(t, Playground(), "GET", "/playground")
	page := body(t, res)
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") || !strings.Contains(page, "GraphQL playground") {
		t.Fatalf("GET /playground: %d %s\n%s", res.StatusCode, res.Header.Get("Content-Type"), page)
	}
	if strings.Contains(page, "http:") || strings.Contains(page, "https:") || regexp.MustCompile(`<script>|<script [^>]*>[^<]`).MatchString(page) {
		t.Errorf("the playground page loads from elsewhere or runs inline script:\n%s", page)
	}
	refs := regexp.MustCompile(`<(?:script|link rel="stylesheet")[^>]* (?:src|href)="(/assets/[^"]+)"`).FindAllStringSubmatch(page, -1)
	if len(refs) < 2 {
		t.Fatalf("playground.html references %d scripts and stylesheets, want both", len(refs))
	}
	for _, m := range refs {
		if r := get(t, Handler(), "GET", m[1]); r.StatusCode != 200 {
			t.Errorf("GET %s: %d", m[1], r.StatusCode)
		}
	}
	if r := get(t, Playground(), "POST", "/playground"); r.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /playground: %d", r.StatusCode)
	}
}
