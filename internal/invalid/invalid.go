// Package invalid is the error a write returns when an input field is
// wrong: it names the field and says why, so the API can point a form at it.
package invalid

import "fmt"

// Error is a rejected input field.
type Error struct {
	Field  string // input field name, e.g. "quote" or "country"
	Reason string
}

func (e *Error) Error() string { return fmt.Sprintf("invalid %s: %s", e.Field, e.Reason) }

// Field returns an *Error for field with a formatted reason.
func Field(field, format string, args ...any) error {
	return &Error{Field: field, Reason: fmt.Sprintf(format, args...)}
}
