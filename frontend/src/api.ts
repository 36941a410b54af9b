// The one way the UI talks to the server: POST /graphql with a typed
// operation generated from the schema, and the sign-in endpoints under
// /auth/. A session's CSRF token rides on every POST; a 401 (no sign-in,
// or the session ended) tells the listeners, which show the sign-in form.
import type { TypedDocumentString } from "./gql/graphql";
import { errorText } from "./lib";

export interface ApiErrorItem {
  message: string;
  extensions?: { code?: string; field?: string; suggestions?: string[] };
}

/** An error answered by the GraphQL API; field names the rejected input field. */
export class ApiError extends Error {
  readonly errors: ApiErrorItem[];
  readonly status?: number;
  constructor(errors: ApiErrorItem[], status?: number) {
    super(errors.map(errorText).join("; "));
    this.errors = errors;
    this.status = status;
  }
  get field(): string | undefined {
    return this.errors.find((e) => e.extensions?.field)?.extensions?.field;
  }
  get code(): string | undefined {
    return this.errors.find((e) => e.extensions?.code)?.extensions?.code;
  }
}

/** The roles of the server (internal/auth), least to most allowed. */
export type Role = "viewer" | "editor" | "reviewer" | "admin";

/** What GET /auth/session and POST /auth/login answer. */
export interface Session {
  signedIn: boolean;
  signInRequired: boolean;
  name?: string;
  role?: Role;
  /** local (development server), password, token, proxy or anonymous. */
  via?: string;
  csrf?: string;
  expires?: string;
}

/** Credentials for POST /auth/login: a user's name and password, or an API token. */
export type Credentials = { name: string; password: string } | { token: string };

let csrf: string | undefined;
const signedOutListeners = new Set<() => void>();
const refusedListeners = new Set<() => void>();

/** Calls f whenever the server answers 401 (signed out, session expired); returns the unsubscribe. */
export function onSignedOut(f: () => void): () => void {
  signedOutListeners.add(f);
  return () => signedOutListeners.delete(f);
}

/**
 * Calls f whenever the API refuses a request as FORBIDDEN: the role may
 * have changed since the page read the session; returns the unsubscribe.
 */
export function onRefused(f: () => void): () => void {
  refusedListeners.add(f);
  return () => refusedListeners.delete(f);
}

/** fetch with the session cookie and, on a POST, the session's CSRF token. */
async function send(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  const method = init.method ?? "GET";
  const headers: Record<string, string> = { Accept: "application/json" };
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrf) headers["X-CSRF-Token"] = csrf;
  return fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** The JSON body of an answer, or an ApiError saying the status when it is none. */
async function json<T>(res: Response): Promise<T> {
  try {
    return (await res.json()) as T;
  } catch {
    throw new ApiError([{ message: `the server answered ${res.status} ${res.statusText}` }], res.status);
  }
}

/** Who the browser is signed in as (GET /auth/session); remembers the CSRF token. */
export async function getSession(): Promise<Session> {
  const res = await send("/auth/session");
  const body = await json<Session & { errors?: ApiErrorItem[] }>(res);
  if (!res.ok) throw new ApiError(body.errors ?? [{ message: `the server answered ${res.status}` }], res.status);
  csrf = body.csrf;
  return body;
}

/** Signs in (POST /auth/login); a wrong password or token throws an ApiError with code UNAUTHENTICATED. */
export async function signIn(creds: Credentials): Promise<Session> {
  const res = await send("/auth/login", { method: "POST", body: creds });
  const body = await json<Session & { errors?: ApiErrorItem[] }>(res);
  if (!res.ok) throw new ApiError(body.errors ?? [{ message: `the server answered ${res.status}` }], res.status);
  csrf = body.csrf;
  return body;
}

/** Ends the session (POST /auth/logout). */
export async function signOut(): Promise<void> {
  const res = await send("/auth/logout", { method: "POST" });
  if (!res.ok && res.status !== 401) {
    const body = await json<{ errors?: ApiErrorItem[] }>(res);
    throw new ApiError(body.errors ?? [{ message: `the server answered ${res.status}` }], res.status);
  }
  csrf = undefined;
}

/**
 * POSTs a GraphQL request as it is and answers the server's JSON as it is,
 * errors included: for the playground, which shows the whole answer.
 */
export async function postGraphQL(body: unknown): Promise<unknown> {
  const res = await send("/graphql", { method: "POST", body });
  if (res.status === 401) signedOutListeners.forEach((f) => f());
  return json<unknown>(res);
}

/**
 * The catalog version of the newest write this page has made: sent with
 * every request, so that whichever server answers (several may share one
 * database) answers with that write included.
 */
let catalogVersion = 0;

export async function request<R, V>(doc: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const extensions = catalogVersion > 0 ? { minCatalogVersion: catalogVersion } : undefined;
  const res = await send("/graphql", { method: "POST", body: { query: doc.toString(), variables, extensions } });
  const body = await json<{ data?: R; errors?: ApiErrorItem[]; extensions?: { catalogVersion?: number } }>(res);
  const v = body.extensions?.catalogVersion;
  if (typeof v === "number" && v > catalogVersion) catalogVersion = v;
  if (res.status === 401) {
    csrf = undefined;
    signedOutListeners.forEach((f) => f());
  }
  if (body.errors?.length) {
    const err = new ApiError(body.errors, res.status);
    if (err.code === "FORBIDDEN") refusedListeners.forEach((f) => f());
    throw err;
  }
  if (!body.data) throw new ApiError([{ message: "the server answered no data" }], res.status);
  return body.data;
}
