package graph

import (
	"context"
	"reflect"
	"strings"

	"github.com/ropacatalog/ropa/internal/review"
)

// showRejected returns the context a list query of facts runs in: the
// catalog leaves rejected facts out of every query (ent/schema FactMixin),
// unless the where filter names reviewStatus (the review queue, or a view
// that asks for rejected facts), which then decides. w is an entgql where
// input (*ent.XWhereInput).
func showRejected[W any](ctx context.Context, w *W) context.Context {
	if w != nil && namesReviewStatus(reflect.ValueOf(w).Elem()) {
		return review.WithRejected(ctx)
	}
	return ctx
}

// namesReviewStatus reports whether a where input (a struct) sets any
// reviewStatus predicate, at its top or inside not, and or or.
func namesReviewStatus(v reflect.Value) bool {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		switch {
		case strings.HasPrefix(f.Name, "ReviewStatus"):
			if !fv.IsZero() {
				return true
			}
		case f.Name == "Not":
			if !fv.IsNil() && namesReviewStatus(fv.Elem()) {
				return true
			}
		case f.Name == "And" || f.Name == "Or":
			for j := 0; j < fv.Len(); j++ {
				if e := fv.Index(j); !e.IsNil() && namesReviewStatus(e.Elem()) {
					return true
				}
			}
		}
	}
	return false
}
