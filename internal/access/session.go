package access

import (
	"context"
	"crypto/subtle"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/session"
	"github.com/ropacatalog/ropa/internal/auth"
)

// A Session is a signed-in browser.
type Session struct {
	ID        string // the cookie's value; only its digest is stored
	CSRF      string // what the browser's writes send in X-CSRF-Token
	Expires   time.Time
	Principal auth.Principal
}

// StartSession opens a session for a user or a token (one of them nil)
// that lasts ttl.
func (s *Service) StartSession(ctx context.Context, p auth.Principal, u *ent.User, t *ent.Token, ttl time.Duration) (*Session, error) {
	now := s.now()
	ses := &Session{ID: auth.NewSecret(""), CSRF: auth.NewSecret(""), Expires: now.Add(ttl), Principal: p}
	if t != nil && t.ExpiresAt != nil && t.ExpiresAt.Before(ses.Expires) {
		ses.Expires = *t.ExpiresAt
	}
	c := s.client.Session.Create().SetDigest(auth.Digest(ses.ID)).SetCsrf(ses.CSRF).SetExpiresAt(ses.Expires)
	if u != nil {
		c.SetUser(u)
	}
	if t != nil {
		c.SetToken(t)
	}
	if err := c.Exec(ctx); err != nil {
		return nil, err
	}
	// Sign-in is a good moment to forget the expired sessions.
	s.client.Session.Delete().Where(session.ExpiresAtLT(now)).Exec(ctx)
	return ses, nil
}

// Session returns the live session whose cookie value is id, acting as
// its user or token as they are now (a changed role applies at once; a
// disabled user or revoked token ends it).
func (s *Service) Session(ctx context.Context, id string) (*Session, error) {
	row, err := s.client.Session.Query().Where(session.Digest(auth.Digest(id))).
		WithUser().WithToken().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, ErrDenied
	}
	if err != nil {
		return nil, err
	}
	now := s.now()
	if !now.Before(row.ExpiresAt) {
		return nil, ErrDenied
	}
	ses := &Session{ID: id, CSRF: row.Csrf, Expires: row.ExpiresAt}
	switch u, t := row.Edges.User, row.Edges.Token; {
	case u != nil && !u.Disabled:
		ses.Principal = auth.Principal{Name: u.Name, Role: u.Role, Via: auth.Password}
	case t != nil && t.RevokedAt == nil && (t.ExpiresAt == nil || now.Before(*t.ExpiresAt)):
		ses.Principal = auth.Principal{Name: t.Name, Role: t.Role, Via: auth.Token}
	default:
		return nil, ErrDenied
	}
	return ses, nil
}

// EndSession signs a session out.
func (s *Service) EndSession(ctx context.Context, id string) error {
	_, err := s.client.Session.Delete().Where(session.Digest(auth.Digest(id))).Exec(ctx)
	return err
}

// CheckCSRF reports whether a write's X-CSRF-Token matches the session's.
func (ses *Session) CheckCSRF(header string) bool {
	return header != "" && subtle.ConstantTimeCompare([]byte(header), []byte(ses.CSRF)) == 1
}
