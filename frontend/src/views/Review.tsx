import { useState } from "react";
import { Link } from "react-router-dom";
import { graphql } from "../gql";
import type { ReviewStatus } from "../gql/graphql";
import { request } from "../api";
import { ErrorNote, EvidenceLinks, useQuery } from "../common";

const Unreviewed = graphql(`
  query Unreviewed {
    activities(first: 100, where: { reviewStatus: UNREVIEWED }) {
      edges {
        node {
          id
          name
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
    activityPurposes(first: 100, where: { reviewStatus: UNREVIEWED }) {
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
          evidence {
            id
            quote
          }
        }
      }
    }
    disclosures(first: 100, where: { reviewStatus: UNREVIEWED }) {
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
          evidence {
            id
            quote
          }
        }
      }
    }
    recipients(first: 100, where: { reviewStatus: UNREVIEWED }) {
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
    transfers(first: 100, where: { reviewStatus: UNREVIEWED }) {
      edges {
        node {
          id
          scope
          country
          origin
          organization {
            name
          }
          safeguard {
            name
          }
          evidence {
            id
            quote
          }
        }
      }
    }
    retentionRules(first: 100, where: { reviewStatus: UNREVIEWED }) {
      edges {
        node {
          id
          duration
          criterion
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
const ReviewDisclosure = graphql(`
  mutation ReviewDisclosure($id: ID!, $status: ReviewStatus!, $note: String) {
    updateDisclosure(id: $id, input: { reviewStatus: $status, reviewNote: $note }) {
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

interface Fact {
  id: string;
  kind: string;
  summary: React.ReactNode;
  origin: string;
  evidence?: { id: string; quote: string }[] | null;
  review: (status: ReviewStatus, note?: string) => Promise<unknown>;
}

const nodes = <T,>(c: { edges?: ({ node?: T | null } | null)[] | null }) => (c.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

export function ReviewView() {
  const q = useQuery(() => request(Unreviewed), []);
  const d = q.data;
  const facts: Fact[] = d
    ? [
        ...nodes(d.activities).map((a) => ({
          id: a.id, kind: "Activity", origin: a.origin, evidence: a.evidence,
          summary: <><Link to={`/activities/${a.id}`}>{a.name}</Link> ({a.organization.name})</>,
          review: (status: ReviewStatus, note?: string) => request(ReviewActivity, { id: a.id, status, note }),
        })),
        ...nodes(d.activityPurposes).map((p) => ({
          id: p.id, kind: "Purpose and basis", origin: p.origin, evidence: p.evidence,
          summary: <>{p.purpose.name}: {p.legalBasis?.reference ?? "basis not stated"}, for <Link to={`/activities/${p.activity.id}`}>{p.activity.name}</Link></>,
          review: (status: ReviewStatus, note?: string) => request(ReviewActivityPurpose, { id: p.id, status, note }),
        })),
        ...nodes(d.disclosures).map((x) => ({
          id: x.id, kind: "Disclosure", origin: x.origin, evidence: x.evidence,
          summary: <>to {x.recipient.name}, in <Link to={`/activities/${x.activity.id}`}>{x.activity.name}</Link></>,
          review: (status: ReviewStatus, note?: string) => request(ReviewDisclosure, { id: x.id, status, note }),
        })),
        ...nodes(d.recipients).map((r) => ({
          id: r.id, kind: "Recipient", origin: r.origin, evidence: r.evidence,
          summary: <>{r.name} ({r.kind}, {r.organization.name})</>,
          review: (status: ReviewStatus, note?: string) => request(ReviewRecipient, { id: r.id, status, note }),
        })),
        ...nodes(d.transfers).map((t) => ({
          id: t.id, kind: "Transfer", origin: t.origin, evidence: t.evidence,
          summary: <>{t.country || t.scope} under {t.safeguard?.name ?? "no stated safeguard"} ({t.organization.name})</>,
          review: (status: ReviewStatus, note?: string) => request(ReviewTransfer, { id: t.id, status, note }),
        })),
        ...nodes(d.retentionRules).map((r) => ({
          id: r.id, kind: "Retention", origin: r.origin, evidence: r.evidence,
          summary: <>{r.duration ?? r.criterion} ({r.organization.name})</>,
          review: (status: ReviewStatus, note?: string) => request(ReviewRetention, { id: r.id, status, note }),
        })),
      ]
    : [];
  return (
    <section aria-labelledby="rev-h">
      <h1 id="rev-h">Unreviewed facts</h1>
      <p className="muted">Facts drafted by extraction or import wait here until a reviewer confirms or rejects them.</p>
      <ErrorNote error={q.error} />
      <p aria-live="polite" className="muted">
        {q.loading ? "Loading…" : `${facts.length} facts to review`}
      </p>
      <ul className="facts">
        {facts.map((f) => (
          <FactItem key={f.id} fact={f} done={q.reload} />
        ))}
      </ul>
    </section>
  );
}

function FactItem({ fact, done }: { fact: Fact; done: () => void }) {
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
        <span className="tag">{fact.kind}</span> {fact.summary} <span className="muted">· {fact.origin}</span>
      </p>
      <EvidenceLinks evidence={fact.evidence} />
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
      <ErrorNote error={error} />
    </li>
  );
}
