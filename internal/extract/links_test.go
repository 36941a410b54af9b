package extract

import (
	"slices"
	"testing"
)

// TestRecipientLinkList: a list whose items each start with a link whose
// text is a name, under a heading or lead-in about sharing or processors,
// is a list of recipients whatever the names; device and platform names
// are never recipients.
func TestRecipientLinkList(t *testing.T) {
	checkRule(t, recipientRule{}, []ruleCase{
		{"markdown link list, description after a period",
			"## Our data handlers\n\nWe share data with these companies, all located in the United States:\n\n* [Quillmail](https://quillmail.example/privacy). Email newsletter service.\n* [Brindle Pages](https://brindle.example/legal). Blog hosting.\n",
			[]string{"Quillmail", "Brindle Pages"}},
		{"markdown link list, purpose after a dash or colon",
			"## Third parties\n\n* [Quillmail](https://q.example) - newsletters\n* [Tessaro](https://t.example): payments\n",
			[]string{"Quillmail", "Tessaro"}},
		{"a name that starts like a vendor's is no generic noun",
			"## Sub-processors\n\n* [Google Cloud Platform](https://cloud.google.com/). Cloud services provider.\n* [Tessaro](https://t.example). Payments.\n",
			[]string{"Google Cloud Platform", "Tessaro"}},
		{"a lone link item under a sub-processors heading",
			"## Sub-processors\n\nThese subprocessors are located in the EU:\n\n* [Quillmail](https://q.example). Infrastructure monitoring.\n",
			[]string{"Quillmail"}},
		{"a lone link item under a sharing heading is not enough",
			"## Sharing\n\n* [Quillmail](https://q.example). Infrastructure monitoring.\n\nWe never sell data.\n",
			nil},
		{"a link list outside a sharing section",
			"## Further reading\n\n* [Quillmail](https://q.example). A blog about mail.\n* [Tessaro](https://t.example). Another blog.\n",
			nil},
		{"links to documents are no recipients",
			"## Who we share data with\n\n* [Privacy Policy](https://x.example). Read it first.\n* [Terms of Service](https://y.example). Read them too.\n",
			nil},
		{"a link that goes on into a sentence",
			"## Third parties\n\n* [Quillmail](https://q.example) is the tool we love most of all.\n* [Tessaro](https://t.example) is another one we love.\n",
			nil},
		{"devices and platforms a product runs on",
			"## Third parties\n\nOur apps are for use with a variety of devices and platforms, including Windows, Mac, iPhone, iPad, Kindle Fire and Android.\n",
			nil},
		{"a device name is never a recipient",
			"## Who we share data with\n\nWe share crash reports with Quintex Cloud GmbH and iPhone.\n",
			[]string{"Quintex Cloud GmbH"}},
	})
}

func TestRecipientLinkListHTML(t *testing.T) {
	doc := `<html><body><h2>Sub-processors</h2><ul><li><a href="https://q.example">Quillmail</a> – email delivery</li><li><a href="https://t.example">Tessaro</a> – payments</li></ul><h2>Further reading</h2><ul><li><a href="https://a.example">Orlent</a> – a blog</li><li><a href="https://b.example">Pessary</a> – a blog</li></ul></body></html>`
	got, _ := facts(t, "n.html", doc, KindDiscloses)
	slices.Sort(got)
	if !slices.Equal(got, []string{"Quillmail", "Tessaro"}) {
		t.Errorf("got %v, want [Quillmail Tessaro]", got)
	}
}
