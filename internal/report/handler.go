package report

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/asof"
	"github.com/ropacatalog/ropa/internal/record"
)

// Handler serves GET /reports/article30?org=KEY_OR_NAME&format=json|csv|xlsx|html
// [&record=controller|processor][&reviewed=true][&rejected=true][&asOf=WHEN]: the report
// with its content type and, as an attachment, a file name such as
// ujet-article30-controller.xlsx (HTML is served inline). reviewed=true
// leaves drafts out; rejected=true keeps rejected facts; asOf (a date,
// meaning the end of that day, or an RFC 3339 time) gives the record as the
// catalog stood then, rebuilt from its history. A missing or bad
// parameter answers 400 naming it, an unknown organization 404. records,
// when not nil, is the server's cache of the effective record.
func Handler(client *ent.Client, records *record.Cache) http.Handler {
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
		format, err := ParseFormat(q.Get("format"))
		if q.Get("format") == "" {
			format, err = FormatJSON, nil
		}
		if err != nil {
			http.Error(w, "parameter "+err.Error(), http.StatusBadRequest)
			return
		}
		tpl, err := ParseTemplate(q.Get("template"))
		if err == nil && tpl == TemplateCNIL && format != FormatXLSX {
			err = fmt.Errorf("template=cnil: the CNIL register is a workbook: use format=xlsx")
		}
		if err != nil {
			http.Error(w, "parameter "+err.Error(), http.StatusBadRequest)
			return
		}
		which, err := ParseRecord(q.Get("record"))
		if err != nil {
			http.Error(w, "parameter "+err.Error(), http.StatusBadRequest)
			return
		}
		opts := Options{Record: which, Now: time.Now(), Records: records}
		for _, f := range []struct {
			name string
			dst  *bool
		}{{"reviewed", &opts.ReviewedOnly}, {"rejected", &opts.IncludeRejected}} {
			if v := q.Get(f.name); v != "" {
				b, err := strconv.ParseBool(v)
				if err != nil {
					http.Error(w, fmt.Sprintf("parameter %s=%q: want true or false", f.name, v), http.StatusBadRequest)
					return
				}
				*f.dst = b
			}
		}
		from := client
		if v := q.Get("asOf"); v != "" {
			at, err := asof.ParseTime(v, true)
			if err != nil {
				http.Error(w, "parameter asOf="+err.Error(), http.StatusBadRequest)
				return
			}
			past, err := asof.OpenRecord(req.Context(), client, at)
			var early *asof.BeforeHistoryError
			if errors.As(err, &early) {
				http.Error(w, "parameter asOf: "+err.Error(), http.StatusBadRequest)
				return
			}
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			defer past.Close()
			from, opts.Now, opts.Records = past.Client, at, nil
		}
		r, err := Build(req.Context(), from, org, opts)
		if IsUnknownOrganization(err) {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		var buf bytes.Buffer
		name := FileName(r, format)
		if tpl == TemplateCNIL {
			err = WriteCNIL(&buf, r)
			name = strings.Replace(name, "-article30", "-cnil-register", 1)
		} else {
			err = Write(&buf, r, format)
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		disposition := "attachment"
		if format == FormatHTML {
			disposition = "inline"
		}
		w.Header().Set("Content-Type", format.ContentType())
		w.Header().Set("Content-Disposition", fmt.Sprintf("%s; filename=%q", disposition, name))
		w.Header().Set("Content-Length", fmt.Sprint(buf.Len()))
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusOK)
		if req.Method != http.MethodHead {
			w.Write(buf.Bytes())
		}
	})
}

// Article30JSON returns the report of org as a generic JSON object (the
// JSON form decoded into a map), for a GraphQL field of scalar type Map.
func Article30JSON(ctx context.Context, client *ent.Client, org string, opts Options) (map[string]any, error) {
	r, err := Build(ctx, client, org, opts)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("encoding the Article 30 report of %s: %w", r.Organization.Key, err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("encoding the Article 30 report of %s: %w", r.Organization.Key, err)
	}
	return m, nil
}
