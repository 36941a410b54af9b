import { useEffect, useState, type ReactNode } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { graphql } from "./gql";
import { request } from "./api";
import { groupByScope, isDraft, shorten, staleSince, type FactScope } from "./lib";
import { endOfDay, isDate } from "./history";
import { today } from "./findings";

const OrganizationsQuery = graphql(`
  query Organizations {
    organizations(orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
  }
`);

export interface Org {
  id: string;
  key: string;
  name: string;
}

/** Loads a query when deps change; answers data, error and a reload function. */
export function useQuery<T>(load: () => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: Error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}

const lastOrgKey = "ropa.organization";

/** The organization used last in this browser, if any. */
function lastOrganization(): string | null {
  try {
    return localStorage.getItem(lastOrgKey);
  } catch {
    return null; // storage disabled
  }
}

function remember(key: string) {
  try {
    localStorage.setItem(lastOrgKey, key);
  } catch {
    // storage disabled: the first organization stays the default
  }
}

/**
 * The organizations, and the one chosen in the URL's ?org=KEY; without one,
 * the organization used last in this browser, else the first by name.
 */
export function useOrganization(): { orgs: Org[]; org?: Org; setOrg: (key: string) => void } {
  const [params, setParams] = useSearchParams();
  const { data } = useQuery(() => request(OrganizationsQuery), []);
  const orgs = (data?.organizations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const last = lastOrganization();
  const key = params.get("org") ?? (orgs.some((o) => o.key === last) ? last : orgs[0]?.key);
  const org = orgs.find((o) => o.key === key);
  useEffect(() => {
    if (org) remember(org.key);
  }, [org?.key]);
  const setOrg = (k: string) => {
    remember(k); // at once: the next page may open before the effect runs
    const p = new URLSearchParams(params);
    p.set("org", k);
    setParams(p);
  };
  return { orgs, org, setOrg };
}

export function OrgSelect({ orgs, org, setOrg, id = "org" }: { orgs: Org[]; org?: Org; setOrg: (k: string) => void; id?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>Organization</label>
      <select
        id={id}
        value={org?.key ?? ""}
        onChange={(e) => {
          remember(e.target.value); // at once, whatever setOrg does with the URL: the next page may open before any effect runs
          setOrg(e.target.value);
        }}
      >
        {orgs.map((o) => (
          <option key={o.id} value={o.key}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface EvidenceRef {
  id: string;
  quote: string;
}

/** Links from a fact to the sentences of its notice that state it. */
export function EvidenceLinks({ evidence }: { evidence?: EvidenceRef[] | null }) {
  if (!evidence?.length) return <span className="muted">no evidence</span>;
  return (
    <ul className="evidence-links">
      {evidence.map((e) => (
        <li key={e.id}>
          <Link to={`/evidence/${e.id}`} className="evidence-link" title={e.quote}>
            “{shorten(e.quote, 70)}”
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function ErrorNote({ error }: { error?: Error }) {
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {error.message}
    </p>
  );
}

/** "DRAFT" next to a fact not yet reviewed (drafted by extraction or import); nothing for reviewed facts. */
export function DraftTag({ status }: { status?: string | null }) {
  if (!isDraft(status)) return null;
  return (
    <>
      {" "}
      <span className="tag draft" title="Unreviewed: drafted from a notice, not yet confirmed by a reviewer">
        DRAFT
      </span>
    </>
  );
}

/** A transfer safeguard's name, marked when it is no longer valid. */
export function SafeguardName({ safeguard }: { safeguard?: { name: string; validUntil?: string | null } | null }) {
  if (!safeguard) return <>no safeguard stated</>;
  const since = staleSince(safeguard.validUntil);
  return (
    <>
      {safeguard.name}
      {since ? <strong className="stale-text"> (invalid since {since})</strong> : null}
    </>
  );
}

export interface ScopedFact {
  id: string;
  appliesTo: FactScope;
  reviewStatus: string;
  recipient?: { name: string } | null;
}

/**
 * The facts that apply to an activity, grouped by where they apply from
 * ("stated for this activity", "for <recipient>", "from the notice",
 * "organization-wide"), each marked DRAFT while unreviewed; empty (by
 * default "—") for none. Inline lists a group's facts in one paragraph.
 */
export function ScopedFacts<T extends ScopedFact>({
  facts,
  inline,
  empty = "—",
  children,
}: {
  facts: T[];
  inline?: boolean;
  empty?: ReactNode;
  children: (f: T) => ReactNode;
}) {
  const groups = groupByScope(facts);
  if (!groups.length) return <>{empty}</>;
  return (
    <>
      {groups.map((g) => (
        <div className="scope-group" key={g.label} data-scope={g.scope}>
          <div className="scope">{g.label}:</div>
          {inline ? (
            <p className="inline-facts">
              {g.facts.map((f, i) => (
                <span key={f.id}>
                  {i > 0 ? "; " : ""}
                  {children(f)}
                  <DraftTag status={f.reviewStatus} />
                </span>
              ))}
            </p>
          ) : (
            <ul>
              {g.facts.map((f) => (
                <li key={f.id}>
                  {children(f)}
                  <DraftTag status={f.reviewStatus} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}

/**
 * The URL's ?asOf=YYYY-MM-DD: the day the view shows the record as it
 * stood on (empty: now), the time queries pass for it (the end of that
 * local day) and its setter.
 */
export function useAsOf(): { asOf: string; time?: string; setAsOf: (date: string) => void } {
  const [params, setParams] = useSearchParams();
  const raw = params.get("asOf") ?? "";
  const asOf = isDate(raw) ? raw : "";
  const setAsOf = (date: string) => {
    const p = new URLSearchParams(params);
    if (date) p.set("asOf", date);
    else p.delete("asOf");
    setParams(p);
  };
  return { asOf, time: asOf ? endOfDay(asOf) : undefined, setAsOf };
}

/** The "As of" date input of a view's filters; empty is now. */
export function AsOfField({ id, asOf, setAsOf }: { id: string; asOf: string; setAsOf: (date: string) => void }) {
  return (
    <div className="field narrow-date">
      <label htmlFor={id}>As of</label>
      <input id={id} type="date" value={asOf} max={today()} onChange={(e) => setAsOf(isDate(e.target.value) ? e.target.value : "")} aria-describedby={`${id}-hint`} />
      <small id={`${id}-hint`} className="sr-only">empty: now</small>
    </div>
  );
}

/** The banner over a view showing the record at a past date, with the way back to now. */
export function AsOfBanner({ asOf, setAsOf }: { asOf: string; setAsOf: (date: string) => void }) {
  if (!asOf) return null;
  return (
    <p className="asof-banner" role="status" data-testid="asof-banner">
      The record as it stood on <strong>{asOf}</strong>, rebuilt from the change history.{" "}
      <button type="button" className="linklike" onClick={() => setAsOf("")}>
        Back to now
      </button>
    </p>
  );
}
