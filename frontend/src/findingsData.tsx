// The organization's findings, loaded once per organization and date and
// shared by the findings list, the record's badges and the data map's
// markers; acknowledging a finding reloads them everywhere.
import { useEffect, useMemo, useState } from "react";
import { Link } from "react-router-dom";
import { graphql } from "./gql";
import type { FindingsQuery } from "./gql/graphql";
import { request } from "./api";
import { useCan } from "./auth";
import { badgeOf, indexOpen, nodeFindings, type MapNodeLike, type Severity } from "./findings";
import "./findings.css";

const FindingsQueryDoc = graphql(`
  query Findings($organization: String!, $asOf: Time) {
    findings(organization: $organization, asOf: $asOf) {
      rule
      title
      severity
      article
      message
      activity
      activityID
      notice
      since
      subject
      facts
      evidence {
        document
        quote
        noticeID
        start
        end
      }
      acknowledged {
        note
        reviewBy
        by
        at
      }
    }
  }
`);

export const AcknowledgeFindingDoc = graphql(`
  mutation AcknowledgeFinding($input: AcknowledgeFindingInput!) {
    acknowledgeFinding(input: $input) {
      id
      reviewBy
    }
  }
`);

const TransfersDoc = graphql(`
  query FindingTransfers($org: ID!, $after: Cursor) {
    transfers(first: 500, after: $after, where: { organizationID: $org }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          country
          scope
          recipientID
        }
      }
    }
  }
`);


/** Every transfer of the organization, page by page (none is left out). */
async function allTransfers(org: string) {
  const list = [];
  let after: string | undefined;
  for (;;) {
    const d = await request(TransfersDoc, { org, after });
    list.push(...(d.transfers.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])));
    if (!d.transfers.pageInfo.hasNextPage || !d.transfers.pageInfo.endCursor) return list;
    after = d.transfers.pageInfo.endCursor;
  }
}

export type Finding = FindingsQuery["findings"][number];

type Entry = { promise: Promise<Finding[]>; data?: Finding[]; error?: Error };

const cache = new Map<string, Entry>();
const listeners = new Set<() => void>();

function cacheKey(org: string, asOf?: string) {
  return `${org}\u0000${asOf ?? ""}`;
}

function load(org: string, asOf?: string): Entry {
  const k = cacheKey(org, asOf);
  let e = cache.get(k);
  if (!e) {
    const entry: Entry = {
      promise: request(FindingsQueryDoc, { organization: org, asOf: asOf ? `${asOf}T00:00:00Z` : undefined }).then((d) => d.findings),
    };
    entry.promise.then(
      (data) => {
        entry.data = data;
        listeners.forEach((l) => l());
      },
      (error: Error) => {
        entry.error = error;
        listeners.forEach((l) => l());
      },
    );
    cache.set(k, entry);
    e = entry;
  }
  return e;
}

/** Forgets the organization's findings (after an acknowledgement): every view showing them reloads. */
export function invalidateFindings(org: string) {
  for (const k of [...cache.keys()]) if (k.startsWith(`${org}\u0000`)) cache.delete(k);
  listeners.forEach((l) => l());
}

/**
 * The findings of the organization (its key) as of a date (YYYY-MM-DD;
 * undefined for today, as the server reads it), one request shared by
 * every caller.
 */
export function useFindings(org: string | undefined, asOf?: string): { data?: Finding[]; error?: Error; loading: boolean } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((t) => t + 1);
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  if (!org) return { loading: false };
  const e = load(org, asOf);
  return { data: e.data, error: e.error, loading: !e.data && !e.error };
}

/** The open findings of the organization today, indexed by the facts they concern (activity:7, transfer:42). */
export function useOpenFindingsIndex(org: string | undefined) {
  const { data } = useFindings(org);
  return useMemo(() => indexOpen(data ?? []), [data]);
}

/**
 * The open findings about each node of the data map (by node ID), from the
 * organization's shared findings and one query for its transfers (to place
 * a transfer's findings on its recipient and country).
 */
export function useNodeFindings(org: { id: string; key: string } | undefined, nodes: readonly MapNodeLike[]): Map<string, Finding[]> {
  const open = useOpenFindingsIndex(org?.key);
  const [transfers, setTransfers] = useState<{ org: string; list: { id: string; country?: string | null; scope: string; recipientID?: string | null }[] }>();
  useEffect(() => {
    if (!org) return;
    let live = true;
    allTransfers(org.id).then(
      (list) => live && setTransfers({ org: org.id, list }),
      () => live && setTransfers({ org: org.id, list: [] }),
    );
    return () => {
      live = false;
    };
  }, [org?.id]);
  const list = transfers && transfers.org === org?.id ? transfers.list : undefined;
  return useMemo(() => nodeFindings(nodes, open, list ?? []), [nodes, open, list]);
}

/** Whether the signed-in principal may acknowledge findings (a reviewer or above). */
export function useCanReview(): boolean {
  return useCan()("review");
}

const severityText: Record<Severity, string> = { high: "high", medium: "medium", low: "low" };

/** The link to the findings list filtered to one fact (kind:ID). */
export function findingsLink(org: string, fact?: string): string {
  const p = new URLSearchParams({ org });
  if (fact) p.set("fact", fact);
  return `/findings?${p}`;
}

/**
 * A badge with the number of open findings about a fact and the highest
 * severity among them, linking to the findings list filtered to it;
 * nothing when there are none.
 */
export function FindingBadge({ org, fact, findings, label }: { org: string; fact: string; findings?: Finding[]; label?: string }) {
  const b = badgeOf(findings);
  if (!b) return null;
  const what = `${b.count} open finding${b.count === 1 ? "" : "s"}, highest ${severityText[b.severity]}`;
  return (
    <Link to={findingsLink(org, fact)} className={`finding-badge sev-${b.severity}`} title={`${what}${label ? ` about ${label}` : ""}`} aria-label={what} data-fact={fact}>
      <span aria-hidden="true">⚑ {b.count}</span>
      <span className="sev-word" aria-hidden="true"> {b.severity}</span>
    </Link>
  );
}

/** ⚑ and the number of open findings, coloured by the highest severity, beside a node's name; nothing for none. */
export function FindingMark({ findings }: { findings?: Finding[] }) {
  const b = badgeOf(findings);
  if (!b) return null;
  return (
    <span className={`finding-mark sev-${b.severity}`} title={`${b.count} open finding${b.count === 1 ? "" : "s"}, highest ${b.severity}`}>
      <span aria-hidden="true">⚑ {b.count}</span>
      <span className="sr-only">
        {b.count} open finding{b.count === 1 ? "" : "s"}, highest {b.severity}
      </span>
    </span>
  );
}

/** The open findings about a data map node, in its details panel, each linking to the findings list. */
export function NodeFindings({ org, node, findings }: { org: string; node: { kind: string; ref?: string | null }; findings?: Finding[] }) {
  if (!findings?.length) return null;
  const fact = (f: Finding) => (node.kind === "ACTIVITY" && node.ref ? `activity:${node.ref}` : f.facts.find((k) => k.startsWith("transfer:")) ?? f.facts[0]);
  return (
    <section aria-labelledby="node-findings-h">
      <h3 id="node-findings-h">Open findings ({findings.length})</h3>
      <ul className="node-findings">
        {findings.map((f) => (
          <li key={`${f.rule} ${f.subject}`}>
            <span className={`sev-tag sev-${f.severity}`}>{f.severity}</span> <Link to={findingsLink(org, fact(f))}>{f.title}</Link>
            {f.since ? <span className="muted"> since {f.since}</span> : null}
            <div className="muted">{f.message}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
