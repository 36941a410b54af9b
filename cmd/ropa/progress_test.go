package main

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestProgressOnlyOnATerminal: the progress bar is drawn only when
// standard error is a terminal (not in a pipe or a CI log).
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

	// gen's output outside a terminal: TestGenProgressOnStandardError.
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
