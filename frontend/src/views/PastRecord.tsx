// The record of processing as it stood at a past time: the Article 30
// report's JSON (article30 with asOf, rebuilt by the server from the
// change history) as the record's table, read-only. Activity IDs are not
// in the report (an activity may no longer exist), so nothing links to
// the activity view.
import { graphql } from "../gql";
import { request } from "../api";
import { ErrorNote, useQuery } from "../common";
import { humanDuration, shorten } from "../lib";

const Article30AsOf = graphql(`
  query Article30AsOf($organization: String!, $asOf: Time) {
    article30(organization: $organization, asOf: $asOf)
  }
`);

interface Term {
  key: string;
  name: string;
}
interface Citation {
  quote: string;
}
interface Transfer {
  appliesTo: string;
  scope: string;
  country: string;
  recipient: string;
  safeguard: { name: string; stale: boolean; validUntil: string } | null;
  reviewStatus: string;
}
interface Retention {
  appliesTo: string;
  duration: string;
  criterion: string;
  dataCategories: Term[];
  reviewStatus: string;
}
interface Security {
  appliesTo: string;
  name: string;
  reviewStatus: string;
}
export interface ReportActivity {
  name: string;
  description: string;
  businessFunction: string;
  role: string;
  notice: string;
  purposes: (Term & { legalBasis: { reference: string } | null; specialCondition: { reference: string } | null; reviewStatus: string })[];
  dataSubjects: Term[];
  dataCategories: (Term & { specialCategory: boolean })[];
  recipients: { name: string; reviewStatus: string }[];
  transfers: Transfer[];
  retention: Retention[];
  security: Security[];
  shared: string[];
  reviewStatus: string;
  evidence: Citation[];
}
interface Shared {
  id: string;
  appliesTo: string;
  notice: string;
  transfers: Transfer[];
  retention: Retention[];
  security: Security[];
}
export interface Article30Report {
  asOf: string;
  shared: Shared[];
  controllerRecord: { activities: ReportActivity[] } | null;
  processorRecord: { controllers: { activities: ReportActivity[] }[] } | null;
}

/** The activities of a report, both records, by name; filtered like the live table (search, role, review status). */
export function reportActivities(r: Article30Report, search = "", role = "", review = ""): ReportActivity[] {
  const all = [...(r.controllerRecord?.activities ?? []), ...(r.processorRecord?.controllers ?? []).flatMap((g) => g.activities)];
  const s = search.trim().toLowerCase();
  return all
    .filter(
      (a) =>
        (!s || [a.name, a.description, a.businessFunction, ...a.purposes.map((p) => p.name)].some((t) => (t ?? "").toLowerCase().includes(s))) &&
        (!role || a.role === role) &&
        (!review || a.reviewStatus === review),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

const scopeWords: Record<string, string> = { activity: "stated for this activity", recipient: "for a recipient", notice: "from the notice", organization: "organization-wide" };

function Draft({ status }: { status: string }) {
  if (status === "UNREVIEWED")
    return (
      <>
        {" "}
        <span className="tag draft" title="Unreviewed at the time">
          DRAFT
        </span>
      </>
    );
  return null;
}

/** An activity's own facts and those of the shared sets it names, each with where it applied from. */
function Scoped<T extends { appliesTo: string; reviewStatus: string }>({ own, shared, children }: { own: T[]; shared: T[]; children: (f: T) => React.ReactNode }) {
  const all = [...own, ...shared];
  if (!all.length) return <>—</>;
  return (
    <ul>
      {all.map((f, i) => (
        <li key={i}>
          {children(f)} <span className="muted">({scopeWords[f.appliesTo] ?? f.appliesTo})</span>
          <Draft status={f.reviewStatus} />
        </li>
      ))}
    </ul>
  );
}

export function PastRecord({ org, asOf, time, search, role, review }: { org: string; asOf: string; time: string; search: string; role: string; review: string }) {
  const q = useQuery(() => request(Article30AsOf, { organization: org, asOf: time }), [org, time]);
  const report = q.data?.article30 as unknown as Article30Report | undefined;
  const rows = report ? reportActivities(report, search, role, review) : [];
  const shared = new Map((report?.shared ?? []).map((s) => [s.id, s]));
  const sharedOf = (a: ReportActivity) => a.shared.flatMap((id) => (shared.get(id) ? [shared.get(id)!] : []));
  return (
    <>
      <ErrorNote error={q.error} />
      <p aria-live="polite" className="muted" data-testid="past-record-summary">
        {q.loading ? "Rebuilding the record from the history…" : report ? `${rows.length} activities on ${asOf}` : ""}
      </p>
      {rows.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`Record of processing as of ${asOf}`}>
          <table className="records past">
            <thead>
              <tr>
                <th scope="col">Activity</th>
                <th scope="col">Business function</th>
                <th scope="col">Role</th>
                <th scope="col">Purposes and legal bases (Art 30(1)(b), Art 6, Art 9)</th>
                <th scope="col">Data subjects and categories (c)</th>
                <th scope="col">Recipients (d)</th>
                <th scope="col">Transfers and safeguards (e)</th>
                <th scope="col">Retention (f)</th>
                <th scope="col">Security measures (g)</th>
                <th scope="col">Review</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a, i) => {
                const sh = sharedOf(a);
                return (
                  <tr key={`${a.name}-${i}`}>
                    <th scope="row">
                      {a.name}
                      <Draft status={a.reviewStatus} />
                      {a.notice && <div className="muted notice-name">{a.notice}</div>}
                    </th>
                    <td data-label="Business function">{a.businessFunction || "—"}</td>
                    <td data-label="Role">{a.role}</td>
                    <td data-label="Purposes and legal bases">
                      <ul>
                        {a.purposes.map((p, j) => (
                          <li key={j}>
                            {p.name}: {p.legalBasis?.reference ?? "not stated"}
                            {p.specialCondition ? `; ${p.specialCondition.reference}` : ""}
                            <Draft status={p.reviewStatus} />
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td data-label="Data subjects and categories">
                      {a.dataSubjects.map((s) => s.name).join(", ") || "—"}
                      <br />
                      {a.dataCategories.map((c, j) => (
                        <span key={c.key} className={c.specialCategory ? "special-text" : ""}>
                          {j > 0 ? ", " : ""}
                          {c.name}
                        </span>
                      ))}
                    </td>
                    <td data-label="Recipients">
                      {a.recipients.length
                        ? a.recipients.map((r, j) => (
                            <span key={j}>
                              {j > 0 ? ", " : ""}
                              {r.name}
                              <Draft status={r.reviewStatus} />
                            </span>
                          ))
                        : "—"}
                    </td>
                    <td data-label="Transfers and safeguards" className="transfers">
                      <Scoped own={a.transfers} shared={sh.flatMap((s) => s.transfers)}>
                        {(t) => (
                          <>
                            {t.country || t.scope}
                            {t.recipient ? ` to ${t.recipient}` : ""}: {t.safeguard ? t.safeguard.name : "no safeguard stated"}
                            {t.safeguard?.stale ? <strong className="stale-text"> (invalid since {t.safeguard.validUntil})</strong> : null}
                          </>
                        )}
                      </Scoped>
                    </td>
                    <td data-label="Retention" className="retention">
                      <Scoped own={a.retention} shared={sh.flatMap((s) => s.retention)}>
                        {(r) => (
                          <>
                            {r.duration ? humanDuration(r.duration) : shorten(r.criterion, 90)}
                            {r.dataCategories.length ? ` (of ${r.dataCategories.map((c) => c.name).join(", ")})` : ""}
                          </>
                        )}
                      </Scoped>
                    </td>
                    <td data-label="Security" className="security">
                      <Scoped own={a.security} shared={sh.flatMap((s) => s.security)}>
                        {(m) => <>{m.name}</>}
                      </Scoped>
                    </td>
                    <td data-label="Review">{a.reviewStatus}</td>
                    <td data-label="Evidence">
                      {a.evidence.length ? (
                        <ul className="evidence-quotes">
                          {a.evidence.slice(0, 2).map((e, j) => (
                            <li key={j} title={e.quote}>
                              “{shorten(e.quote, 70)}”
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="muted">no evidence</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {report && !rows.length && <p>No activities{search || role || review ? " match the filter" : ""} on {asOf}.</p>}
    </>
  );
}
