package extract

import "strings"

// Recipient lists read by what they hold: a Markdown or HTML list whose
// items each start with a link whose text is a name, under a heading or
// lead-in about sharing, processors or third parties, is a list of
// recipients, whatever the names:
//
//	* [Buttondown](https://buttondown.email/legal/privacy). Email newsletter service.
//	<li><a href="...">Acme Cloud</a> – hosting</li>
//
// One such item alone is not enough: its neighbour in the list must be
// one too.

// reRecipientList: a heading or lead-in that says its list is one of
// recipients.
var reRecipientList = mustRx(`sub-?processors|processors|third[- ]part(?:y|ies) (?:service|provider|vendor|recipient)|service providers|vendors|recipients`)

// linkName returns the name a list item block starts with when that is
// the whole text of a link, and where the name ends in the block's text;
// "" when the item does not start with a link, the link text is no
// proper name, or the item goes on into a sentence rather than a
// description ("[Name](url). Description.", "[Name](url) - purpose").
func (x *extractor) linkName(bi int) (string, int) {
	if bi < 0 || bi >= len(x.blocks) {
		return "", -1
	}
	b := &x.blocks[bi]
	if b.kind != kindItem || len(b.text) == 0 || b.starts[0] == 0 {
		return "", -1
	}
	if !x.linkOpens(b.starts[0]) {
		return "", -1
	}
	// The link text ends where the next source byte closes the link.
	end := -1
	for i := 0; i < len(b.text) && i < 80; i++ {
		if x.linkCloses(b.ends[i]) {
			end = i + 1
			break
		}
	}
	if end < 0 {
		return "", -1
	}
	text := string(b.text)
	name := strings.TrimSpace(text[:end])
	rest := strings.TrimLeft(text[end:], " ")
	if rest != "" {
		ok := false
		for _, p := range []string{". ", "- ", "– ", "— ", ": ", ", ", "("} {
			ok = ok || strings.HasPrefix(rest, p)
		}
		if !ok && rest != "." {
			return "", -1
		}
	}
	if n := properName(name); n == "" || n != strings.TrimRight(name, ".,;:") || notRecipient(n) || genericNoun(n) && !startsWithVendor(n) || strings.Contains(strings.ToLower(n), "privacy") || strings.HasPrefix(strings.ToLower(n), "http") {
		return "", -1
	}
	return strings.TrimRight(name, ".,;:"), end
}

// linkOpens reports whether the source byte before offset s opens a
// link: "[" (Markdown) or an <a ...> tag (HTML).
func (x *extractor) linkOpens(s int) bool {
	src := x.src
	if s <= 0 || s > len(src) {
		return false
	}
	if src[s-1] == '[' {
		return true
	}
	if src[s-1] != '>' {
		return false
	}
	lt := strings.LastIndexByte(string(src[max(0, s-400):s]), '<')
	if lt < 0 {
		return false
	}
	tag := strings.ToLower(string(src[max(0, s-400)+lt : s]))
	return strings.HasPrefix(tag, "<a ") || tag == "<a>"
}

// linkCloses reports whether the source at offset e closes a link: "]("
// (Markdown) or "</a>" (HTML).
func (x *extractor) linkCloses(e int) bool {
	src := x.src
	if e+1 < len(src) && src[e] == ']' && src[e+1] == '(' {
		return true
	}
	return e+4 <= len(src) && strings.EqualFold(string(src[e:e+4]), "</a>")
}

// linkItems adds the name of a link list item under a sharing heading
// (the unit must be the item's first unit) when the item before or after
// it in the list is one too.
func (d *disclosure) linkItems() {
	x, u := d.x, d.u
	if !u.item || u.cell >= 0 || u.s != 0 || !d.ctx {
		return
	}
	n, end := x.linkName(u.blk)
	if n == "" || end > len(u.text) || x.isOrg(n) || insideNamed(d.named, 0, end) {
		return
	}
	if p, _ := x.linkName(u.blk - 1); p == "" {
		if q, _ := x.linkName(u.blk + 1); q == "" && !x.is(reRecipientList, u.ctx) {
			return // a lone link item counts only in a list of processors
		}
	}
	s := strings.Index(u.text, n)
	if s < 0 {
		return
	}
	d.named = append(d.named, [2]int{s, s + len(n)})
	d.add(n, d.kindOf(kindFromContext(u.ctx, "processor")), s, 0.6)
}

// startsWithVendor reports whether a name starts with a known vendor's
// ("Amazon Web Services", "Google Cloud Platform": not generic nouns).
func startsWithVendor(n string) bool {
	v := findVendors(n)
	return len(v) > 0 && v[0][2] == 0
}
