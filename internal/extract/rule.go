package extract

// A rule finds the facts of one kind in one unit: a sentence, a list item
// or a table cell, read with its context (the headings above it, the
// lead-in of its list, its column header). Each kind has its own rule, in
// the file of that name, and its own table-driven test of sentences in and
// facts out (rule_test.go and the kind's _test.go file).
type rule interface {
	// kind is the fact kind the rule emits.
	kind() string
	// find adds the facts u states to x.
	find(x *extractor, u *unit)
}

// The rules, one type per fact kind.
type (
	collectsRule  struct{} // data categories collected: collects.go
	purposeRule   struct{} // purposes of processing: purposes.go
	basisRule     struct{} // Art 6 bases and Art 9 conditions: bases.go
	transferRule  struct{} // transfer mechanisms and destinations: transfers.go
	retentionRule struct{} // retention periods and criteria: retention.go
	rightRule     struct{} // data subject rights: rights.go
	subjectRule   struct{} // categories of data subjects: subjects.go
	securityRule  struct{} // security measures: security.go
	recipientRule struct{} // recipients, named and by category: recipients.go
)

func (collectsRule) kind() string  { return KindCollects }
func (purposeRule) kind() string   { return KindPurpose }
func (basisRule) kind() string     { return KindLegalBasis }
func (transferRule) kind() string  { return KindTransfer }
func (retentionRule) kind() string { return KindRetention }
func (rightRule) kind() string     { return KindRight }
func (subjectRule) kind() string   { return KindDataSubject }
func (securityRule) kind() string  { return KindSecurity }
func (recipientRule) kind() string { return KindDiscloses }

// unitRules run over every unit, in this order (which decides the order
// of facts of one kind that start at the same byte).
var unitRules = []rule{collectsRule{}, purposeRule{}, basisRule{}, transferRule{}, retentionRule{},
	rightRule{}, subjectRule{}, securityRule{}, recipientRule{}}
