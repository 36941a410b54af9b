package extract

import (
	"slices"
	"sort"
	"testing"
)

// TestTablesByContent: a column of company names beside a column of
// countries is a list of recipients whatever its header says.
func TestTablesByContent(t *testing.T) {
	for _, c := range []struct {
		name, file, src string
		want            map[string]string // recipient → country ("" when none outside the EEA)
	}{
		{"the issue's sub-processor table", "n.md", `# Acme Subprocessors

| Name of Subprocessor | Description of Processing | Location of Processing | Corporate Location |
| --- | --- | --- | --- |
| Amazon Web Services, Inc. | Cloud hosting | United States | United States |
| Cloudflare, Inc. | Content delivery network | Global | United States |
| Zendesk, Inc. | Customer support ticketing | United States | United States |
| Plausible Insights OÜ | Website analytics | Germany | Estonia |
`, map[string]string{"Amazon Web Services, Inc.": "US", "Cloudflare, Inc.": "US", "Zendesk, Inc.": "US", "Plausible Insights OÜ": ""}},
		{"a header that names no recipient column", "n.md", `# Privacy notice

## Where your data goes

| Organisation | Role | Based in |
| --- | --- | --- |
| Quintex Cloud | Hosting of our servers | Ireland |
| Zorbly Mail | Sending our emails | United States |
| PlayFab | Game backend | United States |
`, map[string]string{"Quintex Cloud": "", "Zorbly Mail": "US", "PlayFab": "US"}},
		{"an HTML table whose header row is an ordinary row", "n.html", `<html><body><h1>Privacy notice</h1>
<table>
<tr><td>Vendor name</td><td>Service</td><td>Country</td></tr>
<tr><td>Stripe, Inc.</td><td>Payments</td><td>United States</td></tr>
<tr><td>Quintex Cloud GmbH</td><td>Hosting</td><td>Germany</td></tr>
<tr><td>Zendesk</td><td>Support tickets</td><td>United States</td></tr>
</table></body></html>`, map[string]string{"Stripe, Inc.": "US", "Quintex Cloud GmbH": "", "Zendesk": "US"}},
		{"names beside descriptions of their service, no country", "n.md", `# Privacy notice

| Tool | What it does |
| --- | --- |
| Quillmail | Email newsletter service |
| Brindle Pages | Blog hosting |
| Tessaro Pay | Payment processing |
`, map[string]string{"Quillmail": "", "Brindle Pages": "", "Tessaro Pay": ""}},
		{"names beside descriptions of something else", "n.md", `# Privacy notice

| Feature | What it does |
| --- | --- |
| Smart Lens | Shows you a bigger picture |
| Quick Notes | Lets you jot things down |
| Dark Mode | Makes the screen darker |
`, map[string]string{}},
		{"a cookie table is no vendor list", "n.md", `# Cookie policy

| Cookie | Purpose |
| --- | --- |
| comment_author{HASH} | Remembers your name for comments, a support service |
| tk_ai | Analytics service identifier |
| wp_sessionID | Security service token |
`, map[string]string{}},
		{"rows with no header under a sharing heading: names count", "n.html", `<html><body><h1>Privacy notice</h1>
<h2>Who we share your data with</h2>
<table>
<tr><td>Quintex Cloud GmbH</td><td>Hosts our servers</td></tr>
<tr><td>Zendesk</td><td>Answers your support requests</td></tr>
</table></body></html>`, map[string]string{"Quintex Cloud GmbH": "", "Zendesk": ""}},
		{"rows with no header under a sharing heading: cookie names do not", "n.html", `<html><body><h1>Privacy notice</h1>
<h2>Cookies and third parties</h2>
<table>
<tr><td>nux_flow_name</td><td>Identifies which signup flow was shown to the user.</td></tr>
<tr><td>ab</td><td>Used for testing of new features.</td></tr>
<tr><td>utma / utmb / utmz</td><td>Gathers information about how visitors use our websites.</td></tr>
</table></body></html>`, map[string]string{}},
		{"a retention table is no vendor list", "n.md", `# Privacy notice

| Data | Period | Region |
| --- | --- | --- |
| Invoices | Ten years | EU |
| Support tickets | Two years | EU |
`, map[string]string{}},
		{"a list of offices is no vendor list", "n.md", `# Privacy notice

## Contact

| Office | Country |
| --- | --- |
| Our head office | United States |
| Our European office | Ireland |
`, map[string]string{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := Extract(c.file, []byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, []byte(c.src), res)
			got := map[string]string{}
			for _, f := range res.Facts {
				if f.Kind == KindDiscloses && f.Named != nil && *f.Named {
					got[f.Val()] = f.Country
				}
			}
			var gotNames, wantNames []string
			for n := range got {
				gotNames = append(gotNames, normName(n))
			}
			for n, country := range c.want {
				wantNames = append(wantNames, normName(n))
				if g, ok := got[n]; ok && g != country {
					t.Errorf("%s: country %q, want %q", n, g, country)
				}
			}
			sort.Strings(gotNames)
			sort.Strings(wantNames)
			if !slices.Equal(gotNames, wantNames) {
				t.Errorf("recipients %v, want %v", gotNames, wantNames)
			}
		})
	}
}
