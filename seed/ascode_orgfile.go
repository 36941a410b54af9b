package seed

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"sort"

	"gopkg.in/yaml.v3"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/system"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/review"
)

// The organization files of the record as code (organizations/ORG.yaml):
// the facts entered for an organization itself, stated by no notice. They
// are read into the notice file's shape (NoticeFile with no document) and
// loaded, validated and applied by the notice files' code, with a writer
// that scopes their facts to no notice and gives them no evidence.

// readFiles reads the notice files of fsys, then its organization files.
func readFiles(fsys fs.FS, prefix string) ([]*notice, error) {
	notices, err := readNotices(fsys, prefix)
	if err != nil {
		return nil, err
	}
	orgs, err := readOrganizations(fsys, prefix)
	if err != nil {
		return nil, err
	}
	return append(notices, orgs...), nil
}

// readOrganizations reads organizations/*.yaml.
func readOrganizations(fsys fs.FS, prefix string) ([]*notice, error) {
	names, err := fs.Glob(fsys, "organizations/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []*notice
	seen := map[string]string{}
	for _, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var f OrganizationFile
		if err := decodeStrict(src, &f); err != nil {
			return nil, fmt.Errorf("%s%s:%v", prefix, name, err)
		}
		if line := evidenceLine(src); line > 0 {
			return nil, fmt.Errorf("%s%s:%d: evidence: the facts of an organization file rest on no sentence of a notice; a fact a notice states belongs in its notice file", prefix, name, line)
		}
		k := f.Organization.Key
		if k == "" {
			return nil, fmt.Errorf("%s%s:%d: organization.key is missing", prefix, name, max(f.Organization.Line, 1))
		}
		if first, ok := seen[k]; ok {
			return nil, fmt.Errorf("%s%s:%d: organization.key: %s already has an organization file, %s%s", prefix, name, f.Organization.Line, k, prefix, first)
		}
		seen[k] = name
		sum := sha256.Sum256(src)
		out = append(out, &notice{path: name, digest: hex.EncodeToString(sum[:]), file: f.notice(), org: true})
	}
	return out, nil
}

// evidenceLine returns the line of the first evidence key in a YAML
// document, 0 for none.
func evidenceLine(src []byte) int {
	var n yaml.Node
	if yaml.Unmarshal(src, &n) != nil {
		return 0
	}
	var walk func(*yaml.Node) int
	walk = func(n *yaml.Node) int {
		if n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == "evidence" {
					return n.Content[i].Line
				}
			}
		}
		for _, c := range n.Content {
			if l := walk(c); l > 0 {
				return l
			}
		}
		return 0
	}
	return walk(&n)
}

// organizationFileOf reports whether a path is an organization file's.
func organizationFileOf(p string) bool { return path.Dir(p) == "organizations" }

// knowOrganization adds the organization's systems, recipients and
// activities in the catalog (its notices' included) to the names an
// organization file's references resolve against; the file's own are
// added as they are loaded.
func (nl *noticeLoad) knowOrganization() error {
	ctx, tx := nl.ctx, nl.tx
	syss, err := tx.System.Query().Where(system.OrganizationID(nl.org.ID)).All(ctx)
	if err != nil {
		return err
	}
	for _, s := range syss {
		nl.systems[s.Key] = s.ID
	}
	recs, err := tx.Recipient.Query().Where(recipient.OrganizationID(nl.org.ID)).All(ctx)
	if err != nil {
		return err
	}
	for _, r := range recs {
		nl.recipients[r.Name] = r.ID
	}
	acts, err := tx.ProcessingActivity.Query().Where(processingactivity.OrganizationID(nl.org.ID)).All(ctx)
	if err != nil {
		return err
	}
	for _, a := range acts {
		nl.activities[a.Name] = a.ID
	}
	return nil
}

// applyOrganizationFile reconciles the facts entered for an organization
// with its organization file: what the file states and the catalog lacks is
// added, what the catalog holds and the file does not is removed. An
// organization the catalog lacks is created.
func (l *loader) applyOrganizationFile(n *notice, plan *Plan) error {
	want := &n.file
	normalize(want)
	nl := &noticeLoad{loader: l, n: n, origin: "apply:" + n.path,
		systems: map[string]int{}, recipients: map[string]int{}, activities: map[string]int{}}
	change := func(op, kind string, line int, name, detail string) {
		plan.Changes = append(plan.Changes, Change{Op: op, Kind: kind, Organization: want.Organization.Key,
			File: l.prefix + n.path, Line: line, Name: name, Detail: detail})
	}
	org, err := l.tx.Organization.Query().Where(organization.Key(want.Organization.Key)).Only(l.ctx)
	switch {
	case ent.IsNotFound(err):
		if err := nl.loadOrganization(&want.Organization); err != nil {
			return err
		}
		change("add", "organization", want.Organization.Line, "organization "+want.Organization.Key, "")
	case err != nil:
		return err
	default:
		nl.org = org
	}
	cur, err := exportNotice(l.ctx, l.tx.Client(), nl.org, nil)
	if err != nil {
		return err
	}
	nl.w = catalog.NewNoticeWriter(l.ctx, l.tx, nl.org, nil, review.Reviewed)
	if err := nl.knowOrganization(); err != nil {
		return err
	}
	return nl.reconcile(cur, want, change)
}

// loadOrganizationFile loads an organization file into a catalog holding
// none of its facts (validation's scratch catalog).
func (nl *noticeLoad) loadOrganizationFile() error {
	f := &nl.n.file
	if err := nl.loadOrganization(&f.Organization); err != nil {
		return err
	}
	nl.w = catalog.NewNoticeWriter(nl.ctx, nl.tx, nl.org, nil, review.Reviewed)
	if err := nl.knowOrganization(); err != nil {
		return err
	}
	return nl.loadFacts()
}
