package history

// Redacted exposes the fields kept out of the history to the tests.
var Redacted = redacted
