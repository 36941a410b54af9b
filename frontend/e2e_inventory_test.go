package frontend_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/synth"
)

// The sentences the UJET notices state the two transfers in
// (/work/shared/seeds/001_… line 189, 000_… line 182), white space folded.
const (
	shieldSentence = "We also participate in the EU-U.S. Privacy Shield and Swiss – U.S. Privacy Shield Frameworks."
	dpfSentence    = "We also participate in the EU-US Data Privacy Framework and the Swiss-U.S. Data Privacy Framework."
)

// invRow is the XPath of the inventory's body rows.
const invRows = `table.inventory-table tbody tr`

// invRowsRead reads each body row's cells as text, the row header first,
// with the evidence links' full sentences (their titles) in place of the
// shortened text.
func invRowsRead(out *[][]string) chromedp.Action {
	return chromedp.Evaluate(`[...document.querySelectorAll('table.inventory-table tbody tr')].map(tr =>
		[...tr.children].map(c => c.querySelector('.evidence-link') ?
			[...c.querySelectorAll('.evidence-link')].map(a => a.title.replace(/\s+/g, ' ')).join('\n') :
			c.textContent.replace(/\s+/g, ' ').trim()))`, out)
}

// countReads waits until the inventory's count line starts with want and
// its table has loaded.
func countReads(want string) chromedp.Action {
	return waitJS(fmt.Sprintf(`(document.querySelector('.inv-count')?.textContent ?? '').startsWith(%q) && document.querySelector('.inv-wrap')?.getAttribute('aria-busy') === 'false'`, want))
}

// fetchCSV downloads an export link and parses it.
func fetchCSV(t *testing.T, href string) [][]string {
	t.Helper()
	res, err := http.Get(href)
	if err != nil {
		t.Fatalf("GET %s: %v", href, err)
	}
	defer res.Body.Close()
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("GET %s: %d %s", href, res.StatusCode, res.Header.Get("Content-Type"))
	}
	rows, err := csv.NewReader(res.Body).ReadAll()
	if err != nil {
		t.Fatalf("GET %s: %v", href, err)
	}
	return rows
}

func TestInventoryWebInterface(t *testing.T) {
	e := setup(t)
	problems := consoleProblems(e.browser)
	t.Cleanup(func() {
		if p := problems(); len(p) > 0 {
			t.Errorf("the console reported %q", p)
		}
	})

	t.Run("transfers: the careers notice's Privacy Shield is invalid since 2020-07-16, the website's DPF valid, each with its sentence", func(t *testing.T) {
		tab := e.tab(t)
		var rows [][]string
		run(t, tab, "open the transfers inventory",
			chromedp.Navigate(e.url+"/inventory/transfers?org=ujet"),
			chromedp.WaitVisible(invRows, chromedp.ByQuery),
			invRowsRead(&rows),
		)
		// Columns: Country, Recipient, Processing activities, Safeguard, Validity, Evidence.
		var shield, dpf []string
		for _, r := range rows {
			switch r[3] {
			case "EU-US Privacy Shield":
				shield = r
			case "EU-US Data Privacy Framework":
				dpf = r
			}
		}
		if shield == nil || dpf == nil {
			t.Fatalf("the transfers of UJET lack the Privacy Shield or the DPF: %q", rows)
		}
		if !strings.HasPrefix(shield[4], "invalid since 2020-07-16") || !strings.Contains(shield[5], shieldSentence) {
			t.Errorf("Privacy Shield row %q: want invalid since 2020-07-16 with the careers notice's sentence", shield)
		}
		if dpf[4] != "valid" || !strings.Contains(dpf[5], dpfSentence) || !strings.HasPrefix(dpf[0], "United States") {
			t.Errorf("DPF row %q: want valid, to the United States, with its sentence", dpf)
		}
		e.shoot(t, tab, "inv-transfers")
		e.shoot(t, tab, "inv-transfers-table", `//table[contains(@class,"inventory-table")]`)
	})

	t.Run("filters survive a reload and a shared link; the CSV export has exactly the rows shown", func(t *testing.T) {
		tab := e.tab(t)
		var url string
		var rows [][]string
		run(t, tab, "invalid only, to the United States",
			chromedp.Navigate(e.url+"/inventory/transfers?org=ujet"),
			chromedp.WaitVisible(invRows, chromedp.ByQuery),
			chromedp.Click(`#inv-invalid`, chromedp.ByQuery),
			waitJS(`location.search.includes('invalid=true')`),
			clear(`#inv-country`),
			chromedp.SendKeys(`#inv-country`, "us\r", chromedp.ByQuery),
			waitJS(`location.search.includes('country=US')`),
			countReads("2 transfers"),
			chromedp.Location(&url),
			invRowsRead(&rows),
		)
		for _, r := range rows {
			if !strings.HasPrefix(r[4], "invalid since") || !strings.HasPrefix(r[0], "United States") {
				t.Errorf("invalid-only US row %q", r)
			}
		}
		var checked bool
		var country string
		var again [][]string
		run(t, tab, "reload",
			chromedp.Reload(),
			countReads("2 transfers"),
			chromedp.Evaluate(`document.querySelector('#inv-invalid').checked`, &checked),
			valueOf(`#inv-country`, &country),
			invRowsRead(&again),
		)
		if !checked || country != "US" || !slices.EqualFunc(rows, again, slices.Equal) {
			t.Errorf("after reload: invalid checked %v, country %q, rows %q; want the same view", checked, country, again)
		}
		// A shared link, opened in a fresh tab.
		fresh, cancel := chromedp.NewContext(e.browser)
		defer cancel()
		fresh, cancelT := context.WithTimeout(fresh, 60*time.Second)
		defer cancelT()
		var shared [][]string
		run(t, fresh, "open the shared link in a fresh tab",
			chromedp.Navigate(url),
			countReads("2 transfers"),
			chromedp.Evaluate(`document.querySelector('#inv-invalid').checked`, &checked),
			invRowsRead(&shared),
		)
		if !checked || !slices.EqualFunc(rows, shared, slices.Equal) {
			t.Errorf("shared link %s: checked %v, rows %q, want %q", url, checked, shared, rows)
		}
		cancel()

		var href string
		run(t, tab, "the export link", chromedp.Evaluate(`document.querySelector('[data-testid=export-csv]').href`, &href))
		csvRows := fetchCSV(t, href)
		if len(csvRows) != len(rows)+1 {
			t.Fatalf("CSV %s: %d rows under the header, %d shown", href, len(csvRows)-1, len(rows))
		}
		if got := csvRows[0]; got[0] != "Country" || got[4] != "Validity" || got[6] != "Evidence" {
			t.Errorf("CSV header %q", got)
		}
		for i, r := range rows {
			c := csvRows[i+1]
			if c[0] != r[0] || c[3] != r[3] || c[4] != r[4] {
				t.Errorf("CSV row %d %q, shown %q", i+1, c, r)
			}
		}
	})

	t.Run("each inventory: recipients by role, categories, systems and datasets", func(t *testing.T) {
		tab := e.tab(t)
		var rows [][]string
		run(t, tab, "recipients, processors",
			chromedp.Navigate(e.url+"/inventory/recipients?org=ujet"),
			chromedp.WaitVisible(invRows, chromedp.ByQuery),
			choose(`#inv-role`, "processor"),
			waitJS(`location.search.includes('role=processor')`),
			waitJS(`[...document.querySelectorAll('table.inventory-table tbody td[data-label=Role]')].every(td => td.textContent === 'processor')`),
			invRowsRead(&rows),
		)
		var bg []string
		for _, r := range rows {
			if r[0] == "Background check providers" {
				bg = r
			}
		}
		// The careers notice: background check providers receive criminal history for the applicant background checks.
		if bg == nil || !strings.Contains(bg[3]+bg[4], "Applicant background checks") {
			t.Errorf("processors of UJET: %q; want the background check providers with their activity", rows)
		}
		e.shoot(t, tab, "inv-recipients")
		run(t, tab, "categories, special only",
			chromedp.Navigate(e.url+"/inventory/categories?org=ujet&special=true"),
			chromedp.WaitVisible(invRows, chromedp.ByQuery),
			invRowsRead(&rows),
		)
		var crim []string
		for _, r := range rows {
			if r[1] == "user.criminal_history" {
				crim = r
			}
		}
		if crim == nil || crim[2] != "Art 10" || !strings.Contains(crim[4], "Background check providers") {
			t.Errorf("special categories of UJET: %q; want criminal history (Art 10) received by the background check providers", rows)
		}
		e.shoot(t, tab, "inv-categories")
		run(t, tab, "fields of the careers system",
			chromedp.Navigate(e.url+"/inventory/fields?org=ujet&system=careers"),
			chromedp.WaitVisible(invRows, chromedp.ByQuery),
			invRowsRead(&rows),
		)
		if len(rows) == 0 {
			t.Fatal("the careers system lists no fields")
		}
		for _, r := range rows {
			if !strings.HasPrefix(r[0], "UJET careers websites") {
				t.Errorf("system filter careers shows %q", r)
			}
		}
		e.shoot(t, tab, "inv-fields")
	})

	t.Run("the record keeps its search, role, sort and page in the URL and exports what it shows", func(t *testing.T) {
		tab := e.tab(t)
		var count, search, role string
		run(t, tab, "search the record",
			chromedp.Navigate(e.url+"/records?org=ujet"),
			chromedp.WaitVisible(`table.records tbody tr`, chromedp.ByQuery),
			chromedp.SendKeys(`#rec-search`, "web", chromedp.ByQuery),
			waitJS(`location.search.includes('q=web')`),
		)
		run(t, tab, "filter the record by role",
			choose(`#rec-role`, "controller"),
			waitJS(`location.search.includes('role=controller')`),
		)
		run(t, tab, "sort the record by name descending",
			chromedp.Click(`//th[@aria-sort="ascending"]//button`),
			chromedp.WaitVisible(`//th[@aria-sort="descending"]`),
			waitJS(`location.search.includes('dir=desc')`),
		)
		run(t, tab, "reload the record",
			chromedp.Reload(),
			chromedp.WaitVisible(`//th[@aria-sort="descending"]`),
			waitJS(`/^\d+ activities$/.test(document.querySelector('[aria-live=polite]').textContent)`),
			valueOf(`#rec-search`, &search),
			valueOf(`#rec-role`, &role),
			textOf(`[aria-live=polite]`, &count),
		)
		var loc string
		run(t, tab, "location", chromedp.Location(&loc))
		if search != "web" || role != "controller" {
			t.Errorf("after reload of %s: search %q, role %q", loc, search, role)
		}
		var n int
		fmt.Sscanf(count, "%d", &n)
		var shown []string
		var href string
		run(t, tab, "the shown rows and the export link",
			texts(`table.records tbody th > a`, &shown),
			chromedp.Evaluate(`document.querySelector('[data-testid=export-csv]').href`, &href),
		)
		csvRows := fetchCSV(t, href)
		if n == 0 || len(csvRows)-1 != n {
			t.Errorf("record search web, controller: %q shown, CSV has %d rows", count, len(csvRows)-1)
		}
		for i, name := range shown {
			if i+1 >= len(csvRows) || csvRows[i+1][0] != name {
				t.Errorf("CSV row %d is not %q (the order shown)", i+1, name)
				break
			}
		}
	})
}

// TestInventoryWebInterfaceScale: a generated organization with 2,000
// recipients is fully reachable through the recipient inventory: paging
// to the end shows the last one, and searching finds it by name.
func TestInventoryWebInterfaceScale(t *testing.T) {
	const n = 2000
	e := setupServer(t, func(c *ent.Client) {
		if _, err := synth.Generate(context.Background(), c, synth.Config{Seed: 3, Key: "synth", Activities: 20, Fields: 40, Recipients: n, Categories: 20}); err != nil {
			t.Fatal(err)
		}
	}, graph.NewMux)
	last := fmt.Sprintf("Vendor %05d", n-1) // synth names them Vendor 00000 …
	d := gql(t, e.url, `{ recipientInventory(organization: "synth") { totalCount } }`, nil)
	if got := d["recipientInventory"].(map[string]any)["totalCount"].(float64); got != n {
		t.Fatalf("totalCount %v, want %d", got, n)
	}
	tab := e.tab(t)
	var names []string
	var page string
	pages := (n + 24) / 25
	run(t, tab, "page to the end",
		chromedp.Navigate(e.url+"/inventory/recipients?org=synth"),
		countReads(fmt.Sprintf("%d recipients", n)),
		chromedp.Click(`//button[text()="Last page"]`),
		waitJS(fmt.Sprintf(`location.search.includes('page=%d')`, pages)),
		countReads(fmt.Sprintf("%d recipients, showing %d–%d", n, (pages-1)*25+1, n)),
		chromedp.Click(`//button[text()="Previous page"]`),
		countReads(fmt.Sprintf("%d recipients, showing %d–%d", n, (pages-2)*25+1, (pages-1)*25)),
		chromedp.Click(`//button[text()="Next page"]`),
		countReads(fmt.Sprintf("%d recipients, showing %d–%d", n, (pages-1)*25+1, n)),
		texts(`table.inventory-table tbody th`, &names),
		textOf(`.inv-page`, &page),
	)
	if len(names) == 0 || names[len(names)-1] != last || page != fmt.Sprintf("Page %d of %d", pages, pages) {
		t.Errorf("last page %q: %d rows ending %v; want %s last", page, len(names), names[max(0, len(names)-2):], last)
	}
	var disabled bool
	run(t, tab, "the next page is disabled", chromedp.Evaluate(`document.evaluate('//button[text()="Next page"]', document, null, 9, null).singleNodeValue.disabled`, &disabled))
	if !disabled {
		t.Error("Next page is enabled on the last page")
	}
	run(t, tab, "search by name",
		chromedp.SendKeys(`#inv-search`, last, chromedp.ByQuery),
		countReads("1 recipient"),
		texts(`table.inventory-table tbody th`, &names),
	)
	if len(names) != 1 || names[0] != last {
		t.Errorf("search %q finds %v", last, names)
	}
	e.shoot(t, tab, "inv-recipients-scale")
}
