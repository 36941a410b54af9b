// The review screen's facts: every type `ropa import` writes, loaded for
// one notice (every page of each list), grouped by Art 30 item.
import type { ReactNode } from "react";
import type { ReviewStatus } from "../../gql/graphql";
import { request } from "../../api";
import { SafeguardName } from "../../common";
import { humanDuration, shorten, statementKindText } from "../../lib";
import {
  QActivities,
  QDisclosures,
  QOrganizations,
  QPurposes,
  QRecipients,
  QRetention,
  QRights,
  QSecurity,
  QStatements,
  QTransfers,
} from "./queries";

/**
 * The fact types in the order of the Art 30(1) items: URL value, heading,
 * tag, the item, and the catalog's type name (internal/reviewqueue.Kinds).
 */
export const factTypes = [
  ["organizations", "Controller", "Organization", "Art 30(1)(a)", "Organization"],
  ["activities", "Activities, their data categories and data subjects", "Activity", "Art 30(1)(c)", "ProcessingActivity"],
  ["purposes", "Purposes and legal bases", "Purpose and basis", "Art 30(1)(b)", "ActivityPurpose"],
  ["recipients", "Recipients", "Recipient", "Art 30(1)(d)", "Recipient"],
  ["disclosures", "Disclosures", "Disclosure", "Art 30(1)(d)", "Disclosure"],
  ["transfers", "Transfers and safeguards", "Transfer", "Art 30(1)(e)", "Transfer"],
  ["retention", "Retention", "Retention", "Art 30(1)(f)", "RetentionRule"],
  ["rights", "Data subject rights", "Right", "Arts 15–22", "DataSubjectRight"],
  ["security", "Security measures", "Security practice", "Art 30(1)(g)", "SecurityPractice"],
  ["statements", "Statements", "Statement", "what the notice asserts", "Statement"],
] as const;

export type FactType = (typeof factTypes)[number][0];

/** What a fact's correction edits in place. */
export type EditKind = "activity" | "purpose" | "transfer" | "retention" | "recipient";

export interface Span {
  id: string;
  start: number;
  end: number;
  documentID: string;
}

export interface Fact {
  id: string;
  type: FactType;
  status: ReviewStatus;
  note?: string | null;
  origin: string;
  /** Its spans in the notice shown. */
  spans: Span[];
  summary: ReactNode;
  edit?: EditKind;
  /** The node as the API answered, for the correction form. */
  node: Record<string, unknown>;
}

type Conn<T> = { pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges?: ({ node?: T | null } | null)[] | null };

/** Every node of a list, a page at a time. */
async function pages<T>(page: (after: string | null) => Promise<{ list: Conn<T> }>): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const { list }: { list: Conn<T> } = await page(after);
    for (const e of list.edges ?? []) if (e?.node) out.push(e.node);
    if (!list.pageInfo.hasNextPage || !list.pageInfo.endCursor) return out;
    after = list.pageInfo.endCursor;
  }
}

const names = (xs?: { name: string }[] | null) => (xs ?? []).map((x) => x.name).join(", ");

type Base = { id: string; reviewStatus: ReviewStatus; reviewNote?: string | null; origin: string; evidence?: Span[] | null };

function fact<T extends Base>(type: FactType, n: T, doc: string | null, summary: ReactNode, edit?: EditKind): Fact {
  return {
    id: n.id,
    type,
    status: n.reviewStatus,
    note: n.reviewNote,
    origin: n.origin,
    spans: (n.evidence ?? []).filter((s) => doc !== null && s.documentID === doc),
    summary,
    edit,
    node: n as unknown as Record<string, unknown>,
  };
}

/**
 * The facts of notice doc (any status: the decided ones count in the
 * progress), or, when doc is null, the unreviewed facts that cite no
 * notice.
 */
export async function loadFacts(doc: string | null): Promise<Fact[]> {
  const where = doc
    ? { reviewStatusIn: ["UNREVIEWED", "REVIEWED", "REJECTED"] as ReviewStatus[], hasEvidenceWith: [{ documentID: doc }] }
    : { reviewStatus: "UNREVIEWED" as ReviewStatus, hasEvidence: false };
  const [acts, purposes, recipients, disclosures, transfers, retention, rights, security, statements, orgs] = await Promise.all([
    pages((after) => request(QActivities, { where, after })),
    pages((after) => request(QPurposes, { where, after })),
    pages((after) => request(QRecipients, { where, after })),
    pages((after) => request(QDisclosures, { where, after })),
    pages((after) => request(QTransfers, { where, after })),
    pages((after) => request(QRetention, { where, after })),
    pages((after) => request(QRights, { where, after })),
    pages((after) => request(QSecurity, { where, after })),
    pages((after) => request(QStatements, { where, after })),
    doc ? Promise.resolve([]) : pages((after) => request(QOrganizations, { where: { ...where, hasDocuments: false }, after })),
  ]);
  return [
    ...orgs.map((o) => fact("organizations", o, doc, <>{o.name} (<code>{o.key}</code>)</>)),
    ...acts.map((a) =>
      fact(
        "activities",
        a,
        doc,
        <>
          {a.name}
          {a.dataCategories?.length ? <span className="rq-detail">data categories: {names(a.dataCategories)}</span> : null}
          {a.dataSubjects?.length ? <span className="rq-detail">data subjects: {names(a.dataSubjects)}</span> : null}
        </>,
        "activity",
      ),
    ),
    ...purposes.map((p) =>
      fact(
        "purposes",
        p,
        doc,
        <>
          {p.purpose.name}: <strong>{p.legalBasis ? `${p.legalBasis.reference} ${p.legalBasis.name}` : "basis not stated"}</strong>
          {p.specialCondition ? <>; {p.specialCondition.reference} {p.specialCondition.name}</> : null}
        </>,
        "purpose",
      ),
    ),
    ...recipients.map((r) =>
      fact(
        "recipients",
        r,
        doc,
        <>
          {r.name} <span className="rq-detail">{r.kind.replace(/_/g, " ")}{r.country ? `, ${r.country}` : ""}</span>
        </>,
        "recipient",
      ),
    ),
    ...disclosures.map((x) =>
      fact(
        "disclosures",
        x,
        doc,
        <>
          to {x.recipient.name}
          {x.dataCategories?.length ? <span className="rq-detail">what: {names(x.dataCategories)}</span> : null}
          {x.purposes?.length ? <span className="rq-detail">for: {names(x.purposes)}</span> : null}
        </>,
      ),
    ),
    ...transfers.map((t) =>
      fact(
        "transfers",
        t,
        doc,
        <>
          {t.country ? `to ${t.country}` : t.scope === "worldwide" ? "worldwide" : "destination not stated"}
          {t.recipient ? ` (${t.recipient.name})` : ""} under <strong><SafeguardName safeguard={t.safeguard} /></strong>
        </>,
        "transfer",
      ),
    ),
    ...retention.map((r) =>
      fact(
        "retention",
        r,
        doc,
        <>
          <strong>{r.duration ? humanDuration(r.duration) : "no period stated"}</strong>
          {r.criterion ? <span className="rq-detail">{shorten(r.criterion, 160)}</span> : null}
          {r.dataCategories?.length ? <span className="rq-detail">of: {names(r.dataCategories)}</span> : null}
          <span className="rq-detail">then {r.endAction}</span>
        </>,
        "retention",
      ),
    ),
    ...rights.map((r) =>
      fact(
        "rights",
        r,
        doc,
        <>
          {r.right.name}
          {r.right.reference ? ` (${r.right.reference})` : ""}
          {r.channel ? `, by ${r.channel}` : ""}
          {r.responseTime ? `, answered within ${humanDuration(r.responseTime)}` : ""}
        </>,
      ),
    ),
    ...security.map((s) =>
      fact(
        "security",
        s,
        doc,
        <>
          {s.measure.name}
          {s.description ? <span className="rq-detail">{shorten(s.description, 160)}</span> : null}
        </>,
      ),
    ),
    ...statements.map((s) =>
      fact(
        "statements",
        s,
        doc,
        <>
          <strong>{statementKindText(s.kind)}</strong>: {s.text}
          {s.legalBasis ? <span className="rq-detail">{s.legalBasis.reference} ({s.legalBasis.name})</span> : null}
          {s.purposes?.length ? <span className="rq-detail">for: {names(s.purposes)}</span> : null}
        </>,
      ),
    ),
  ];
}

/** The organization of the notice as a fact of the Controller group. */
export function organizationFact(o: { id: string; key: string; name: string; origin: string; reviewStatus: ReviewStatus; reviewNote?: string | null }): Fact {
  return fact("organizations", { ...o, evidence: [] }, null, <>{o.name} (<code>{o.key}</code>)</>);
}
