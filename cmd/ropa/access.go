package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/ropacatalog/ropa/internal/access"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/auth"
)

const rolesHelp = `Roles, each allowing what the ones before it do:
  viewer    reads the record
  editor    also writes facts (they stay unreviewed until a reviewer confirms them)
  reviewer  also confirms and rejects facts (sets review status and note)
  admin     also manages users, tokens and settings`

func newUserCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "user",
		Short: "Add, list, change and remove the users who sign in to the web interface",
		Long: `user manages the people who sign in to the web interface with a password, or
whom an authenticating proxy names (serve --proxy-header). Once a user or
an API token exists, ropa serve requires sign-in.

Passwords are hashed with Argon2id; ropa never stores or prints them.

` + rolesHelp,
	}
	cmd.AddCommand(newUserAddCmd(), newUserListCmd(), newUserPasswdCmd(), newUserSetCmd(), newUserRemoveCmd())
	return cmd
}

// actorFlag adds --actor, the name recorded as the writer of a CLI change.
func actorFlag(cmd *cobra.Command, name *string) {
	cmd.Flags().StringVar(name, "actor", "", "who makes the change, as recorded (default: the operating-system user)")
}

func newUserAddCmd() *cobra.Command {
	var dsn, role, who string
	var fromStdin, noPassword bool
	cmd := &cobra.Command{
		Use:   "add NAME --role ROLE",
		Short: "Add a user; asks for their password",
		Long: `add creates a user. It asks for the password twice on a terminal, or reads
it from the first line of standard input with --password-stdin; a user
who signs in only through the proxy needs none (--no-password).
Passwords have at least 12 characters.

` + rolesHelp,
		Example: `  ropa user add dpo --role admin
  printf '%s\n' "$PASSWORD" | ropa user add ci --role viewer --password-stdin
  ropa user add alice@example.com --role editor --no-password`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := auth.ParseRole(role)
			if err != nil {
				return fmt.Errorf("--role: %v", err)
			}
			var pw string
			if !noPassword {
				if pw, err = readPassword(cmd, fromStdin); err != nil {
					return err
				}
			}
			client, err := openCatalog(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			if err := access.New(client).AddUser(cmd.Context(), actor.CLI(who), access.UserSpec{Name: args[0], Role: r, Password: pw}); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "added user %s (%s)\n", args[0], r)
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	actorFlag(cmd, &who)
	cmd.Flags().StringVar(&role, "role", "", "viewer, editor, reviewer or admin (required)")
	cmd.MarkFlagRequired("role")
	cmd.Flags().BoolVar(&fromStdin, "password-stdin", false, "read the password from the first line of standard input")
	cmd.Flags().BoolVar(&noPassword, "no-password", false, "no password: the user signs in through the proxy only")
	return cmd
}

func newUserPasswdCmd() *cobra.Command {
	var dsn, who string
	var fromStdin, noPassword bool
	cmd := &cobra.Command{
		Use:   "passwd NAME",
		Short: "Set a user's password (and end their sessions)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var pw string
			var err error
			if !noPassword {
				if pw, err = readPassword(cmd, fromStdin); err != nil {
					return err
				}
			}
			client, err := openExistingCatalog(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			if err := access.New(client).SetPassword(cmd.Context(), actor.CLI(who), args[0], pw); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "set the password of %s; their sessions are ended\n", args[0])
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	actorFlag(cmd, &who)
	cmd.Flags().BoolVar(&fromStdin, "password-stdin", false, "read the password from the first line of standard input")
	cmd.Flags().BoolVar(&noPassword, "no-password", false, "remove the password: the user signs in through the proxy only")
	return cmd
}

func newUserSetCmd() *cobra.Command {
	var dsn, who, role string
	var disable, enable bool
	cmd := &cobra.Command{
		Use:   "set NAME [--role ROLE] [--disable|--enable]",
		Short: "Change a user's role, or disable or enable them",
		Long: `set changes a user's role, which applies to their open sessions at once, or
disables them (their sessions end, sign-in is refused) or enables them again.

` + rolesHelp,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var r *auth.Role
			if role != "" {
				parsed, err := auth.ParseRole(role)
				if err != nil {
					return fmt.Errorf("--role: %v", err)
				}
				r = &parsed
			}
			var d *bool
			switch {
			case disable && enable:
				return errors.New("--disable and --enable: give one")
			case disable || enable:
				d = &disable
			case r == nil:
				return errors.New("nothing to change: give --role, --disable or --enable")
			}
			client, err := openExistingCatalog(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			if err := access.New(client).UpdateUser(cmd.Context(), actor.CLI(who), args[0], r, d); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "changed user %s\n", args[0])
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	actorFlag(cmd, &who)
	cmd.Flags().StringVar(&role, "role", "", "the new role: viewer, editor, reviewer or admin")
	cmd.Flags().BoolVar(&disable, "disable", false, "disable the user: sign-in refused, sessions ended")
	cmd.Flags().BoolVar(&enable, "enable", false, "enable a disabled user")
	return cmd
}

func newUserRemoveCmd() *cobra.Command {
	var dsn, who string
	cmd := &cobra.Command{
		Use:   "remove NAME",
		Short: "Remove a user and end their sessions (the facts they wrote keep their origin)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			client, err := openExistingCatalog(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			if err := access.New(client).RemoveUser(cmd.Context(), actor.CLI(who), args[0]); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "removed user %s\n", args[0])
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	actorFlag(cmd, &who)
	return cmd
}

// userRow is a user as `user list --format json` prints it.
type userRow struct {
	Name      string    `json:"name"`
	Role      auth.Role `json:"role"`
	Password  bool      `json:"password"`
	Disabled  bool      `json:"disabled"`
	Created   time.Time `json:"created"`
	CreatedBy string    `json:"createdBy,omitempty"`
}

func newUserListCmd() *cobra.Command {
	var dsn, format string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the users with their roles",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			client, err := openExistingCatalog(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			users, err := access.New(client).Users(cmd.Context())
			if err != nil {
				return err
			}
			rows := make([]userRow, len(users))
			for i, u := range users {
				rows[i] = userRow{u.Name, u.Role, u.PasswordHash != "", u.Disabled, u.CreatedAt.UTC(), u.CreatedBy}
			}
			w := cmd.OutOrStdout()
			if format == "json" {
				return writeJSON(w, rows)
			}
			tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tROLE\tSIGNS IN WITH\tSTATUS\tCREATED\tBY")
			for _, u := range rows {
				with, status := "password", "active"
				if !u.Password {
					with = "proxy only"
				}
				if u.Disabled {
					status = "disabled"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", u.Name, u.Role, with, status, u.Created.Format(time.DateOnly), u.CreatedBy)
			}
			return tw.Flush()
		},
	}
	dbFlag(cmd, &dsn)
	formatFlag(cmd, &format)
	return cmd
}

// readPassword reads a new password: from stdin's first line with
// --password-stdin, else twice from the terminal without echo.
func readPassword(cmd *cobra.Command, fromStdin bool) (string, error) {
	if fromStdin {
		line, err := bufio.NewReader(cmd.InOrStdin()).ReadString('\n')
		if err != nil && !(errors.Is(err, io.EOF) && line != "") {
			return "", fmt.Errorf("--password-stdin: reading the password: %v", err)
		}
		pw := strings.TrimRight(line, "\r\n")
		if len(pw) < auth.MinPasswordLen {
			return "", fmt.Errorf("--password-stdin: the password needs at least %d characters", auth.MinPasswordLen)
		}
		return pw, nil
	}
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", errors.New("no terminal to ask the password on: give it on standard input with --password-stdin, or --no-password for a proxy-only user")
	}
	ask := func(prompt string) (string, error) {
		fmt.Fprint(cmd.ErrOrStderr(), prompt)
		b, err := term.ReadPassword(fd)
		fmt.Fprintln(cmd.ErrOrStderr())
		return string(b), err
	}
	pw, err := ask("Password (at least 12 characters): ")
	if err != nil {
		return "", err
	}
	if len(pw) < auth.MinPasswordLen {
		return "", fmt.Errorf("the password needs at least %d characters", auth.MinPasswordLen)
	}
	again, err := ask("Again: ")
	if err != nil {
		return "", err
	}
	if again != pw {
		return "", errors.New("the two passwords differ; nothing changed")
	}
	return pw, nil
}

func newTokenCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "token",
		Short: "Create, list and revoke API tokens",
		Long: `token manages API tokens: random secrets that tools send as
"Authorization: Bearer TOKEN", or that sign in to the web interface. A
token is shown once, when created; ropa stores only its SHA-256 digest.
Once a user or a token exists, ropa serve requires sign-in.

` + rolesHelp,
	}
	cmd.AddCommand(newTokenCreateCmd(), newTokenListCmd(), newTokenRevokeCmd())
	return cmd
}

func newTokenCreateCmd() *cobra.Command {
	var dsn, role, who, expires string
	cmd := &cobra.Command{
		Use:   "create NAME --role ROLE [--expires 90d|DATE|never]",
		Short: "Create a token and print it, once",
		Long: `create makes an API token named NAME (what it is for, e.g. ci-export) and
prints the secret on standard output, once: keep it in a secret store.
Facts written with it record their origin as api:token:NAME.

--expires takes a duration in days (90d) or hours (12h), a date
(2027-06-30, the token stops at its start, UTC), or never. Default 90d.

` + rolesHelp,
		Example: `  ropa token create ci-export --role viewer --expires 30d
  ropa token create importer --role editor --expires 2027-06-30`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := auth.ParseRole(role)
			if err != nil {
				return fmt.Errorf("--role: %v", err)
			}
			exp, err := parseExpiry(expires, time.Now())
			if err != nil {
				return err
			}
			client, err := openCatalog(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			secret, err := access.New(client).CreateToken(cmd.Context(), actor.CLI(who), access.TokenSpec{Name: args[0], Role: r, Expires: exp})
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), secret)
			when := "never expires"
			if exp != nil {
				when = "expires " + exp.UTC().Format(time.RFC3339)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "token %s (%s) %s; this is the only time it is shown\n", args[0], r, when)
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	actorFlag(cmd, &who)
	cmd.Flags().StringVar(&role, "role", "", "viewer, editor, reviewer or admin (required)")
	cmd.MarkFlagRequired("role")
	cmd.Flags().StringVar(&expires, "expires", "90d", "when the token stops working: 90d, 12h, 2027-06-30 or never")
	return cmd
}

// parseExpiry reads --expires relative to now.
func parseExpiry(s string, now time.Time) (*time.Time, error) {
	if s == "never" {
		return nil, nil
	}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		var n int
		if _, err := fmt.Sscanf(days, "%d", &n); err == nil && n > 0 && fmt.Sprint(n) == days {
			t := now.AddDate(0, 0, n)
			return &t, nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		t := now.Add(d)
		return &t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		if !t.After(now) {
			return nil, fmt.Errorf("--expires %s: the date has passed", s)
		}
		return &t, nil
	}
	return nil, fmt.Errorf("--expires %q: want days (90d), a duration (12h), a date (2027-06-30) or never", s)
}

// tokenRow is a token as `token list --format json` prints it.
type tokenRow struct {
	Name      string     `json:"name"`
	Role      auth.Role  `json:"role"`
	Status    string     `json:"status"`
	Created   time.Time  `json:"created"`
	CreatedBy string     `json:"createdBy,omitempty"`
	Expires   *time.Time `json:"expires"`
	LastUsed  *time.Time `json:"lastUsed"`
	Revoked   *time.Time `json:"revoked,omitempty"`
}

func newTokenListCmd() *cobra.Command {
	var dsn, format string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the tokens: role, status, expiry and last use (never the secret)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			client, err := openExistingCatalog(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			tokens, err := access.New(client).Tokens(cmd.Context())
			if err != nil {
				return err
			}
			now := time.Now()
			rows := make([]tokenRow, len(tokens))
			for i, t := range tokens {
				status := "active"
				switch {
				case t.RevokedAt != nil:
					status = "revoked"
				case t.ExpiresAt != nil && !now.Before(*t.ExpiresAt):
					status = "expired"
				}
				rows[i] = tokenRow{t.Name, t.Role, status, t.CreatedAt.UTC(), t.CreatedBy, utc(t.ExpiresAt), utc(t.LastUsedAt), utc(t.RevokedAt)}
			}
			w := cmd.OutOrStdout()
			if format == "json" {
				return writeJSON(w, rows)
			}
			tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tROLE\tSTATUS\tCREATED\tEXPIRES\tLAST USED")
			for _, t := range rows {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", t.Name, t.Role, t.Status, t.Created.Format(time.DateOnly), day(t.Expires, "never"), day(t.LastUsed, "never"))
			}
			return tw.Flush()
		},
	}
	dbFlag(cmd, &dsn)
	formatFlag(cmd, &format)
	return cmd
}

func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

func day(t *time.Time, none string) string {
	if t == nil {
		return none
	}
	return t.Format(time.DateOnly)
}

func newTokenRevokeCmd() *cobra.Command {
	var dsn, who string
	cmd := &cobra.Command{
		Use:   "revoke NAME",
		Short: "Revoke a token at once, and end the sessions signed in with it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			client, err := openExistingCatalog(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			if err := access.New(client).RevokeToken(cmd.Context(), actor.CLI(who), args[0]); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "revoked token %s\n", args[0])
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	actorFlag(cmd, &who)
	return cmd
}
