// Sign-in and roles in the web interface: the session (GET /auth/session)
// decides whether the sign-in form or the application shows; the role
// decides what the views offer (useCan). The server checks every request
// whatever the interface shows.
import { createContext, useCallback, useContext, useEffect, useState, type FormEvent, type ReactNode } from "react";
import { ApiError, getSession, onRefused, onSignedOut, signIn, signOut, type Session } from "./api";
import { allows, type Ability } from "./lib";

interface Access {
  session: Session;
  signOut: () => Promise<void>;
}

const AccessContext = createContext<Access | undefined>(undefined);

/** Whether the signed-in role may do something: useCan()("edit"). */
export function useCan(): (ability: Ability) => boolean {
  const a = useContext(AccessContext);
  return (ability) => allows(a?.session.role, ability);
}

/** The session and sign-out, for the header. */
export function useAccess(): Access | undefined {
  return useContext(AccessContext);
}

/**
 * Shows children once the browser is signed in (or the server needs no
 * sign-in), else the sign-in form; any 401 later, a session that expired or
 * ended elsewhere, brings the form back.
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>();
  const [error, setError] = useState<Error>();
  const [expired, setExpired] = useState(false);
  const load = useCallback(() => {
    getSession().then(
      (s) => {
        setSession(s);
        setError(undefined);
      },
      (e: Error) => setError(e),
    );
  }, []);
  useEffect(load, [load]);
  // A refusal may mean the role changed: read it again, so the views offer what it allows.
  useEffect(() => onRefused(load), [load]);
  useEffect(
    () =>
      onSignedOut(() => {
        setExpired(true);
        setSession((s) => (s ? { ...s, signedIn: false, signInRequired: true, csrf: undefined } : s));
      }),
    [],
  );
  if (error)
    return (
      <main id="main" className="signin-page">
        <p role="alert" className="error">
          Could not reach the server: {error.message}
        </p>
        <button type="button" onClick={load}>
          Try again
        </button>
      </main>
    );
  if (!session) return <p className="muted signin-page">Loading…</p>;
  if (!session.signedIn)
    return (
      <SignInForm
        expired={expired}
        onSignedIn={(s) => {
          setExpired(false);
          setSession(s);
        }}
      />
    );
  const access: Access = {
    session,
    signOut: async () => {
      await signOut();
      setExpired(false);
      setSession({ signedIn: false, signInRequired: true });
    },
  };
  return <AccessContext.Provider value={access}>{children}</AccessContext.Provider>;
}

function SignInForm({ expired, onSignedIn }: { expired: boolean; onSignedIn: (s: Session) => void }) {
  const [mode, setMode] = useState<"password" | "token">("password");
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [token, setToken] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError("");
    if (mode === "password" && (!name.trim() || !password)) {
      setError("Enter your user name and your password.");
      return;
    }
    if (mode === "token" && !token.trim()) {
      setError("Paste an API token.");
      return;
    }
    setBusy(true);
    try {
      onSignedIn(await signIn(mode === "password" ? { name: name.trim(), password } : { token: token.trim() }));
    } catch (err) {
      if (err instanceof ApiError && err.code === "UNAUTHENTICATED")
        setError(mode === "password" ? "Wrong user name or password, or the user is disabled." : "The API token is unknown, revoked or expired.");
      else setError(err instanceof Error ? err.message : String(err));
      setPassword("");
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <header className="top">
        <span className="brand">ropa</span>
      </header>
      <main id="main" className="signin-page">
        <form className="card signin" onSubmit={submit} noValidate aria-labelledby="signin-h">
          <h1 id="signin-h">Sign in</h1>
          {expired && <p className="muted">Your session has ended. Sign in again to go on.</p>}
          <div className="buttons mode" role="radiogroup" aria-label="Sign in with">
            <label>
              <input type="radio" name="signin-mode" checked={mode === "password"} onChange={() => setMode("password")} /> user and password
            </label>
            <label>
              <input type="radio" name="signin-mode" checked={mode === "token"} onChange={() => setMode("token")} /> API token
            </label>
          </div>
          {mode === "password" ? (
            <>
              <div className="field">
                <label htmlFor="signin-name">User name</label>
                <input id="signin-name" autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
              </div>
              <div className="field">
                <label htmlFor="signin-password">Password</label>
                <input id="signin-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
              </div>
            </>
          ) : (
            <div className="field">
              <label htmlFor="signin-token">API token</label>
              <input id="signin-token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} autoFocus />
              <small>An admin creates one with ropa token create.</small>
            </div>
          )}
          {error && (
            <p role="alert" className="error" id="signin-error">
              {error}
            </p>
          )}
          <div className="buttons">
            <button type="submit" disabled={busy}>
              Sign in
            </button>
          </div>
        </form>
      </main>
    </>
  );
}

/** Who is signed in, their role, and sign-out (none for the local development server or a proxy's sign-in). */
export function UserBox() {
  const a = useAccess();
  const [error, setError] = useState("");
  if (!a) return null;
  const { session } = a;
  const who = session.via === "local" ? "local development server" : session.name || "signed in";
  const canSignOut = session.via === "password" || session.via === "token";
  return (
    <div className="userbox">
      <span className="who" title={session.expires ? `session ends ${new Date(session.expires).toLocaleString()}` : undefined}>
        {who} <span className="role">{session.role}</span>
      </span>
      {canSignOut && (
        <button
          type="button"
          className="secondary signout"
          onClick={() => a.signOut().catch((e: Error) => setError(e.message))}
        >
          Sign out
        </button>
      )}
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </div>
  );
}
