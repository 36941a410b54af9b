package extract

import (
	"strings"
)

var (
	// A public body's name ends like one.
	rePublicBody = mustRx(`(?:Agency|Office|Commission|Authority|Ministry|Department|Revenue|Customs|Police|Court|Council|Immigration|Service|Company|Board|Registry|Regulator)\b`)
	// reBodyHead: a word that makes a capitalised name a public body.
	reBodyHead = mustRx(`\b(?:Agency|Office|Commission|Commissioners|Authority|Ministry|Department|Revenue|Customs|Police|Court|Courts|Council|Service|Board|Registry|Regulator|Inspectorate|Bureau|Tribunal|Ombudsman|Administration|Directorate|Executive|Garda|Gardai|Gardaí|Constabulary|Prosecutor|Prosecution|Unit)\b|\b(?:Central )?Bank of\b|\bCentral Bank\b`)
	// reBodyLead: where a list of recipients starts.
	reBodyLead = mustRx(`\b(?:disclos\w*|shar\w*|provid\w*|pass\w*|report\w*|send\w*|sent|giv\w*|transfer\w*|notif\w*|make\w* (?:\w+ ){0,3}available)(?: [\w'’]+){0,4} (?:to|with) |\b(?:including|such as|e\.g\.,?|for example,?|for instance,?|namely) `)
	// reDepartment: "Department of Enterprise, Trade and Employment".
	reDepartment = mustRx(`\b(?:Department|Ministry|Minister) (?:of|for) (?:the )?[A-Z][\w'’]*(?: [A-Z][\w'’]*)*(?:, [A-Z][\w'’]*(?: [A-Z][\w'’]*)*)*,? and [A-Z][\w'’]*(?: [A-Z][\w'’]*)*`)
)

// bodyNames finds named public bodies in a list that follows a disclosure
// verb or an example lead, or that starts a list item under a sharing
// heading.
func bodyNames(u *unit, ctx bool) []listed {
	if !hasLower(u.text) || !strings.ContainsAny(u.text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || !u.on(reBodyHeadLower) {
		return nil
	}
	text := blankAsides(u.text)
	var out []listed
	seen := map[int]bool{}
	for _, st := range bodyStarts(u, text, ctx) {
		if seen[st] || st >= len(text) {
			continue
		}
		seen[st] = true
		out = append(out, bodiesAt(text, st)...)
	}
	return out
}

// blankAsides blanks lower-case asides in parentheses ("(for employment
// permit applications)") so that a list of names reads on.
func blankAsides(s string) string {
	t := []byte(s)
	for i := 0; i < len(t); i++ {
		if t[i] == '(' && i+1 < len(t) && t[i+1] >= 'a' && t[i+1] <= 'z' {
			j := i
			for j < len(t) && t[j] != ')' {
				j++
			}
			if j < len(t) {
				for k := i; k <= j; k++ {
					t[k] = ' '
				}
			}
		}
	}
	return string(t)
}

// bodyStarts returns where lists of recipients start in u: after a
// disclosure verb, after an example lead that follows a noun for
// recipients ("competent authorities, including ..."), and at the start
// of a list item (after its label) under a sharing heading.
func bodyStarts(u *unit, text string, ctx bool) []int {
	var starts []int
	for _, m := range reBodyLead.FindAllStringIndex(u.lower, -1) {
		if l := u.lower[m[0]:m[1]]; (strings.HasPrefix(l, "includ") || strings.HasPrefix(l, "such") || strings.HasPrefix(l, "e.g") ||
			strings.HasPrefix(l, "for ") || strings.HasPrefix(l, "namely")) && !reBodyNoun.MatchString(u.lower[max(0, m[0]-40):m[0]]) {
			continue
		}
		starts = append(starts, m[1])
	}
	if u.item && u.cell < 0 && ctx {
		i := 0
		if c := strings.Index(text, ":"); c > 0 && c < 40 {
			i = c + 1
		}
		starts = append(starts, i)
	}
	return starts
}

// bodiesAt returns the public bodies in the list that starts at st.
func bodiesAt(text string, st int) []listed {
	var out []listed
	seg := text[st:]
	seg = seg[:itemEnd(seg)]
	// Ministries with a comma list in their name, first.
	var masked [][2]int
	for _, m := range reDepartment.FindAllStringIndex(seg, -1) {
		n := strings.TrimSpace(seg[m[0]:m[1]])
		out = append(out, listed{name: n, kind: "public_authority", s: st + m[0], e: st + m[0] + len(n)})
		masked = append(masked, [2]int{m[0], m[1]})
	}
	for _, part := range bodySplit(seg) {
		if insideNamed(masked, part[0], part[1]) {
			continue
		}
		p := seg[part[0]:part[1]]
		lead := len(p) - len(strings.TrimLeft(p, " *"))
		p = strings.TrimSpace(strings.Trim(p, " *"))
		if strings.HasPrefix(p, "the ") || strings.HasPrefix(p, "The ") {
			p, lead = p[4:], lead+4
		}
		n := properName(p)
		if n == "" || !strings.HasPrefix(p, n) || !reBodyHead.MatchString(n) || notBody(n) || weakBody(n) {
			continue
		}
		if strings.HasPrefix(p[len(n):], "'s") || strings.HasPrefix(p[len(n):], "’s") {
			continue // "the Commission's adequacy decision"
		}
		s := st + part[0] + lead
		if e := s + len(n); strings.HasPrefix(text[e:], " (") && e+2 < len(text) && text[e+2] >= 'A' && text[e+2] <= 'Z' {
			if j := strings.IndexByte(text[e:], ')'); j > 0 && j < 40 {
				n = text[s : e+j+1] // "the Dutch Tax and Customs Administration (Belastingdienst)"
			}
		}
		out = append(out, listed{name: n, kind: "public_authority", s: s, e: s + len(n)})
	}
	return out
}

var reBodyHeadLower = mustRx(`agency|office|commission|authorit|ministr|department|revenue|customs|police|court|council|service|board|registry|regulator|inspectorate|bureau|tribunal|ombudsman|administration|directorate|executive|garda|constabulary|prosecut|unit\b|bank of|central bank`)

var (
	reBodyNoun = mustRx(`authorit|bod(?:y|ies)|regulator|agenc|government|public|organi[sz]ations|recipients|third part|institutions|law enforcement`)
	// reWeakHead: body words that name a public body only with a public
	// qualifier ("Financial Crime Investigation Service", not "XT Cloud
	// Service").
	reWeakHead   = mustRx(`\b(?:Service|Office|Unit|Board|Executive|Administration|Council|Registry|Department)\b`)
	reStrongHead = mustRx(`\b(?:Department|Office|Board|Council|Service|Executive|Administration|Registry|Unit) (?:of|for)\b|\b(?:Agency|Commission|Commissioners|Authority|Ministry|Revenue|Customs|Police|Court|Courts|Regulator|Inspectorate|Bureau|Tribunal|Ombudsman|Directorate|Garda|Gardai|Gardaí|Constabulary|Prosecutor|Prosecution)\b|\b(?:Central )?Bank of\b|\bCentral Bank\b|\b(?:National|State|Federal|Public|Health|Medical|Tax|Immigration|Border|Security|Intelligence|Investigation|Probation|Emergency|Fire|Ambulance|Civil|Home|Foreign|Statistics|General|Social|Financial|Care|Education|Local|City|County|District|Borough|Municipal|Treasury|Justice|Labou?r|Employment|Work|Pensions)\b`)
)

// weakBody reports whether a name's only body word is a weak one and
// nothing in it says it is public.
func weakBody(n string) bool {
	return reWeakHead.MatchString(n) && !reStrongHead.MatchString(n)
}

// notBody: names with a body word that are not recipients of disclosures:
// the EU institutions that make transfer decisions, data protection
// authorities (named for complaints), and the controller's own offices.
func notBody(n string) bool {
	l := strings.ToLower(n)
	for _, w := range []string{"european commission", "information commissioner", "data protection", "privacy", "supervisory",
		"customer service", "our ", "head office", "registered office", "board of directors", "board of trustees", "board of governors"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return l == "commission" || l == "service" || l == "office" || l == "court" || l == "board"
}

// bodySplit splits a list of bodies at commas, and at "and"/"or" only
// where the left part is a whole body or the right part starts with "the"
// or a lower-case word ("the Dutch Tax and Customs Administration" stays
// one).
func bodySplit(seg string) [][2]int {
	out := splitList(seg)
	// Re-join parts split at and/or inside a name.
	var merged [][2]int
	for _, c := range out {
		if n := len(merged); n > 0 {
			prev := merged[n-1]
			gap := seg[prev[1]:c[0]]
			right := strings.TrimSpace(seg[c[0]:c[1]])
			left := strings.TrimSpace(seg[prev[0]:prev[1]])
			if !strings.Contains(gap, ",") && right != "" && right[0] >= 'A' && right[0] <= 'Z' &&
				!strings.HasPrefix(right, "The ") && !reBodyHead.MatchString(left) {
				merged[n-1][1] = c[1]
				continue
			}
		}
		merged = append(merged, c)
	}
	return merged
}

// publicBody reports whether a name is a public body's: it ends like one,
// and a weak body word ("Department", "Service") comes with a public
// qualifier ("HR Department" is a team).
func publicBody(n string) bool {
	return rePublicBody.MatchString(n) && !weakBody(n)
}

func bodyKind(n string) string {
	if publicBody(n) {
		return "public_authority"
	}
	return "third_party"
}
