package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The prepared change of the seed package: xajeet's notice with one
// purpose's basis stated, a recipient added and an activity removed.
var changeDir = filepath.Join("..", "..", "seed", "testdata", "apply-change")

// TestExportYAMLCommand: export --format yaml writes one file per notice
// and the texts they cite; validate accepts the directory; applying it to
// the catalog it came from changes nothing.
func TestExportYAMLCommand(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	dir := filepath.Join(t.TempDir(), "record")
	out, err := run(t, ctx, "export", "--format", "yaml", "--org", "ujet", "-o", dir, "--db", db)
	if err != nil || !strings.Contains(out, "wrote 4 files to "+dir) {
		t.Fatalf("export yaml: %v\n%s", err, out)
	}
	notices, _ := filepath.Glob(filepath.Join(dir, "notices", "*.yaml"))
	policies, _ := filepath.Glob(filepath.Join(dir, "policies", "*"))
	if len(notices) != 2 || len(policies) != 2 || !strings.HasPrefix(filepath.Base(notices[0]), "ujet-") {
		t.Errorf("export of ujet: notices %v, policies %v; want its two notices", notices, policies)
	}
	if out, err := run(t, ctx, "validate", "-f", dir); err != nil || !strings.Contains(out, "valid") {
		t.Errorf("validate the export: %v\n%s", err, out)
	}
	out, err = run(t, ctx, "apply", "-f", dir, "--db", db)
	if err != nil || !strings.Contains(out, "No changes") {
		t.Errorf("apply the export to its catalog: %v\n%s", err, out)
	}
	if _, err := run(t, ctx, "export", "--format", "yaml", "--db", db); err == nil || !strings.Contains(err.Error(), "-o DIR") {
		t.Errorf("export yaml without -o: %v", err)
	}
	if _, err := run(t, ctx, "export", "--format", "yaml", "--org", "nosuch", "-o", t.TempDir(), "--db", db); err == nil || !strings.Contains(err.Error(), `--org "nosuch": no such organization`) {
		t.Errorf("export yaml of an unknown organization: %v", err)
	}
	// By name, case aside, as the other formats.
	byName := filepath.Join(t.TempDir(), "x")
	if out, err := run(t, ctx, "export", "--format", "yaml", "--org", "xajeet, inc.", "-o", byName, "--db", db); err != nil || !strings.Contains(out, "wrote 2 files") {
		t.Errorf("export yaml --org by name: %v\n%s", err, out)
	}
}

// TestApplyCommand: --plan lists exactly the prepared change, as a table
// and as JSON, and writes nothing; apply writes it; bad input writes
// nothing and names file, line and field.
func TestApplyCommand(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	out, err := run(t, ctx, "apply", "--plan", "-f", changeDir, "--db", db, "--format", "json")
	if err != nil {
		t.Fatalf("apply --plan: %v\n%s", err, out)
	}
	var plan struct {
		Changes []struct{ Op, Kind, Name, File, Detail string }
	}
	if err := json.Unmarshal([]byte(out), &plan); err != nil {
		t.Fatalf("plan JSON: %v\n%s", err, out)
	}
	var got []string
	for _, c := range plan.Changes {
		got = append(got, c.Op+" "+c.Kind+" "+c.Name+" "+c.Detail)
	}
	want := []string{
		"add recipient recipient Email delivery provider ",
		"remove activity activity Mergers, sales and other asset transfers ",
		"change purpose activity Answering inquiries, sign-ups and trial requests, purpose marketing.sales basis: (none) -> consent",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("plan:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	table, err := run(t, ctx, "apply", "--plan", "-f", changeDir, "--db", db)
	if err != nil || !strings.Contains(table, "1 to add, 1 to change, 1 to remove (planned, nothing written)") ||
		!strings.Contains(table, "seed/testdata/apply-change/notices/xajeet.yaml:444") {
		t.Errorf("apply --plan table: %v\n%s", err, table)
	}
	// Planned twice: the plan wrote nothing.
	if again, _ := run(t, ctx, "apply", "--plan", "-f", changeDir, "--db", db, "--format", "json"); again != out {
		t.Errorf("second plan differs: the first wrote something\n%s", again)
	}

	// Bad input: an unknown key; nothing written.
	bad := t.TempDir()
	copyTree(t, changeDir, bad)
	f := filepath.Join(bad, "notices", "xajeet.yaml")
	src, _ := os.ReadFile(f)
	os.WriteFile(f, []byte(strings.Replace(string(src), "basis: consent", "basis: consentt", 1)), 0o644)
	if _, err := run(t, ctx, "apply", "-f", bad, "--db", db, "--actor", "ci"); err == nil ||
		!strings.Contains(err.Error(), `notices/xajeet.yaml:445: unknown legal basis "consentt"`) {
		t.Errorf("apply of a bad file: %v", err)
	}
	if again, _ := run(t, ctx, "apply", "--plan", "-f", changeDir, "--db", db, "--format", "json"); again != out {
		t.Errorf("a failed apply wrote something:\n%s", again)
	}

	out, err = run(t, ctx, "apply", "-f", changeDir, "--db", db, "--actor", "ci")
	if err != nil || !strings.Contains(out, "(applied)") {
		t.Fatalf("apply: %v\n%s", err, out)
	}
	out, err = run(t, ctx, "apply", "--plan", "-f", changeDir, "--db", db)
	if err != nil || !strings.Contains(out, "No changes") {
		t.Errorf("plan after apply: %v\n%s", err, out)
	}
}

// TestValidateCommand: a bad file fails with a non-zero status naming file,
// line and field; --format json says why.
func TestValidateCommand(t *testing.T) {
	ctx := context.Background()
	if out, err := run(t, ctx, "validate", "-f", changeDir); err != nil {
		t.Errorf("validate the prepared change: %v\n%s", err, out)
	}
	bad := t.TempDir()
	copyTree(t, changeDir, bad)
	f := filepath.Join(bad, "notices", "xajeet.yaml")
	src, _ := os.ReadFile(f)
	os.WriteFile(f, []byte(strings.Replace(string(src), "{start: 7514, end: 7772,", "{start: 7515, end: 7772,", 1)), 0o644)
	out, err := run(t, ctx, "validate", "-f", bad, "--format", "json")
	if err == nil {
		t.Fatalf("validate of a bad span succeeded:\n%s", out)
	}
	var res struct {
		Valid  bool
		Errors []string
	}
	if err := json.Unmarshal([]byte(out[:strings.LastIndex(out, "}")+1]), &res); err != nil {
		t.Fatalf("validate JSON: %v\n%s", err, out)
	}
	if res.Valid || len(res.Errors) != 1 || !strings.Contains(res.Errors[0], "notices/xajeet.yaml:240: evidence for recipient Email delivery provider: quote does not match") {
		t.Errorf("validate: %+v", res)
	}
	if _, err := run(t, ctx, "validate", "-f", filepath.Join(bad, "nosuch")); err == nil {
		t.Error("validate of a missing directory succeeded")
	}
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.Walk(from, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if info.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// The prepared change of an organization file: xajeet's facts entered for
// itself, with the organization-wide transfer to India under scc rather
// than scc_2021, an activity "Staff training" added and the right
// rectification removed.
var orgChangeDir = filepath.Join("..", "..", "seed", "testdata", "apply-org")

// TestApplyOrganizationFileCommand: the organization file as it was
// before the change is applied (its facts added, as the command-line
// user); --plan of the changed file then prints exactly the three changes
// made to it, and apply makes them.
func TestApplyOrganizationFileCommand(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	src, err := os.ReadFile(filepath.Join(orgChangeDir, "organizations", "xajeet.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	// Undo the three edits.
	s := string(src)
	i, j := strings.Index(s, "  - name: Staff training\n"), strings.Index(s, "transfers:\n  - scope: country\n    country: IN")
	s = s[:i] + s[j:]
	s = strings.Replace(s, "    recipient: Payroll bureau\n    safeguard: scc\n", "    recipient: Payroll bureau\n    safeguard: scc_2021\n", 1)
	s = strings.Replace(s, "rights: []\n", "rights:\n  - right: rectification\n    channel: hr@xajeet.example\n    responseTime: P1M\n", 1)
	before := filepath.Join(t.TempDir(), "before")
	os.MkdirAll(filepath.Join(before, "organizations"), 0o755)
	if err := os.WriteFile(filepath.Join(before, "organizations", "xajeet.yaml"), []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := run(t, ctx, "apply", "-f", before, "--db", db, "--actor", "dpo"); err != nil || !strings.Contains(out, "(applied)") {
		t.Fatalf("apply of the organization file before the change: %v\n%s", err, out)
	}

	out, err := run(t, ctx, "apply", "--plan", "-f", orgChangeDir, "--db", db)
	if err != nil {
		t.Fatalf("apply --plan: %v\n%s", err, out)
	}
	file := filepath.ToSlash(filepath.Clean(orgChangeDir)) + "/organizations/xajeet.yaml"
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var got []string
	for _, l := range lines[1 : len(lines)-1] {
		got = append(got, strings.Join(strings.Fields(l), " "))
	}
	want := []string{
		"add activity activity Staff training " + file + ":74",
		"change transfer transfer IN to Payroll bureau " + file + ":84 safeguard: scc_2021 -> scc",
		"remove right right rectification " + file,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") || lines[len(lines)-1] != "1 to add, 1 to change, 1 to remove (planned, nothing written)." {
		t.Errorf("plan:\n%s\nwant:\n%s", out, strings.Join(want, "\n"))
	}
	if out, err := run(t, ctx, "apply", "-f", orgChangeDir, "--db", db, "--actor", "dpo"); err != nil || !strings.Contains(out, "(applied)") {
		t.Fatalf("apply: %v\n%s", err, out)
	}
	if out, err := run(t, ctx, "apply", "--plan", "-f", orgChangeDir, "--db", db); err != nil || !strings.Contains(out, "No changes") {
		t.Errorf("plan after apply: %v\n%s", err, out)
	}
	if out, err := run(t, ctx, "validate", "-f", orgChangeDir); err != nil {
		t.Errorf("validate: %v\n%s", err, out)
	}
}
