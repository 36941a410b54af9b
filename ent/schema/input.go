package schema

import (
	"context"
	"strings"
	"unicode/utf8"

	"entgo.io/ent"

	"github.com/ropacatalog/ropa/ent/hook"
	"github.com/ropacatalog/ropa/internal/invalid"
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

// camel is the GraphQL input name of a column: business_function ->
// businessFunction.
func camel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}
