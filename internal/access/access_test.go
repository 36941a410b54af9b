package access_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/internal/access"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

func as(role auth.Role, name string) context.Context {
	p := auth.Principal{Name: name, Role: role, Via: auth.Token}
	if role == auth.None {
		p.Via = auth.Anonymous
	}
	ctx := auth.With(context.Background(), p)
	return actor.With(ctx, actor.Actor(p.Actor()))
}

// code returns the refusal's code, or "" when err is no refusal.
func code(err error) string {
	var e *auth.Error
	if errors.As(err, &e) {
		return e.Code()
	}
	return ""
}

// TestEnforce: the catalog itself (not the API) holds every principal to
// its role, for reads, writes, review decisions and the access entities;
// the process itself is not checked.
func TestEnforce(t *testing.T) {
	c := storetest.Open(t, store.Config{})
	ctx := context.Background()
	org := c.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx)

	// Reads.
	if _, err := c.Organization.Query().All(as(auth.Viewer, "v")); err != nil {
		t.Errorf("viewer reading: %v", err)
	}
	if _, err := c.Organization.Query().All(as(auth.None, "")); code(err) != "UNAUTHENTICATED" {
		t.Errorf("anonymous reading: %v, want UNAUTHENTICATED", err)
	}
	if _, err := record.NewCache(c).Get(as(auth.None, "")); code(err) != "UNAUTHENTICATED" {
		t.Errorf("anonymous reading the cached record: %v, want UNAUTHENTICATED", err)
	}
	if _, err := c.User.Query().All(as(auth.Reviewer, "r")); code(err) != "FORBIDDEN" {
		t.Errorf("reviewer reading users: %v, want FORBIDDEN", err)
	}
	if _, err := c.Token.Query().All(as(auth.Admin, "a")); err != nil {
		t.Errorf("admin reading tokens: %v", err)
	}

	// Writes.
	if err := c.Organization.Create().SetKey("other").SetName("Other").Exec(as(auth.Viewer, "v")); code(err) != "FORBIDDEN" {
		t.Errorf("viewer creating: %v, want FORBIDDEN", err)
	}
	if err := c.Organization.DeleteOne(org).Exec(as(auth.Viewer, "v")); code(err) != "FORBIDDEN" {
		t.Errorf("viewer deleting: %v, want FORBIDDEN", err)
	}
	if n := c.Organization.Query().CountX(ctx); n != 1 {
		t.Fatalf("%d organizations after refused writes, want 1", n)
	}
	if err := c.User.Create().SetName("eve").SetRole(auth.Admin).Exec(as(auth.Editor, "e")); code(err) != "FORBIDDEN" {
		t.Errorf("editor creating a user: %v, want FORBIDDEN", err)
	}

	// An editor's fact waits for a reviewer, created or changed.
	o2, err := c.Organization.Create().SetKey("beta").SetName("Beta").Save(as(auth.Editor, "ed"))
	if err != nil {
		t.Fatal(err)
	}
	if o2.ReviewStatus != review.Unreviewed || o2.Origin != "api:token:ed" {
		t.Errorf("editor's new fact: %s from %s, want UNREVIEWED from api:token:ed", o2.ReviewStatus, o2.Origin)
	}
	if org = org.Update().SetEmail("dpo@acme.example").SaveX(as(auth.Editor, "ed")); org.ReviewStatus != review.Unreviewed {
		t.Errorf("reviewed fact changed by an editor: %s, want UNREVIEWED", org.ReviewStatus)
	}
	if err := org.Update().SetReviewStatus(review.Reviewed).Exec(as(auth.Editor, "ed")); code(err) != "FORBIDDEN" {
		t.Errorf("editor confirming a fact: %v, want FORBIDDEN", err)
	}
	if err := org.Update().SetReviewNote("fine").Exec(as(auth.Editor, "ed")); code(err) != "FORBIDDEN" {
		t.Errorf("editor writing a review note: %v, want FORBIDDEN", err)
	}
	if org = org.Update().SetReviewStatus(review.Reviewed).SetReviewNote("checked against the notice").SaveX(as(auth.Reviewer, "rv")); org.ReviewStatus != review.Reviewed {
		t.Errorf("reviewer confirming: %s, want REVIEWED", org.ReviewStatus)
	}
	if o3 := c.Organization.Create().SetKey("gamma").SetName("Gamma").SaveX(as(auth.Reviewer, "rv")); o3.ReviewStatus != review.Reviewed {
		t.Errorf("reviewer's new fact: %s, want REVIEWED", o3.ReviewStatus)
	}
}

// TestTokens: a token signs in with its role until it expires or is
// revoked; only its digest is stored.
func TestTokens(t *testing.T) {
	c := storetest.Open(t, store.Config{})
	ctx := context.Background()
	s := access.New(c)
	if on, err := s.Configured(ctx); err != nil || on {
		t.Fatalf("Configured on an empty catalog = %v, %v; want false", on, err)
	}
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	access.SetClock(s, func() time.Time { return now })
	exp := now.Add(24 * time.Hour)
	secret, err := s.CreateToken(ctx, "cli:test", access.TokenSpec{Name: "ci-export", Role: auth.Viewer, Expires: &exp})
	if err != nil {
		t.Fatal(err)
	}
	if on, _ := s.Configured(ctx); !on {
		t.Error("Configured after a token = false")
	}
	row := c.Token.Query().OnlyX(ctx)
	if row.Digest == secret || row.Digest != auth.Digest(secret) || len(secret) < 40 {
		t.Errorf("stored %q for secret %q: want its SHA-256 only", row.Digest, secret)
	}
	p, _, err := s.Token(ctx, secret)
	if err != nil || p.Name != "ci-export" || p.Role != auth.Viewer || p.Actor() != "api:token:ci-export" {
		t.Errorf("Token = %+v, %v", p, err)
	}
	if c.Token.Query().OnlyX(ctx).LastUsedAt == nil {
		t.Error("last use not recorded")
	}
	if _, _, err := s.Token(ctx, secret+"x"); !errors.Is(err, access.ErrDenied) {
		t.Errorf("wrong token: %v, want ErrDenied", err)
	}
	now = exp
	if _, _, err := s.Token(ctx, secret); !errors.Is(err, access.ErrDenied) {
		t.Errorf("token at its expiry: %v, want ErrDenied", err)
	}
	now = exp.Add(-time.Minute)
	if err := s.RevokeToken(ctx, "cli:test", "ci-export"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Token(ctx, secret); !errors.Is(err, access.ErrDenied) {
		t.Errorf("revoked token: %v, want ErrDenied", err)
	}
	if err := s.RevokeToken(ctx, "cli:test", "ci-export"); err == nil {
		t.Error("revoking twice: no error")
	}
	for name, spec := range map[string]access.TokenSpec{
		"role":    {Name: "x", Role: "owner"},
		"name":    {Name: "two words", Role: auth.Viewer},
		"expires": {Name: "y", Role: auth.Viewer, Expires: &now},
	} {
		if _, err := s.CreateToken(ctx, "cli:test", spec); err == nil || !containsField(err, name) {
			t.Errorf("CreateToken(%+v) = %v, want an error naming %s", spec, err, name)
		}
	}
	if _, err := s.CreateToken(ctx, "cli:test", access.TokenSpec{Name: "ci-export", Role: auth.Viewer}); err == nil {
		t.Error("a second token of the same name: no error")
	}
	if n := c.Token.Query().CountX(ctx); n != 1 {
		t.Errorf("%d tokens after refused creations, want 1", n)
	}
}

// containsField reports whether err is an *invalid.Error naming field.
func containsField(err error, field string) bool {
	var inv *invalid.Error
	return errors.As(err, &inv) && inv.Field == field
}

// TestSessions: a password opens a session that acts as the user as they
// are now: a new role applies at once; disabling or a new password ends it.
func TestSessions(t *testing.T) {
	c := storetest.Open(t, store.Config{})
	ctx := context.Background()
	s := access.New(c)
	if err := s.AddUser(ctx, "cli:test", access.UserSpec{Name: "alice", Role: auth.Editor, Password: "short"}); err == nil || !containsField(err, "password") {
		t.Errorf("short password: %v, want an error naming password", err)
	}
	if err := s.AddUser(ctx, "cli:test", access.UserSpec{Name: "alice", Role: auth.Editor, Password: "correct horse battery"}); err != nil {
		t.Fatal(err)
	}
	if u := c.User.Query().OnlyX(ctx); !strings.Contains(u.PasswordHash, "$argon2id$") || strings.Contains(u.PasswordHash, "horse") {
		t.Errorf("stored password hash %q: want an argon2id hash", u.PasswordHash)
	}
	if _, _, err := s.Password(ctx, "alice", "wrong horse battery"); !errors.Is(err, access.ErrDenied) {
		t.Errorf("wrong password: %v", err)
	}
	if _, _, err := s.Password(ctx, "bob", "correct horse battery"); !errors.Is(err, access.ErrDenied) {
		t.Errorf("unknown user: %v", err)
	}
	p, u, err := s.Password(ctx, "alice", "correct horse battery")
	if err != nil || p.Role != auth.Editor || p.Actor() != "api:alice" {
		t.Fatalf("Password = %+v, %v", p, err)
	}
	ses, err := s.StartSession(ctx, p, u, nil, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.Session(ctx, ses.ID); err != nil || got.Principal != p || got.CSRF != ses.CSRF {
		t.Errorf("Session = %+v, %v", got, err)
	}
	reviewer := auth.Reviewer
	if err := s.UpdateUser(ctx, "cli:test", "alice", &reviewer, nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Session(ctx, ses.ID); got == nil || got.Principal.Role != auth.Reviewer {
		t.Errorf("session after a role change: %+v, want reviewer", got)
	}
	if err := s.SetPassword(ctx, "cli:test", "alice", "another long passphrase"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Session(ctx, ses.ID); !errors.Is(err, access.ErrDenied) {
		t.Errorf("session after a new password: %v, want ErrDenied", err)
	}
	p, u, _ = s.Password(ctx, "alice", "another long passphrase")
	ses, _ = s.StartSession(ctx, p, u, nil, time.Hour)
	yes := true
	if err := s.UpdateUser(ctx, "cli:test", "alice", nil, &yes); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Session(ctx, ses.ID); !errors.Is(err, access.ErrDenied) {
		t.Errorf("session of a disabled user: %v, want ErrDenied", err)
	}
	if _, _, err := s.Password(ctx, "alice", "another long passphrase"); !errors.Is(err, access.ErrDenied) {
		t.Errorf("disabled user signing in: %v", err)
	}
	if err := s.RemoveUser(ctx, "cli:test", "alice"); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveUser(ctx, "cli:test", "alice"); err == nil || !strings.Contains(err.Error(), "no user named") {
		t.Errorf("removing twice: %v", err)
	}
}
