package access

import "time"

// SetClock makes s read the time from now (tests move it past expiries).
func SetClock(s *Service, now func() time.Time) { s.now = now }
