package graph

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/lineage"
	"github.com/ropacatalog/ropa/internal/record"
)

// lineageFastPath answers a query whose only root field is recipientsOf by
// writing the JSON itself, straight from the lineage index's answer.
//
// Why: gqlgen resolves every field of every object through its generic
// machinery (a field context, middleware, a goroutine per list element),
// which for a full answer of a hundred recipients is several thousand
// field resolutions and most of the question's cost. The answer's values
// are already in memory, so writing them by selection set is a fraction of
// that.
//
// It is an operation interceptor, so parsing, validation, the complexity
// limit and the other extensions run as before. It takes an operation only
// when every selected field is one it writes exactly as gqlgen would: a
// struct field of a scalar or enum type, an object held in a struct field,
// or an ent edge already loaded on its parent. Anything else (another root
// field, list edges, fields with arguments, custom scalars, an error from
// the question) goes to gqlgen unchanged, which then also reports errors.
// TestFastPathMatchesGqlgen compares the two on every such field.
//
// It refuses an operation with a directive other than @skip and @include.
// Authorization, when it comes, must hook in before this interceptor or in
// the record it reads (internal/record), not in field middleware, which
// this path does not run.
type lineageFastPath struct {
	schema  *ast.Schema
	lineage *lineage.Cache
	hits    atomic.Int64 // operations answered here; read by tests
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = (*lineageFastPath)(nil)

func (*lineageFastPath) ExtensionName() string                   { return "LineageFastPath" }
func (*lineageFastPath) Validate(graphql.ExecutableSchema) error { return nil }
func (p *lineageFastPath) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil || oc.Operation.Operation != ast.Query {
		return next(ctx)
	}
	data, ok := p.answer(ctx, oc)
	if !ok {
		return next(ctx)
	}
	p.hits.Add(1)
	done := false
	return func(context.Context) *graphql.Response {
		if done {
			return nil
		}
		done = true
		return &graphql.Response{Data: data}
	}
}

// errFallback: the selection asks for something this path does not write.
var errFallback = errors.New("fast path: not supported")

func (p *lineageFastPath) answer(ctx context.Context, oc *graphql.OperationContext) ([]byte, bool) {
	roots := graphql.CollectFields(oc, oc.Operation.SelectionSet, []string{"Query"})
	if len(roots) != 1 || roots[0].Name != "recipientsOf" || !onlySkipInclude(oc.Doc) {
		return nil, false
	}
	root := roots[0]
	args := root.ArgumentMap(oc.Variables)
	field, ok := args["field"].(string)
	if !ok {
		return nil, false
	}
	if v, present := args["asOf"]; present && v != nil {
		return nil, false // a past catalog, not the index
	}
	var org string
	if v, present := args["organization"]; present && v != nil {
		s, err := graphql.UnmarshalString(v)
		if err != nil {
			return nil, false
		}
		org = s
	}
	_, results, err := p.lineage.RecipientsOf(ctx, field, org)
	if err != nil {
		return nil, false
	}
	w := writer{oc: oc, schema: p.schema}
	w.buf.Grow(512 * (len(results) + 1))
	w.buf.WriteString(`{`)
	w.key(root.Alias)
	w.buf.WriteByte('[')
	for i := range results {
		if i > 0 {
			w.buf.WriteByte(',')
		}
		if err := w.object("RecipientLineage", reflect.ValueOf(&results[i]), root.Selections); err != nil {
			return nil, false
		}
	}
	w.buf.WriteString(`]}`)
	return w.buf.Bytes(), true
}

// onlySkipInclude reports whether the document uses no directive but @skip
// and @include, the two CollectFields applies; any other (@defer, or one a
// later version of the schema adds) is gqlgen's to execute.
func onlySkipInclude(doc *ast.QueryDocument) bool {
	ok := true
	var walk func(ast.SelectionSet)
	check := func(ds ast.DirectiveList) {
		for _, d := range ds {
			if d.Name != "skip" && d.Name != "include" {
				ok = false
			}
		}
	}
	walk = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				check(s.Directives)
				walk(s.SelectionSet)
			case *ast.InlineFragment:
				check(s.Directives)
				walk(s.SelectionSet)
			case *ast.FragmentSpread:
				check(s.Directives)
			}
		}
	}
	for _, op := range doc.Operations {
		check(op.Directives)
		walk(op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		check(f.Directives)
		walk(f.SelectionSet)
	}
	return ok
}

// writer writes one response's data.
type writer struct {
	oc     *graphql.OperationContext
	schema *ast.Schema
	buf    bytes.Buffer
	plans  map[planKey]*plan
}

func (w *writer) key(k string) {
	graphql.MarshalString(k).MarshalGQL(&w.buf)
	w.buf.WriteByte(':')
}

// plan is how to write objects of one GraphQL type and Go type with one
// selection set: the fields gqlgen would collect, in order, each with its
// response key and where its value lives. An answer of a hundred
// recipients writes each selection set a hundred times and plans it once.
type plan struct {
	typename []byte // the type's name as a JSON string, for __typename
	fields   []plannedField
}

type plannedField struct {
	key      []byte // `"alias":`
	typename bool   // __typename
	typ      *ast.Type
	bind     binding
	sel      ast.SelectionSet
}

// planKey identifies a selection set by its first selection's address in
// the parsed document, which is the same for every object it is written for.
type planKey struct {
	first  *ast.Selection
	n      int
	typ    string
	goType reflect.Type
}

func (w *writer) plan(typ string, goType reflect.Type, sel ast.SelectionSet) (*plan, error) {
	k := planKey{n: len(sel), typ: typ, goType: goType}
	if len(sel) > 0 {
		k.first = &sel[0]
	}
	if p, ok := w.plans[k]; ok {
		return p, nil
	}
	def := w.schema.Types[typ]
	if def == nil || def.Kind != ast.Object {
		return nil, errFallback
	}
	if goType.Kind() != reflect.Pointer || goType.Elem().Kind() != reflect.Struct {
		return nil, errFallback
	}
	var name bytes.Buffer
	graphql.MarshalString(typ).MarshalGQL(&name)
	p := &plan{typename: name.Bytes()}
	for _, f := range graphql.CollectFields(w.oc, sel, implementors(w.schema, def)) {
		var key bytes.Buffer
		graphql.MarshalString(f.Alias).MarshalGQL(&key)
		key.WriteByte(':')
		pf := plannedField{key: key.Bytes(), sel: f.Selections}
		if f.Name == "__typename" {
			pf.typename = true
		} else {
			fd := def.Fields.ForName(f.Name)
			if fd == nil || len(fd.Arguments) > 0 {
				return nil, errFallback
			}
			b, err := bindingOf(goType, f.Name)
			if err != nil {
				return nil, err
			}
			pf.typ, pf.bind = fd.Type, b
		}
		p.fields = append(p.fields, pf)
	}
	if w.plans == nil {
		w.plans = make(map[planKey]*plan)
	}
	w.plans[k] = p
	return p, nil
}

// object writes v (a non-nil pointer to a struct) as the GraphQL object
// typ with the selection sel.
func (w *writer) object(typ string, v reflect.Value, sel ast.SelectionSet) error {
	p, err := w.plan(typ, v.Type(), sel)
	if err != nil {
		return err
	}
	s := v.Elem()
	w.buf.WriteByte('{')
	for i := range p.fields {
		f := &p.fields[i]
		if i > 0 {
			w.buf.WriteByte(',')
		}
		w.buf.Write(f.key)
		if f.typename {
			w.buf.Write(p.typename)
			continue
		}
		val, err := f.bind.value(s)
		if err != nil {
			return err
		}
		if err := w.value(f.typ, val, f.sel); err != nil {
			return err
		}
	}
	w.buf.WriteByte('}')
	return nil
}

// value writes val as a value of the GraphQL type t.
func (w *writer) value(t *ast.Type, val reflect.Value, sel ast.SelectionSet) error {
	for val.Kind() == reflect.Pointer || val.Kind() == reflect.Interface {
		if val.IsNil() {
			if t.NonNull {
				return errFallback // gqlgen reports the error
			}
			w.buf.WriteString("null")
			return nil
		}
		if val.Kind() == reflect.Pointer && val.Elem().Kind() == reflect.Struct && !isScalarType(val.Elem().Type()) {
			break // objects are written through their pointer
		}
		val = val.Elem()
	}
	if t.Elem != nil {
		if val.Kind() != reflect.Slice {
			return errFallback
		}
		if val.IsNil() && !t.NonNull {
			w.buf.WriteString("null")
			return nil
		}
		w.buf.WriteByte('[')
		for i := 0; i < val.Len(); i++ {
			if i > 0 {
				w.buf.WriteByte(',')
			}
			if err := w.value(t.Elem, val.Index(i), sel); err != nil {
				return err
			}
		}
		w.buf.WriteByte(']')
		return nil
	}
	def := w.schema.Types[t.NamedType]
	if def == nil {
		return errFallback
	}
	switch def.Kind {
	case ast.Object:
		if val.Kind() == reflect.Struct {
			if !val.CanAddr() {
				return errFallback
			}
			val = val.Addr()
		}
		return w.object(def.Name, val, sel)
	case ast.Enum:
		m, ok := val.Interface().(graphql.Marshaler)
		if !ok {
			return errFallback
		}
		m.MarshalGQL(&w.buf)
		return nil
	case ast.Scalar:
		return w.scalar(def.Name, val)
	}
	return errFallback
}

// scalar writes the built-in scalars and Time the way gqlgen's marshalers
// for this schema do.
func (w *writer) scalar(name string, val reflect.Value) error {
	var m graphql.Marshaler
	switch k := val.Kind(); {
	case name == "ID" && k == reflect.Int:
		m = graphql.MarshalIntID(int(val.Int()))
	case name == "ID" && k == reflect.String:
		m = graphql.MarshalID(val.String())
	case name == "String" && k == reflect.String:
		m = graphql.MarshalString(val.String())
	case name == "Boolean" && k == reflect.Bool:
		m = graphql.MarshalBoolean(val.Bool())
	case name == "Int" && k >= reflect.Int && k <= reflect.Int64:
		m = graphql.MarshalInt64(val.Int())
	case name == "Float" && (k == reflect.Float64 || k == reflect.Float32):
		m = graphql.MarshalFloat(val.Float())
	case name == "Time" && val.Type() == timeType:
		m = graphql.MarshalTime(val.Interface().(time.Time))
	default:
		return errFallback
	}
	if m == graphql.Null {
		return errFallback
	}
	m.MarshalGQL(&w.buf)
	return nil
}

var timeType = reflect.TypeFor[time.Time]()

func isScalarType(t reflect.Type) bool { return t == timeType }

// binding says where a GraphQL field's value lives in a Go struct.
type binding struct {
	field []int // struct field index, or
	edge  int   // index of the Edges struct field, with
	orErr int   // the method index of the edge's XOrErr on *Edges
	// or a field this schema computes from the object alone, the same
	// function its resolver calls.
	computed func(obj reflect.Value) reflect.Value
}

// computedFields are the resolver fields the fast path writes itself: each
// calls the function the resolver calls, on the object alone.
var computedFields = map[bindKey]func(obj reflect.Value) reflect.Value{
	{reflect.TypeFor[*ent.Transfer](), "appliesTo"}: func(v reflect.Value) reflect.Value {
		return reflect.ValueOf(record.TransferScope(v.Interface().(*ent.Transfer)))
	},
	{reflect.TypeFor[*ent.RetentionRule](), "appliesTo"}: func(v reflect.Value) reflect.Value {
		return reflect.ValueOf(record.RetentionScope(v.Interface().(*ent.RetentionRule)))
	},
	{reflect.TypeFor[*ent.DataSubjectRight](), "appliesTo"}: func(v reflect.Value) reflect.Value {
		return reflect.ValueOf(record.RightScope(v.Interface().(*ent.DataSubjectRight)))
	},
}

// value returns the bound value in s (a struct): the struct field, or the
// ent edge if it is loaded (nil if loaded and absent).
func (b binding) value(s reflect.Value) (reflect.Value, error) {
	if b.computed != nil {
		return b.computed(s.Addr()), nil
	}
	if b.field != nil {
		return s.FieldByIndex(b.field), nil
	}
	out := s.Field(b.edge).Addr().Method(b.orErr).Call(nil)
	if !out[1].IsNil() {
		if ent.IsNotFound(out[1].Interface().(error)) {
			return reflect.Zero(out[0].Type()), nil // loaded, and absent
		}
		return reflect.Value{}, errFallback // not loaded
	}
	return out[0], nil
}

var bindings sync.Map // bindKey → bindingOrErr

type bindKey struct {
	t    reflect.Type
	name string
}

type bindingOrErr struct {
	b   binding
	err error
}

// bindingOf is findBinding, remembered: a type's bindings do not change.
func bindingOf(pt reflect.Type, name string) (binding, error) {
	k := bindKey{pt, name}
	v, ok := bindings.Load(k)
	if !ok {
		b, err := findBinding(pt, name)
		v, _ = bindings.LoadOrStore(k, bindingOrErr{b, err})
	}
	r := v.(bindingOrErr)
	return r.b, r.err
}

// findBinding returns where the GraphQL field name of a *struct of type pt
// lives: the struct field gqlgen binds it to, or an ent edge, read from
// the Edges struct. A field gqlgen would resolve through a method or
// resolver of another kind is not supported.
func findBinding(pt reflect.Type, name string) (binding, error) {
	if f, ok := computedFields[bindKey{pt, name}]; ok {
		return binding{computed: f}, nil
	}
	st := pt.Elem()
	if m, ok := methodFold(pt, name); ok {
		// ent edges: func (x *T) Name(ctx) (*U, error), loaded in
		// x.Edges.NameOrErr(). List edges read named edges by alias and
		// are left to gqlgen.
		ef, ok := st.FieldByName("Edges")
		if !ok {
			return binding{}, errFallback
		}
		orErr, ok := reflect.PointerTo(ef.Type).MethodByName(m + "OrErr")
		if !ok || orErr.Type.NumOut() != 2 || orErr.Type.Out(0).Kind() != reflect.Pointer {
			return binding{}, errFallback
		}
		return binding{edge: ef.Index[0], orErr: orErr.Index}, nil
	}
	for i := 0; i < st.NumField(); i++ {
		f := st.Field(i)
		if f.IsExported() && strings.EqualFold(f.Name, name) {
			return binding{field: f.Index}, nil
		}
	}
	return binding{}, errFallback
}

// methodFold reports the exported method of t whose name matches name, as
// gqlgen's binder matches them (case-insensitively).
func methodFold(t reflect.Type, name string) (string, bool) {
	for i := 0; i < t.NumMethod(); i++ {
		if m := t.Method(i); strings.EqualFold(m.Name, name) {
			return m.Name, true
		}
	}
	return "", false
}

var implementorsCache sync.Map // type name → []string

// implementors is the object's name and its interfaces', the type
// conditions its fragments may name.
func implementors(s *ast.Schema, def *ast.Definition) []string {
	if v, ok := implementorsCache.Load(def.Name); ok {
		return v.([]string)
	}
	out := append([]string{def.Name}, def.Interfaces...)
	for _, u := range s.Types {
		if u.Kind == ast.Union {
			for _, t := range u.Types {
				if t == def.Name {
					out = append(out, u.Name)
				}
			}
		}
	}
	implementorsCache.Store(def.Name, out)
	return out
}
