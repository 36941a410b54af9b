// Package synth builds a deterministic synthetic data map at enterprise
// scale (thousands of activities, a hundred thousand fields) for
// benchmarks and load tests. The same seed and sizes give the same catalog.
package synth

import (
	"context"
	"fmt"
	"math/rand/v2"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
)

// Config sets the sizes. Zero values take the enterprise-scale defaults.
type Config struct {
	Seed       uint64
	Key        string // organization key, default "synth"
	Activities int    // default 5,000
	Fields     int    // default 100,000
	Recipients int    // default 2,000
	Categories int    // default 600
	// Progress, when set, is called after each batch of rows is written
	// with the rows written so far and the rows to write in all.
	Progress func(done, total int)
}

// Enterprise is the scale the benchmarks use.
var Enterprise = Config{Seed: 1, Activities: 5000, Fields: 100000, Recipients: 2000, Categories: 600}

func (c *Config) defaults() {
	if c.Key == "" {
		c.Key = "synth"
	}
	if c.Activities == 0 {
		c.Activities = Enterprise.Activities
	}
	if c.Fields == 0 {
		c.Fields = Enterprise.Fields
	}
	if c.Recipients == 0 {
		c.Recipients = Enterprise.Recipients
	}
	if c.Categories == 0 {
		c.Categories = Enterprise.Categories
	}
}

// Result names what was generated, for benchmarks to query.
type Result struct {
	Organization *ent.Organization
	LeafKeys     []string // data category keys without children
	GroupKeys    []string // data category keys with children
	FieldPaths   []string // a sample of field paths
	RecipientIDs []int
}

const batch = 500

var countries = []string{"US", "GB", "IN", "JP", "CA", "BR", "SG", "AU", "CH", "IL"}

// Generate writes the synthetic catalog in one transaction.
func Generate(ctx context.Context, client *ent.Client, cfg Config) (*Result, error) {
	cfg.defaults()
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))
	var res *Result
	err := catalog.Write(ctx, client, actor.Actor("synth"), func(ctx context.Context, tx *ent.Tx) error {
		var err error
		res, err = generate(ctx, tx.Client(), cfg, rng)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("generating synthetic catalog: %w", err)
	}
	return res, nil
}

// Sizes of the systems and datasets the fields are spread over.
const (
	systems  = 100
	datasets = 10
)

// Rows is the total Config.Progress counts to: the rows Generate writes in
// bulk, that is leaf data categories, recipients, systems and datasets,
// fields, and per activity the activity, two purposes, three disclosures, a
// transfer and a retention rule.
func (cfg Config) Rows() int {
	cfg.defaults()
	leaves := max(0, cfg.Categories-max(1, cfg.Categories/30)-1) // less the root and groups, written one by one
	return leaves + cfg.Recipients + systems*(1+datasets) + cfg.Fields + 8*cfg.Activities
}

// progress reports the rows written to Config.Progress.
type progress struct {
	fn          func(done, total int)
	done, total int
}

func (p *progress) add(n int) {
	p.done += n
	if p.fn != nil {
		p.fn(min(p.done, p.total), p.total)
	}
}

func generate(ctx context.Context, c *ent.Client, cfg Config, rng *rand.Rand) (*Result, error) {
	res := &Result{}
	p := &progress{fn: cfg.Progress, total: cfg.Rows()}
	org, err := c.Organization.Create().SetKey(cfg.Key).SetName("Synthetic Enterprise " + cfg.Key).
		SetCountry("DE").SetRoles([]string{"controller"}).Save(ctx)
	if err != nil {
		return nil, err
	}
	res.Organization = org

	// Data categories: a root, groups of ~30 leaves.
	root := cfg.Key + "_data"
	rootID, err := c.DataCategory.Create().SetKey(root).SetName("Synthetic data").
		OnConflictColumns(datacategory.FieldKey).UpdateNewValues().ID(ctx)
	if err != nil {
		return nil, err
	}
	groups := max(1, cfg.Categories/30)
	groupIDs := make([]int, groups)
	for g := 0; g < groups; g++ {
		key := fmt.Sprintf("%s.g%02d", root, g)
		if groupIDs[g], err = c.DataCategory.Create().SetKey(key).SetName("Group " + key).SetParentID(rootID).
			OnConflictColumns(datacategory.FieldKey).UpdateNewValues().ID(ctx); err != nil {
			return nil, err
		}
		res.GroupKeys = append(res.GroupKeys, key)
	}
	var leafIDs []int
	var leafBuilders []*ent.DataCategoryCreate
	for i := 0; len(leafBuilders) < cfg.Categories-groups-1; i++ {
		g := i % groups
		key := fmt.Sprintf("%s.g%02d.c%03d", root, g, i)
		leafBuilders = append(leafBuilders, c.DataCategory.Create().SetKey(key).SetName("Category "+key).
			SetParentID(groupIDs[g]).SetSpecialCategory(i%37 == 0))
		res.LeafKeys = append(res.LeafKeys, key)
	}
	for _, chunk := range chunks(leafBuilders) {
		cats, err := c.DataCategory.CreateBulk(chunk...).Save(ctx)
		if err != nil {
			return nil, err
		}
		p.add(len(chunk))
		for _, x := range cats {
			leafIDs = append(leafIDs, x.ID)
		}
	}

	// Purposes and bases.
	var purposeIDs []int
	for i := 0; i < 20; i++ {
		id, err := c.Purpose.Create().SetKey(fmt.Sprintf("%s_purpose.p%02d", cfg.Key, i)).SetName(fmt.Sprintf("Purpose %d", i)).
			OnConflictColumns(purpose.FieldKey).UpdateNewValues().ID(ctx)
		if err != nil {
			return nil, err
		}
		purposeIDs = append(purposeIDs, id)
	}
	var basisIDs []int
	for i, k := range []string{"consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests"} {
		id, err := c.LegalBasis.Create().SetKey(k).SetName(k).SetArticle(legalbasis.ArticleArt6).
			SetReference(fmt.Sprintf("GDPR Art 6(1)(%c)", 'a'+i)).
			OnConflictColumns(legalbasis.FieldKey).Ignore().ID(ctx)
		if err != nil {
			return nil, err
		}
		basisIDs = append(basisIDs, id)
	}
	var safeguardIDs []int
	for _, k := range []string{"scc_2021", "dpf_eu_us", "privacy_shield", "bcr"} {
		id, err := c.TransferSafeguard.Create().SetKey(k).SetName(k).SetMechanism(transfersafeguard.MechanismFramework).
			OnConflictColumns(transfersafeguard.FieldKey).Ignore().ID(ctx)
		if err != nil {
			return nil, err
		}
		safeguardIDs = append(safeguardIDs, id)
	}

	// Recipients.
	kinds := []recipient.Kind{recipient.KindProcessor, recipient.KindProcessor, recipient.KindSubProcessor, recipient.KindThirdParty, recipient.KindAffiliate}
	var recBuilders []*ent.RecipientCreate
	for i := 0; i < cfg.Recipients; i++ {
		recBuilders = append(recBuilders, c.Recipient.Create().SetName(fmt.Sprintf("Vendor %05d", i)).SetNamed(true).
			SetKind(kinds[rng.IntN(len(kinds))]).SetCountry(countries[rng.IntN(len(countries))]).
			SetOrganizationID(org.ID))
	}
	for _, chunk := range chunks(recBuilders) {
		recs, err := c.Recipient.CreateBulk(chunk...).Save(ctx)
		if err != nil {
			return nil, err
		}
		p.add(len(chunk))
		for _, r := range recs {
			res.RecipientIDs = append(res.RecipientIDs, r.ID)
		}
	}

	// Systems, datasets, fields: 100 systems of 10 datasets.
	var sysIDs []int
	var dsIDs []int
	for s := 0; s < systems; s++ {
		sys, err := c.System.Create().SetKey(fmt.Sprintf("sys%03d", s)).SetName(fmt.Sprintf("System %d", s)).
			SetOrganizationID(org.ID).Save(ctx)
		if err != nil {
			return nil, err
		}
		sysIDs = append(sysIDs, sys.ID)
		var dsb []*ent.DatasetCreate
		for d := 0; d < datasets; d++ {
			dsb = append(dsb, c.Dataset.Create().SetKey(fmt.Sprintf("ds%02d", d)).SetName(fmt.Sprintf("Dataset %d", d)).
				SetSystemID(sys.ID))
		}
		dss, err := c.Dataset.CreateBulk(dsb...).Save(ctx)
		if err != nil {
			return nil, err
		}
		p.add(1 + len(dsb))
		for _, d := range dss {
			dsIDs = append(dsIDs, d.ID)
		}
	}
	perDataset := max(1, cfg.Fields/len(dsIDs))
	var fb []*ent.DataFieldCreate
	for i := 0; i < cfg.Fields; i++ {
		d := i / perDataset % len(dsIDs)
		s, ds := d/datasets, d%datasets
		// Past perDataset × datasets (sizes that do not divide), the next
		// round of fields continues the numbering in each dataset.
		key := fmt.Sprintf("f%04d", i%perDataset+perDataset*(i/(perDataset*len(dsIDs))))
		path := fmt.Sprintf("sys%03d.ds%02d.%s", s, ds, key)
		fb = append(fb, c.DataField.Create().SetKey(key).SetName(key).SetPath(path).
			SetDatasetID(dsIDs[d]).SetDataCategoryID(leafIDs[rng.IntN(len(leafIDs))]))
		if i%997 == 0 {
			res.FieldPaths = append(res.FieldPaths, path)
		}
	}
	for _, chunk := range chunks(fb) {
		// Bulk creates skip the per-row hook that derives the path; it is
		// set above.
		if err := c.DataField.CreateBulk(chunk...).Exec(ctx); err != nil {
			return nil, err
		}
		p.add(len(chunk))
	}

	// Activities with purposes, disclosures, transfers, retention.
	var ab []*ent.ProcessingActivityCreate
	for i := 0; i < cfg.Activities; i++ {
		cats := pick(rng, leafIDs, 3)
		if i%5 == 0 {
			cats = append(cats, groupIDs[rng.IntN(len(groupIDs))])
		}
		ab = append(ab, c.ProcessingActivity.Create().SetName(fmt.Sprintf("Activity %05d", i)).
			SetOrganizationID(org.ID).SetRole(processingactivity.RoleController).
			AddDataCategoryIDs(cats...).AddSystemIDs(pick(rng, sysIDs, 2)...))
	}
	var actIDs []int
	for _, chunk := range chunks(ab) {
		acts, err := c.ProcessingActivity.CreateBulk(chunk...).Save(ctx)
		if err != nil {
			return nil, err
		}
		p.add(len(chunk))
		for _, a := range acts {
			actIDs = append(actIDs, a.ID)
		}
	}
	var apb []*ent.ActivityPurposeCreate
	var db []*ent.DisclosureCreate
	var tb []*ent.TransferCreate
	var rb []*ent.RetentionRuleCreate
	for _, a := range actIDs {
		for _, p := range pick(rng, purposeIDs, 2) {
			apb = append(apb, c.ActivityPurpose.Create().SetActivityID(a).SetPurposeID(p).
				SetLegalBasisID(basisIDs[rng.IntN(len(basisIDs))]))
		}
		for j := 0; j < 3; j++ {
			cats := pick(rng, leafIDs, 2)
			if rng.IntN(10) == 0 {
				cats = []int{groupIDs[rng.IntN(len(groupIDs))]} // a broad declaration
			}
			rec := res.RecipientIDs[rng.IntN(len(res.RecipientIDs))]
			db = append(db, c.Disclosure.Create().SetActivityID(a).SetRecipientID(rec).
				AddDataCategoryIDs(cats...).AddPurposeIDs(purposeIDs[rng.IntN(len(purposeIDs))]))
			if j == 0 {
				tb = append(tb, c.Transfer.Create().SetOrganizationID(org.ID).SetActivityID(a).SetRecipientID(rec).
					SetCountry(countries[rng.IntN(len(countries))]).SetSafeguardID(safeguardIDs[rng.IntN(len(safeguardIDs))]))
			}
		}
		rb = append(rb, c.RetentionRule.Create().SetOrganizationID(org.ID).SetActivityID(a).
			SetDuration(fmt.Sprintf("P%dY", 1+rng.IntN(10))))
	}
	for _, chunk := range chunks(apb) {
		if err := c.ActivityPurpose.CreateBulk(chunk...).Exec(ctx); err != nil {
			return nil, err
		}
		p.add(len(chunk))
	}
	for _, chunk := range chunks(db) {
		if err := c.Disclosure.CreateBulk(chunk...).Exec(ctx); err != nil {
			return nil, err
		}
		p.add(len(chunk))
	}
	for _, chunk := range chunks(tb) {
		if err := c.Transfer.CreateBulk(chunk...).Exec(ctx); err != nil {
			return nil, err
		}
		p.add(len(chunk))
	}
	for _, chunk := range chunks(rb) {
		if err := c.RetentionRule.CreateBulk(chunk...).Exec(ctx); err != nil {
			return nil, err
		}
		p.add(len(chunk))
	}
	return res, nil
}

func chunks[T any](all []T) [][]T {
	var out [][]T
	for len(all) > batch {
		out = append(out, all[:batch])
		all = all[batch:]
	}
	if len(all) > 0 {
		out = append(out, all)
	}
	return out
}

// pick returns n distinct elements of ids.
func pick(rng *rand.Rand, ids []int, n int) []int {
	n = min(n, len(ids))
	seen := map[int]bool{}
	var out []int
	for len(out) < n {
		id := ids[rng.IntN(len(ids))]
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
