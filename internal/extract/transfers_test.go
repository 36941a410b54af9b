package extract

import "testing"

func TestTransferRule(t *testing.T) {
	checkRule(t, transferRule{}, []ruleCase{
		{"SCCs with a country", "## International transfers\n\nWe transfer data to the United States under the Standard Contractual Clauses approved by the European Commission.\n",
			[]string{"scc/US"}},
		{"new SCCs", "Transfers outside the EEA rely on the standard contractual clauses of Decision (EU) 2021/914.\n",
			[]string{"scc_2021"}},
		{"DPF", "## International transfers\n\nOur provider is certified under the EU-U.S. Data Privacy Framework.\n",
			[]string{"dpf_eu_us/US"}},
		{"the origin is not a destination", "We transfer personal data from the United Kingdom to India under the International Data Transfer Agreement.\n",
			[]string{"scc/IN"}},
		{"adequate protection promised is no adequacy", "We ensure an adequate level of protection for your data wherever our providers process it.\n", nil},
		{"adequacy found", "## International transfers\n\nWe transfer data to Switzerland, which the European Commission has found to offer an adequate level of protection.\n",
			[]string{"adequacy/CH"}},
		{"a framework no longer relied on", "We no longer rely on the Privacy Shield.\n", nil},
		{"transfers stated, no mechanism", "Your data may be transferred to countries outside the EEA.\n", []string{"unspecified"}},
	})
}
