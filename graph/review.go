package graph

import (
	"reflect"
	"strings"

	"github.com/ropacatalog/ropa/internal/review"
)

// notRejected makes a list query of facts leave rejected ones out, as every
// other answer does, unless its where filter names reviewStatus (the review
// queue, or a view that asks for rejected facts). w is an entgql where
// input (*ent.XWhereInput with a ReviewStatusNEQ field).
func notRejected[W any](w *W) *W {
	if w != nil && namesReviewStatus(reflect.ValueOf(w).Elem()) {
		return w
	}
	if w == nil {
		w = new(W)
	}
	rejected := review.Rejected
	reflect.ValueOf(w).Elem().FieldByName("ReviewStatusNEQ").Set(reflect.ValueOf(&rejected))
	return w
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
