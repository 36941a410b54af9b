package access

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/session"
	"github.com/ropacatalog/ropa/ent/token"
	"github.com/ropacatalog/ropa/ent/user"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/fresh"
	"github.com/ropacatalog/ropa/internal/invalid"
)

// Service keeps the users, tokens and sessions of one catalog.
type Service struct {
	client *ent.Client
	// hashing bounds the password checks running at once: each takes
	// tens of MiB, and sign-in must not be a way to exhaust memory.
	hashing chan struct{}
	// used throttles the last-used time of tokens to one write a minute.
	used sync.Map // token ID → time.Time
	// configured is set once users or tokens exist (see Configured).
	configured atomic.Bool
	// check is Configured's statement, shared by the requests that ask at
	// once (internal/fresh).
	check *fresh.Shared[bool]
	now   func() time.Time
}

// New returns the service over c.
func New(c *ent.Client) *Service {
	s := &Service{client: c, hashing: make(chan struct{}, max(1, runtime.GOMAXPROCS(0))), now: time.Now}
	s.check = fresh.New(s.readConfigured)
	return s
}

// ErrDenied is the answer to a wrong name, password or token: it does not
// say which was wrong.
var ErrDenied = errors.New("sign-in refused: unknown name, wrong password, or a token that is unknown, revoked or expired")

// Configured reports whether any user who can sign in or any live token
// exists: then the server requires sign-in. It is one statement, shared
// by the requests that ask at the same time (internal/fresh); once
// true, it stays true for the life of the service (a server that has
// required sign-in never falls back to acting as a local admin).
func (s *Service) Configured(ctx context.Context) (bool, error) {
	if s.configured.Load() {
		return true, nil
	}
	on, err := s.check.Get(ctx)
	if err != nil {
		return false, err
	}
	if on {
		s.configured.Store(true)
	}
	return on, nil
}

// readConfigured is Configured's statement.
func (s *Service) readConfigured(ctx context.Context) (bool, error) {
	rows, err := s.client.QueryContext(ctx, configuredQuery)
	if err != nil {
		return false, fmt.Errorf("checking for users and tokens: %w", err)
	}
	defer rows.Close()
	var on bool
	for rows.Next() {
		if err := rows.Scan(&on); err != nil {
			return false, fmt.Errorf("checking for users and tokens: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return false, fmt.Errorf("checking for users and tokens: %w", err)
	}
	return on, nil
}

// configuredQuery is Configured's statement, the same on SQLite and
// PostgreSQL.
var configuredQuery = fmt.Sprintf("SELECT EXISTS (SELECT 1 FROM %s WHERE NOT %s) OR EXISTS (SELECT 1 FROM %s WHERE %s IS NULL)",
	user.Table, user.FieldDisabled, token.Table, token.FieldRevokedAt)

// UserSpec is what AddUser needs.
type UserSpec struct {
	Name     string
	Role     auth.Role
	Password string // empty: the user signs in through a proxy only
}

// AddUser adds a user as actor a.
func (s *Service) AddUser(ctx context.Context, a actor.Actor, u UserSpec) error {
	if !u.Role.Valid() {
		return invalid.Field("role", "role %q: want viewer, editor, reviewer or admin", u.Role)
	}
	create := func(ctx context.Context, tx *ent.Tx) error {
		c := tx.User.Create().SetName(u.Name).SetRole(u.Role).SetCreatedBy(string(a))
		if u.Password != "" {
			h, err := auth.HashPassword(u.Password)
			if err != nil {
				return invalid.Field("password", "%v", err)
			}
			c.SetPasswordHash(h)
		}
		return c.Exec(ctx)
	}
	return describe(catalog.Write(ctx, s.client, a, create), "user", u.Name)
}

// SetPassword sets (or, with "", removes) a user's password, and ends
// their sessions.
func (s *Service) SetPassword(ctx context.Context, a actor.Actor, name, password string) error {
	return describe(catalog.Write(ctx, s.client, a, func(ctx context.Context, tx *ent.Tx) error {
		u, err := tx.User.Query().Where(user.Name(name)).Only(ctx)
		if err != nil {
			return err
		}
		up := u.Update()
		if password == "" {
			up.ClearPasswordHash()
		} else {
			h, err := auth.HashPassword(password)
			if err != nil {
				return invalid.Field("password", "%v", err)
			}
			up.SetPasswordHash(h)
		}
		if err := up.Exec(ctx); err != nil {
			return err
		}
		_, err = tx.Session.Delete().Where(session.HasUserWith(user.ID(u.ID))).Exec(ctx)
		return err
	}), "user", name)
}

// UpdateUser changes a user's role or disables them (nil leaves a value
// as it is). Disabling ends their sessions.
func (s *Service) UpdateUser(ctx context.Context, a actor.Actor, name string, role *auth.Role, disabled *bool) error {
	if role != nil && !role.Valid() {
		return invalid.Field("role", "role %q: want viewer, editor, reviewer or admin", *role)
	}
	return describe(catalog.Write(ctx, s.client, a, func(ctx context.Context, tx *ent.Tx) error {
		u, err := tx.User.Query().Where(user.Name(name)).Only(ctx)
		if err != nil {
			return err
		}
		up := u.Update()
		if role != nil {
			up.SetRole(*role)
		}
		if disabled != nil {
			up.SetDisabled(*disabled)
		}
		if err := up.Exec(ctx); err != nil {
			return err
		}
		if disabled != nil && *disabled {
			_, err = tx.Session.Delete().Where(session.HasUserWith(user.ID(u.ID))).Exec(ctx)
		}
		return err
	}), "user", name)
}

// RemoveUser deletes a user and their sessions. The facts they wrote keep
// their origin.
func (s *Service) RemoveUser(ctx context.Context, a actor.Actor, name string) error {
	return describe(catalog.Write(ctx, s.client, a, func(ctx context.Context, tx *ent.Tx) error {
		n, err := tx.User.Delete().Where(user.Name(name)).Exec(ctx)
		if err == nil && n == 0 {
			return &ent.NotFoundError{}
		}
		return err
	}), "user", name)
}

// Users lists the users by name.
func (s *Service) Users(ctx context.Context) ([]*ent.User, error) {
	return s.client.User.Query().Order(user.ByName()).All(ctx)
}

// TokenSpec is what CreateToken needs.
type TokenSpec struct {
	Name    string
	Role    auth.Role
	Expires *time.Time // nil: never
}

// CreateToken creates an API token as actor a and returns its secret,
// which is not stored and cannot be shown again.
func (s *Service) CreateToken(ctx context.Context, a actor.Actor, t TokenSpec) (string, error) {
	if !t.Role.Valid() {
		return "", invalid.Field("role", "role %q: want viewer, editor, reviewer or admin", t.Role)
	}
	if t.Expires != nil && !t.Expires.After(s.now()) {
		return "", invalid.Field("expires", "expiry %s is not in the future", t.Expires.Format(time.RFC3339))
	}
	secret := auth.NewSecret(auth.TokenPrefix)
	err := catalog.Write(ctx, s.client, a, func(ctx context.Context, tx *ent.Tx) error {
		return tx.Token.Create().SetName(t.Name).SetRole(t.Role).SetDigest(auth.Digest(secret)).
			SetNillableExpiresAt(t.Expires).SetCreatedBy(string(a)).Exec(ctx)
	})
	if err != nil {
		return "", describe(err, "token", t.Name)
	}
	return secret, nil
}

// RevokeToken revokes a token and ends the sessions signed in with it.
// The token stays listed, revoked, so that the facts it wrote can be
// traced to it.
func (s *Service) RevokeToken(ctx context.Context, a actor.Actor, name string) error {
	return describe(catalog.Write(ctx, s.client, a, func(ctx context.Context, tx *ent.Tx) error {
		t, err := tx.Token.Query().Where(token.Name(name)).Only(ctx)
		if err != nil {
			return err
		}
		if t.RevokedAt != nil {
			return invalid.Field("name", "token %q was already revoked on %s", name, t.RevokedAt.Format(time.DateOnly))
		}
		if err := t.Update().SetRevokedAt(s.now()).Exec(ctx); err != nil {
			return err
		}
		_, err = tx.Session.Delete().Where(session.HasTokenWith(token.ID(t.ID))).Exec(ctx)
		return err
	}), "token", name)
}

// Tokens lists the tokens by name, revoked ones too.
func (s *Service) Tokens(ctx context.Context) ([]*ent.Token, error) {
	return s.client.Token.Query().Order(token.ByName()).All(ctx)
}

// Password signs a user in with their password.
func (s *Service) Password(ctx context.Context, name, password string) (auth.Principal, *ent.User, error) {
	select {
	case s.hashing <- struct{}{}:
		defer func() { <-s.hashing }()
	case <-ctx.Done():
		return auth.Principal{}, nil, ctx.Err()
	}
	u, err := s.client.User.Query().Where(user.Name(name), user.Disabled(false)).Only(ctx)
	if ent.IsNotFound(err) || (err == nil && u.PasswordHash == "") {
		// Spend the time a check would, so that timing does not tell
		// which names exist.
		auth.CheckPassword(dummyHash, password)
		return auth.Principal{}, nil, ErrDenied
	}
	if err != nil {
		return auth.Principal{}, nil, err
	}
	ok, err := auth.CheckPassword(u.PasswordHash, password)
	if err != nil {
		return auth.Principal{}, nil, fmt.Errorf("checking the password of user %s: %w", name, err)
	}
	if !ok {
		return auth.Principal{}, nil, ErrDenied
	}
	return auth.Principal{Name: u.Name, Role: u.Role, Via: auth.Password}, u, nil
}

var dummyHash, _ = auth.HashPassword("not a password of anyone")

// Token signs a request in with an API token.
func (s *Service) Token(ctx context.Context, secret string) (auth.Principal, *ent.Token, error) {
	t, err := s.client.Token.Query().Where(token.Digest(auth.Digest(secret))).Only(ctx)
	if ent.IsNotFound(err) {
		return auth.Principal{}, nil, ErrDenied
	}
	if err != nil {
		return auth.Principal{}, nil, err
	}
	now := s.now()
	if t.RevokedAt != nil || (t.ExpiresAt != nil && !now.Before(*t.ExpiresAt)) {
		return auth.Principal{}, nil, ErrDenied
	}
	s.touch(ctx, t, now)
	return auth.Principal{Name: t.Name, Role: t.Role, Via: auth.Token}, t, nil
}

// touch records that t was used, at most once a minute per token; a
// failure (a read-only catalog) does not fail the request.
func (s *Service) touch(ctx context.Context, t *ent.Token, now time.Time) {
	if last, ok := s.used.Load(t.ID); ok && now.Sub(last.(time.Time)) < time.Minute {
		return
	}
	s.used.Store(t.ID, now)
	s.client.Token.UpdateOneID(t.ID).SetLastUsedAt(now).Exec(ctx)
}

// describe turns the store's errors about a user or token into ones that
// name it.
func describe(err error, kind, name string) error {
	switch {
	case err == nil:
		return nil
	case ent.IsNotFound(err):
		return invalid.Field("name", "no %s named %q", kind, name)
	case ent.IsConstraintError(err):
		return invalid.Field("name", "a %s named %q exists already", kind, name)
	case ent.IsValidationError(err):
		var v *ent.ValidationError
		errors.As(err, &v)
		return invalid.Field(v.Name, "%s %q: %v", kind, name, v.Unwrap())
	}
	return err
}
