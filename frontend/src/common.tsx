import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { graphql } from "./gql";
import { request } from "./api";
import { shorten } from "./lib";

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

/** The organizations, and the one chosen in the URL's ?org=KEY (UJET by default when present). */
export function useOrganization(): { orgs: Org[]; org?: Org; setOrg: (key: string) => void } {
  const [params, setParams] = useSearchParams();
  const { data } = useQuery(() => request(OrganizationsQuery), []);
  const orgs = (data?.organizations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const key = params.get("org") ?? (orgs.some((o) => o.key === "ujet") ? "ujet" : orgs[0]?.key);
  const org = orgs.find((o) => o.key === key);
  const setOrg = (k: string) => {
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
      <select id={id} value={org?.key ?? ""} onChange={(e) => setOrg(e.target.value)}>
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
