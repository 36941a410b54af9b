package datamap_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/internal/datamap"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

func TestExplore(t *testing.T) {
	c := storetest.Open(t, store.Config{})
	if _, err := seed.Load(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	rec, _ := record.Load(context.Background(), c, record.Options{})
	o := rec.OrganizationByKey("ujet")
	v, err := datamap.BuildView(o, datamap.Request{}, nil, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range v.Nodes {
		fmt.Printf("%s %q %s g=%v m=%d tr=%v st=%v\n", n.Kind, n.Label, n.ID, n.Group, n.Members, n.Transfer, n.Stale)
	}
	fmt.Println(len(v.Nodes), len(v.Links), v.Totals)
	d, err := datamap.BuildDetails(o, "country:US", nil, time.Now(), 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range d.Transfers {
		r := ""
		if x.Recipient != nil {
			r = x.Recipient.Name
		}
		sg := ""
		if x.Safeguard != nil {
			sg = x.Safeguard.Name
		}
		fmt.Printf("T %d acts=%d rec=%q sg=%q valid=%v scope=%s\n", x.Transfer.ID, len(x.Activities), r, sg, x.Valid, x.Scope)
	}
}
