package seed_test

import (
	"context"
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"gopkg.in/yaml.v3"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

// noticeFiles returns the seed notice files by path.
func noticeFiles(t *testing.T) []string {
	t.Helper()
	names, err := fs.Glob(seed.Files, "notices/*.yaml")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seed notices: %v", err)
	}
	return names
}

// TestProvenance checks every evidence span of every seed file, read
// straight from the YAML: the quote equals the notice's bytes at its offsets.
func TestProvenance(t *testing.T) {
	spans := 0
	for _, name := range noticeFiles(t) {
		src, _ := fs.ReadFile(seed.Files, name)
		var root yaml.Node
		if err := yaml.Unmarshal(src, &root); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var docFile string
		walk(&root, func(m *yaml.Node) {
			if v := get(m, "file"); v != nil && docFile == "" {
				docFile = v.Value
			}
		})
		text, err := fs.ReadFile(seed.Files, "policies/"+docFile)
		if err != nil {
			t.Fatalf("%s: document.file %q: %v", name, docFile, err)
		}
		walk(&root, func(m *yaml.Node) {
			q := get(m, "quote")
			if q == nil {
				return
			}
			spans++
			start, err1 := strconv.Atoi(value(get(m, "start")))
			end, err2 := strconv.Atoi(value(get(m, "end")))
			if err1 != nil || err2 != nil || start < 0 || end <= start || end > len(text) {
				t.Errorf("%s:%d: bad offsets start=%q end=%q", name, q.Line, value(get(m, "start")), value(get(m, "end")))
				return
			}
			if got := string(text[start:end]); got != q.Value {
				t.Errorf("%s:%d: quote %q != notice bytes [%d,%d) %q", name, q.Line, q.Value, start, end, got)
			}
		})
	}
	if spans < 100 {
		t.Errorf("only %d evidence spans in the seed notices; every fact needs one", spans)
	}
}

func walk(n *yaml.Node, f func(*yaml.Node)) {
	if n.Kind == yaml.MappingNode {
		f(n)
	}
	for _, c := range n.Content {
		walk(c, f)
	}
}

func get(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func value(n *yaml.Node) string {
	if n == nil {
		return ""
	}
	return n.Value
}

func seededClient(t *testing.T) *ent.Client {
	t.Helper()
	client := storetest.Open(t, store.Config{})
	if _, err := seed.Load(context.Background(), client); err != nil {
		t.Fatalf("seed.Load: %v", err)
	}
	return client
}

// TestCoverage: every notice has a controller and at least one activity;
// every activity has a purpose, a data category, a data subject category
// and evidence.
func TestCoverage(t *testing.T) {
	ctx := context.Background()
	client := seededClient(t)
	docs, err := client.PolicyDocument.Query().WithOrganization().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != len(noticeFiles(t)) {
		t.Fatalf("%d policy documents loaded, want one per notice file (%d)", len(docs), len(noticeFiles(t)))
	}
	for _, d := range docs {
		org := d.Edges.Organization
		if org == nil || org.Name == "" {
			t.Errorf("%s: no organization", d.Title)
			continue
		}
		if !has(org.Roles, "controller") {
			t.Errorf("%s: organization %s is not recorded as a controller (roles %v)", d.Title, org.Name, org.Roles)
		}
		n, err := client.ProcessingActivity.Query().Where(activityOf(org.ID)).Count(ctx)
		if err != nil || n == 0 {
			t.Errorf("%s: no activities (%v)", d.Title, err)
		}
	}
	acts, err := client.ProcessingActivity.Query().
		WithPurposes().WithDataCategories().WithDataSubjects().WithEvidence().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range acts {
		e := a.Edges
		if len(e.Purposes) == 0 || len(e.DataCategories) == 0 || len(e.DataSubjects) == 0 || len(e.Evidence) == 0 {
			t.Errorf("activity %q: purposes=%d categories=%d subjects=%d evidence=%d; each needs at least one",
				a.Name, len(e.Purposes), len(e.DataCategories), len(e.DataSubjects), len(e.Evidence))
		}
	}
}

// TestIdempotent: loading twice gives the same database.
func TestIdempotent(t *testing.T) {
	ctx := context.Background()
	client := seededClient(t)
	before := snapshot(t, client)
	rep, err := seed.Load(ctx, client)
	if err != nil {
		t.Fatalf("second load: %v", err)
	}
	if len(rep.Loaded) != 0 || len(rep.Skipped) != len(noticeFiles(t)) {
		t.Errorf("second load: loaded %v, skipped %v; want every notice skipped", rep.Loaded, rep.Skipped)
	}
	if after := snapshot(t, client); after != before {
		t.Errorf("second load changed the database:\nbefore %s\nafter  %s", before, after)
	}
}

// TestReloadChangedFile: a changed seed file replaces the facts it loaded,
// without duplicates.
func TestReloadChangedFile(t *testing.T) {
	ctx := context.Background()
	client := seededClient(t)
	before := snapshot(t, client)
	fsys := copyFS(t)
	name := noticeFiles(t)[0]
	f := fsys[name]
	f.Data = append(append([]byte{}, f.Data...), []byte("\n# reviewed again\n")...)
	rep, err := seed.LoadFS(ctx, client, fsys)
	if err != nil {
		t.Fatalf("reload: %v", err)
	}
	if len(rep.Loaded) != 1 || rep.Loaded[0] != name {
		t.Errorf("reload loaded %v, want just %s", rep.Loaded, name)
	}
	if after := snapshot(t, client); after != before {
		t.Errorf("reloading a changed file changed the counts:\nbefore %s\nafter  %s", before, after)
	}
}

// TestBrokenFile: a broken seed file fails with file, line and reason, and
// leaves the database as it was.
func TestBrokenFile(t *testing.T) {
	ctx := context.Background()
	var name string
	cases := []struct {
		name   string
		edit   func(string) string
		reason string
	}{
		// Each case edits the first notice file the edit applies to.
		{"unknown key", func(s string) string {
			return strings.Replace(s, "\nactivities:\n", "\nactivities:\n  - nmae: typo\n", 1)
		}, `unknown key "nmae"`},
		{"bad offset", func(s string) string {
			return replaceSpan(s, func(start, end int) (int, int) { return start, 99999999 })
		}, "outside"},
		{"quote mismatch", func(s string) string {
			return replaceSpan(s, func(start, end int) (int, int) { return start + 1, end + 1 })
		}, "quote does not match"},
		{"bad date", func(s string) string {
			return replaceLine(s, "  lastUpdated:", "  lastUpdated: 2023-13-45")
		}, "bad date"},
		{"unknown category", func(s string) string {
			return strings.Replace(s, "category: user.", "category: user.no_such_", 1)
		}, "unknown data category"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			client := storetest.Open(t, store.Config{})
			if _, err := seed.Load(ctx, client); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, client)
			fsys := copyFS(t)
			var orig, edited string
			for _, name = range noticeFiles(t) {
				orig = string(fsys[name].Data)
				if edited = c.edit(orig); edited != orig {
					break
				}
			}
			if edited == orig {
				t.Fatalf("the edit applies to no notice file")
			}
			// Make the loader consider the file changed and reload it.
			fsys[name] = &fstest.MapFile{Data: []byte(edited)}
			_, err := seed.LoadFS(ctx, client, fsys)
			if err == nil {
				t.Fatal("loading a broken file succeeded")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "seed/"+name+":") || !strings.Contains(msg, c.reason) {
				t.Errorf("error %q: want seed/%s:LINE: ...%s...", msg, name, c.reason)
			}
			if line := strings.SplitN(strings.TrimPrefix(msg, "seed/"+name+":"), ":", 2)[0]; atoiOK(line) <= 0 {
				t.Errorf("error %q does not give a line number", msg)
			}
			if after := snapshot(t, client); after != before {
				t.Errorf("a failed load changed the database:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

func atoiOK(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// replaceSpan rewrites the offsets of the first span in s.
func replaceSpan(s string, f func(start, end int) (int, int)) string {
	i := strings.Index(s, "{start: ")
	if i < 0 {
		return s
	}
	j := strings.Index(s[i:], ", quote:") + i
	var start, end int
	parts := strings.Split(strings.TrimPrefix(s[i:j], "{start: "), ", end: ")
	start, _ = strconv.Atoi(parts[0])
	end, _ = strconv.Atoi(parts[1])
	start, end = f(start, end)
	return s[:i] + "{start: " + strconv.Itoa(start) + ", end: " + strconv.Itoa(end) + s[j:]
}

func replaceLine(s, prefix, with string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, prefix) {
			lines[i] = with
			return strings.Join(lines, "\n")
		}
	}
	return s
}

func copyFS(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(seed.Files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(seed.Files, p)
		m[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}
