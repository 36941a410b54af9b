package extract

// Calibration: a fact's Confidence is how often a fact of its kind, found
// with its rule score, was right on the real development notices
// (testdata/real/dev), so that facts given 0.9 are right about nine times
// in ten there.
//
// Every rule that finds a fact gives it a raw score (0.6 for a category
// named in running text, 0.8 for one listed under a collection heading,
// 0.85 for a recipient read from a sub-processor table, ...); a fact found
// by several rules keeps the highest. The raw score therefore names the
// rule class that found the fact, and is the finest granularity the data
// supports: the calibration table (calibration_table.go) holds, for each
// scored kind and raw score, the number of facts the extractor emits on
// the real dev set and how many of them are right, judged by the scoring
// rules of the evaluation (eval_test.go: document level, keys equal, named
// recipients by normalised names, transfers by mechanism, retention by
// duration).
//
// The confidence of a (kind, raw score) cell is its precision shrunk
// toward its kind's precision, and the kind's precision toward that of all
// scored facts, by pseudo-facts (mk = calibrationKindPrior, m =
// calibrationCellPrior):
//
//	kind = (correct_kind + mk·all) / (facts_kind + mk)
//	cell = (correct_cell + m·kind) / (facts_cell + m)
//
// Why shrink: a cell of 3 facts all right is weak evidence that its rule is
// never wrong, and unshrunk it would say 1.0; a kind of 13 facts all right
// (retention) likewise. With these priors a 3-of-3 cell of such a kind
// gets 0.94, while a cell of 100 facts keeps its own figure. No confidence
// exceeds calibrationMax: a rule-based reading is never certain.
//
// How the priors were chosen, on the dev set only: TestCalibrationPrior
// prints the leave-one-notice-out log loss for a grid of priors. It is
// flat in mk (10 taken) and lowest near m = 10 (0.526), but m = 10 pulls
// the dev cells of 25 facts that are right 28% of the time up to 0.38, so
// that the dev reliability check (TestConfidenceReliability) fails; m = 3
// (0.534, within 2% of the best) keeps every dev bin within 0.1.
//
// Kinds the real sets do not annotate (purpose, data_subject,
// security_measure) and recipients named by category ("payment
// processors", not scored) cannot be measured and keep their raw rule
// score. A scored fact with a raw score the dev set never produced gets
// its kind's figure.
//
// Re-derive the table after changing a rule (it rewrites
// calibration_table.go from the real dev set, never the held-out one):
//
//	go test ./internal/extract -run TestCalibrationTable -calibrate
//
// TestCalibrationTable fails when the table has drifted from what the
// extractor now does; TestConfidenceReliability prints the reliability
// table of the README and asserts that calibration holds on the dev set.

// calibrationKindPrior and calibrationCellPrior are the pseudo-facts a
// kind and a cell are shrunk by.
const (
	calibrationKindPrior = 10
	calibrationCellPrior = 3
)

// calibrationMax caps every calibrated confidence.
const calibrationMax = 0.99

// calibrationCell is one row of the table: the facts of one kind found
// with one raw score on the real dev set, how many were right, and the
// confidence given to such facts.
type calibrationCell struct {
	Kind       string
	Raw        float64
	Facts      int
	Correct    int
	Confidence float64
}

// calibrationKey is the table key of a fact: its kind, and whether it is
// scored at all ("" when not).
func calibrationKey(f *Fact) string {
	switch f.Kind {
	case KindCollects, KindLegalBasis, KindTransfer, KindRetention, KindRight:
		return f.Kind
	case KindDiscloses:
		if f.Named != nil && *f.Named {
			return f.Kind
		}
	}
	return ""
}

// calibrated is f's confidence: the table's figure for its kind and raw
// score, its kind's figure for a raw score the table lacks, its raw score
// for a kind that is not scored.
func calibrated(f *Fact) float64 {
	k := calibrationKey(f)
	if k == "" {
		return f.raw
	}
	var kind float64
	for _, c := range calibrationTable {
		if c.Kind != k {
			continue
		}
		if c.Raw == f.raw {
			return c.Confidence
		}
		if c.Raw < 0 {
			kind = c.Confidence
		}
	}
	if kind > 0 {
		return kind
	}
	return f.raw
}
