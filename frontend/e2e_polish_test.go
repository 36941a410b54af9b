package frontend_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// consoleLog collects what the page reports to its console: console.warn
// and console.error calls, uncaught exceptions, and the browser's own
// warnings and errors (a failed load, a blocked script, a violated content
// security policy).
type consoleLog struct {
	mu    sync.Mutex
	lines []string
}

func (c *consoleLog) add(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.lines = append(c.lines, s)
}

// take returns what was reported since the last take.
func (c *consoleLog) take() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	l := c.lines
	c.lines = nil
	return l
}

// consoleProblems listens to the tab's console from now on and answers
// what it has reported so far (see consoleLog).
func consoleProblems(ctx context.Context) func() []string {
	c := listenConsole(ctx)
	return func() []string {
		c.mu.Lock()
		defer c.mu.Unlock()
		return slices.Clone(c.lines)
	}
}

func listenConsole(ctx context.Context) *consoleLog {
	c := &consoleLog{}
	chromedp.ListenTarget(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeWarning || ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeAssert {
				var args []string
				for _, a := range ev.Args {
					if a.Value != nil {
						args = append(args, string(a.Value))
					} else {
						args = append(args, a.Description)
					}
				}
				c.add(fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " ")))
			}
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			c.add("uncaught exception: " + msg)
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.LevelWarning || ev.Entry.Level == log.LevelError {
				c.add(fmt.Sprintf("browser %s (%s): %s %s", ev.Entry.Level, ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
			}
		}
	})
	return c
}

// unnamedControls lists the visible form controls and buttons that have no
// accessible name: no label, aria-label, aria-labelledby, title or (for a
// button) text. A screen reader announces such a control as "edit text" or
// "button" and nothing else.
const unnamedControls = `(() => {
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const named = (el) => {
    if ((el.getAttribute('aria-label') || '').trim()) return true;
    const by = el.getAttribute('aria-labelledby');
    if (by && by.split(/\s+/).some((id) => (document.getElementById(id)?.textContent || '').trim())) return true;
    if (el.labels && [...el.labels].some((l) => l.textContent.trim())) return true;
    if ((el.getAttribute('title') || '').trim()) return true;
    if ((el.tagName === 'BUTTON' || el.getAttribute('role') === 'button') && el.textContent.trim()) return true;
    if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type) && el.value.trim()) return true;
    return false;
  };
  return [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button, [role=button], [role=combobox]')]
    .filter((el) => visible(el) && !named(el))
    .map((el) => el.outerHTML.slice(0, 120));
})()`

// lowContrast lists visible text whose colour against the background
// behind it falls short of WCAG 2.1 AA: 4.5:1, or 3:1 for large text (24 px,
// or 18.66 px bold). The background is the nearest opaque one among the
// element's ancestors; text over images or gradients is not judged.
const lowContrast = `(() => {
  const parse = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
    const p = m[1].split(/[,\s/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = ({r, g, b}) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.backgroundImage !== 'none') return null;
      const c = parse(s.backgroundColor);
      if (c && c.a >= 0.99) return c;
    }
    return {r: 255, g: 255, b: 255, a: 1};
  };
  const out = [];
  let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || seen.has(el) || !n.textContent.trim()) continue;
    seen.add(el);
    if (!(el.offsetWidth || el.offsetHeight) || el.closest('svg, [aria-hidden=true], .sr-only, .skip, option')) continue;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || Number(s.opacity) === 0) continue;
    const fg = parse(s.color), bg = background(el);
    if (!fg || !bg) continue;
    const fgc = fg.a >= 1 ? fg : {r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a)};
    checked++;
    const [l1, l2] = [lum(fgc), lum(bg)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(s.fontSize), bold = Number(s.fontWeight) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < need) out.push(ratio.toFixed(2) + ':1 ' + s.color + ' on ' + JSON.stringify(bg) + ': ' + n.textContent.trim().slice(0, 50));
  }
  return {checked, faint: out};
})()`

// inPage evaluates expr, whose value must be truthy (an array or object
// counts), in the page as it is once a navigation has settled: right after
// a page load chromedp may still hold the previous page's execution
// context, which a plain Evaluate fails on; Poll evaluates again.
func inPage(expr string, out any) chromedp.Action {
	return pollPage(expr, out)
}

// runSettled is run for actions that read the page just after it loaded:
// when chromedp still refers to an execution context the page has
// replaced ("Cannot find context with specified id"), the actions are run
// again, a few times, once the page has its new one.
func runSettled(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action) {
	t.Helper()
	var err error
	for range 5 {
		if err = chromedp.Run(ctx, actions...); err == nil || !pageReplaced(err) {
			break
		}
		chromedp.Run(ctx, chromedp.WaitReady("main h1", chromedp.ByQuery))
	}
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// settled is true once the view has its heading and nothing says it is
// still loading.
const settled = `(() => { const m = document.querySelector('main');
  return !!m && !!m.querySelector('h1') && !/Loading/.test(m.textContent); })()`

// TestWebInterfacePolish visits every view of the interface, at 1280 and at
// 400 px wide, and holds it to what a mature tool owes its users: no
// console warnings, errors or exceptions; every control with an accessible
// name; text in AA contrast; a favicon; the keyboard reaching the content
// first; and no organization assumed: a fresh browser opens on the first
// organization by name, and afterwards on the one used last.
func TestWebInterfacePolish(t *testing.T) {
	e := setup(t)
	tab := e.tab(t)
	console := listenConsole(tab)
	run(t, tab, "enable the browser log", log.Enable())

	// The views are the navigation's links, so a view added later is
	// visited too, and the pages one reaches from them.
	run(t, tab, "open the interface", chromedp.Navigate(e.url+"/"), chromedp.WaitVisible("nav a"))
	var nav []string
	run(t, tab, "read the navigation", chromedp.Evaluate(`[...document.querySelectorAll('nav[aria-label=Views] a')].map(a => a.getAttribute('href'))`, &nav))
	if len(nav) < 5 {
		t.Fatalf("navigation has %d links, want every view: %v", len(nav), nav)
	}
	acts := gql(t, e.url, `{ activities(first: 1, where: {hasEvidence: true}) { edges { node { id evidence { id document { id } } } } } }`, nil)
	node := acts["activities"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)
	ev := node["evidence"].([]any)[0].(map[string]any)
	views := append(nav,
		"/activities/"+node["id"].(string),
		"/evidence/"+ev["id"].(string),
		"/notices/"+ev["document"].(map[string]any)["id"].(string),
	)

	for _, v := range views {
		for _, width := range []int64{1280, 400} {
			what := fmt.Sprintf("%s at %d px", v, width)
			run(t, tab, "open "+what,
				chromedp.EmulateViewport(width, 800),
				chromedp.Navigate(e.url+v),
				waitJS(settled),
			)
			var unnamed []string
			var contrast struct {
				Checked int
				Faint   []string
			}
			runSettled(t, tab, "inspect "+what,
				inPage(unnamedControls, &unnamed),
				inPage(lowContrast, &contrast),
			)
			if contrast.Checked < 3 {
				t.Errorf("%s: the contrast check saw %d pieces of text; the view did not render", what, contrast.Checked)
			}
			faint := contrast.Faint
			if len(unnamed) > 0 {
				t.Errorf("%s: controls without an accessible name:\n  %s", what, strings.Join(unnamed, "\n  "))
			}
			if len(faint) > 0 {
				t.Errorf("%s: text below AA contrast:\n  %s", what, strings.Join(faint, "\n  "))
			}
			if l := console.take(); len(l) > 0 {
				t.Errorf("%s: the console reported:\n  %s", what, strings.Join(l, "\n  "))
			}
		}
	}
	run(t, tab, "back to 1280 px", chromedp.EmulateViewport(1280, 800))

	// The playground is a page of its own (GraphiQL), outside the views.
	run(t, tab, "open the playground", chromedp.Navigate(e.url+"/playground"), chromedp.WaitVisible(".graphiql-container .playground-title"))
	var unnamed []string
	run(t, tab, "inspect the playground", inPage(unnamedControls, &unnamed))
	if len(unnamed) > 0 {
		t.Errorf("playground: controls without an accessible name:\n  %s", strings.Join(unnamed, "\n  "))
	}
	if l := console.take(); len(l) > 0 {
		t.Errorf("playground: the console reported:\n  %s", strings.Join(l, "\n  "))
	}

	t.Run("the checks see what they look for", func(t *testing.T) {
		var unnamed []string
		var contrast struct {
			Checked int
			Faint   []string
		}
		run(t, tab, "open the record", chromedp.Navigate(e.url+"/records"), waitJS(settled))
		runSettled(t, tab, "add a faint line and an unlabelled input to a view",
			inPage(`(() => { const m = document.querySelector('main');
				const p = document.createElement('p'); p.textContent = 'faint words'; p.style.color = '#bbbbbb'; m.append(p);
				m.append(document.createElement('input')); return true; })()`, nil),
			inPage(unnamedControls, &unnamed),
			inPage(lowContrast, &contrast),
		)
		if len(unnamed) != 1 || !strings.HasPrefix(unnamed[0], "<input") {
			t.Errorf("unlabelled controls found: %q, want the one input added", unnamed)
		}
		if len(contrast.Faint) != 1 || !strings.Contains(contrast.Faint[0], "faint words") {
			t.Errorf("faint text found: %q, want the #bbb line added (1.9:1 on white)", contrast.Faint)
		}
	})

	t.Run("the keyboard reaches the content first", func(t *testing.T) {
		var first string
		var outline string
		run(t, tab, "tab once",
			chromedp.Navigate(e.url+"/records"), waitJS(settled),
			chromedp.KeyEvent(kb.Tab),
			chromedp.Evaluate(`document.activeElement.textContent.trim()`, &first),
			chromedp.Evaluate(`(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; })()`, &outline),
		)
		if first != "Skip to content" {
			t.Errorf("the first Tab focuses %q, want the skip link", first)
		}
		if strings.HasPrefix(outline, "none") || strings.HasSuffix(outline, " 0px") {
			t.Errorf("the focused skip link has outline %q: focus must be visible", outline)
		}
	})

	t.Run("a favicon", func(t *testing.T) {
		var href string
		run(t, tab, "read the icon link", chromedp.Evaluate(`document.querySelector('link[rel=icon]')?.getAttribute('href') ?? ''`, &href))
		if href == "" {
			t.Fatal("the page declares no icon")
		}
		resp, err := http.Get(e.url + href)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "image/svg+xml") || !strings.Contains(string(body), "<svg") {
			t.Errorf("GET %s: %d %s, want an SVG image", href, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
	})

	t.Run("no organization assumed", func(t *testing.T) {
		orgs := gql(t, e.url, `{ organizations(orderBy: {field: NAME}) { edges { node { key name } } } }`, nil)
		edges := orgs["organizations"].(map[string]any)["edges"].([]any)
		var names []string
		for _, e := range edges {
			names = append(names, e.(map[string]any)["node"].(map[string]any)["name"].(string))
		}
		firstKey := edges[0].(map[string]any)["node"].(map[string]any)["key"].(string)
		var chosen string
		runSettled(t, tab, "a browser that has used no organization",
			chromedp.Navigate(e.url+"/records"), waitJS(settled),
			chromedp.Evaluate(`localStorage.clear()`, nil),
			chromedp.Reload(), waitJS(settled),
			// the selector has a value once the organizations have loaded
			waitJS(`!!document.querySelector('#org')?.value`), valueOf("#org", &chosen),
		)
		if chosen != firstKey {
			t.Errorf("a fresh browser opens on %q, want the first organization by name of %q (%s)", chosen, names, firstKey)
		}
		if firstKey == "xajeet" {
			t.Fatal("the seed's first organization by name is xajeet; choose another to test the last used")
		}
		runSettled(t, tab, "choose Xajeet, then open the findings with no ?org",
			choose("#org", "xajeet"),
			waitJS(`location.search.includes('org=xajeet')`),
			chromedp.Navigate(e.url+"/findings"), waitJS(settled),
			// the selector has a value once the organizations have loaded
			waitJS(`!!document.querySelector('#org')?.value`), valueOf("#org", &chosen),
		)
		if chosen != "xajeet" {
			t.Errorf("after using xajeet, /findings opens on %q, want the organization used last", chosen)
		}
	})
}
