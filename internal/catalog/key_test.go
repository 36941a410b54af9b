package catalog

import (
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	for name, want := range map[string]string{
		"Müller Café GmbH":   "muller_cafe_gmbh",
		"Straße & Söhne AG":  "strasse_sohne_ag",
		"Ærø Søndergård ApS": "aero_sondergard_aps",
		"Łódź Sp. z o.o.":    "lodz_sp_z_o_o",
		"Careers site":       "careers_site",
		"  UJET, Inc.  ":     "ujet_inc",
		"ＡＢＣ Ｃｏｒｐ":           "abc_corp", // full-width letters fold to ASCII
		"   ":                "org",
	} {
		if got := Key(name, "org"); got != want {
			t.Errorf("Key(%q) = %q, want %q", name, got, want)
		}
	}
	// Names with no Latin letter get distinct keys, not one shared "org".
	a, b := Key("株式会社メルカリ", "org"), Key("ヤフー株式会社", "org")
	if a == b || !strings.HasPrefix(a, "org_") || !strings.HasPrefix(b, "org_") {
		t.Errorf("non-Latin names: %q and %q, want two distinct org_ keys", a, b)
	}
}
