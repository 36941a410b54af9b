// Package seed loads the catalog's seed data: the shared taxonomy (data
// categories, purposes, data subjects, legal bases, transfer safeguards,
// security measures, rights, sources) and one reviewed file per privacy
// notice, each fact tied to the sentence of the notice that states it.
//
// Loading is one command of the catalog's write path (internal/catalog):
// one transaction, and idempotent: taxonomy entries are upserted by key,
// and a notice whose seed file has not changed since it was loaded is
// skipped; one whose file changed has its seeded facts replaced. A seed
// file is decoded into the catalog's NoticeWriter, the fact writer that
// notice imports (internal/draft) use as well.
package seed

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
)

// Files holds the seed data: policies/*.txt (the notices, byte for byte),
// notices/*.yaml and taxonomy/*.yaml.
//
//go:embed policies notices taxonomy
var Files embed.FS

// Report says what a load did.
type Report struct {
	Loaded  []string // notice files loaded or reloaded
	Skipped []string // notice files unchanged since they were loaded
}

// Load loads the embedded seed data into the catalog.
func Load(ctx context.Context, client *ent.Client) (*Report, error) {
	return LoadFS(ctx, client, Files)
}

// LoadFS loads seed data laid out as in Files from fsys, in one
// transaction: on any error nothing is written.
func LoadFS(ctx context.Context, client *ent.Client, fsys fs.FS) (*Report, error) {
	tax, err := readTaxonomy(fsys)
	if err != nil {
		return nil, err
	}
	notices, err := readFiles(fsys, "seed/")
	if err != nil {
		return nil, err
	}
	rep := &Report{}
	err = catalog.Write(ctx, client, actor.Seed("taxonomy"), func(ctx context.Context, tx *ent.Tx) error {
		l := &loader{tx: tx, ctx: ctx, prefix: "seed/"}
		if err := l.loadTaxonomy(tax); err != nil {
			return err
		}
		for _, n := range notices {
			if n.org {
				continue
			}
			skipped, err := l.loadNotice(n) // as the actor seed:<its file>
			if err != nil {
				return err
			}
			if skipped {
				rep.Skipped = append(rep.Skipped, n.path)
			} else {
				rep.Loaded = append(rep.Loaded, n.path)
			}
		}
		// Organization files (organizations/*.yaml, as `ropa export`
		// writes them) are reconciled as `ropa apply` does, so loading
		// one again changes nothing.
		for _, n := range notices {
			if !n.org {
				continue
			}
			plan := &Plan{}
			outer := l.ctx
			l.ctx = actor.With(outer, actor.Seed(n.path))
			err := l.applyOrganizationFile(n, plan)
			l.ctx = outer
			if err != nil {
				return err
			}
			if len(plan.Changes) == 0 {
				rep.Skipped = append(rep.Skipped, n.path)
			} else {
				rep.Loaded = append(rep.Loaded, n.path)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// IsEmpty reports whether the catalog holds no organizations yet, which is
// when `ropa serve` seeds it.
func IsEmpty(ctx context.Context, client *ent.Client) (bool, error) {
	n, err := client.Organization.Query().Count(ctx)
	return n == 0, err
}

// notice is a parsed notice seed file with its policy text.
type notice struct {
	path   string // e.g. notices/ujet-website.yaml
	digest string // SHA-256 of the seed file
	file   NoticeFile
	text   string
	// org marks an organization file (organizations/ORG.yaml): no
	// document, no text, facts entered for the organization itself.
	org bool
}

func readNotices(fsys fs.FS, prefix string) ([]*notice, error) {
	names, err := fs.Glob(fsys, "notices/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []*notice
	for _, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		n := &notice{path: name}
		if err := decodeStrict(src, &n.file); err != nil {
			return nil, fmt.Errorf("%s%s:%v", prefix, name, err)
		}
		if n.file.Document.File == "" {
			return nil, fmt.Errorf("%s%s:%d: document.file is missing", prefix, name, n.file.Document.Line)
		}
		text, err := fs.ReadFile(fsys, path.Join("policies", n.file.Document.File))
		if err != nil {
			return nil, fmt.Errorf("%s%s:%d: document.file %q: %v", prefix, name, n.file.Document.Line, n.file.Document.File, err)
		}
		n.text = string(text)
		sum := sha256.Sum256(src)
		n.digest = hex.EncodeToString(sum[:])
		out = append(out, n)
	}
	return out, nil
}

// Taxonomy returns the embedded vocabularies merged into one file: the keys
// a seed file, an extraction or a test may use.
func Taxonomy() (*TaxonomyFile, error) {
	files, err := readTaxonomy(Files)
	if err != nil {
		return nil, err
	}
	var all TaxonomyFile
	for _, f := range files {
		all.DataCategories = append(all.DataCategories, f.DataCategories...)
		all.DataSubjects = append(all.DataSubjects, f.DataSubjects...)
		all.Purposes = append(all.Purposes, f.Purposes...)
		all.LegalBases = append(all.LegalBases, f.LegalBases...)
		all.Sources = append(all.Sources, f.Sources...)
		all.Safeguards = append(all.Safeguards, f.Safeguards...)
		all.Measures = append(all.Measures, f.Measures...)
		all.Rights = append(all.Rights, f.Rights...)
	}
	return &all, nil
}

// Keys returns the keys of entries as a set.
func Keys(entries []TaxonEntry) map[string]bool {
	out := make(map[string]bool, len(entries))
	for _, e := range entries {
		out[e.Key] = true
	}
	return out
}

func readTaxonomy(fsys fs.FS) ([]taxonFile, error) {
	names, err := fs.Glob(fsys, "taxonomy/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []taxonFile
	for _, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var f TaxonomyFile
		if err := decodeStrict(src, &f); err != nil {
			return nil, fmt.Errorf("seed/%s:%v", name, err)
		}
		out = append(out, taxonFile{path: name, TaxonomyFile: f})
	}
	return out, nil
}

type taxonFile struct {
	path string
	TaxonomyFile
}

// errorf formats a load error as "seed/FILE:LINE: reason".
func errorf(file string, line int, format string, args ...any) error {
	return fmt.Errorf("seed/%s:%d: %s", file, line, fmt.Sprintf(format, args...))
}

// closest suggests up to three known keys near an unknown one.
func closest(unknown string, known map[string]int) string {
	type cand struct {
		key  string
		dist int
	}
	var cs []cand
	for k := range known {
		cs = append(cs, cand{k, distance(unknown, k)})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].dist != cs[j].dist {
			return cs[i].dist < cs[j].dist
		}
		return cs[i].key < cs[j].key
	})
	var keys []string
	for i := 0; i < len(cs) && i < 3; i++ {
		keys = append(keys, cs[i].key)
	}
	if len(keys) == 0 {
		return ""
	}
	return " (closest known: " + strings.Join(keys, ", ") + ")"
}
