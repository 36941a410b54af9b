package findings

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"reflect"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/record"
)

// factKey names a fact of the record as kind:ID, the form a finding's
// Facts and Subject use.
func factKey(x any) string {
	switch v := x.(type) {
	case *ent.Transfer:
		return key("transfer", v.ID)
	case *record.Activity:
		return key("activity", v.ID)
	case *ent.ActivityPurpose:
		return key("purpose", v.ID)
	case *ent.Disclosure:
		return key("disclosure", v.ID)
	case *ent.Statement:
		return key("statement", v.ID)
	case *ent.PolicyDocument:
		return key("notice", v.ID)
	case *ent.DataSubjectRight:
		return key("right", v.ID)
	case *ent.Organization:
		return key("organization", v.ID)
	case *record.Organization:
		return key("organization", v.ID)
	}
	return ""
}

// Fingerprint digests the facts under the finding as they are now: each
// fact's own fields (not its edges), with the finding's message (which
// names what the rule read through edges: categories, safeguards, bases).
// Any change to them gives another fingerprint, so an acknowledgement of
// the finding stops holding.
func (f *Finding) Fingerprint() string {
	h := sha256.New()
	h.Write([]byte(f.Rule + "\x00" + f.Subject + "\x00" + f.Message + "\x00"))
	for _, x := range f.facts {
		h.Write([]byte(factKey(x) + "\x00"))
		h.Write(ownFields(x))
		h.Write([]byte{0})
	}
	for _, c := range f.Evidence {
		h.Write([]byte(c.Quote + "\x00"))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ownFields is the JSON of an ent entity's fields without its edges.
func ownFields(x any) []byte {
	switch v := x.(type) {
	case *record.Activity:
		x = v.ProcessingActivity
	case *record.Organization:
		x = v.Organization
	}
	rv := reflect.ValueOf(x)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		return nil
	}
	cp := reflect.New(rv.Elem().Type()).Elem()
	cp.Set(rv.Elem())
	if e := cp.FieldByName("Edges"); e.IsValid() && e.CanSet() {
		e.Set(reflect.Zero(e.Type()))
	}
	b, err := json.Marshal(cp.Addr().Interface())
	if err != nil {
		return nil
	}
	return b
}
