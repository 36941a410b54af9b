package seed_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/predicate"
	"github.com/ropacatalog/ropa/ent/processingactivity"
)

func activityOf(orgID int) predicate.ProcessingActivity {
	return processingactivity.OrganizationID(orgID)
}

// snapshot summarizes the catalog: the row count of every entity and the
// number of evidence links, so that two loads can be compared.
func snapshot(t *testing.T, c *ent.Client) string {
	t.Helper()
	ctx := context.Background()
	counts := []struct {
		name string
		f    func() (int, error)
	}{
		{"organizations", func() (int, error) { return c.Organization.Query().Count(ctx) }},
		{"documents", func() (int, error) { return c.PolicyDocument.Query().Count(ctx) }},
		{"evidence", func() (int, error) { return c.Evidence.Query().Count(ctx) }},
		{"activities", func() (int, error) { return c.ProcessingActivity.Query().Count(ctx) }},
		{"activityPurposes", func() (int, error) { return c.ActivityPurpose.Query().Count(ctx) }},
		{"dataCategories", func() (int, error) { return c.DataCategory.Query().Count(ctx) }},
		{"subjects", func() (int, error) { return c.DataSubjectCategory.Query().Count(ctx) }},
		{"purposes", func() (int, error) { return c.Purpose.Query().Count(ctx) }},
		{"legalBases", func() (int, error) { return c.LegalBasis.Query().Count(ctx) }},
		{"sources", func() (int, error) { return c.DataSource.Query().Count(ctx) }},
		{"recipients", func() (int, error) { return c.Recipient.Query().Count(ctx) }},
		{"disclosures", func() (int, error) { return c.Disclosure.Query().Count(ctx) }},
		{"transfers", func() (int, error) { return c.Transfer.Query().Count(ctx) }},
		{"safeguards", func() (int, error) { return c.TransferSafeguard.Query().Count(ctx) }},
		{"retention", func() (int, error) { return c.RetentionRule.Query().Count(ctx) }},
		{"measures", func() (int, error) { return c.SecurityMeasure.Query().Count(ctx) }},
		{"practices", func() (int, error) { return c.SecurityPractice.Query().Count(ctx) }},
		{"rights", func() (int, error) { return c.Right.Query().Count(ctx) }},
		{"rightsOffered", func() (int, error) { return c.DataSubjectRight.Query().Count(ctx) }},
		{"systems", func() (int, error) { return c.System.Query().Count(ctx) }},
		{"datasets", func() (int, error) { return c.Dataset.Query().Count(ctx) }},
		{"fields", func() (int, error) { return c.DataField.Query().Count(ctx) }},
		{"activityEvidenceLinks", func() (int, error) { return c.ProcessingActivity.Query().QueryEvidence().Count(ctx) }},
		{"activityCategoryLinks", func() (int, error) { return c.ProcessingActivity.Query().QueryDataCategories().Count(ctx) }},
	}
	var b strings.Builder
	for _, cnt := range counts {
		n, err := cnt.f()
		if err != nil {
			t.Fatalf("counting %s: %v", cnt.name, err)
		}
		fmt.Fprintf(&b, "%s=%d ", cnt.name, n)
	}
	return b.String()
}
