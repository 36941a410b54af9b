package history

import (
	"encoding/json"
	"errors"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
)

var diffHTML = template.Must(template.New("diff").Funcs(template.FuncMap{
	"when": func(t time.Time) string { return t.Format("2006-01-02 15:04 MST") },
	"val": func(s *string) string {
		if s == nil {
			return "(none)"
		}
		return *s
	},
}).Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Changes to the record of {{.Org}}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}q{color:#444}</style>
</head><body>
<h1>Changes to the record of processing of {{.Org}}</h1>
<p>From {{when .D.From}} to {{when .D.To}}: {{len .D.Lines}} changes, from the catalog's change history.</p>
<table><tr><th>When</th><th>Who</th><th>Through</th><th>What</th><th>Details</th><th>Evidence</th><th>Change</th></tr>
{{range .D.Lines}}<tr><td>{{when .At}}</td><td>{{.Actor}}</td><td>{{.Via}}</td><td>{{.Summary}}</td><td>{{range .Fields}}<div>{{.Field}}: {{val .Before}} &rarr; {{val .After}}</div>{{end}}</td><td>{{range .Evidence}}<div><q>{{.}}</q></div>{{end}}</td><td>{{.ChangeID}}</td></tr>
{{end}}</table></body></html>
`))

// WriteHTML writes the diff as a page to hand to an auditor: one row per
// change with when, who, through what, the fields before and after, and
// the notice's sentences.
func WriteHTML(w io.Writer, org string, d *Diff) error {
	return diffHTML.Execute(w, struct {
		Org string
		D   *Diff
	}{org, d})
}

// Handler serves GET /reports/diff?org=KEY_OR_NAME&from=WHEN[&to=WHEN]
// [&format=json|html]: what changed in the organization's record between
// from (included) and to (excluded; default now). A date means the start
// of that day for from and the end of that day for to; an RFC 3339 time is
// taken as it is. parse reads a time as the CLI does. A missing or bad
// parameter answers 400 naming it, an unknown organization 404.
func Handler(client *ent.Client, parse func(s string, end bool) (time.Time, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method != http.MethodGet && req.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method "+req.Method+" not allowed: use GET", http.StatusMethodNotAllowed)
			return
		}
		q := req.URL.Query()
		org := q.Get("org")
		if org == "" {
			http.Error(w, "missing parameter org: an organization key or name, e.g. ?org=ujet", http.StatusBadRequest)
			return
		}
		format := q.Get("format")
		if format == "" {
			format = "json"
		}
		if format != "json" && format != "html" {
			http.Error(w, "parameter format="+url.QueryEscape(format)+": want json or html", http.StatusBadRequest)
			return
		}
		if q.Get("from") == "" {
			http.Error(w, "missing parameter from: a date (2026-01-01) or an RFC 3339 time", http.StatusBadRequest)
			return
		}
		from, err := parse(q.Get("from"), false)
		if err != nil {
			http.Error(w, "parameter from="+err.Error(), http.StatusBadRequest)
			return
		}
		to := time.Now().Add(time.Second)
		if v := q.Get("to"); v != "" {
			if to, err = parse(v, true); err != nil {
				http.Error(w, "parameter to="+err.Error(), http.StatusBadRequest)
				return
			}
		}
		ctx := req.Context()
		o, err := client.Organization.Query().
			Where(organization.Or(organization.KeyEqualFold(org), organization.NameEqualFold(org))).First(ctx)
		if ent.IsNotFound(err) {
			http.Error(w, "organization "+org+": no such organization", http.StatusNotFound)
			return
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		d, err := Compute(ctx, client, o.ID, from, to)
		var rangeErr *RangeError
		if errors.As(err, &rangeErr) {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		name := o.Key + "-changes-" + from.Format("20060102") + "-" + to.Format("20060102")
		if format == "html" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Content-Disposition", `inline; filename="`+name+`.html"`)
			WriteHTML(w, o.Name, d)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.json"`)
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.Encode(d)
	})
}
