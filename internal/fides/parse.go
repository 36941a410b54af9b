package fides

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// File is one parsed fideslang file: its bytes, as read, and its resources.
type File struct {
	Path string // as given, or relative to the directory read
	Src  []byte
	Project
}

// Error is a problem with a Fides project, at a line of one of its files.
type Error struct {
	File  string
	Line  int
	Field string // the resource and field, e.g. system checkout: privacy_declarations[0].data_use
	Msg   string
}

func (e *Error) Error() string {
	loc := e.File
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	if e.Field != "" {
		return fmt.Sprintf("%s: %s: %s", loc, e.Field, e.Msg)
	}
	return fmt.Sprintf("%s: %s", loc, e.Msg)
}

// ReadPath reads a Fides project from a file or from every .yml and .yaml
// file under a directory, in path order.
func ReadPath(path string) ([]*File, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		f, err := Parse(filepath.Base(path), src)
		if err != nil {
			return nil, err
		}
		return []*File{f}, nil
	}
	var names []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != path && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".yml") || strings.HasSuffix(p, ".yaml")) {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no .yml or .yaml files in the directory", path)
	}
	var files []*File
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		rel, _ := filepath.Rel(path, name)
		f, err := Parse(filepath.ToSlash(rel), src)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

var lineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// Parse decodes one fideslang file. Every document of the file is read;
// a key fideslang does not define is an error naming its line.
func Parse(name string, src []byte) (*File, error) {
	f := &File{Path: name, Src: src}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, yamlError(name, err)
		}
		if len(doc.Content) == 0 {
			continue
		}
		root := doc.Content[0]
		if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
			continue
		}
		if root.Kind != yaml.MappingNode {
			return nil, &Error{File: name, Line: root.Line, Msg: "a fideslang file is a mapping of resource types (system, dataset, organization, data_category, data_use, data_subject) to lists"}
		}
		if n := nullItem(root); n != nil {
			return nil, &Error{File: name, Line: n.Line, Msg: "a list item is empty"}
		}
		var p Project
		if err := checkKeys(root, reflect.TypeOf(p), "the file"); err != nil {
			return nil, withFile(name, err)
		}
		if err := root.Decode(&p); err != nil {
			return nil, yamlError(name, err)
		}
		f.Organization = append(f.Organization, p.Organization...)
		f.DataCategory = append(f.DataCategory, p.DataCategory...)
		f.DataUse = append(f.DataUse, p.DataUse...)
		f.DataSubject = append(f.DataSubject, p.DataSubject...)
		f.System = append(f.System, p.System...)
		f.Dataset = append(f.Dataset, p.Dataset...)
	}
	return f, nil
}

// nullItem finds the first empty (null) item of a list under n: yaml.v3
// decodes one as a nil pointer, which no resource may be.
func nullItem(n *yaml.Node) *yaml.Node {
	for _, c := range n.Content {
		item := c
		if c.Kind == yaml.AliasNode && c.Alias != nil {
			item = c.Alias
		}
		if n.Kind == yaml.SequenceNode && item.Kind == yaml.ScalarNode && item.Tag == "!!null" {
			return c
		}
		if found := nullItem(c); found != nil {
			return found
		}
	}
	return nil
}

// yamlError turns a decoding error into an Error with the line yaml.v3 gives.
func yamlError(file string, err error) error {
	var e *Error
	if errors.As(err, &e) {
		return withFile(file, e)
	}
	msgs := []string{err.Error()}
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	m := lineRE.FindStringSubmatch(strings.TrimSpace(msgs[0]))
	if m == nil {
		return &Error{File: file, Msg: msgs[0]}
	}
	var line int
	fmt.Sscan(m[1], &line)
	msg := strings.ReplaceAll(m[2], "fides.", "")
	if rest := len(msgs) - 1; rest > 0 {
		msg += fmt.Sprintf(" (and %d more)", rest)
	}
	return &Error{File: file, Line: line, Msg: msg}
}

func withFile(file string, err error) error {
	var e *Error
	if errors.As(err, &e) {
		c := *e
		c.File = file
		return &c
	}
	return err
}

// checkKeys fails on a key of mapping n that type t does not declare.
func checkKeys(n *yaml.Node, t reflect.Type, what string) error {
	if n.Kind != yaml.MappingNode {
		return &Error{Line: n.Line, Msg: fmt.Sprintf("%s must be a mapping", what)}
	}
	allowed := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
		if tag != "" && tag != "-" {
			allowed[tag] = true
		}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !allowed[k.Value] {
			var known []string
			for a := range allowed {
				known = append(known, a)
			}
			sort.Strings(known)
			return &Error{Line: k.Line, Field: k.Value,
				Msg: fmt.Sprintf("fideslang defines no such field in %s (known: %s)", what, strings.Join(known, ", "))}
		}
	}
	return nil
}

// decodeChecked decodes n into v (a pointer to a struct) after checking its
// keys.
func decodeChecked[T any](n *yaml.Node, v *T, what string) error {
	if err := checkKeys(n, reflect.TypeOf(*v), what); err != nil {
		return err
	}
	return n.Decode(v)
}

func (o *Organization) UnmarshalYAML(n *yaml.Node) error {
	type plain Organization
	if err := decodeChecked(n, (*plain)(o), "an organization"); err != nil {
		return err
	}
	o.node = n
	return nil
}

func (x *TaxonomyItem) UnmarshalYAML(n *yaml.Node) error {
	type plain TaxonomyItem
	if err := decodeChecked(n, (*plain)(x), "a taxonomy entry"); err != nil {
		return err
	}
	x.node = n
	return nil
}

func (s *System) UnmarshalYAML(n *yaml.Node) error {
	type plain System
	if err := decodeChecked(n, (*plain)(s), "a system"); err != nil {
		return err
	}
	s.node = n
	return nil
}

func (d *Declaration) UnmarshalYAML(n *yaml.Node) error {
	type plain Declaration
	if err := decodeChecked(n, (*plain)(d), "a privacy declaration"); err != nil {
		return err
	}
	d.node = n
	return nil
}

func (d *DataFlow) UnmarshalYAML(n *yaml.Node) error {
	type plain DataFlow
	if err := decodeChecked(n, (*plain)(d), "a data flow"); err != nil {
		return err
	}
	d.node = n
	return nil
}

func (d *Dataset) UnmarshalYAML(n *yaml.Node) error {
	type plain Dataset
	if err := decodeChecked(n, (*plain)(d), "a dataset"); err != nil {
		return err
	}
	d.node = n
	return nil
}

func (c *Collection) UnmarshalYAML(n *yaml.Node) error {
	type plain Collection
	if err := decodeChecked(n, (*plain)(c), "a collection"); err != nil {
		return err
	}
	c.node = n
	return nil
}

func (f *Field) UnmarshalYAML(n *yaml.Node) error {
	type plain Field
	if err := decodeChecked(n, (*plain)(f), "a field"); err != nil {
		return err
	}
	f.node = n
	return nil
}

// line is the line a node starts on, 0 for none.
func line(n *yaml.Node) int {
	if n == nil {
		return 0
	}
	return n.Line
}

// keyLine is the line of key k in mapping n, else n's line.
func keyLine(n *yaml.Node, k string) int {
	if v := child(n, k); v != nil {
		return v.Line
	}
	return line(n)
}

// child returns the value of key k in mapping n, or nil.
func child(n *yaml.Node, k string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == k {
			return n.Content[i+1]
		}
	}
	return nil
}

// span returns the byte range of src that node n was read from: from its
// first character to the end of its last line.
func span(src []byte, n *yaml.Node) (start, end int, ok bool) {
	if n == nil || n.Line == 0 {
		return 0, 0, false
	}
	starts := lineStarts(src)
	if n.Line > len(starts) {
		return 0, 0, false
	}
	ls := starts[n.Line-1]
	start = ls
	// Column counts characters from 1.
	for c := 1; c < n.Column && start < len(src) && src[start] != '\n'; c++ {
		_, size := utf8.DecodeRune(src[start:])
		start += size
	}
	last := lastLine(n)
	if last > len(starts) {
		last = len(starts)
	}
	end = len(src)
	if last < len(starts) {
		end = starts[last] - 1 // the newline ending the last line
	}
	for end > start && (src[end-1] == ' ' || src[end-1] == '\r' || src[end-1] == '\t' || src[end-1] == '\n') {
		end--
	}
	return start, end, end > start
}

func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' && i+1 < len(src) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lastLine is the last line a node's text occupies.
func lastLine(n *yaml.Node) int {
	l := n.Line
	if n.Kind == yaml.ScalarNode {
		switch n.Style {
		case yaml.LiteralStyle, yaml.FoldedStyle:
			l += strings.Count(strings.TrimRight(n.Value, "\n"), "\n") + 1
		}
	}
	for _, c := range n.Content {
		if c.Kind == yaml.AliasNode {
			continue
		}
		if cl := lastLine(c); cl > l {
			l = cl
		}
	}
	return l
}
