package extract

import (
	"regexp"
	"strings"
	"time"
)

var (
	reUpdated = mustRx(`(?i)(?:last\s+(?:updated|modified|revised|changed|reviewed|amended)|effective(?:\s+date|\s+as\s+of|\s+from|\s+on)?|(?:^|\s)updated(?:\s+on)?|revised(?:\s+on)?|version\s+date|date\s+of\s+(?:last\s+)?(?:update|revision)|date\s+of\s+(?:this|the\s+current)\s+(?:version|notice|policy|statement)|valid\s+from|as\s+of)\s*(?:on|as of)?\s*[:\-–—]?\s*`)
	months    = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`
	reDateMDY = mustRx(`(?i)^` + months + `\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})`)
	reDateDMY = mustRx(`(?i)^(\d{1,2})(?:st|nd|rd|th)? (?:of )?` + months + `\.?,? (\d{4})`)
	reDateISO = mustRx(`^(\d{4})-(\d{2})-(\d{2})`)
	reDateNum = mustRx(`^(\d{1,2})([./-])(\d{1,2})[./-](\d{4})`)
	reDateMY  = mustRx(`(?i)^` + months + `\.? (\d{4})`)
)

var monthNum = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

func monthOf(s string) int { return monthNum[strings.ToLower(s)[:3]] }

func parseDate(s string) string {
	mk := func(y, m, d int) string {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Month() != time.Month(m) || t.Day() != d || y < 1990 || y > 2100 {
			return ""
		}
		return t.Format("2006-01-02")
	}
	atoi := func(s string) int {
		n := 0
		for _, c := range s {
			n = n*10 + int(c-'0')
		}
		return n
	}
	if m := reDateMDY.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[3]), monthOf(m[1]), atoi(m[2]))
	}
	if m := reDateDMY.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[3]), monthOf(m[2]), atoi(m[1]))
	}
	if m := reDateISO.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := reDateNum.FindStringSubmatch(s); m != nil {
		a, b := atoi(m[1]), atoi(m[3])
		if m[2] == "." || a > 12 {
			return mk(atoi(m[4]), b, a)
		}
		return mk(atoi(m[4]), a, b)
	}
	if m := reDateMY.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[2]), monthOf(m[1]), 1)
	}
	return ""
}

// reSelfName: how the notice names itself.
var reSelfName = regexp.MustCompile(`\b[Tt]his (Privacy (?:Policy|Notice|Statement))\b`)

func (x *extractor) document() Document {
	d := Document{Title: x.title(), LastUpdated: x.lastUpdated()}
	if x.orgName != "" || x.orgEmail != "" {
		d.Controller = &Controller{Name: x.orgName, Email: x.orgEmail, Address: x.orgAddr, Reason: x.orgReason}
		if x.orgName != "" && x.orgUnit >= 0 && x.orgUnit < len(x.units) {
			u := &x.units[x.orgUnit]
			if sp, ok := x.span(u.blk, u.s, u.e); ok {
				d.Controller.Evidence = &sp
			}
		}
	}
	return d
}

// title is the notice's title: the HTML <title> (or the first <h1>), else
// the highest heading near the top.
func (x *extractor) title() string {
	if x.htmlTitle != "" {
		return x.htmlHeading()
	}
	best := x.titleBlock()
	title := ""
	if best >= 0 {
		title = string(x.blocks[best].text)
	}
	// No heading names the document, but the text does ("This Privacy
	// Policy describes ..."): the controller's short name and that name.
	if best < 0 || titleScore(&x.blocks[best]) < 10 {
		if m := reSelfName.FindStringSubmatch(string(x.src[:min(len(x.src), 4000)])); m != nil && x.orgName != "" {
			short := strings.TrimSpace(strings.Split(x.orgName, ",")[0])
			if f := strings.Fields(short); len(f) > 1 && isCorpSuffix(f[len(f)-1]) {
				short = strings.Join(f[:len(f)-1], " ")
			}
			title = short + " " + m[1]
		}
	}
	return title
}

// titleBlock returns the highest heading near the top, one that says
// what the document is ("Privacy Policy") before others, never a date
// line ("Last updated: 10-14-2020") or navigation; -1 if none.
func (x *extractor) titleBlock() int {
	best := -1
	for i := range x.blocks[:min(len(x.blocks), 12)] {
		b := &x.blocks[i]
		if b.kind != kindHeading || len(b.text) >= 150 || reUpdated.MatchString(string(b.text)) {
			continue
		}
		if best < 0 || titleScore(b) > titleScore(&x.blocks[best]) {
			best = i
		}
	}
	if best < 0 && len(x.blocks) > 0 && len(x.blocks[0].text) < 150 && !reUpdated.MatchString(string(x.blocks[0].text)) {
		best = 0
	}
	return best
}

func titleScore(b *block) int {
	l := strings.ToLower(string(b.text))
	sc := 0
	if strings.Contains(l, "privacy") || strings.Contains(l, "policy") || strings.Contains(l, "notice") || strings.Contains(l, "statement") {
		sc += 10
	}
	if b.level > 0 {
		sc += 7 - b.level
	}
	return sc
}

// htmlHeading is the title of an HTML notice: its first <h1> near the
// top, else its <title> without the site name ("Privacy Notice | Acme").
func (x *extractor) htmlHeading() string {
	for i := range x.blocks[:min(len(x.blocks), 12)] {
		if b := &x.blocks[i]; b.kind == kindHeading && b.level == 1 {
			return string(b.text)
		}
	}
	t := x.htmlTitle
	for _, sep := range []string{" | ", " – ", " — ", " - "} {
		if i := strings.Index(t, sep); i > 0 {
			l, r := t[:i], t[i+len(sep):]
			if strings.Contains(strings.ToLower(r), "privacy") && !strings.Contains(strings.ToLower(l), "privacy") {
				return r
			}
			return l
		}
	}
	return t
}

// lastUpdated is the first date stated as the notice's date ("Last
// updated: 10 March 2024", "Effective as of 2024-03-10").
func (x *extractor) lastUpdated() *string {
	for i := range x.units {
		u := &x.units[i]
		for _, m := range reUpdated.FindAllStringIndex(u.text, -1) {
			if s := parseDate(u.text[m[1]:]); s != "" {
				return &s
			}
		}
	}
	return nil
}
