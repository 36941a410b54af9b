package schema

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"entgo.io/ent"

	gen "github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datafield"
	"github.com/ropacatalog/ropa/ent/dataset"
	"github.com/ropacatalog/ropa/ent/hook"
	"github.com/ropacatalog/ropa/ent/predicate"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/review"
)

// Cross-field and cross-entity checks that field validators cannot make.
// They run inside the mutation's transaction, so a rejected write changes
// nothing.

// Hooks of Evidence: the span must lie inside its document and the quote
// must equal the document's bytes there.
func (Evidence) Hooks() []ent.Hook {
	return []ent.Hook{checkInput, hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.EvidenceFunc(func(ctx context.Context, m *gen.EvidenceMutation) (ent.Value, error) {
			ctx = review.WithRejected(ctx) // the rows a rule reads, whatever their status
			docID, _ := m.DocumentID()
			start, _ := m.Start()
			end, _ := m.End()
			quote, _ := m.Quote()
			doc, err := m.Client().PolicyDocument.Get(ctx, docID)
			if err != nil {
				return nil, invalid.Field("documentID", "policy document %d does not exist", docID)
			}
			if end <= start {
				return nil, invalid.Field("end", "end %d must be greater than start %d", end, start)
			}
			if end > len(doc.Text) {
				return nil, invalid.Field("end", "end %d lies outside the document %q, which has %d bytes", end, doc.Title, len(doc.Text))
			}
			if got := doc.Text[start:end]; got != quote {
				return nil, invalid.Field("quote", "does not equal the bytes [%d,%d) of %q, which read %q", start, end, doc.Title, got)
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate)}
}

// Hooks of PolicyDocument: the SHA-256 is computed from the text.
func (PolicyDocument) Hooks() []ent.Hook {
	return []ent.Hook{checkInput, hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.PolicyDocumentFunc(func(ctx context.Context, m *gen.PolicyDocumentMutation) (ent.Value, error) {
			ctx = review.WithRejected(ctx) // the rows a rule reads, whatever their status
			text, _ := m.Text()
			sum := sha256.Sum256([]byte(text))
			m.SetSha256(hex.EncodeToString(sum[:]))
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate)}
}

// Hooks of RetentionRule: a rule states a duration, a criterion, or both,
// on create and after every update (the row as it will be).
func (RetentionRule) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.RetentionRuleFunc(func(ctx context.Context, m *gen.RetentionRuleMutation) (ent.Value, error) {
			ctx = review.WithRejected(ctx) // the rows a rule reads, whatever their status
			check := func(d, c string) error {
				if strings.TrimSpace(d) == "" && strings.TrimSpace(c) == "" {
					return invalid.Field("duration", "a retention rule needs an ISO 8601 duration or a criterion in words")
				}
				return nil
			}
			if m.Op().Is(ent.OpCreate) {
				d, _ := m.Duration()
				c, _ := m.Criterion()
				if err := check(d, c); err != nil {
					return nil, err
				}
				return next.Mutate(ctx, m)
			}
			olds, err := oldRows(ctx, m, func(ids ...int) *gen.RetentionRuleQuery {
				return m.Client().RetentionRule.Query().Where(retentionrule.IDIn(ids...))
			})
			if err != nil {
				return nil, err
			}
			for _, o := range olds {
				d := after(m.Duration, m.DurationCleared(), o.Duration)
				c := after(m.Criterion, m.CriterionCleared(), o.Criterion)
				if err := check(d, c); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)}
}

// Hooks of Transfer: a transfer with scope country names the country, and
// one with scope worldwide or unspecified names none; on create and after
// every update.
func (Transfer) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.TransferFunc(func(ctx context.Context, m *gen.TransferMutation) (ent.Value, error) {
			ctx = review.WithRejected(ctx) // the rows a rule reads, whatever their status
			check := func(scope transfer.Scope, country string) error {
				if (scope == "" || scope == transfer.ScopeCountry) && country == "" {
					return invalid.Field("country", "a transfer with scope country names the destination (ISO 3166-1 alpha-2); use scope worldwide or unspecified otherwise")
				}
				if scope != "" && scope != transfer.ScopeCountry && country != "" {
					return invalid.Field("country", "a transfer with scope %s names no country; use scope country for %s", scope, country)
				}
				return nil
			}
			if m.Op().Is(ent.OpCreate) {
				scope, _ := m.Scope()
				country, _ := m.Country()
				if err := check(scope, country); err != nil {
					return nil, err
				}
				return next.Mutate(ctx, m)
			}
			olds, err := oldRows(ctx, m, func(ids ...int) *gen.TransferQuery {
				return m.Client().Transfer.Query().Where(transfer.IDIn(ids...))
			})
			if err != nil {
				return nil, err
			}
			for _, o := range olds {
				scope := o.Scope
				if s, ok := m.Scope(); ok {
					scope = s
				}
				if err := check(scope, after(m.Country, m.CountryCleared(), o.Country)); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)}
}

// oldRows loads the rows an update will change, as they are before it.
func oldRows[T any, Q interface {
	All(context.Context) ([]T, error)
}](ctx context.Context, m interface {
	IDs(context.Context) ([]int, error)
}, query func(ids ...int) Q) ([]T, error) {
	ids, err := m.IDs(ctx)
	if err != nil {
		return nil, err
	}
	return query(ids...).All(ctx)
}

// after is a string field's value once the mutation is applied: the new
// value when set, empty when cleared, else the old one.
func after(get func() (string, bool), cleared bool, old string) string {
	if v, ok := get(); ok {
		return v
	}
	if cleared {
		return ""
	}
	return old
}

// Hooks of ActivityPurpose: the basis is an Art 6 basis and the condition
// an Art 9 condition.
func (ActivityPurpose) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.ActivityPurposeFunc(func(ctx context.Context, m *gen.ActivityPurposeMutation) (ent.Value, error) {
			ctx = review.WithRejected(ctx) // the rows a rule reads, whatever their status
			if id, ok := m.LegalBasisID(); ok {
				if err := checkArticle(ctx, m.Client(), id, "art6", "legalBasisID"); err != nil {
					return nil, err
				}
			}
			if id, ok := m.SpecialConditionID(); ok {
				if err := checkArticle(ctx, m.Client(), id, "art9", "specialConditionID"); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)}
}

func checkArticle(ctx context.Context, c *gen.Client, id int, want, field string) error {
	b, err := c.LegalBasis.Get(ctx, id)
	if err != nil {
		return invalid.Field(field, "legal basis %d does not exist", id)
	}
	if string(b.Article) != want {
		kind := map[string]string{"art6": "an Art 6(1) basis", "art9": "an Art 9(2) condition"}
		return invalid.Field(field, "%s (%s) is not %s", b.Key, b.Reference, kind[want])
	}
	return nil
}

// Hooks of DataField: the path system.dataset.field is kept by the catalog,
// on create and whenever the key or the dataset changes.
func (DataField) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.DataFieldFunc(func(ctx context.Context, m *gen.DataFieldMutation) (ent.Value, error) {
			ctx = review.WithRejected(ctx) // the rows a rule reads, whatever their status
			if m.Op().Is(ent.OpCreate) {
				if _, ok := m.Path(); ok {
					return next.Mutate(ctx, m) // set by a bulk loader that knows it
				}
				dsID, _ := m.DatasetID()
				key, _ := m.Key()
				ds, err := m.Client().Dataset.Query().Where(dataset.ID(dsID)).WithSystem().Only(ctx)
				if err != nil {
					return nil, invalid.Field("datasetID", "dataset %d does not exist", dsID)
				}
				m.SetPath(ds.Edges.System.Key + "." + ds.Key + "." + key)
				return next.Mutate(ctx, m)
			}
			_, keyed := m.Key()
			_, moved := m.DatasetID()
			if !keyed && !moved {
				return next.Mutate(ctx, m)
			}
			ids, err := m.IDs(ctx)
			if err != nil {
				return nil, err
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return nil, err
			}
			return v, repath(ctx, m.Client(), datafield.IDIn(ids...))
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)}
}

// Hooks of Dataset: a new key or system changes the paths of its fields.
func (Dataset) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.DatasetFunc(func(ctx context.Context, m *gen.DatasetMutation) (ent.Value, error) {
			ctx = review.WithRejected(ctx) // the rows a rule reads, whatever their status
			_, keyed := m.Key()
			_, moved := m.SystemID()
			if !keyed && !moved {
				return next.Mutate(ctx, m)
			}
			ids, err := m.IDs(ctx)
			if err != nil {
				return nil, err
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return nil, err
			}
			return v, repath(ctx, m.Client(), datafield.DatasetIDIn(ids...))
		})
	}, ent.OpUpdate|ent.OpUpdateOne)}
}

// Hooks of System: a new key changes the paths of every field it holds.
func (System) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.SystemFunc(func(ctx context.Context, m *gen.SystemMutation) (ent.Value, error) {
			ctx = review.WithRejected(ctx) // the rows a rule reads, whatever their status
			if _, keyed := m.Key(); !keyed {
				return next.Mutate(ctx, m)
			}
			ids, err := m.IDs(ctx)
			if err != nil {
				return nil, err
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return nil, err
			}
			return v, repath(ctx, m.Client(), datafield.HasDatasetWith(dataset.SystemIDIn(ids...)))
		})
	}, ent.OpUpdate|ent.OpUpdateOne)}
}

// repath recomputes the stored path of the fields matching where, one
// update by ID each, so that the lookup by path finds them.
func repath(ctx context.Context, c *gen.Client, where predicate.DataField) error {
	fs, err := c.DataField.Query().Where(where).
		WithDataset(func(q *gen.DatasetQuery) { q.WithSystem() }).All(ctx)
	if err != nil {
		return err
	}
	for _, f := range fs {
		ds := f.Edges.Dataset
		path := ds.Edges.System.Key + "." + ds.Key + "." + f.Key
		if path == f.Path {
			continue
		}
		if err := c.DataField.UpdateOneID(f.ID).SetPath(path).Exec(ctx); err != nil {
			return fmt.Errorf("updating the path of field %d to %s: %w", f.ID, path, err)
		}
	}
	return nil
}

// Hooks of ProcessingActivity: a review decision that confirms the
// activity (its status set to reviewed) stamps last_reviewed.
func (ProcessingActivity) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.ProcessingActivityFunc(func(ctx context.Context, m *gen.ProcessingActivityMutation) (ent.Value, error) {
			if s, ok := m.ReviewStatus(); ok && s == review.Reviewed {
				if err := m.SetField("last_reviewed", time.Now()); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpUpdate|ent.OpUpdateOne)}
}
