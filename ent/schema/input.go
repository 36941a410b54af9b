package schema

import (
	"context"
	"strings"
	"unicode/utf8"

	"entgo.io/ent"

	gen "github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/hook"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/review"
)

// Input limits every write of a text field must keep, whatever writes it:
// names and titles trimmed and not blank, at most maxName bytes; other
// text at most maxText (a notice's full text at most maxNotice); valid
// UTF-8 everywhere.
const (
	maxName   = 500
	maxText   = 100 << 10
	maxNotice = 5 << 20
)

// checkInput is the hook of every entity that checks its string fields.
var checkInput = hook.On(func(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		for _, name := range m.Fields() {
			v, _ := m.Field(name)
			if id, ok := v.(int); ok && strings.HasSuffix(name, "_id") {
				if err := exists(ctx, m, name, id); err != nil {
					return nil, err
				}
				continue
			}
			s, ok := v.(string)
			if !ok {
				continue
			}
			field := camel(name)
			if !utf8.ValidString(s) {
				return nil, invalid.Field(field, "is not valid UTF-8")
			}
			limit := maxText
			switch name {
			case "name", "title", "key":
				trimmed := strings.TrimSpace(s)
				if trimmed == "" {
					return nil, invalid.Field(field, "must not be blank")
				}
				if trimmed != s {
					if err := m.SetField(name, trimmed); err != nil {
						return nil, err
					}
				}
				limit = maxName
			case "text":
				limit = maxNotice
			}
			if len(s) > limit {
				return nil, invalid.Field(field, "is %d bytes long; at most %d", len(s), limit)
			}
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)

// exists checks that the entity a foreign key names is there, so that the
// error names the field ("activityID: 123 does not exist") instead of the
// database's constraint message.
//
// Only writes through the API are checked: the seed loader, the importer
// and the generator resolve the IDs they write themselves, and the
// database's constraint still refuses (and rolls back) a wrong one, without
// a query per reference on bulk loads.
func exists(ctx context.Context, m ent.Mutation, column string, id int) error {
	c, ok := m.(interface{ Client() *gen.Client })
	if a, named := actor.From(ctx); !ok || named && a != actor.API {
		return nil
	}
	if _, err := c.Client().Noder(review.WithRejected(ctx), id); err != nil {
		if gen.IsNotFound(err) || strings.Contains(err.Error(), "not found") || strings.Contains(err.Error(), "invalid") {
			what := strings.ReplaceAll(strings.TrimSuffix(column, "_id"), "_", " ")
			return invalid.Field(camel(column), "%s %d does not exist", what, id)
		}
		return err
	}
	return nil
}

// camel is the GraphQL input name of a column: business_function ->
// businessFunction, activity_id -> activityID.
func camel(s string) string {
	if base, ok := strings.CutSuffix(s, "_id"); ok {
		return camel(base) + "ID"
	}
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}
