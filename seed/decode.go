package seed

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/agnivade/levenshtein"
	"gopkg.in/yaml.v3"
)

var lineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// decodeStrict decodes YAML, rejecting unknown keys, and returns errors as
// "LINE: reason".
func decodeStrict(src []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	err := dec.Decode(v)
	if err == nil {
		return nil
	}
	var te *yaml.TypeError
	msgs := []string{err.Error()}
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	// Report the first problem with its line.
	m := lineRE.FindStringSubmatch(strings.TrimSpace(msgs[0]))
	if m == nil {
		return fmt.Errorf("1: %s", msgs[0])
	}
	reason := strings.ReplaceAll(m[2], "seed.", "")
	if rest := len(msgs) - 1; rest > 0 {
		reason += fmt.Sprintf(" (and %d more)", rest)
	}
	return fmt.Errorf("%s: %s", m[1], reason)
}

func distance(a, b string) int { return levenshtein.ComputeDistance(a, b) }

// decodeNode decodes a mapping node into v (a pointer to a struct), failing
// on keys the struct does not declare, and stores the node's line in line.
func decodeNode(n *yaml.Node, v any, line *int) error {
	if n.Kind == yaml.MappingNode {
		allowed := yamlKeys(reflect.TypeOf(v).Elem())
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if !allowed[k.Value] {
				return fmt.Errorf("line %d: unknown key %q (known: %s)", k.Line, k.Value, strings.Join(sortedKeys(allowed), ", "))
			}
		}
	}
	if err := n.Decode(v); err != nil {
		return err
	}
	*line = n.Line
	return nil
}

func yamlKeys(t reflect.Type) map[string]bool {
	keys := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
		if tag != "" && tag != "-" {
			keys[tag] = true
		}
	}
	return keys
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
