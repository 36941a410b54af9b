package fides

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/agnivade/levenshtein"
	"github.com/biter777/countries"
	"gopkg.in/yaml.v3"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/system"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/iso"
	"github.com/ropacatalog/ropa/internal/review"
)

// Options adjust an import.
type Options struct {
	// Org, when set, is the organization (key or name; created if absent)
	// every resource is imported into, whatever its organization_fides_key.
	Org string
}

// Report says what an import wrote.
type Report struct {
	Path          string   `json:"path"`
	Origin        string   `json:"origin"`
	Files         int      `json:"files"`
	Unchanged     bool     `json:"unchanged"` // the same files were imported before
	Replaced      int      `json:"replaced"`  // unreviewed facts of an earlier import removed
	Organizations []string `json:"organizations"`
	Taxonomy      int      `json:"taxonomy"` // data categories, uses and subjects added
	Systems       int      `json:"systems"`
	Datasets      int      `json:"datasets"`
	Fields        int      `json:"fields"`
	Activities    int      `json:"activities"`
	Purposes      int      `json:"purposes"`
	Recipients    int      `json:"recipients"`
	Disclosures   int      `json:"disclosures"`
	Transfers     int      `json:"transfers"`
	Retention     int      `json:"retention"`
	Security      int      `json:"security"`
	Skipped       []string `json:"skipped"` // what fideslang states that the catalog does not keep
}

// Import reads the Fides project at path (a file or a directory) and
// writes it into the catalog as unreviewed facts with origin
// import:<base name of path>, in one transaction: on any error nothing is
// written, and the error names the file, line and field.
func Import(ctx context.Context, client *ent.Client, path string, opts Options) (*Report, error) {
	files, err := ReadPath(path)
	if err != nil {
		return nil, err
	}
	return ImportFiles(ctx, client, filepath.Base(filepath.Clean(path)), files, opts)
}

// ImportFiles writes parsed files as Import does, with origin import:name.
func ImportFiles(ctx context.Context, client *ent.Client, name string, files []*File, opts Options) (*Report, error) {
	if errs := Validate(files); len(errs) > 0 {
		sort.SliceStable(errs, func(i, j int) bool {
			if errs[i].File != errs[j].File {
				return errs[i].File < errs[j].File
			}
			return errs[i].Line < errs[j].Line
		})
		if len(errs) > 1 {
			return nil, fmt.Errorf("%w (and %d more problems)", errs[0], len(errs)-1)
		}
		return nil, errs[0]
	}
	if n, err := client.DataCategory.Query().Count(ctx); err != nil {
		return nil, err
	} else if n == 0 {
		return nil, fmt.Errorf("%s: the catalog has no taxonomy yet: run `ropa seed` first", name)
	}
	who := actor.Import(name)
	im := &importer{files: files, opts: opts, origin: string(who),
		rep: &Report{Path: name, Origin: string(who), Files: len(files), Skipped: []string{}, Organizations: []string{}}}
	err := catalog.Write(ctx, client, who, func(ctx context.Context, tx *ent.Tx) error {
		im.ctx, im.tx = ctx, tx
		return im.run()
	})
	if err != nil {
		return nil, err
	}
	return im.rep, nil
}

type importer struct {
	ctx    context.Context
	tx     *ent.Tx
	files  []*File
	opts   Options
	origin string
	rep    *Report

	categories, subjects map[string]int
	purposes             map[string]*ent.Purpose
	bases                map[string]int // legal basis key -> ID
	safeguards           map[string]int // key and lower-case name -> ID
	measures             map[string]int // key and lower-case name -> ID

	orgs     map[string]*ent.Organization // normalized key -> org
	docs     map[*File]*ent.PolicyDocument
	docOrg   map[*File]int
	writers  map[*File]*catalog.NoticeWriter
	fileOf   map[any]*File
	uses     map[string]*TaxonomyItem // data uses the project defines
	systems  map[string]*System
	datasets map[string]*Dataset
}

func (im *importer) errAt(f *File, n *yaml.Node, field, format string, args ...any) error {
	path := ""
	if f != nil {
		path = f.Path
	}
	return &Error{File: path, Line: line(n), Field: field, Msg: fmt.Sprintf(format, args...)}
}

func (im *importer) skip(format string, args ...any) {
	im.rep.Skipped = append(im.rep.Skipped, fmt.Sprintf(format, args...))
}

func (im *importer) run() error {
	im.fileOf = map[any]*File{}
	im.uses = map[string]*TaxonomyItem{}
	im.systems = map[string]*System{}
	im.datasets = map[string]*Dataset{}
	for _, f := range im.files {
		for _, x := range f.Organization {
			im.fileOf[x] = f
		}
		for _, x := range f.DataCategory {
			im.fileOf[x] = f
		}
		for _, x := range f.DataUse {
			im.fileOf[x] = f
			im.uses[x.FidesKey] = x
		}
		for _, x := range f.DataSubject {
			im.fileOf[x] = f
		}
		for _, s := range f.System {
			im.fileOf[s] = f
			if prev := im.systems[s.FidesKey]; prev != nil {
				return im.errAt(f, child(s.node, "fides_key"), "system "+s.FidesKey+": fides_key",
					"defined twice (also at %s:%d)", im.fileOf[prev].Path, line(prev.node))
			}
			im.systems[s.FidesKey] = s
		}
		for _, d := range f.Dataset {
			im.fileOf[d] = f
			if prev := im.datasets[d.FidesKey]; prev != nil {
				return im.errAt(f, child(d.node, "fides_key"), "dataset "+d.FidesKey+": fides_key",
					"defined twice (also at %s:%d)", im.fileOf[prev].Path, line(prev.node))
			}
			im.datasets[d.FidesKey] = d
		}
	}
	if err := im.loadVocabularies(); err != nil {
		return err
	}
	if err := im.taxonomy(); err != nil {
		return err
	}
	unchanged, err := im.prepareDocuments()
	if err != nil || unchanged {
		return err
	}
	n, err := catalog.RemoveOrigin(im.ctx, im.tx, im.origin, catalog.Removal{Unreviewed: true, Structure: true})
	if err != nil {
		return fmt.Errorf("removing the unreviewed facts of an earlier import: %w", err)
	}
	im.rep.Replaced = n
	for _, f := range im.files {
		for _, o := range f.Organization {
			if _, err := im.orgFor(f, o.node, o.FidesKey); err != nil {
				return err
			}
		}
	}
	return im.structure()
}

// ---- vocabularies ----

func (im *importer) loadVocabularies() error {
	ctx, tx := im.ctx, im.tx
	im.categories, im.subjects = map[string]int{}, map[string]int{}
	im.purposes, im.bases = map[string]*ent.Purpose{}, map[string]int{}
	im.safeguards, im.measures = map[string]int{}, map[string]int{}
	cats, err := tx.DataCategory.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, c := range cats {
		im.categories[c.Key] = c.ID
	}
	subs, err := tx.DataSubjectCategory.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, s := range subs {
		im.subjects[s.Key] = s.ID
	}
	ps, err := tx.Purpose.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, p := range ps {
		im.purposes[p.Key] = p
	}
	bs, err := tx.LegalBasis.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, b := range bs {
		im.bases[b.Key] = b.ID
	}
	sgs, err := tx.TransferSafeguard.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, s := range sgs {
		im.safeguards[s.Key] = s.ID
		im.safeguards[strings.ToLower(s.Name)] = s.ID
	}
	ms, err := tx.SecurityMeasure.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, m := range ms {
		im.measures[m.Key] = m.ID
		im.measures[strings.ToLower(m.Name)] = m.ID
	}
	return nil
}

// keyRE is the catalog's key syntax.
var keyRE = regexp.MustCompile(`^[a-z0-9][a-z0-9_]*(\.[a-z0-9][a-z0-9_]*)*$`)

// taxonomy adds the project's data categories, data uses and data subjects
// the catalog lacks, parents first. Existing entries are left as they are.
func (im *importer) taxonomy() error {
	type entry struct {
		kind string
		x    *TaxonomyItem
	}
	var all []entry
	for _, f := range im.files {
		for _, x := range f.DataCategory {
			all = append(all, entry{"data_category", x})
		}
		for _, x := range f.DataUse {
			all = append(all, entry{"data_use", x})
		}
		for _, x := range f.DataSubject {
			all = append(all, entry{"data_subject", x})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		return strings.Count(all[i].x.FidesKey, ".") < strings.Count(all[j].x.FidesKey, ".")
	})
	for _, e := range all {
		x, f := e.x, im.fileOf[e.x]
		field := e.kind + " " + x.FidesKey + ": fides_key"
		if !keyRE.MatchString(x.FidesKey) {
			return im.errAt(f, child(x.node, "fides_key"), field,
				"%q cannot be a catalog key (lower-case letters, digits and _, dot-separated)", x.FidesKey)
		}
		name := x.Name
		if name == "" {
			name = x.FidesKey[strings.LastIndex(x.FidesKey, ".")+1:]
		}
		parent, hasParent := "", strings.Contains(x.FidesKey, ".")
		if hasParent {
			parent = x.FidesKey[:strings.LastIndex(x.FidesKey, ".")]
		}
		var err error
		switch e.kind {
		case "data_category":
			if _, ok := im.categories[x.FidesKey]; ok {
				continue
			}
			c := im.tx.DataCategory.Create().SetKey(x.FidesKey).SetName(name).SetDescription(x.Description).SetFideslang(x.IsDefault)
			if hasParent {
				pid, ok := im.categories[parent]
				if !ok {
					return im.errAt(f, x.node, field, "its parent %q is neither in the catalog's taxonomy nor in the project", parent)
				}
				c.SetParentID(pid)
			}
			var dc *ent.DataCategory
			if dc, err = c.Save(im.ctx); err == nil {
				im.categories[dc.Key] = dc.ID
			}
		case "data_use":
			if _, ok := im.purposes[x.FidesKey]; ok {
				continue
			}
			c := im.tx.Purpose.Create().SetKey(x.FidesKey).SetName(name).SetDescription(x.Description).SetFideslang(x.IsDefault)
			if hasParent {
				p, ok := im.purposes[parent]
				if !ok {
					return im.errAt(f, x.node, field, "its parent %q is neither in the catalog's taxonomy nor in the project", parent)
				}
				c.SetParentID(p.ID)
			}
			var p *ent.Purpose
			if p, err = c.Save(im.ctx); err == nil {
				im.purposes[p.Key] = p
			}
		case "data_subject":
			if _, ok := im.subjects[x.FidesKey]; ok {
				continue
			}
			var s *ent.DataSubjectCategory
			s, err = im.tx.DataSubjectCategory.Create().SetKey(x.FidesKey).SetName(name).SetDescription(x.Description).SetFideslang(x.IsDefault).Save(im.ctx)
			if err == nil {
				im.subjects[s.Key] = s.ID
			}
		}
		if err != nil {
			return im.errAt(f, x.node, e.kind+" "+x.FidesKey, "%v", err)
		}
		im.rep.Taxonomy++
	}
	return nil
}

// lookup resolves a taxonomy key, or fails naming the closest known keys.
func (im *importer) lookup(f *File, n *yaml.Node, field, what, key string, known map[string]int) (int, error) {
	if id, ok := known[key]; ok {
		return id, nil
	}
	return 0, im.errAt(f, n, field, "unknown %s %q: neither in the catalog's taxonomy nor defined in the project%s", what, key, suggest(key, known))
}

func (im *importer) lookupAll(f *File, n *yaml.Node, field, what string, keys []string, known map[string]int) ([]int, error) {
	var ids []int
	for i, k := range keys {
		at := n
		if n != nil && n.Kind == yaml.SequenceNode && i < len(n.Content) {
			at = n.Content[i]
		}
		id, err := im.lookup(f, at, fmt.Sprintf("%s[%d]", field, i), what, k, known)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

func (im *importer) purpose(f *File, n *yaml.Node, field, key string) (*ent.Purpose, error) {
	if p, ok := im.purposes[key]; ok {
		return p, nil
	}
	known := map[string]int{}
	for k, p := range im.purposes {
		known[k] = p.ID
	}
	return nil, im.errAt(f, n, field, "unknown data use %q: neither in the catalog's taxonomy nor defined in the project%s", key, suggest(key, known))
}

func suggest(key string, known map[string]int) string {
	best, bd := "", 4
	for k := range known {
		if d := levenshtein.ComputeDistance(key, k); d < bd || (d == bd && k < best) {
			best, bd = k, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// ---- organizations and documents ----

// normKey makes a catalog key of a fides_key or name: "Acme-Corp" → "acme_corp".
func normKey(s string) string {
	var parts []string
	for _, seg := range strings.Split(strings.ToLower(s), ".") {
		seg = strings.Trim(reNonKey.ReplaceAllString(seg, "_"), "_")
		if seg != "" {
			parts = append(parts, seg)
		}
	}
	if len(parts) == 0 {
		return "x"
	}
	return strings.Join(parts, ".")
}

var reNonKey = regexp.MustCompile(`[^a-z0-9_]+`)

// flatKey is normKey without dots: an organization, system or dataset key.
func flatKey(s string) string { return strings.ReplaceAll(normKey(s), ".", "_") }

const defaultOrganization = "default_organization"

// orgFor returns the organization a resource belongs to, creating it (as
// an unreviewed fact) when the catalog has none by that key.
func (im *importer) orgFor(f *File, n *yaml.Node, fidesKey string) (*ent.Organization, error) {
	if im.orgs == nil {
		im.orgs = map[string]*ent.Organization{}
	}
	want := fidesKey
	if want == "" {
		want = defaultOrganization
	}
	name := want
	if im.opts.Org != "" {
		want, name = im.opts.Org, im.opts.Org
	}
	key := flatKey(want)
	if o, ok := im.orgs[key]; ok {
		return o, nil
	}
	// The project's organization resource for it, if any.
	var res *Organization
	for _, g := range im.files {
		for _, o := range g.Organization {
			if flatKey(o.FidesKey) == key || (im.opts.Org != "" && len(im.allOrganizations()) == 1) {
				res = o
			}
		}
	}
	if res != nil && res.Name != "" && im.opts.Org == "" {
		name = res.Name
	}
	org, err := im.tx.Organization.Query().Where(organization.Or(organization.Key(key), organization.Name(want))).First(im.ctx)
	if ent.IsNotFound(err) {
		org, err = im.tx.Organization.Create().SetKey(key).SetName(name).SetReviewStatus(review.Unreviewed).Save(im.ctx)
	}
	if err != nil {
		return nil, im.errAt(f, n, "organization "+want, "%v", err)
	}
	if res != nil {
		rf := im.fileOf[res]
		if org, err = im.orgDetails(org, res); err != nil {
			return nil, im.errAt(rf, res.node, "organization "+res.FidesKey, "%v", err)
		}
		w, err := im.writer(rf, org)
		if err != nil {
			return nil, err
		}
		ev, err := w.Evidence(spans(rf, res.node))
		if err != nil {
			return nil, im.errAt(rf, res.node, "organization "+res.FidesKey, "%v", err)
		}
		if err := im.tx.Organization.UpdateOne(org).AddEvidenceIDs(ev...).Exec(im.ctx); err != nil {
			return nil, im.errAt(rf, res.node, "organization "+res.FidesKey, "%v", err)
		}
	}
	im.orgs[key] = org
	im.rep.Organizations = append(im.rep.Organizations, org.Key)
	return org, nil
}

func (im *importer) allOrganizations() []*Organization {
	var out []*Organization
	for _, f := range im.files {
		out = append(out, f.Organization...)
	}
	return out
}

// orgDetails fills the organization's contact details the catalog lacks
// from the organization resource.
func (im *importer) orgDetails(org *ent.Organization, o *Organization) (*ent.Organization, error) {
	u := im.tx.Organization.UpdateOne(org)
	changed := false
	set := func(cur, v string, f func(string) *ent.OrganizationUpdateOne) {
		if cur == "" && v != "" {
			f(v)
			changed = true
		}
	}
	if c := o.Controller; c != nil {
		set(org.Address, c.Address, u.SetAddress)
		set(org.Email, c.Email, u.SetEmail)
		set(org.Phone, c.Phone, u.SetPhone)
	}
	if c := o.DataProtectionOfficer; c != nil {
		set(org.DpoName, c.Name, u.SetDpoName)
		set(org.DpoEmail, c.Email, u.SetDpoEmail)
		set(org.DpoPhone, c.Phone, u.SetDpoPhone)
		set(org.DpoAddress, c.Address, u.SetDpoAddress)
	}
	if c := o.Representative; c != nil {
		set(org.RepresentativeName, c.Name, u.SetRepresentativeName)
		set(org.RepresentativeEmail, c.Email, u.SetRepresentativeEmail)
		set(org.RepresentativeAddress, c.Address, u.SetRepresentativeAddress)
	}
	if !changed {
		return org, nil
	}
	return u.Save(im.ctx)
}

// prepareDocuments finds the documents of files imported before, and
// reports whether every file was imported before unchanged.
func (im *importer) prepareDocuments() (bool, error) {
	im.docs, im.docOrg = map[*File]*ent.PolicyDocument{}, map[*File]int{}
	im.writers = map[*File]*catalog.NoticeWriter{}
	all := true
	for _, f := range im.files {
		if len(f.Organization)+len(f.System)+len(f.Dataset) == 0 {
			continue // taxonomy only: no document
		}
		doc, err := im.tx.PolicyDocument.Query().Where(policydocument.Sha256(digest(f.Src))).Only(im.ctx)
		switch {
		case err == nil:
			im.docs[f] = doc
		case ent.IsNotFound(err):
			all = false
		default:
			return false, err
		}
	}
	if !all {
		return false, nil
	}
	n, err := im.tx.System.Query().Where(system.Origin(im.origin)).Count(im.ctx)
	if err != nil {
		return false, err
	}
	m, err := im.tx.ProcessingActivity.Query().Where(processingactivity.Origin(im.origin)).Count(im.ctx)
	if err != nil {
		return false, err
	}
	if n+m > 0 {
		im.rep.Unchanged = true
		return true, nil
	}
	return false, nil
}

func digest(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// writer returns the fact writer of file f for org, creating the document
// holding the file's bytes on first use.
func (im *importer) writer(f *File, org *ent.Organization) (*catalog.NoticeWriter, error) {
	if id, ok := im.docOrg[f]; ok && id != org.ID {
		return nil, &Error{File: f.Path, Msg: "the file holds resources of two organizations; split it, or import with --org"}
	}
	if w, ok := im.writers[f]; ok {
		return w, nil
	}
	doc := im.docs[f]
	if doc != nil && doc.OrganizationID != org.ID {
		return nil, &Error{File: f.Path, Msg: fmt.Sprintf("the same bytes are already in the catalog as a document of another organization (document %d)", doc.ID)}
	}
	if doc == nil {
		// An earlier version of the file in this organization is superseded.
		old, err := im.tx.PolicyDocument.Query().Where(policydocument.OrganizationID(org.ID),
			policydocument.FileName(f.Path), policydocument.Current(true)).All(im.ctx)
		if err != nil {
			return nil, err
		}
		for _, d := range old {
			if err := im.tx.PolicyDocument.UpdateOne(d).SetCurrent(false).Exec(im.ctx); err != nil {
				return nil, err
			}
		}
		doc, err = im.tx.PolicyDocument.Create().SetTitle("Fides project file " + f.Path).SetFileName(f.Path).
			SetText(string(f.Src)).SetAudience("Fides project").SetOrganizationID(org.ID).Save(im.ctx)
		if err != nil {
			return nil, &Error{File: f.Path, Msg: fmt.Sprintf("storing the file: %v", err)}
		}
		im.docs[f] = doc
	}
	w := catalog.NewNoticeWriter(im.ctx, im.tx, org, doc, review.Unreviewed)
	im.writers[f], im.docOrg[f] = w, org.ID
	return w, nil
}

// spans are the evidence of a fact stated by nodes of file f.
func spans(f *File, nodes ...*yaml.Node) []catalog.Span {
	var out []catalog.Span
	for _, n := range nodes {
		if s, e, ok := span(f.Src, n); ok {
			out = append(out, catalog.Span{Start: s, End: e, Quote: string(f.Src[s:e])})
		}
	}
	return out
}

// ---- systems, datasets, declarations ----

// recipientKinds maps a vendor system's system_type onto recipient kinds.
var recipientKinds = map[string]recipient.Kind{
	"processor": recipient.KindProcessor, "data_processor": recipient.KindProcessor,
	"sub_processor": recipient.KindSubProcessor, "subprocessor": recipient.KindSubProcessor,
	"third_party": recipient.KindThirdParty, "vendor": recipient.KindThirdParty, "third_party_service": recipient.KindThirdParty,
	"affiliate": recipient.KindAffiliate, "joint_controller": recipient.KindJointController,
	"public_authority": recipient.KindPublicAuthority, "acquirer": recipient.KindAcquirer,
	"public": recipient.KindPublic, "recipient": recipient.KindOther,
}

// kindTypes is the system_type the export writes for each recipient kind.
var kindTypes = map[recipient.Kind]string{
	recipient.KindProcessor: "Processor", recipient.KindSubProcessor: "Sub-Processor",
	recipient.KindThirdParty: "Third Party", recipient.KindAffiliate: "Affiliate",
	recipient.KindJointController: "Joint Controller", recipient.KindPublicAuthority: "Public Authority",
	recipient.KindAcquirer: "Acquirer", recipient.KindPublic: "Public", recipient.KindOther: "Recipient",
}

// external reports whether a system is another party's (a vendor), and its
// recipient kind.
func external(s *System) (recipient.Kind, bool) {
	t := strings.Trim(reNonKey.ReplaceAllString(strings.ToLower(s.SystemType), "_"), "_")
	if k, ok := recipientKinds[t]; ok {
		return k, true
	}
	if s.VendorID != "" {
		return recipient.KindThirdParty, true
	}
	return "", false
}

// activityGroup is the declarations of one system that make one activity.
type activityGroup struct {
	sys    *System
	name   string
	decls  []*Declaration
	id     int
	org    *ent.Organization
	vendor int // recipient ID when the system is a vendor's
}

// disclosureAgg collects what one activity discloses to one recipient.
type disclosureAgg struct {
	activity, recipient  int
	categories, purposes []int
	ev                   []catalog.Span
	file                 *File
	org                  *ent.Organization
}

func (im *importer) structure() error {
	sysID := map[string]int{} // internal system fides_key -> System ID
	sysOrg := map[string]*ent.Organization{}
	vendors := map[string]int{} // vendor system fides_key -> recipient ID
	var order []*System
	for _, f := range im.files {
		order = append(order, f.System...)
	}
	// Internal systems.
	for _, s := range order {
		f := im.fileOf[s]
		org, err := im.orgFor(f, s.node, s.OrganizationFidesKey)
		if err != nil {
			return err
		}
		sysOrg[s.FidesKey] = org
		if _, ok := external(s); ok {
			continue
		}
		w, err := im.writer(f, org)
		if err != nil {
			return err
		}
		ev, err := w.Evidence(spans(f, s.node))
		if err != nil {
			return im.errAt(f, s.node, "system "+s.FidesKey, "%v", err)
		}
		name := s.Name
		if name == "" {
			name = s.FidesKey
		}
		row, err := im.tx.System.Create().SetKey(flatKey(s.FidesKey)).SetName(name).SetDescription(s.Description).
			SetOrganizationID(org.ID).SetReviewStatus(review.Unreviewed).AddEvidenceIDs(ev...).Save(im.ctx)
		if err != nil {
			return im.errAt(f, child(s.node, "fides_key"), "system "+s.FidesKey, "%v", err)
		}
		sysID[s.FidesKey] = row.ID
		im.rep.Systems++
	}
	if err := im.loadDatasets(order, sysID, sysOrg); err != nil {
		return err
	}
	// Activities: declarations of a system with the same name are one.
	var groups []*activityGroup
	bySysName := map[string]*activityGroup{}
	for _, s := range order {
		for i, d := range s.PrivacyDeclarations {
			base := d.Name
			if base == "" {
				p, err := im.purpose(im.fileOf[s], child(d.node, "data_use"),
					fmt.Sprintf("system %s: privacy_declarations[%d].data_use", s.FidesKey, i), d.DataUse)
				if err != nil {
					return err
				}
				base = sysName(s) + ": " + p.Name
			}
			k := s.FidesKey + "\x00" + base
			g := bySysName[k]
			if g == nil {
				g = &activityGroup{sys: s, name: base, org: sysOrg[s.FidesKey]}
				bySysName[k] = g
				groups = append(groups, g)
			}
			g.decls = append(g.decls, d)
		}
	}
	// A name several systems of an organization use is prefixed with the system's.
	systemsOf := map[string]map[string]bool{}
	for _, g := range groups {
		k := fmt.Sprint(g.org.ID, "\x00", g.name)
		if systemsOf[k] == nil {
			systemsOf[k] = map[string]bool{}
		}
		systemsOf[k][g.sys.FidesKey] = true
	}
	for _, g := range groups {
		if len(systemsOf[fmt.Sprint(g.org.ID, "\x00", g.name)]) > 1 {
			g.name = sysName(g.sys) + ": " + g.name
		}
	}
	for _, g := range groups {
		if err := im.activity(g, sysID, vendors); err != nil {
			return err
		}
	}
	return im.systemFacts(order, groups, sysOrg, vendors)
}

func sysName(s *System) string {
	if s.Name != "" {
		return s.Name
	}
	return s.FidesKey
}

// vendor returns the recipient a vendor system stands for, creating it
// (or reusing the organization's recipient of that name) on first use.
func (im *importer) vendor(s *System, org *ent.Organization, vendors map[string]int) (int, error) {
	if id, ok := vendors[s.FidesKey]; ok {
		return id, nil
	}
	f := im.fileOf[s]
	kind, _ := external(s)
	name := s.LegalName
	if name == "" {
		name = sysName(s)
	}
	id, err := im.recipient(f, org, s.node, name, true, kind, s.Description)
	if err != nil {
		return 0, err
	}
	vendors[s.FidesKey] = id
	return id, nil
}

func (im *importer) recipient(f *File, org *ent.Organization, n *yaml.Node, name string, named bool, kind recipient.Kind, service string) (int, error) {
	r, err := im.tx.Recipient.Query().Where(recipient.OrganizationID(org.ID), recipient.Name(name)).Only(im.ctx)
	if err == nil {
		return r.ID, nil
	}
	if !ent.IsNotFound(err) {
		return 0, err
	}
	w, err := im.writer(f, org)
	if err != nil {
		return 0, err
	}
	id, err := w.Recipient(catalog.Recipient{Name: name, Named: named, Kind: kind, Service: service, Evidence: spans(f, n)})
	if err != nil {
		return 0, im.errAt(f, n, "recipient "+name, "%v", err)
	}
	im.rep.Recipients++
	return id, nil
}

// loadDatasets writes each dataset under the first internal system that
// references it (a dataset no system references gets a system of its own).
func (im *importer) loadDatasets(order []*System, sysID map[string]int, sysOrg map[string]*ent.Organization) error {
	owner := map[string]string{}
	for _, s := range order {
		if _, ok := sysID[s.FidesKey]; !ok {
			continue
		}
		refs := append([]string{}, s.DatasetReferences...)
		for _, d := range s.PrivacyDeclarations {
			refs = append(refs, d.DatasetReferences...)
		}
		for _, r := range refs {
			if im.datasets[r] == nil {
				return im.errAt(im.fileOf[s], child(s.node, "dataset_references"), "system "+s.FidesKey+": dataset_references",
					"no dataset %q in the project", r)
			}
			if _, ok := owner[r]; !ok {
				owner[r] = s.FidesKey
			}
		}
	}
	for _, f := range im.files {
		for _, d := range f.Dataset {
			var sid int
			var org *ent.Organization
			if sk, ok := owner[d.FidesKey]; ok {
				sid, org = sysID[sk], sysOrg[sk]
			} else {
				var err error
				if org, err = im.orgFor(f, d.node, d.OrganizationFidesKey); err != nil {
					return err
				}
				w, err := im.writer(f, org)
				if err != nil {
					return err
				}
				ev, err := w.Evidence(spans(f, d.node))
				if err != nil {
					return im.errAt(f, d.node, "dataset "+d.FidesKey, "%v", err)
				}
				row, err := im.tx.System.Create().SetKey(flatKey(d.FidesKey)).SetName(dsName(d)).
					SetDescription("Holds the dataset " + d.FidesKey + ", which no system of the project references").
					SetOrganizationID(org.ID).SetReviewStatus(review.Unreviewed).AddEvidenceIDs(ev...).Save(im.ctx)
				if err != nil {
					return im.errAt(f, d.node, "dataset "+d.FidesKey, "a system for it: %v", err)
				}
				sid = row.ID
				im.rep.Systems++
			}
			if err := im.dataset(f, d, sid, org); err != nil {
				return err
			}
		}
	}
	return nil
}

func dsName(d *Dataset) string {
	if d.Name != "" {
		return d.Name
	}
	return d.FidesKey
}

func (im *importer) dataset(f *File, d *Dataset, sid int, org *ent.Organization) error {
	w, err := im.writer(f, org)
	if err != nil {
		return err
	}
	field := "dataset " + d.FidesKey
	ev, err := w.Evidence(spans(f, d.node))
	if err != nil {
		return im.errAt(f, d.node, field, "%v", err)
	}
	ds, err := im.tx.Dataset.Create().SetKey(flatKey(d.FidesKey)).SetName(dsName(d)).SetDescription(d.Description).
		SetSystemID(sid).SetReviewStatus(review.Unreviewed).AddEvidenceIDs(ev...).Save(im.ctx)
	if err != nil {
		return im.errAt(f, d.node, field, "%v", err)
	}
	im.rep.Datasets++
	if d.Retention != "" && d.Retention != "No retention or erasure policy" {
		im.skip("%s:%d: dataset %s: retention %q (fideslang 2) is not stored; state it on a privacy declaration (retention_period)",
			f.Path, keyLine(d.node, "retention"), d.FidesKey, d.Retention)
	}
	seen := map[string]int{}
	var walk func(fs []*Field, keys, names []string, inherited []string, inheritedNode *yaml.Node, at string) error
	walk = func(fs []*Field, keys, names []string, inherited []string, inheritedNode *yaml.Node, at string) error {
		for i, fl := range fs {
			fat := fmt.Sprintf("%s.fields[%d]", at, i)
			k := append(append([]string{}, keys...), flatKey(fl.Name))
			nm := append(append([]string{}, names...), fl.Name)
			cats, catNode := fl.DataCategories, child(fl.node, "data_categories")
			if len(cats) == 0 && len(fl.Fields) == 0 {
				cats, catNode = inherited, inheritedNode
			}
			if len(cats) > 0 {
				key := strings.Join(k, ".")
				if prev, dup := seen[key]; dup {
					return im.errAt(f, fl.node, field+": "+fat+".name", "%q becomes the field key %q, as the field at line %d does", fl.Name, key, prev)
				}
				seen[key] = line(fl.node)
				cat, err := im.lookup(f, firstItem(catNode), fat+".data_categories[0]", "data category", cats[0], im.categories)
				if err != nil {
					return err
				}
				if len(cats) > 1 {
					im.skip("%s:%d: %s %s: a field has one data category in the catalog: %s kept, %s not stored on the field",
						f.Path, line(fl.node), field, strings.Join(nm, "."), cats[0], strings.Join(cats[1:], ", "))
				}
				ev, err := w.Evidence(spans(f, fl.node))
				if err != nil {
					return im.errAt(f, fl.node, field+": "+fat, "%v", err)
				}
				if err := im.tx.DataField.Create().SetKey(key).SetName(strings.Join(nm, ".")).SetDescription(fl.Description).
					SetDatasetID(ds.ID).SetDataCategoryID(cat).SetReviewStatus(review.Unreviewed).AddEvidenceIDs(ev...).
					Exec(im.ctx); err != nil {
					return im.errAt(f, fl.node, field+": "+fat, "%v", err)
				}
				im.rep.Fields++
			}
			sub, subNode := inherited, inheritedNode
			if len(fl.DataCategories) > 0 {
				sub, subNode = fl.DataCategories, child(fl.node, "data_categories")
			}
			if err := walk(fl.Fields, k, nm, sub, subNode, fat); err != nil {
				return err
			}
		}
		return nil
	}
	for i, c := range d.Collections {
		cats, catNode := d.DataCategories, child(d.node, "data_categories")
		if len(c.DataCategories) > 0 {
			cats, catNode = c.DataCategories, child(c.node, "data_categories")
		}
		if c.Retention != "" && c.Retention != "No retention or erasure policy" {
			im.skip("%s:%d: dataset %s collection %s: retention %q (fideslang 2) is not stored; state it on a privacy declaration (retention_period)",
				f.Path, keyLine(c.node, "retention"), d.FidesKey, c.Name, c.Retention)
		}
		if err := walk(c.Fields, []string{flatKey(c.Name)}, []string{c.Name}, cats, catNode, fmt.Sprintf("collections[%d]", i)); err != nil {
			return err
		}
	}
	return nil
}

func firstItem(n *yaml.Node) *yaml.Node {
	if n != nil && n.Kind == yaml.SequenceNode && len(n.Content) > 0 {
		return n.Content[0]
	}
	return n
}

// Lawful bases: fideslang 3 values, and fideslang 2's data use values.
var art6 = map[string]string{
	"consent": "consent", "contract": "contract",
	"legal obligations": "legal_obligation", "legal obligation": "legal_obligation",
	"vital interests": "vital_interests", "vital interest": "vital_interests",
	"public interest": "public_task", "legitimate interests": "legitimate_interests",
}

var art9 = map[string]string{
	"explicit consent": "explicit_consent", "consent": "explicit_consent",
	"employment, social security and social protection": "employment_law", "employment": "employment_law",
	"vital interests":       "vital_interests_art9",
	"not-for-profit bodies": "not_for_profit", "non-profit bodies": "not_for_profit",
	"made public by the data subject": "made_public", "public by data subject": "made_public",
	"legal claims or judicial acts": "legal_claims", "legal claims": "legal_claims",
	"reasons of substantial public interest (with a basis in law)": "substantial_public_interest", "substantial public interest": "substantial_public_interest",
	"health or social care (with a basis in law)": "health_care", "medical": "health_care",
	"public health (with a basis in law)": "public_health", "public health interest": "public_health",
	"archiving, research and statistics (with a basis in law)": "archiving_research",
}

// Art6Value and Art9Value are the fideslang 3 values for catalog bases.
var (
	Art6Value = map[string]string{
		"consent": "Consent", "contract": "Contract", "legal_obligation": "Legal obligations",
		"vital_interests": "Vital interests", "public_task": "Public interest", "legitimate_interests": "Legitimate interests",
	}
	Art9Value = map[string]string{
		"explicit_consent": "Explicit consent", "employment_law": "Employment, social security and social protection",
		"vital_interests_art9": "Vital interests", "not_for_profit": "Not-for-profit bodies",
		"made_public": "Made public by the data subject", "legal_claims": "Legal claims or judicial acts",
		"substantial_public_interest": "Reasons of substantial public interest (with a basis in law)",
		"health_care":                 "Health or social care (with a basis in law)", "public_health": "Public health (with a basis in law)",
		"archiving_research": "Archiving, research and statistics (with a basis in law)",
	}
)

func (im *importer) basis(f *File, n *yaml.Node, field, val string, table map[string]string) (*int, error) {
	if val == "" {
		return nil, nil
	}
	key, ok := table[strings.ToLower(strings.TrimSpace(val))]
	if !ok {
		return nil, im.errAt(f, n, field, "%q is not a lawful basis fideslang defines", val)
	}
	id, ok := im.bases[key]
	if !ok {
		return nil, im.errAt(f, n, field, "the catalog's taxonomy has no legal basis %q: run `ropa seed`", key)
	}
	return &id, nil
}

func (im *importer) activity(g *activityGroup, sysID map[string]int, vendors map[string]int) error {
	s, f := g.sys, im.fileOf[g.sys]
	w, err := im.writer(f, g.org)
	if err != nil {
		return err
	}
	field := "system " + s.FidesKey
	if n, err := im.tx.ProcessingActivity.Query().Where(processingactivity.OrganizationID(g.org.ID), processingactivity.Name(g.name)).Count(im.ctx); err != nil {
		return err
	} else if n > 0 {
		return im.errAt(f, g.decls[0].node, field+": privacy_declarations.name",
			"organization %s already has an activity %q (reviewed, or from another source); rename the declaration", g.org.Key, g.name)
	}
	a := catalog.Activity{Name: g.name}
	if d := s.AdministratingDepartment; d != "" && d != "Not defined" {
		a.BusinessFunction = d
	}
	roles := append([]string{}, s.Responsibility...)
	if s.DataResponsibilityTitle != "" {
		roles = append(roles, s.DataResponsibilityTitle)
	}
	for _, r := range roles {
		if r == "Controller" {
			a.Role = processingactivity.RoleController
			break
		}
		a.Role = processingactivity.RoleProcessor
	}
	a.AutomatedDecisionMaking = s.UsesProfiling
	if s.RequiresDataProtectionAssessments || (s.DataProtectionImpactAssessment != nil && s.DataProtectionImpactAssessment.IsRequired) {
		t := true
		a.DPIARequired = &t
	}
	if id, ok := sysID[s.FidesKey]; ok {
		a.Systems = []int{id}
	}
	var nodes []*yaml.Node
	for i, d := range g.decls {
		at := fmt.Sprintf("%s: privacy_declarations[%d]", field, i)
		cats, err := im.lookupAll(f, child(d.node, "data_categories"), at+".data_categories", "data category", d.DataCategories, im.categories)
		if err != nil {
			return err
		}
		subs, err := im.lookupAll(f, child(d.node, "data_subjects"), at+".data_subjects", "data subject", d.DataSubjects, im.subjects)
		if err != nil {
			return err
		}
		a.Categories = append(a.Categories, cats...)
		a.Subjects = append(a.Subjects, subs...)
		nodes = append(nodes, d.node)
	}
	a.Evidence = spans(f, nodes...)
	act, err := w.Activity(a)
	if err != nil {
		return im.errAt(f, g.decls[0].node, field+": privacy_declarations", "activity %q: %v", g.name, err)
	}
	g.id = act.ID
	im.rep.Activities++
	if _, ok := external(s); ok {
		if g.vendor, err = im.vendor(s, g.org, vendors); err != nil {
			return err
		}
	}
	type pkey struct{ p, b, c int }
	done := map[pkey]bool{}
	retained := map[string]bool{}
	for i, d := range g.decls {
		at := fmt.Sprintf("%s: privacy_declarations[%d]", field, i)
		p, err := im.purpose(f, child(d.node, "data_use"), at+".data_use", d.DataUse)
		if err != nil {
			return err
		}
		lb, sc := d.LegalBasisForProcessing, d.SpecialCategoryLegalBasis
		lbNode, scNode := child(d.node, "legal_basis_for_processing"), child(d.node, "special_category_legal_basis")
		if u := im.uses[d.DataUse]; u != nil { // fideslang 2: the basis on the data use
			if lb == "" && u.LegalBasis != "" {
				lb, lbNode = u.LegalBasis, child(u.node, "legal_basis")
			}
			if sc == "" && u.SpecialCategory != "" {
				sc, scNode = u.SpecialCategory, child(u.node, "special_category")
			}
		}
		basis, err := im.basis(f, lbNode, at+".legal_basis_for_processing", lb, art6)
		if err != nil {
			return err
		}
		cond, err := im.basis(f, scNode, at+".special_category_legal_basis", sc, art9)
		if err != nil {
			return err
		}
		k := pkey{p.ID, deref(basis), deref(cond)}
		if !done[k] {
			done[k] = true
			if err := w.Purpose(catalog.Purpose{Activity: act.ID, Purpose: p.ID, Basis: basis, Condition: cond, Evidence: spans(f, d.node)}); err != nil {
				return im.errAt(f, d.node, at, "%v", err)
			}
			im.rep.Purposes++
		}
		if d.ImpactAssessmentLocation != "" {
			im.skip("%s:%d: %s: impact_assessment_location %q is not stored", f.Path, keyLine(d.node, "impact_assessment_location"), at, d.ImpactAssessmentLocation)
		}
		if r := strings.TrimSpace(d.RetentionPeriod); r != "" && !retained[r] {
			retained[r] = true
			rr := catalog.Retention{Activity: &act.ID, Evidence: spans(f, child(d.node, "retention_period"))}
			rr.Duration, rr.Criterion = RetentionOf(r)
			if err := w.Retention(rr); err != nil {
				return im.errAt(f, child(d.node, "retention_period"), at+".retention_period", "%v", err)
			}
			im.rep.Retention++
		}
	}
	return nil
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

var periodRE = regexp.MustCompile(`^(?i)(\d+)\s*(day|week|month|year)s?$`)

// RetentionOf reads a retention period: an ISO 8601 duration, or "N
// days|weeks|months|years" as one; anything else is a criterion in words.
func RetentionOf(s string) (duration, criterion string) {
	s = strings.TrimSpace(s)
	if iso.CheckDuration(s) == nil {
		return s, ""
	}
	if m := periodRE.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return fmt.Sprintf("P%d%s", n, strings.ToUpper(m[2][:1])), ""
	}
	return "", s
}

// systemFacts writes what a system states for all its declarations:
// disclosures (egress to vendor systems, third parties), transfers and
// security practices.
func (im *importer) systemFacts(order []*System, groups []*activityGroup, sysOrg map[string]*ent.Organization, vendors map[string]int) error {
	bySys := map[string][]*activityGroup{}
	for _, g := range groups {
		bySys[g.sys.FidesKey] = append(bySys[g.sys.FidesKey], g)
	}
	aggs := map[[2]int]*disclosureAgg{}
	var aggOrder [][2]int
	add := func(f *File, org *ent.Organization, act, rec int, cats, purposes []int, ev []catalog.Span) {
		k := [2]int{act, rec}
		a := aggs[k]
		if a == nil {
			a = &disclosureAgg{activity: act, recipient: rec, file: f, org: org}
			aggs[k] = a
			aggOrder = append(aggOrder, k)
		}
		a.categories = append(a.categories, cats...)
		a.purposes = append(a.purposes, purposes...)
		a.ev = append(a.ev, ev...)
	}
	for _, s := range order {
		f, org := im.fileOf[s], sysOrg[s.FidesKey]
		field := "system " + s.FidesKey
		gs := bySys[s.FidesKey]
		declGroup := map[*Declaration]*activityGroup{}
		for _, g := range gs {
			for _, d := range g.decls {
				declGroup[d] = g
			}
		}
		anyEgress := false
		for _, d := range s.PrivacyDeclarations {
			anyEgress = anyEgress || len(d.Egress) > 0
		}
		for i, d := range s.PrivacyDeclarations {
			g := declGroup[d]
			at := fmt.Sprintf("%s: privacy_declarations[%d]", field, i)
			p := im.purposes[d.DataUse]
			cats, _ := im.lookupAll(f, nil, at, "data category", d.DataCategories, im.categories)
			// A declaration of a vendor's system discloses its data to the vendor.
			if g.vendor != 0 {
				add(f, org, g.id, g.vendor, cats, []int{p.ID}, spans(f, d.node))
			}
			// Third parties named in words.
			var names []string
			for _, n := range strings.Split(d.ThirdParties, ";") {
				if n = strings.TrimSpace(n); n != "" {
					names = append(names, n)
				}
			}
			tpNode := child(d.node, "third_parties")
			if u := im.uses[d.DataUse]; u != nil && len(u.Recipients) > 0 { // fideslang 2
				names = append(names, u.Recipients...)
				if tpNode == nil {
					tpNode = child(u.node, "recipients")
				}
			}
			if len(names) == 0 && d.DataSharedWithThirdParties {
				names, tpNode = []string{"Third parties"}, child(d.node, "data_shared_with_third_parties")
			}
			shared := cats
			if len(d.SharedCategories) > 0 {
				var err error
				if shared, err = im.lookupAll(f, child(d.node, "shared_categories"), at+".shared_categories", "data category", d.SharedCategories, im.categories); err != nil {
					return err
				}
			}
			for _, n := range names {
				rid, err := im.recipient(f, org, tpNode, n, false, recipient.KindThirdParty, "")
				if err != nil {
					return err
				}
				add(f, org, g.id, rid, shared, []int{p.ID}, spans(f, tpNode))
			}
			// Data flows to vendor systems.
			for _, fl := range s.Egress {
				if fl.Type != "system" {
					continue
				}
				target := im.systems[fl.FidesKey]
				if target != nil {
					if _, ext := external(target); !ext {
						continue // between the organization's own systems
					}
				}
				if anyEgress && !contains(d.Egress, fl.FidesKey) {
					continue
				}
				var rid int
				var err error
				if target == nil {
					rid, err = im.recipient(f, org, fl.node, fl.FidesKey, true, recipient.KindThirdParty, "")
					im.skip("%s:%d: %s: egress to system %q, which the project does not define: recorded as a third party of that name", f.Path, line(fl.node), field, fl.FidesKey)
				} else {
					rid, err = im.vendor(target, org, vendors)
				}
				if err != nil {
					return err
				}
				flowCats, err := im.lookupAll(f, child(fl.node, "data_categories"), field+": egress.data_categories", "data category", fl.DataCategories, im.categories)
				if err != nil {
					return err
				}
				dc := im.relatedTo(fl.DataCategories, d.DataCategories)
				if len(dc) == 0 {
					dc = flowCats
				}
				if len(dc) == 0 {
					dc = cats
				}
				add(f, org, g.id, rid, dc, []int{p.ID}, spans(f, fl.node, d.node))
			}
		}
		if err := im.transfers(s, f, org, gs); err != nil {
			return err
		}
		if err := im.security(s, f, org, gs); err != nil {
			return err
		}
	}
	for _, k := range aggOrder {
		a := aggs[k]
		w, err := im.writer(a.file, a.org)
		if err != nil {
			return err
		}
		if err := w.Disclosure(catalog.Disclosure{Activity: a.activity, Recipient: a.recipient,
			Categories: a.categories, Purposes: a.purposes, Evidence: dedupeSpans(a.ev)}); err != nil {
			return &Error{File: a.file.Path, Msg: fmt.Sprintf("disclosure: %v", err)}
		}
		im.rep.Disclosures++
	}
	return nil
}

// relatedTo returns the IDs of the flow's categories that equal, cover or
// are covered by one of the declaration's.
func (im *importer) relatedTo(flow, decl []string) []int {
	var out []int
	for _, c := range flow {
		for _, d := range decl {
			if c == d || strings.HasPrefix(c, d+".") || strings.HasPrefix(d, c+".") {
				out = append(out, im.categories[c])
				break
			}
		}
	}
	return out
}

func dedupeSpans(ss []catalog.Span) []catalog.Span {
	seen := map[[2]int]bool{}
	var out []catalog.Span
	for _, s := range ss {
		if !seen[[2]int{s.Start, s.End}] {
			seen[[2]int{s.Start, s.End}] = true
			out = append(out, s)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// transfers writes a system's international transfers for each of its
// activities: one per destination (fideslang 2's third_country_transfers,
// ISO 3166-1 alpha-3) and safeguard (legal_basis_for_transfers).
func (im *importer) transfers(s *System, f *File, org *ent.Organization, gs []*activityGroup) error {
	field := "system " + s.FidesKey
	if len(s.ThirdCountryTransfers) == 0 && !s.DoesInternationalTransfers && len(s.LegalBasisForTransfers) == 0 {
		return nil
	}
	var dests []string
	ctNode := child(s.node, "third_country_transfers")
	for i, c := range s.ThirdCountryTransfers {
		at := ctNode
		if ctNode != nil && i < len(ctNode.Content) {
			at = ctNode.Content[i]
		}
		cc := countries.ByName(c)
		if len(c) != 3 || !cc.IsValid() || cc.Alpha3() != strings.ToUpper(c) {
			return im.errAt(f, at, fmt.Sprintf("%s: third_country_transfers[%d]", field, i), "%q is not an ISO 3166-1 alpha-3 country code (e.g. USA)", c)
		}
		dests = append(dests, cc.Alpha2())
	}
	var sgs []*int
	var descs []string
	for _, b := range s.LegalBasisForTransfers {
		id, desc := im.safeguard(b)
		sgs = append(sgs, &id)
		descs = append(descs, desc)
	}
	if len(sgs) == 0 {
		sgs, descs = []*int{nil}, []string{""}
	}
	if len(gs) == 0 {
		im.skip("%s:%d: %s: transfers of a system without privacy declarations are not stored", f.Path, line(s.node), field)
		return nil
	}
	if len(dests) == 0 {
		dests = []string{""}
	}
	w, err := im.writer(f, org)
	if err != nil {
		return err
	}
	ev := spans(f, ctNode, child(s.node, "legal_basis_for_transfers"))
	if len(ev) == 0 {
		ev = spans(f, child(s.node, "does_international_transfers"))
	}
	for _, g := range gs {
		act := g.id
		for _, c := range dests {
			for i, sg := range sgs {
				t := catalog.Transfer{Activity: &act, Country: c, Safeguard: sg, Description: descs[i], Evidence: ev}
				if c == "" {
					t.Scope = transfer.ScopeUnspecified
				}
				if len(sgs) > 1 {
					t.Alternatives = "fides:" + s.FidesKey + ":" + c
				}
				if err := w.Transfer(t); err != nil {
					return im.errAt(f, ctNode, field+": third_country_transfers", "%v", err)
				}
				im.rep.Transfers++
			}
		}
	}
	return nil
}

// safeguard maps a fideslang legal basis for transfers (not an enumeration
// in fideslang) onto the catalog's safeguards, with the text kept when it
// maps to none.
func (im *importer) safeguard(b string) (int, string) {
	lb := strings.ToLower(strings.TrimSpace(b))
	switch lb {
	case "adequacy decision", "adequacy":
		lb = "adequacy"
	case "sccs", "standard contractual clauses":
		lb = "scc"
	case "bcrs", "binding corporate rules":
		lb = "bcr"
	}
	if id, ok := im.safeguards[lb]; ok {
		return id, ""
	}
	return im.safeguards["unspecified"], b
}

// security writes a system's data_security_practices, split at ";", for
// each of its activities: a measure the catalog names (by key or name), or
// the general security programme with the text as its description.
func (im *importer) security(s *System, f *File, org *ent.Organization, gs []*activityGroup) error {
	if strings.TrimSpace(s.DataSecurityPractices) == "" {
		return nil
	}
	field := "system " + s.FidesKey
	n := child(s.node, "data_security_practices")
	if len(gs) == 0 {
		im.skip("%s:%d: %s: security practices of a system without privacy declarations are not stored", f.Path, line(n), field)
		return nil
	}
	var acts []int
	for _, g := range gs {
		acts = append(acts, g.id)
	}
	w, err := im.writer(f, org)
	if err != nil {
		return err
	}
	for _, item := range strings.Split(s.DataSecurityPractices, ";") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		sp := catalog.Security{Activities: acts, Evidence: spans(f, n)}
		if id, ok := im.measures[strings.ToLower(item)]; ok {
			sp.Measure = id
		} else if id, ok := im.measures["security_program"]; ok {
			sp.Measure, sp.Description = id, item
		} else {
			return im.errAt(f, n, field+": data_security_practices", "the catalog's taxonomy has no security measures: run `ropa seed`")
		}
		if err := w.Security(sp); err != nil {
			return im.errAt(f, n, field+": data_security_practices", "%v", err)
		}
		im.rep.Security++
	}
	return nil
}

// alpha3 is the ISO 3166-1 alpha-3 code of an alpha-2 one, "" for none
// (such as EU).
func alpha3(a2 string) string {
	c := countries.ByName(a2)
	if !c.IsValid() || c.Alpha2() != a2 {
		return ""
	}
	return c.Alpha3()
}
