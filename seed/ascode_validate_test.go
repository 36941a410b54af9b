package seed_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/seed"
)

// lineOf returns the 1-based line of the first line of file containing s.
func lineOf(t *testing.T, file, s string) int {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(src), "\n") {
		if strings.Contains(l, s) {
			return i + 1
		}
	}
	t.Fatalf("%q not in %s", s, file)
	return 0
}

// TestValidateGoodFiles: the seed and the prepared change are valid,
// without a catalog and against the seeded one.
func TestValidateGoodFiles(t *testing.T) {
	ctx := context.Background()
	if errs := seed.Validate(ctx, nil, seed.Files, "seed/"); len(errs) != 0 {
		t.Errorf("seed: %v", errs)
	}
	if errs := seed.Validate(ctx, nil, os.DirFS(changeDir), changeDir+"/"); len(errs) != 0 {
		t.Errorf("%s: %v", changeDir, errs)
	}
	if errs := seed.Validate(ctx, seeded(t), os.DirFS(changeDir), changeDir+"/"); len(errs) != 0 {
		t.Errorf("%s against the seeded catalog: %v", changeDir, errs)
	}
}

// TestValidateBadInput: each broken file is reported with its file, line
// and field, one file's problem not hiding another's.
func TestValidateBadInput(t *testing.T) {
	ctx := context.Background()
	dir := badCopy(t, `quote: "For example, we partner with certain service providers who provide data storage`,
		`quote: "For EXAMPLE, we partner with certain service providers who provide data storage`)
	// A second file: an unknown purpose key.
	src, err := os.ReadFile(filepath.Join(changeDir, "notices", "xajeet.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	second := strings.Replace(string(src), "      - purpose: marketing.sales\n", "      - purpose: marketing.salez\n", 1)
	second = strings.Replace(second, "  key: xajeet\n", "  key: xajeetcopy\n", 1) // another organization's copy
	if err := os.WriteFile(filepath.Join(dir, "notices", "z-second.yaml"), []byte(second), 0o644); err != nil {
		t.Fatal(err)
	}
	errs := seed.Validate(ctx, nil, os.DirFS(dir), "d/")
	if len(errs) != 2 {
		t.Fatalf("errors %v, want one per broken file", errs)
	}
	quoteLine := lineOf(t, filepath.Join(dir, "notices", "xajeet.yaml"), "For EXAMPLE")
	if want := fmt.Sprintf("d/notices/xajeet.yaml:%d: evidence for recipient Email delivery provider: quote does not match", quoteLine); !strings.HasPrefix(errs[0].Error(), want) {
		t.Errorf("first error %q, want it to start %q", errs[0], want)
	}
	keyLine := lineOf(t, filepath.Join(dir, "notices", "z-second.yaml"), "marketing.salez")
	if want := fmt.Sprintf(`d/notices/z-second.yaml:%d: unknown purpose "marketing.salez"`, keyLine); !strings.HasPrefix(errs[1].Error(), want) {
		t.Errorf("second error %q, want it to start %q", errs[1], want)
	}

	// Two files of one document.
	twice := badCopy(t, "", "")
	os.WriteFile(filepath.Join(twice, "notices", "z-again.yaml"), src, 0o644)
	errs = seed.Validate(ctx, nil, os.DirFS(twice), "d/")
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "d/notices/z-again.yaml:") ||
		!strings.Contains(errs[0].Error(), "document.file: 003_992bd7bacc6410b7.txt of organization xajeet is already stated by d/notices/xajeet.yaml") {
		t.Errorf("a document stated twice: %v", errs)
	}

	// The YAML itself: an unknown field, and a name listed twice.
	dup := badCopy(t, "  - name: Google Analytics\n", "  - name: Email delivery provider\n")
	errs = seed.Validate(ctx, nil, os.DirFS(dup), "d/")
	gaLine := lineOf(t, filepath.Join(dup, "notices", "xajeet.yaml"), "  - name: Email delivery provider")
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), `recipient "Email delivery provider" is listed twice (first on line `+fmt.Sprint(gaLine)) {
		t.Errorf("duplicate recipient: %v", errs)
	}
	unknown := badCopy(t, "    businessFunction: Sales\n", "    businesFunction: Sales\n")
	errs = seed.Validate(ctx, nil, os.DirFS(unknown), "d/")
	ukLine := lineOf(t, filepath.Join(unknown, "notices", "xajeet.yaml"), "businesFunction")
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), fmt.Sprintf(`d/notices/xajeet.yaml:%d: unknown key "businesFunction"`, ukLine)) {
		t.Errorf("unknown key: %v", errs)
	}

	// A scope that leaves a fact applying to nothing.
	scope := badCopy(t, "    end: delete\n    evidence:\n      - {start: 9933,", "    end: delete\n    categories: [user.financial]\n    evidence:\n      - {start: 9933,")
	errs = seed.Validate(ctx, nil, os.DirFS(scope), "d/")
	rLine := lineOf(t, filepath.Join(scope, "notices", "xajeet.yaml"), "  - criterion: >-")
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), fmt.Sprintf("d/notices/xajeet.yaml:%d: retention.categories: no activity of this notice processes any of them", rLine)) {
		t.Errorf("retention scoped to nothing: %v", errs)
	}
}
