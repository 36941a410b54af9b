package extract

import "testing"

func TestSubjectRule(t *testing.T) {
	checkRule(t, subjectRule{}, []ruleCase{
		{"applicants and employees", "This notice covers job applicants and current employees.\n",
			[]string{"job_applicant", "employee"}},
		{"customers", "If you are a customer, we keep your order history.\n", []string{"customer"}},
		{"not directed to children", "Our services are not directed to children under the age of 13.\n", nil},
		{"a child's data by mistake", "If we learn that we have collected data from children, we delete it.\n", nil},
	})
}
