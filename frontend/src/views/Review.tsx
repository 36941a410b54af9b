import { useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { graphql } from "../gql";
import type { ReviewStatus, TypedDocumentString } from "../gql/graphql";
import { request } from "../api";
import { ErrorNote, EvidenceLinks, SafeguardName, useQuery } from "../common";
import { humanDuration, scopeText, shorten, statementKindText } from "../lib";
import { useCan } from "../auth";

// Every fact type that `ropa import` writes as UNREVIEWED, with what a
// reviewer needs to judge it. The first 100 of each type are listed.
const Unreviewed = graphql(`
  query Unreviewed {
    organizations(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          key
          name
          origin
          evidence {
            id
            quote
          }
        }
      }
    }
    activities(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          name
          origin
          organization {
            name
          }
          notice {
            title
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    activityPurposes(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          origin
          activity {
            id
            name
          }
          purpose {
            name
          }
          legalBasis {
            reference
          }
          specialCondition {
            reference
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    recipients(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          name
          kind
          origin
          organization {
            name
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    disclosures(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          origin
          activity {
            id
            name
          }
          recipient {
            name
          }
          dataCategories {
            name
          }
          purposes {
            name
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    transfers(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          appliesTo
          scope
          country
          origin
          organization {
            name
          }
          activity {
            id
            name
          }
          recipient {
            name
          }
          notice {
            title
          }
          safeguard {
            name
            validUntil
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    retentionRules(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          appliesTo
          duration
          criterion
          endAction
          origin
          organization {
            name
          }
          activity {
            id
            name
          }
          notice {
            title
          }
          dataCategories {
            name
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    dataSubjectRights(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          appliesTo
          channel
          responseTime
          conditions
          origin
          organization {
            name
          }
          notice {
            title
          }
          right {
            name
            reference
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    securityPractices(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          appliesTo
          description
          origin
          organization {
            name
          }
          notice {
            title
          }
          measure {
            name
          }
          activities {
            id
            name
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    statements(first: 100, where: { reviewStatus: UNREVIEWED }) {
      totalCount
      edges {
        node {
          id
          kind
          text
          origin
          organization {
            name
          }
          notice {
            title
          }
          legalBasis {
            reference
            name
          }
          purposes {
            name
          }
          dataCategories {
            name
          }
          evidence {
            id
            quote
          }
        }
      }
    }
  }
`);

const ReviewOrganization = graphql(`
  mutation ReviewOrganization($id: ID!, $status: ReviewStatus!, $note: String) {
    updateOrganization(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`);
const ReviewActivity = graphql(`
  mutation ReviewActivity($id: ID!, $status: ReviewStatus!, $note: String) {
    updateProcessingActivity(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`);
const ReviewActivityPurpose = graphql(`
  mutation ReviewActivityPurpose($id: ID!, $status: ReviewStatus!, $note: String) {
    updateActivityPurpose(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`);
const ReviewRecipient = graphql(`
  mutation ReviewRecipient($id: ID!, $status: ReviewStatus!, $note: String) {
    updateRecipient(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`);
const ReviewDisclosure = graphql(`
  mutation ReviewDisclosure($id: ID!, $status: ReviewStatus!, $note: String) {
    updateDisclosure(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`);
const ReviewTransfer = graphql(`
  mutation ReviewTransfer($id: ID!, $status: ReviewStatus!, $note: String) {
    updateTransfer(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`);
const ReviewRetention = graphql(`
  mutation ReviewRetention($id: ID!, $status: ReviewStatus!, $note: String) {
    updateRetentionRule(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`);
const ReviewRight = graphql(`
  mutation ReviewRight($id: ID!, $status: ReviewStatus!, $note: String) {
    updateDataSubjectRight(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`);
const ReviewSecurityPractice = graphql(`
  mutation ReviewSecurityPractice($id: ID!, $status: ReviewStatus!, $note: String) {
    updateSecurityPractice(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`);
const ReviewStatement = graphql(`
  mutation ReviewStatement($id: ID!, $status: ReviewStatus!, $note: String) {
    updateStatement(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
      id
      reviewStatus
    }
  }
`);

/** The fact types in the order the view lists them: URL value, heading, tag. */
export const factTypes = [
  ["organizations", "Organizations", "Organization"],
  ["activities", "Activities", "Activity"],
  ["purposes", "Purposes and legal bases", "Purpose and basis"],
  ["recipients", "Recipients", "Recipient"],
  ["disclosures", "Disclosures", "Disclosure"],
  ["transfers", "Transfers", "Transfer"],
  ["retention", "Retention rules", "Retention"],
  ["rights", "Data subject rights", "Right"],
  ["security", "Security practices", "Security practice"],
  ["statements", "Statements", "Statement"],
] as const;

export type FactType = (typeof factTypes)[number][0];

interface Fact {
  id: string;
  summary: React.ReactNode;
  origin: string;
  evidence?: { id: string; quote: string }[] | null;
  review: (status: ReviewStatus, note?: string) => Promise<unknown>;
}

interface Group {
  type: FactType;
  total: number;
  facts: Fact[];
}

type Conn<T> = { totalCount: number; edges?: ({ node?: T | null } | null)[] | null };

const nodes = <T,>(c: Conn<T>) => (c.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

type Mutation = TypedDocumentString<unknown, { id: string; status: ReviewStatus; note?: string | null }>;

/** A group of one fact type: its facts, each reviewed through the type's update mutation. */
function group<T extends { id: string; origin: string; evidence?: { id: string; quote: string }[] | null }>(
  type: FactType,
  conn: Conn<T>,
  mutation: Mutation,
  summary: (n: T) => React.ReactNode,
): Group {
  return {
    type,
    total: conn.totalCount,
    facts: nodes(conn).map((n) => ({
      id: n.id,
      origin: n.origin,
      evidence: n.evidence,
      summary: summary(n),
      review: (status: ReviewStatus, note?: string) => request(mutation, { id: n.id, status, note }),
    })),
  };
}

const activityLink = (a: { id: string; name: string }) => <Link to={`/activities/${a.id}`}>{a.name}</Link>;
const names = (xs?: { name: string }[] | null) => (xs ?? []).map((x) => x.name).join(", ");

/** Where a scoped fact applies, with the names of what it applies to. */
function scoped(f: { appliesTo: Parameters<typeof scopeText>[0]; activity?: { name: string } | null; recipient?: { name: string } | null; notice?: { title: string } | null }) {
  return <span className="muted">({scopeText(f.appliesTo, { activity: f.activity?.name, recipient: f.recipient?.name, notice: f.notice?.title })})</span>;
}

export function ReviewView() {
  const [params, setParams] = useSearchParams();
  const only = params.get("type") ?? "";
  const q = useQuery(() => request(Unreviewed), []);
  const canReview = useCan()("review");
  const d = q.data;
  const groups: Group[] = d
    ? [
        group("organizations", d.organizations, ReviewOrganization, (o) => <>{o.name} (<code>{o.key}</code>)</>),
        group("activities", d.activities, ReviewActivity, (a) => (
          <>
            {activityLink(a)} ({a.organization.name}){a.notice ? <span className="muted"> · described in {a.notice.title}</span> : null}
          </>
        )),
        group("purposes", d.activityPurposes, ReviewActivityPurpose, (p) => (
          <>
            {p.purpose.name}: {p.legalBasis?.reference ?? "basis not stated"}
            {p.specialCondition ? `; ${p.specialCondition.reference}` : ""}, for {activityLink(p.activity)}
          </>
        )),
        group("recipients", d.recipients, ReviewRecipient, (r) => <>{r.name} ({r.kind}, {r.organization.name})</>),
        group("disclosures", d.disclosures, ReviewDisclosure, (x) => (
          <>
            to {x.recipient.name}, in {activityLink(x.activity)}
            {x.dataCategories?.length ? <span className="muted"> · {names(x.dataCategories)}</span> : null}
            {x.purposes?.length ? <span className="muted"> · for {names(x.purposes)}</span> : null}
          </>
        )),
        group("transfers", d.transfers, ReviewTransfer, (t) => (
          <>
            {t.country || t.scope} under <SafeguardName safeguard={t.safeguard} /> {scoped(t)}
          </>
        )),
        group("retention", d.retentionRules, ReviewRetention, (r) => (
          <>
            <span title={r.criterion ?? undefined}>{r.duration ? humanDuration(r.duration) : shorten(r.criterion ?? "", 140)}</span>, then {r.endAction}
            {r.dataCategories?.length ? <span className="muted"> · of {names(r.dataCategories)}</span> : null} {scoped(r)}
          </>
        )),
        group("rights", d.dataSubjectRights, ReviewRight, (r) => (
          <>
            {r.right.name}
            {r.right.reference ? <span className="muted"> ({r.right.reference})</span> : null}
            {r.channel ? `, by ${r.channel}` : ""}
            {r.responseTime ? `, answered within ${humanDuration(r.responseTime)}` : ""} {scoped(r)}
          </>
        )),
        group("security", d.securityPractices, ReviewSecurityPractice, (s) => (
          <>
            {s.measure.name}
            {s.description ? <span className="muted"> · {shorten(s.description, 120)}</span> : null}{" "}
            {scoped({ ...s, activity: s.activities?.length ? { name: names(s.activities) } : null })}
          </>
        )),
        group("statements", d.statements, ReviewStatement, (s) => (
          <>
            <strong>{statementKindText(s.kind)}</strong>: {s.text}
            {s.legalBasis ? <span className="muted"> · {s.legalBasis.reference} ({s.legalBasis.name})</span> : null}
            {s.purposes?.length ? <span className="muted"> · for {names(s.purposes)}</span> : null}
            {s.dataCategories?.length ? <span className="muted"> · about {names(s.dataCategories)}</span> : null}
            <span className="muted"> ({s.notice ? `from ${s.notice.title}` : s.organization.name})</span>
          </>
        )),
      ]
    : [];
  const total = groups.reduce((n, g) => n + g.total, 0);
  const shown = groups.filter((g) => g.facts.length && (!only || g.type === only));
  return (
    <section aria-labelledby="rev-h">
      <h1 id="rev-h">Unreviewed facts</h1>
      <p className="muted">Facts drafted by extraction, import or an editor wait here until a reviewer confirms or rejects them.</p>
      {!canReview && <p className="readonly-note">Only a reviewer confirms or rejects facts; your role sees what waits.</p>}
      <div className="filters">
        <div className="field">
          <label htmlFor="rev-type">Fact type</label>
          <select
            id="rev-type"
            value={only}
            onChange={(e) => {
              const p = new URLSearchParams(params);
              if (e.target.value) p.set("type", e.target.value);
              else p.delete("type");
              setParams(p);
            }}
          >
            <option value="">all types</option>
            {factTypes.map(([value, heading]) => (
              <option key={value} value={value}>
                {heading} ({groups.find((g) => g.type === value)?.total ?? 0})
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorNote error={q.error} />
      <p aria-live="polite" className="muted">
        {q.loading && !d ? "Loading…" : `${total} facts to review${only ? `, ${shown.reduce((n, g) => n + g.total, 0)} of them shown` : ""}`}
      </p>
      {shown.map((g) => {
        const [, heading, tag] = factTypes.find(([value]) => value === g.type)!;
        return (
          <section key={g.type} className="review-group" aria-labelledby={`rev-${g.type}-h`} data-type={g.type}>
            <h2 id={`rev-${g.type}-h`}>
              {heading} <span className="count">({g.facts.length < g.total ? `the first ${g.facts.length} of ${g.total}` : g.total})</span>
            </h2>
            <ul className="facts">
              {g.facts.map((f) => (
                <FactItem key={f.id} kind={tag} fact={f} done={q.reload} canReview={canReview} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function FactItem({ kind, fact, done, canReview }: { kind: string; fact: Fact; done: () => void; canReview: boolean }) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const act = async (status: ReviewStatus) => {
    setBusy(true);
    setError(undefined);
    try {
      await fact.review(status, note || undefined);
      done();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  const noteId = `note-${fact.id}`;
  return (
    <li className="card fact" data-fact={fact.id}>
      <p>
        <span className="tag">{kind}</span> <span className="tag draft">DRAFT</span> {fact.summary} <span className="muted">· {fact.origin}</span>
      </p>
      <EvidenceLinks evidence={fact.evidence} />
      {canReview && (
      <div className="fact-actions">
        <div className="field">
          <label htmlFor={noteId}>Review note</label>
          <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <div className="buttons">
          <button type="button" disabled={busy} onClick={() => act("REVIEWED")}>
            Confirm
          </button>
          <button type="button" className="danger" disabled={busy} onClick={() => act("REJECTED")}>
            Reject
          </button>
        </div>
      </div>
      )}
      <ErrorNote error={error} />
    </li>
  );
}
