package findings

import (
	"fmt"
	"io"
	"net/url"

	"github.com/owenrumney/go-sarif/v3/pkg/report"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// sarifLevel maps a severity to a SARIF result level.
var sarifLevel = map[Severity]string{High: "error", Medium: "warning", Low: "note"}

// SARIF builds a SARIF 2.1.0 log of the findings: one run whose tool
// driver lists every rule of Rules (id, title, article and severity), and
// a result per finding with its level, message and a location per sentence
// (the notice's source as the artifact, the quote as the region's snippet
// with its byte offsets). An acknowledged finding carries an accepted
// external suppression with the note, so code-scanning tools list it as
// dismissed.
func SARIF(fs []Finding) *sarif.Report {
	run := sarif.NewRun()
	run.Tool = sarif.NewTool()
	run.Tool.Driver = sarif.NewToolComponent()
	name := "ropa findings"
	run.Tool.Driver.Name = &name
	for _, r := range Rules {
		props := sarif.NewPropertyBag().Add("article", r.Article).Add("severity", string(r.Severity))
		if r.From != nil {
			props.Add("from", day(*r.From))
		}
		if r.Until != nil {
			props.Add("until", day(*r.Until))
		}
		run.AddRule(r.ID).WithName(r.ID).
			WithShortDescription(sarif.NewMultiformatMessageString().WithText(r.Title)).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(r.Title + " (" + r.Article + ")")).
			WithProperties(props)
	}
	for _, f := range fs {
		res := run.CreateResultForRule(f.Rule).
			WithLevel(sarifLevel[f.Severity]).
			WithMessage(sarif.NewTextMessage(f.Message)).
			WithPartialFingerprints(map[string]string{"ropaSubject/v1": f.Rule + "/" + f.Subject})
		props := sarif.NewPropertyBag().Add("severity", string(f.Severity)).Add("article", f.Article).Add("facts", f.Facts)
		for k, v := range map[string]string{"activity": f.Activity, "notice": f.Notice, "since": f.Since} {
			if v != "" {
				props.Add(k, v)
			}
		}
		res.WithProperties(props)
		for _, ct := range f.Evidence {
			region := sarif.NewRegion().WithByteOffset(ct.Start).WithByteLength(ct.End - ct.Start).
				WithSnippet(sarif.NewArtifactContent().WithText(ct.Quote))
			res.AddLocation(sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
				WithArtifactLocation(sarif.NewSimpleArtifactLocation(artifactURI(ct))).WithRegion(region)))
		}
		if a := f.Acknowledged; a != nil {
			res.AddSuppression(sarif.NewSuppression().WithKind("external").WithStatus("accepted").
				WithJustification(fmt.Sprintf("%s (acknowledged by %s; review by %s)", a.Note, a.By, a.ReviewBy)))
		}
	}
	log := report.NewV210Report()
	log.AddRun(run)
	return log
}

// WriteSARIF writes the findings as an indented SARIF 2.1.0 log.
func WriteSARIF(w io.Writer, fs []Finding) error {
	if err := SARIF(fs).PrettyWrite(w); err != nil {
		return fmt.Errorf("writing the findings as SARIF: %w", err)
	}
	return nil
}

// artifactURI is the notice's source as a URI reference: its URL as it
// is, a file name or title escaped as a relative reference.
func artifactURI(ct Citation) string {
	if u, err := url.Parse(ct.Source); err == nil && u.IsAbs() {
		return ct.Source
	}
	return url.PathEscape(ct.Source)
}
