package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/asof"
)

// asOfFlag adds --as-of to a command that reads the record.
func asOfFlag(cmd *cobra.Command, s *string) {
	cmd.Flags().StringVar(s, "as-of", "", "answer as the catalog stood at a past time, rebuilt from its history: a date (2026-06-30, the end of that day) or an RFC 3339 time")
}

// atTime returns the catalog a command reads: client itself when asOf is
// empty, else client as it stood at that time; the time it is judged at
// (safeguards valid then, findings then); and what releases it.
func atTime(ctx context.Context, client *ent.Client, asOf string) (*ent.Client, time.Time, func(), error) {
	return pastCatalog(ctx, client, asOf, asof.OpenRecord)
}

// atTimeWithFields is atTime for the lineage, which reads the systems'
// datasets and fields.
func atTimeWithFields(ctx context.Context, client *ent.Client, asOf string) (*ent.Client, time.Time, func(), error) {
	return pastCatalog(ctx, client, asOf, asof.Open)
}

func pastCatalog(ctx context.Context, client *ent.Client, asOf string,
	open func(context.Context, *ent.Client, time.Time) (*asof.Catalog, error)) (*ent.Client, time.Time, func(), error) {
	if asOf == "" {
		return client, time.Now(), func() {}, nil
	}
	at, err := asof.ParseTime(asOf, true)
	if err != nil {
		return nil, time.Time{}, nil, fmt.Errorf("--as-of %w", err)
	}
	cat, err := open(ctx, client, at)
	if err != nil {
		return nil, time.Time{}, nil, err
	}
	return cat.Client, at, func() { cat.Close() }, nil
}
