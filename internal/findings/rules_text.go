package findings

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/ropacatalog/ropa/ent"
)

// The rules below read a notice's own words, since a template leftover or
// a stray address is no fact of the record. Their evidence is the
// sentence of the notice where the words stand.

// sentenceAround returns the sentence of text around bytes [i, j) as a
// citation of notice d.
func sentenceAround(d *ent.PolicyDocument, i, j int) Citation {
	t := d.Text
	start := strings.LastIndexByte(t[:i], '\n') + 1
	for k := i - 1; k > start; k-- {
		if t[k-1] == '.' && spaceAt(t, k) {
			start = k
			break
		}
	}
	for start < i && spaceAt(t, start) {
		start += spaceLen(t, start)
	}
	end := len(t)
	if k := strings.IndexByte(t[j:], '\n'); k >= 0 {
		end = j + k
	}
	for k := j; k < end; k++ {
		if t[k] == '.' && (k+1 == len(t) || spaceAt(t, k+1)) {
			end = k + 1
			break
		}
	}
	end = len(strings.TrimRight(t[:end], " \r\t"))
	return Citation{Document: d.Title, Source: source(d), Start: start, End: end, Quote: t[start:end], documentID: d.ID}
}

// spaceAt reports whether a space, tab, line break or no-break space
// starts at byte k of t.
func spaceAt(t string, k int) bool { return spaceLen(t, k) > 0 }

func spaceLen(t string, k int) int {
	switch {
	case k >= len(t):
		return 0
	case t[k] == ' ' || t[k] == '\t' || t[k] == '\n' || t[k] == '\r':
		return 1
	case strings.HasPrefix(t[k:], "\u00a0"):
		return 2
	}
	return 0
}

// sentencesMatching returns the sentences of d where re matches.
func sentencesMatching(d *ent.PolicyDocument, re *regexp.Regexp) []Citation {
	var out []Citation
	for _, m := range re.FindAllStringIndex(d.Text, -1) {
		ct := sentenceAround(d, m[0], m[1])
		if !slices.Contains(out, ct) {
			out = append(out, ct)
		}
	}
	return out
}

// currentNotices are the organization's current notices, with their text,
// by title.
func (c *check) currentNotices() []*ent.PolicyDocument {
	var out []*ent.PolicyDocument
	for _, n := range c.org.Notices {
		if d := c.texts[n.ID]; d != nil && d.Current {
			out = append(out, d)
		}
	}
	return out
}

// words are the lower-cased words of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
}

// ownNames are the words that name the organization or a company it
// names as a recipient: its key, its name, its domains, and the names of
// the named recipients its activities disclose to.
func (c *check) ownNames() map[string]bool {
	own := map[string]bool{}
	add := func(s string) {
		for _, w := range words(s) {
			own[w] = true
		}
	}
	add(c.org.Key)
	add(c.org.Name)
	for _, d := range c.orgDomains() {
		add(d)
	}
	for w := range c.recipientNames() {
		own[w] = true
	}
	return own
}

// recipientNames are the words of the names of the companies the
// organization's activities disclose to.
func (c *check) recipientNames() map[string]bool {
	own := map[string]bool{}
	for _, a := range c.org.Activities {
		for _, d := range a.Edges.Disclosures {
			if r := d.Edges.Recipient; r != nil && r.Named {
				for _, w := range words(r.Name) {
					own[w] = true
				}
			}
		}
	}
	return own
}

// selfReference matches the phrases where a notice names the company it
// speaks for: "X's terms of service", "X's privacy policy", "(not) a X
// customer".
var selfReference = regexp.MustCompile(`(?i)\b([a-z][a-z0-9&-]*)['’]s (terms of service|terms of use|terms and conditions|privacy (policy|notice|statement))\b|\b(?:are|be|become) (?:not )?an? ([a-z][a-z0-9&-]*) (customer|user|account holder)s?\b`)

// generic are words that stand in those phrases without naming a company.
var generic = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`third party party owner owners site website websites company companies user users
		customer customers child children parent parents person individual business registered new existing current
		former potential prospective paying our their your its the this that such other another each any every
		california eu uk us applicant premium free trial enterprise corporate service services platform app
		application account partner partners vendor provider affiliate operator advertiser merchant member guest
		visitor consumer resident employee client`) {
		generic[w] = true
	}
}

// namesOtherCompany: a current notice names another company where it
// speaks of its own terms, policy or customers (a template copied from
// another company's notice).
func namesOtherCompany(c *check) []Finding {
	own := c.ownNames()
	var out []Finding
	for _, d := range c.currentNotices() {
		found := map[string][]Citation{}
		var order []string
		for _, m := range selfReference.FindAllStringSubmatchIndex(d.Text, -1) {
			g := 2
			if m[2] < 0 {
				g = 8
			}
			name := strings.ToLower(d.Text[m[g]:m[g+1]])
			if own[name] || generic[name] {
				continue
			}
			if _, ok := found[name]; !ok {
				order = append(order, name)
			}
			if ct := sentenceAround(d, m[0], m[1]); !slices.Contains(found[name], ct) {
				found[name] = append(found[name], ct)
			}
		}
		for _, name := range order {
			f := c.finding(fmt.Sprintf("The notice of %s speaks of %q as of itself (%d times): text left over from another company's notice.",
				c.org.Name, name, len(found[name])), nil, d.Title, name, d)
			f.cite(found[name]...)
			out = append(out, f)
		}
	}
	return out
}

// email matches an e-mail address; group 1 is its domain.
var email = regexp.MustCompile(`\b[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)`)

// registrable is the registrable domain of a host ("www.ujet.cx" ->
// "ujet.cx"), or the host itself when it has none.
func registrable(host string) string {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}

// hostOf reads the host of a website field given with or without a scheme.
func hostOf(site string) string {
	if !strings.Contains(site, "://") {
		site = "https://" + site
	}
	u, err := url.Parse(site)
	if err != nil {
		return ""
	}
	return u.Hostname()
}

// orgDomains are the registrable domains of the organization: its
// website's, its e-mail's, its DPO's and representative's, and its
// notices' addresses.
func (c *check) orgDomains() []string {
	var out []string
	add := func(host string) {
		if host == "" {
			return
		}
		if d := registrable(host); !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	add(hostOf(c.org.Website))
	for _, e := range []string{c.org.Email, c.org.DpoEmail, c.org.RepresentativeEmail} {
		if _, host, ok := strings.Cut(e, "@"); ok {
			add(host)
		}
	}
	for _, n := range c.org.Notices {
		if n.URL != "" {
			add(hostOf(n.URL))
		}
	}
	return out
}

// contactOtherDomain: a current notice gives an e-mail address on a domain
// that is neither the organization's nor that of a company the notice
// names as a recipient (an address under the organization's own name on
// another domain, ujet.co for ujet.cx, is one).
func contactOtherDomain(c *check) []Finding {
	domains := c.orgDomains()
	if len(domains) == 0 {
		return nil
	}
	named := c.recipientNames()
	self := map[string]bool{}
	for _, w := range append(words(c.org.Key), words(c.org.Name)...) {
		self[w] = true
	}
	var out []Finding
	for _, d := range c.currentNotices() {
		found := map[string][]Citation{}
		var order []string
		for _, m := range email.FindAllStringSubmatchIndex(d.Text, -1) {
			addr := strings.ToLower(d.Text[m[0]:m[1]])
			dom := registrable(d.Text[m[2]:m[3]])
			label, _, _ := strings.Cut(dom, ".")
			if slices.Contains(domains, dom) || named[label] && !self[label] {
				continue
			}
			if _, ok := found[addr]; !ok {
				order = append(order, addr)
			}
			if ct := sentenceAround(d, m[0], m[1]); !slices.Contains(found[addr], ct) {
				found[addr] = append(found[addr], ct)
			}
		}
		for _, addr := range order {
			f := c.finding(fmt.Sprintf("The notice gives the address %s, on a domain that is not %s's (%s).",
				addr, c.org.Name, strings.Join(domains, ", ")), nil, d.Title, addr, d)
			f.cite(found[addr]...)
			out = append(out, f)
		}
	}
	return out
}
