package report

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestIndentJSON: indentJSON writes what json.Indent does.
func TestIndentJSON(t *testing.T) {
	for _, src := range []string{
		`{}`, `[]`, `{"a":[],"b":{},"c":[{}],"d":[[]]}`,
		`{"q":"say \"hi\", {[:,]}","e":"\\","u":"\u2028 é","n":null,"x":[1,2.5,-3e4,true,false]}`,
		`[{"a":{"b":{"c":[1,{"d":"]}"}]}}}]`,
	} {
		var want, got bytes.Buffer
		if err := json.Indent(&want, []byte(src), "", "  "); err != nil {
			t.Fatal(err)
		}
		if err := indentJSON(&got, []byte(src)); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("indentJSON(%s) =\n%s\nwant\n%s", src, got.String(), want.String())
		}
	}
}
