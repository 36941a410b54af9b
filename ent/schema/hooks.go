package schema

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"entgo.io/ent"

	gen "github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/dataset"
	"github.com/ropacatalog/ropa/ent/hook"
	"github.com/ropacatalog/ropa/internal/invalid"
)

// Cross-field and cross-entity checks that field validators cannot make.
// They run inside the mutation's transaction, so a rejected write changes
// nothing.

// Hooks of Evidence: the span must lie inside its document and the quote
// must equal the document's bytes there.
func (Evidence) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.EvidenceFunc(func(ctx context.Context, m *gen.EvidenceMutation) (ent.Value, error) {
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
	return []ent.Hook{hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.PolicyDocumentFunc(func(ctx context.Context, m *gen.PolicyDocumentMutation) (ent.Value, error) {
			text, _ := m.Text()
			sum := sha256.Sum256([]byte(text))
			m.SetSha256(hex.EncodeToString(sum[:]))
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate)}
}

// Hooks of RetentionRule: a rule states a duration, a criterion, or both.
func (RetentionRule) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.RetentionRuleFunc(func(ctx context.Context, m *gen.RetentionRuleMutation) (ent.Value, error) {
			d, _ := m.Duration()
			c, _ := m.Criterion()
			if d == "" && c == "" {
				return nil, invalid.Field("duration", "a retention rule needs an ISO 8601 duration or a criterion in words")
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate)}
}

// Hooks of Transfer: a transfer with scope country names the country.
func (Transfer) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.TransferFunc(func(ctx context.Context, m *gen.TransferMutation) (ent.Value, error) {
			scope, _ := m.Scope()
			country, _ := m.Country()
			if (scope == "" || scope == "country") && country == "" {
				return nil, invalid.Field("country", "a transfer with scope country names the destination (ISO 3166-1 alpha-2); use scope worldwide or unspecified otherwise")
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate)}
}

// Hooks of ActivityPurpose: the basis is an Art 6 basis and the condition
// an Art 9 condition.
func (ActivityPurpose) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.ActivityPurposeFunc(func(ctx context.Context, m *gen.ActivityPurposeMutation) (ent.Value, error) {
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

// Hooks of DataField: the path system.dataset.field is kept by the catalog.
func (DataField) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.DataFieldFunc(func(ctx context.Context, m *gen.DataFieldMutation) (ent.Value, error) {
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
		})
	}, ent.OpCreate)}
}
