package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestProgressOnlyOnATerminal: gen and import print their summary and
// nothing else when standard error is not a terminal (a pipe, a CI log).
func TestProgressOnlyOnATerminal(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	cmd := &cobra.Command{}
	cmd.SetErr(w)
	if p := newProgress(cmd, "generating rows", 10); p != nil {
		t.Error("a progress bar on a pipe")
	}
	p := (*progress)(nil)
	p.set(1, 10) // a nil progress does nothing
	p.finish()

	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "gen.db")
	out, err := run(t, ctx, "gen", "--db", db, "--activities", "100", "--fields", "1000", "--recipients", "50", "--categories", "40")
	if err != nil {
		t.Fatalf("gen: %v\n%s", err, out)
	}
	if lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], "generated organization") {
		t.Errorf("gen printed more than its summary:\n%q", out)
	}
}

// TestHelpExplainsChangedCommands: ropa help and CMD --help say what the
// commands changed for newcomers do.
func TestHelpExplainsChangedCommands(t *testing.T) {
	ctx := context.Background()
	for args, want := range map[string][]string{
		"help":                    {"never create one", "cannot\nwrite", "ropa seed"},
		"who-receives --help":     {"80 columns", "INVALID since DATE"},
		"map --help":              {"closest keys", "no transfer reaches", "WORLDWIDE"},
		"gen --help":              {"progress bar", "standard error"},
		"import --help":           {"spinner", "terminal"},
		"report article30 --help": {"cannot write", "no catalog"},
	} {
		out, err := run(t, ctx, strings.Fields(args)...)
		if err != nil {
			t.Fatalf("ropa %s: %v", args, err)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("ropa %s does not say %q:\n%s", args, w, out)
			}
		}
	}
}
