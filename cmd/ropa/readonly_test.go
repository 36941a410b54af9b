package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/ropacatalog/ropa/internal/store"
)

// envHelperArgs carries the arguments of a ropa command that
// TestRunCommandHelper runs in a child process (as another user).
const envHelperArgs = "ROPA_TEST_HELPER_ARGS"

// TestRunCommandHelper is not a test: it is the child process of
// runUnprivileged, running one ropa command and exiting with its status.
func TestRunCommandHelper(t *testing.T) {
	raw := os.Getenv(envHelperArgs)
	if raw == "" {
		t.Skip("helper process of TestReadOnlyCatalog")
	}
	var args []string
	if err := json.Unmarshal([]byte(raw), &args); err != nil {
		t.Fatal(err)
	}
	cmd := newRootCmd()
	cmd.SetArgs(args)
	if err := cmd.ExecuteContext(context.Background()); err != nil {
		os.Stderr.WriteString("ropa: " + err.Error() + "\n")
		os.Exit(1)
	}
	os.Exit(0)
}

// unprivileged returns a function that runs a ropa command as a user for
// whom chmod takes effect: this process when it is not root, and a child
// process running as nobody (uid 65534) when it is, since root writes
// read-only files. dir must be readable by that user: the test binary is
// copied into it.
func unprivileged(t *testing.T, dir string) func(args ...string) (string, error) {
	t.Helper()
	if os.Geteuid() != 0 {
		return func(args ...string) (string, error) { return run(t, context.Background(), args...) }
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "ropa.test")
	if err := copyFile(self, bin, 0o755); err != nil {
		t.Fatal(err)
	}
	return func(args ...string) (string, error) {
		raw, _ := json.Marshal(args)
		cmd := exec.Command(bin, "-test.run=^TestRunCommandHelper$")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), envHelperArgs+"="+string(raw))
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return stdout.String(), errors.New(strings.TrimSpace(stderr.String()))
		}
		if err != nil {
			t.Fatalf("running %v as nobody: %v", args, err)
		}
		return stdout.String(), nil
	}
}

func copyFile(from, to string, mode os.FileMode) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, mode)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}

// TestReadOnlyCatalog: a seeded catalog whose file and directory the user
// cannot write answers who-receives, map, findings and report, and leaves
// no -wal or -shm file behind; one whose schema is older than this ropa
// says that it needs migrating and is read-only, and a command that writes
// says the catalog is read-only.
func TestReadOnlyCatalog(t *testing.T) {
	ctx := context.Background()
	// Not t.TempDir: its parent is private to root, and nobody must reach
	// the test binary and the catalogs.
	dir, err := os.MkdirTemp("", "ropa-readonly-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "ro"), 0o755); os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ro := filepath.Join(dir, "ro")
	if err := os.Mkdir(ro, 0o755); err != nil {
		t.Fatal(err)
	}
	current, stale := filepath.Join(ro, "current.db"), filepath.Join(ro, "stale.db")
	for _, db := range []string{current, stale} {
		if out, err := run(t, ctx, "seed", "--db", db); err != nil {
			t.Fatalf("seed: %v\n%s", err, out)
		}
	}
	// A catalog written by an older ropa: one column this version has is
	// missing.
	sdb, err := sql.Open("sqlite", store.SQLiteDSN(stale))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sdb.Exec("ALTER TABLE organizations DROP COLUMN country"); err != nil {
		t.Fatal(err)
	}
	sdb.Close()
	for _, db := range []string{current, stale} {
		if err := os.Chmod(db, 0o444); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(ro, 0o555); err != nil {
		t.Fatal(err)
	}
	ropa := unprivileged(t, dir)

	for _, c := range []struct {
		args []string
		want string // from the seed notices: UJET's, and its careers notice's Privacy Shield
	}{
		{[]string{"who-receives", "user.contact.email", "--org", "ujet"}, "privacy_shield (INVALID since 2020-07-16)"},
		{[]string{"map", "--org", "ujet", "--format", "dot"}, "digraph datamap {"},
		{[]string{"findings", "--org", "ujet", "--as-of", "2024-01-01"}, "transfer-invalid-instrument"},
		{[]string{"report", "article30", "--org", "ujet", "--format", "json"}, `"name": "UJET, Inc."`},
	} {
		out, err := ropa(append(c.args, "--db", current)...)
		if err != nil {
			t.Errorf("%v on a read-only catalog: %v", c.args, err)
			continue
		}
		if !strings.Contains(out, c.want) {
			t.Errorf("%v on a read-only catalog printed no %q:\n%.600s", c.args, c.want, out)
		}
	}
	_, err = ropa("who-receives", "user.contact.email", "--db", stale)
	if err == nil || !strings.Contains(err.Error(), "catalog "+stale+" needs migrating to this version of ropa, and is read-only") ||
		!strings.Contains(err.Error(), "country") {
		t.Errorf("stale read-only catalog: err = %v, want one saying it needs migrating (the country column) and is read-only", err)
	}
	if _, err := ropa("seed", "--db", current); err == nil || !strings.Contains(err.Error(), "catalog "+current+" is read-only") {
		t.Errorf("seed on a read-only catalog: err = %v, want one saying the catalog is read-only", err)
	}
	entries, err := os.ReadDir(ro)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{"current.db", "stale.db"}) {
		t.Errorf("the read-only directory holds %v, want the two catalogs only", names)
	}
}
