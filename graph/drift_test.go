package graph_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/internal/draft"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/seed"
)

// TestNoticeDriftQuery: a new version of the UJET careers notice in which
// the Privacy Shield sentence names the Data Privacy Framework instead,
// asked through the GraphQL handler: the reviewed EU-U.S. Privacy Shield
// transfer to the US changed to the DPF, the Swiss-U.S. one removed, each
// with the sentences.
func TestNoticeDriftQuery(t *testing.T) {
	client, url := server(t, store.Config{})
	ctx := context.Background()
	if _, err := seed.Load(ctx, client); err != nil {
		t.Fatal(err)
	}
	const file = "001_9627de4b2ea1e0ae.txt"
	const shield = "We also participate in the\u00a0EU-U.S. Privacy Shield and Swiss – U.S. Privacy Shield Frameworks."
	const dpf = "We also rely on the EU-U.S. Data Privacy Framework."
	b, err := fs.ReadFile(seed.Files, "policies/"+file)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(b), shield) != 1 {
		t.Fatalf("the careers notice does not hold %q once", shield)
	}
	rep, err := draft.Import(ctx, client, file, []byte(strings.Replace(string(b), shield, dpf, 1)), "ujet")
	if err != nil {
		t.Fatal(err)
	}
	type side struct {
		Value, Sentence string
		Start, End      int
	}
	var d struct {
		NoticeDrift struct {
			Organization string
			Notice, Base struct {
				ID       string
				FileName string
			}
			Items []struct {
				Change, Fact, Key string
				Old, New          *side
			}
		}
	}
	decodeData(t, post(t, url, `query($n: ID!) { noticeDrift(notice: $n) {
		organization notice { id fileName } base { id fileName }
		items { change fact key old { value sentence start end } new { value sentence start end } } } }`,
		map[string]any{"n": rep.Notice}), &d)
	nd := d.NoticeDrift
	if nd.Organization != "ujet" || nd.Notice.FileName != file || nd.Base.FileName != file || nd.Base.ID == nd.Notice.ID {
		t.Errorf("compared %+v with %+v", nd.Notice, nd.Base)
	}
	if len(nd.Items) != 2 {
		t.Fatalf("%d items, want 2: %+v", len(nd.Items), nd.Items)
	}
	ch, rm := nd.Items[0], nd.Items[1]
	if ch.Change != "changed" || ch.Fact != "transfer" || ch.Key != "US/privacy_shield" ||
		ch.Old == nil || ch.Old.Sentence != shield || string(b[ch.Old.Start:ch.Old.End]) != shield ||
		ch.New == nil || ch.New.Value != "dpf_eu_us to US" || ch.New.Sentence != dpf {
		t.Errorf("first item %+v (old %+v, new %+v)", ch, ch.Old, ch.New)
	}
	if rm.Change != "removed" || rm.Key != "US/privacy_shield_swiss" || rm.New != nil || rm.Old == nil || rm.Old.Sentence != shield {
		t.Errorf("second item %+v", rm)
	}

	// A notice that is not in the catalog is an error naming it.
	r := do(t, url, `{ noticeDrift(notice: 1) { organization } }`, nil)
	if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "notice 1") {
		t.Errorf("noticeDrift of an unknown notice: %+v", r.Errors)
	}
}
