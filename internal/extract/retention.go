package extract

import (
	"strconv"
	"strings"

	"github.com/sosodev/duration"
)

var (
	reRetainCue = mustRx(`\b(?:retain\w*|retention|keep|keeps|kept|store[ds]?|storing|storage period|hold|held|delete[ds]?|deleting|erase[ds]?|destroy\w*|dispos\w*|purge[ds]?|anonymi[sz]\w*|expire[ds]?|how long)\b`)
	reRetainCtx = mustRx(`retention|retain|how long|keep|storage|store|periods?\b`)
	reNoPeriod  = mustRx(`as long as|no longer than|for the duration|until|for the period|for (?:a|the) (?:reasonable )?(?:period|time)|only for|legitimate business need|required (?:or permitted )?by law|statute of limitation|statutory retention`)
	reDuration  = mustRx(`\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty(?:-four)?|thirty|thirty-six|forty-eight|sixty|ninety)(?:\s*\(\d{1,3}\))?[\s-]+(calendar |business |working )?(?:(?:further|more|additional|full|consecutive|extra) )?(day|week|month|year)s?\b`)
)

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"eighteen": 18, "twenty": 20, "twenty-four": 24, "thirty": 30, "thirty-six": 36, "forty-eight": 48, "sixty": 60, "ninety": 90}

func isoDuration(num, qual, unit string) string {
	n, err := strconv.Atoi(num)
	if err != nil {
		n = numberWords[num]
	}
	if n <= 0 || qual == "business " || qual == "working " {
		return ""
	}
	d := "P" + strconv.Itoa(n) + strings.ToUpper(unit[:1])
	if _, err := duration.Parse(d); err != nil {
		return ""
	}
	return d
}

var reRespond = mustRx(`respon|reply|within (?:\w+ ){0,3}of (?:receiving|receipt)|notify|notice period|age|old|ago|trial|last updated|changes`)

func (retentionRule) find(x *extractor, u *unit) {
	cue := u.on(reRetainCue)
	ctx := x.is(reRetainCtx, u.head)
	// A list item or table cell under a retention heading or lead-in
	// ("Server and security logs: 90 days") needs no verb of its own.
	if !cue && !((u.item || u.cell >= 0) && (ctx || x.is(reRetainCtx, u.ctx))) {
		return
	}
	sp, ok := x.unitSpan(u)
	if !ok {
		return
	}
	criterion := strings.Join(strings.Fields(u.text), " ")
	if len(criterion) > 240 {
		criterion = criterion[:240]
		for len(criterion) > 0 && criterion[len(criterion)-1]&0xC0 == 0x80 {
			criterion = criterion[:len(criterion)-1]
		}
		criterion += "…"
	}
	found := false
	for _, m := range reDuration.FindAllStringSubmatchIndex(u.lower, -1) {
		pre := u.lower[max(0, m[0]-40):m[0]]
		if reRespond.MatchString(pre) && !strings.Contains(pre, "retain") && !strings.Contains(pre, "keep") {
			continue
		}
		num, unitName := u.lower[m[2]:m[3]], u.lower[m[6]:m[7]]
		qual := ""
		if m[4] >= 0 {
			qual = u.lower[m[4]:m[5]]
		}
		d := isoDuration(num, qual, unitName)
		if d == "" {
			continue
		}
		found = true
		conf := 0.65
		if ctx {
			conf = 0.8
		}
		f := x.add(Fact{Kind: KindRetention, Value: str(d), Criterion: criterion}, d, sp, conf)
		x.retentionCats(f, u)
	}
	if !found && (ctx || strings.Contains(u.lower, "retain") || strings.Contains(u.lower, "retention")) && u.on(reNoPeriod) {
		f := x.add(Fact{Kind: KindRetention, Value: nil, Criterion: criterion}, "null", sp, 0.5)
		x.retentionCats(f, u)
	}
}

func (x *extractor) retentionCats(f *Fact, u *unit) {
	match(u, categoryTerms, false, func(tm *term, s, e int) {
		for _, c := range f.DataCategories {
			if c == tm.key {
				return
			}
		}
		f.DataCategories = append(f.DataCategories, tm.key)
	})
}
