// Package frontend serves ropa's web interface: the TypeScript single-page
// application in this folder, built into dist/ by `npm run build` and
// embedded in the binary, so running the server needs no Node.
package frontend

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

//go:embed all:dist
var dist embed.FS

// Files is the built bundle: index.html, playground.html and the hashed
// assets/.
var Files, _ = fs.Sub(dist, "dist")

// playgroundPage is the GraphQL playground's page in the bundle; the server
// serves it at /playground (behind its sign-in and introspection setting),
// never as a file of the web interface.
const playgroundPage = "playground.html"

// Handler serves the bundle: a file that exists is served with the content
// type of its extension (hashed assets cached for a year); a missing asset
// is 404; any other GET is a client route and answers index.html.
func Handler() http.Handler {
	return handler(Files)
}

// Playground serves the GraphQL playground's page (GraphiQL, built into the
// bundle: no CDN, no inline script); its scripts are the bundle's assets/.
func Playground() http.Handler {
	return page(Files, playgroundPage)
}

// page serves one HTML page of the bundle, uncached, for GET and HEAD.
func page(files fs.FS, name string) http.Handler {
	html, err := fs.ReadFile(files, name)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method "+r.Method+" not allowed: use GET", http.StatusMethodNotAllowed)
			return
		}
		if err != nil {
			http.Error(w, "the web interface is not built: run npm run build in frontend/", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(html)
	})
}

func handler(files fs.FS) http.Handler {
	static := http.FileServerFS(files)
	index, indexErr := fs.ReadFile(files, "index.html")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method "+r.Method+" not allowed: use GET", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name != "" && name != "index.html" && name != playgroundPage {
			if st, err := fs.Stat(files, name); err == nil && !st.IsDir() {
				if strings.HasPrefix(name, "assets/") {
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				}
				static.ServeHTTP(w, r)
				return
			}
			if strings.HasPrefix(name, "assets/") || path.Ext(name) != "" {
				http.Error(w, "no such file in the web interface: "+name, http.StatusNotFound)
				return
			}
		}
		if indexErr != nil {
			http.Error(w, "the web interface is not built: run npm run build in frontend/", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(index)
	})
}
