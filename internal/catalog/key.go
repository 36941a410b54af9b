package catalog

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// folded are the letters that do not decompose into a base letter and a
// mark, written as the ASCII letters they are spelled with in keys.
var folded = strings.NewReplacer("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i")

// Key makes a catalog key of a name, the form the importers give the
// organizations and systems they create: lower-case ASCII letters and
// digits, accents dropped ("Müller Café GmbH" -> muller_cafe_gmbh), any
// other run of characters one underscore. A name with no Latin letter or
// digit (株式会社メルカリ) gets fallback and a digest of the name, so two such
// names get two keys; a blank name gets fallback.
func Key(name, fallback string) string {
	s := folded.Replace(strings.ToLower(name))
	var b strings.Builder
	gap := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r): // the accent of a decomposed letter
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if gap && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			gap = false
		default:
			gap = true
		}
	}
	if b.Len() == 0 {
		if strings.TrimSpace(name) == "" {
			return fallback
		}
		sum := sha256.Sum256([]byte(name))
		return fallback + "_" + hex.EncodeToString(sum[:4])
	}
	return b.String()
}
