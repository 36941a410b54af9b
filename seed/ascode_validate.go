package seed

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/store"
)

var scratchSeq atomic.Int64

// Validate checks the notice files of fsys (the layout Export writes)
// without changing any catalog, and returns every problem found, each
// naming file, line and field: the YAML against the seed format, names
// unique within a file, references (recipients, systems, activities) to
// facts of the same file, scopes (checkScopes), taxonomy keys, and every
// evidence span against
// the notice text it cites.
//
// With client nil, keys are those of fsys's taxonomy/*.yaml, or of the
// embedded taxonomy when it has none, and the files are loaded into a
// scratch in-memory catalog, each on its own, so one broken file does not
// hide another's problems. With a client, keys are the catalog's and the
// files are checked as `ropa apply --plan` would apply them.
func Validate(ctx context.Context, client *ent.Client, fsys fs.FS, prefix string) []error {
	notices, err := readFiles(fsys, prefix)
	if err != nil {
		return []error{err}
	}
	if len(notices) == 0 {
		return []error{fmt.Errorf("%snotices/, %sorganizations/: no notice or organization files (*.yaml)", prefix, prefix)}
	}
	if err := checkDocuments(notices, prefix); err != nil {
		return []error{err}
	}
	var errs []error
	for _, n := range notices {
		if err := checkNames(n, prefix); err != nil {
			errs = append(errs, err)
			continue
		}
		if err := checkAcrossFiles(n, notices, prefix); err != nil {
			errs = append(errs, err)
			continue
		}
		errs = append(errs, checkScopes(n, notices, prefix)...)
	}
	if len(errs) > 0 {
		return errs
	}
	if client != nil {
		if _, err := Apply(ctx, client, fsys, actor.CLI(""), ApplyOptions{Prefix: prefix, PlanOnly: true}); err != nil {
			return []error{err}
		}
		return nil
	}
	tax, err := readTaxonomy(fsys)
	if err != nil {
		return []error{err}
	}
	if len(tax) == 0 {
		if tax, err = readTaxonomy(Files); err != nil {
			return []error{err}
		}
	}
	dsn := fmt.Sprintf("file:ropa_validate_%d_%d?mode=memory&cache=shared&_pragma=foreign_keys(1)", time.Now().UnixNano(), scratchSeq.Add(1))
	scratch, err := store.Open(ctx, dsn, store.Config{})
	if err != nil {
		return []error{fmt.Errorf("opening a scratch catalog: %w", err)}
	}
	defer scratch.Close()
	// The taxonomy, and every organization the files name (an activity
	// may name another file's organization as its controller).
	err = catalog.Write(ctx, scratch, actor.Seed("taxonomy"), func(ctx context.Context, tx *ent.Tx) error {
		l := &loader{tx: tx, ctx: ctx, prefix: prefix}
		if err := l.loadTaxonomy(tax); err != nil {
			return err
		}
		seen := map[string]bool{}
		for _, n := range notices {
			o := n.file.Organization
			if o.Key == "" || o.Name == "" || seen[o.Key] {
				continue
			}
			seen[o.Key] = true
			if err := tx.Organization.Create().SetKey(o.Key).SetName(o.Name).Exec(ctx); err != nil {
				return l.errorf(n.path, o.Line, "organization %q: %v", o.Key, err)
			}
		}
		return nil
	})
	if err != nil {
		return []error{err}
	}
	var rollback = errors.New("validated")
	for _, n := range notices {
		err := catalog.Write(ctx, scratch, actor.Seed(n.path), func(ctx context.Context, tx *ent.Tx) error {
			l := &loader{tx: tx, ctx: ctx, prefix: prefix, orgEvidenceOptional: true}
			if err := l.taxonomyFromCatalog(); err != nil {
				return err
			}
			if n.org {
				// Its references may name the organization's notices'
				// facts: those load first (their own problems are
				// reported on their own).
				for _, o := range notices {
					if o.org || o.file.Organization.Key != n.file.Organization.Key {
						continue
					}
					if _, err := l.loadNotice(o); err != nil {
						return rollback
					}
				}
				nl := &noticeLoad{loader: l, n: n, origin: "seed:" + n.path,
					systems: map[string]int{}, recipients: map[string]int{}, activities: map[string]int{}}
				if err := nl.loadOrganizationFile(); err != nil {
					return err
				}
				return rollback
			}
			if _, err := l.loadNotice(n); err != nil {
				return err
			}
			return rollback
		})
		if err != nil && !errors.Is(err, rollback) {
			errs = append(errs, err)
		}
	}
	return errs
}

// checkNames fails on two activities, recipients or systems of one file
// with the same name (or key): apply and the file's references tell facts
// apart by them.
func checkNames(n *notice, prefix string) error {
	f := &n.file
	l := &loader{prefix: prefix}
	seen := map[string]int{}
	dup := func(kind, name string, line int) error {
		k := kind + "\x00" + name
		if first, ok := seen[k]; ok {
			return l.errorf(n.path, line, "%s %q is listed twice (first on line %d); names tell a file's %ss apart", kind, name, first, kind)
		}
		seen[k] = line
		return nil
	}
	for _, s := range f.Systems {
		if err := dup("system", s.Key, s.Line); err != nil {
			return err
		}
	}
	for _, r := range f.Recipients {
		if err := dup("recipient", r.Name, r.Line); err != nil {
			return err
		}
	}
	for _, a := range f.Activities {
		if err := dup("activity", a.Name, a.Line); err != nil {
			return err
		}
	}
	return nil
}

// related reports whether two data category keys are the same or one is
// broader than the other (user.contact and user.contact.email).
func related(a, b string) bool {
	return a == b || strings.HasPrefix(a, b+".") || strings.HasPrefix(b, a+".")
}

// checkScopes fails on facts whose scope leaves them applying to nothing,
// by the record's rules (internal/record): a transfer naming a recipient
// applies only where that recipient receives data, so some activity of its
// scope must disclose to it; a retention rule naming data categories applies
// only to activities processing one of them (or a broader or narrower one).
//
// An organization file's transfers and retention rules apply to every
// activity of the organization, so its scope holds the activities of the
// organization's notice files among all too.
func checkScopes(n *notice, all []*notice, prefix string) []error {
	f := &n.file
	l := &loader{prefix: prefix}
	var errs []error
	discloses := func(a *Activity, rec string) bool {
		for _, d := range a.Disclosures {
			if d.Recipient.Value == rec {
				return true
			}
		}
		return false
	}
	processes := func(a *Activity, cats []Key) bool {
		for _, c := range cats {
			for _, ac := range a.Categories {
				if related(c.Value, ac.Value) {
					return true
				}
			}
		}
		return false
	}
	checkTransfer := func(t *Transfer, scope []*Activity, where string) {
		if t.Recipient == nil {
			return
		}
		if n.org && !recipientOf(f.Organization.Key, t.Recipient.Value, all) {
			return // an unknown recipient: loading names it
		}
		for _, a := range scope {
			if discloses(a, t.Recipient.Value) {
				return
			}
		}
		errs = append(errs, l.errorf(n.path, t.Recipient.Line, "transfer.recipient: no activity %s discloses to %q, so the transfer applies to none", where, t.Recipient.Value))
	}
	checkRetention := func(r *Retention, scope []*Activity, where string) {
		if len(r.Categories) == 0 {
			return
		}
		for _, a := range scope {
			if processes(a, r.Categories) {
				return
			}
		}
		errs = append(errs, l.errorf(n.path, r.Line, "retention.categories: no activity %s processes any of them (or a broader or narrower category), so the rule applies to none", where))
	}
	var scope []*Activity
	for i := range f.Activities {
		scope = append(scope, &f.Activities[i])
	}
	where := "of this notice"
	if n.org {
		where = "of the organization"
		for _, o := range all {
			if o != n && o.file.Organization.Key == f.Organization.Key {
				for i := range o.file.Activities {
					scope = append(scope, &o.file.Activities[i])
				}
			}
		}
	}
	for _, a := range scope[:len(f.Activities)] {
		for i := range a.Transfers {
			checkTransfer(&a.Transfers[i], []*Activity{a}, "("+a.Name+")")
		}
		for i := range a.Retention {
			checkRetention(&a.Retention[i], []*Activity{a}, "("+a.Name+")")
		}
	}
	for i := range f.Transfers {
		checkTransfer(&f.Transfers[i], scope, where)
	}
	for i := range f.Retention {
		checkRetention(&f.Retention[i], scope, where)
	}
	return errs
}

// checkDocuments fails on two files stating the same document of the same
// organization: apply matches a file to the catalog's notice by them.
func checkDocuments(notices []*notice, prefix string) error {
	seen := map[[2]string]string{}
	for _, n := range notices {
		if n.org {
			continue // one per organization, checked when read
		}
		k := [2]string{n.file.Organization.Key, n.file.Document.File}
		if first, ok := seen[k]; ok {
			l := &loader{prefix: prefix}
			return l.errorf(n.path, n.file.Document.Line, "document.file: %s of organization %s is already stated by %s%s", k[1], k[0], prefix, first)
		}
		seen[k] = n.path
	}
	return nil
}

// recipientOf reports whether a file of organization org names recipient
// name.
func recipientOf(org, name string, files []*notice) bool {
	for _, n := range files {
		if n.file.Organization.Key != org {
			continue
		}
		for _, r := range n.file.Recipients {
			if r.Name == name {
				return true
			}
		}
	}
	return false
}

// checkAcrossFiles fails on a recipient or system of an organization file
// that a notice file of the same organization lists too: the catalog holds
// one recipient (system) of a name (key) per organization.
func checkAcrossFiles(n *notice, all []*notice, prefix string) error {
	if !n.org {
		return nil
	}
	l := &loader{prefix: prefix}
	for _, o := range all {
		if o.org || o.file.Organization.Key != n.file.Organization.Key {
			continue
		}
		for _, r := range n.file.Recipients {
			for _, x := range o.file.Recipients {
				if r.Name == x.Name {
					return l.errorf(n.path, r.Line, "recipient %q is listed by %s%s too; a recipient cited by a notice belongs in its file", r.Name, prefix, o.path)
				}
			}
		}
		for _, s := range n.file.Systems {
			for _, x := range o.file.Systems {
				if s.Key == x.Key {
					return l.errorf(n.path, s.Line, "system %q is listed by %s%s too; a system cited by a notice belongs in its file", s.Key, prefix, o.path)
				}
			}
		}
	}
	return nil
}
