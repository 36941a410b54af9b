import { useState } from "react";
import { Link } from "react-router-dom";
import { graphql } from "../gql";
import type { OrderDirection, ProcessingActivityOrderField, ProcessingActivityRole, ProcessingActivityWhereInput, ReviewStatus } from "../gql/graphql";
import { request } from "../api";
import { AsOfBanner, AsOfField, DraftTag, ErrorNote, EvidenceLinks, OrgSelect, SafeguardName, ScopedFacts, useAsOf, useOrganization, useQuery } from "../common";
import { humanDuration, notRejected, recipientsOf, shorten } from "../lib";
import { FindingBadge, useOpenFindingsIndex } from "../findingsData";
import { article30Link } from "../history";
import { PastRecord } from "./PastRecord";
import { exportQuery, useTypedParam, useUrlState } from "../urlState";

const RecordsQuery = graphql(`
  query Records($where: ProcessingActivityWhereInput, $orderBy: [ProcessingActivityOrder!], $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    activities(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          name
          businessFunction
          role
          reviewStatus
          notice {
            title
            audience
          }
          evidence {
            id
            quote
          }
          purposes {
            id
            reviewStatus
            purpose {
              name
            }
            legalBasis {
              reference
            }
            specialCondition {
              reference
            }
          }
          dataSubjects {
            id
            name
          }
          dataCategories {
            id
            name
            specialCategory
          }
          disclosures {
            id
            reviewStatus
            recipient {
              id
              name
              reviewStatus
            }
          }
          effectiveTransfers {
            id
            appliesTo
            reviewStatus
            scope
            country
            recipient {
              name
            }
            safeguard {
              name
              validUntil
            }
          }
          effectiveRetentionRules {
            id
            appliesTo
            reviewStatus
            duration
            criterion
            dataCategories {
              name
            }
          }
          effectiveSecurityPractices {
            id
            appliesTo
            reviewStatus
            description
            measure {
              name
            }
          }
        }
      }
    }
  }
`);

export const PAGE = 10;

/** The where-input for the table's search box and filters, and the one activity of ?activity=ID when given. */
export function recordsWhere(orgId: string | undefined, search: string, role: string, review: string, only = ""): ProcessingActivityWhereInput {
  const and: ProcessingActivityWhereInput[] = [];
  if (orgId) and.push({ organizationID: orgId });
  if (only) and.push({ id: only });
  const s = search.trim();
  if (s) and.push({ or: [{ nameContainsFold: s }, { descriptionContainsFold: s }, { businessFunctionContainsFold: s }, { hasPurposesWith: [{ hasPurposeWith: [{ nameContainsFold: s }] }] }] });
  if (role) and.push({ role: role as ProcessingActivityRole });
  if (review) and.push({ reviewStatus: review as ReviewStatus });
  return { and };
}

type Page = { after?: string; before?: string };

export function RecordsView() {
  const { orgs, org } = useOrganization();
  // The view's state is the URL's: q, role, review, sort, dir and the page's cursor (after or before).
  const { params, get, set } = useUrlState();
  const search = get("q");
  const role = get("role");
  const review = get("review");
  const sortField = (["NAME", "BUSINESS_FUNCTION", "ROLE", "REVIEW_STATUS"].includes(get("sort")) ? get("sort") : "NAME") as ProcessingActivityOrderField;
  const sort: { field: ProcessingActivityOrderField; direction: OrderDirection } = { field: sortField, direction: get("dir") === "desc" ? "DESC" : "ASC" };
  const page: Page = { after: get("after") || undefined, before: get("before") || undefined };
  const setPage = (p: Page) => set({ after: p.after, before: p.before }, { keepPage: true });
  // The search box shows what is typed; the URL follows it.
  // Only a change of the URL from elsewhere (back, a link) replaces what is typed.
  const [searchText, setSearchText] = useTypedParam(search, (v) => set({ q: v }, { replace: true }));
  const only = params.get("activity") ?? "";
  const { asOf, time: asOfTime, setAsOf } = useAsOf();
  const findings = useOpenFindingsIndex(org?.key);
  const q = useQuery(
    () =>
      org && !asOf
        ? request(RecordsQuery, {
            where: recordsWhere(org.id, search, role, review, only),
            orderBy: [sort],
            ...(page.before ? { last: PAGE, before: page.before } : { first: PAGE, after: page.after }),
          })
        : Promise.resolve(undefined),
    [org?.id, asOf, search, role, review, only, sort.field, sort.direction, page.after, page.before],
  );
  const conn = q.data?.activities;
  const rows = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const exportHref = (format: string) => `/reports/inventory/activities.${format}?${exportQuery(params, org?.key ?? "")}`;
  const sortHeader = (field: ProcessingActivityOrderField, label: string) => {
    const active = sort.field === field;
    return (
      <th scope="col" aria-sort={active ? (sort.direction === "ASC" ? "ascending" : "descending") : "none"}>
        <button
          type="button"
          className="sort"
          onClick={() => {
            set({ sort: field, dir: active && sort.direction === "ASC" ? "desc" : "asc" });
          }}
        >
          {label} <span aria-hidden="true">{active ? (sort.direction === "ASC" ? "▲" : "▼") : "↕"}</span>
        </button>
      </th>
    );
  };
  const report = (format: string) => article30Link(org?.key ?? "", format, asOf || undefined);
  return (
    <section aria-labelledby="rec-h">
      <h1 id="rec-h">Record of processing{org ? `: ${org.name}` : ""}</h1>
      <div className="filters">
        <OrgSelect orgs={orgs} org={org} setOrg={(k) => set({ org: k })} />
        <div className="field">
          <label htmlFor="rec-search">Search</label>
          <input id="rec-search" type="search" value={searchText} onChange={(e) => setSearchText(e.target.value)} placeholder="name, function or purpose" />
        </div>
        <div className="field">
          <label htmlFor="rec-role">Role</label>
          <select id="rec-role" value={role} onChange={(e) => set({ role: e.target.value })}>
            <option value="">any</option>
            <option value="controller">controller</option>
            <option value="processor">processor</option>
            <option value="joint_controller">joint controller</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="rec-review">Review status</label>
          <select id="rec-review" value={review} onChange={(e) => set({ review: e.target.value })}>
            <option value="">any</option>
            <option value="REVIEWED">reviewed</option>
            <option value="UNREVIEWED">unreviewed</option>
            <option value="REJECTED">rejected</option>
          </select>
        </div>
        <AsOfField id="rec-asof" asOf={asOf} setAsOf={(d) => set({ asOf: d })} />
        {/* The links name the organization: none until it is known. */}
        {org && (
          <div className="buttons downloads" role="group" aria-label={asOf ? `Download the Article 30 report as of ${asOf}` : "Download the Article 30 report"}>
            <a className="button" href={report("html")} target="_blank" rel="noopener">Report (HTML)</a>
            <a className="button" href={report("csv")} download>Report (CSV)</a>
            <a className="button" href={report("xlsx")} download>Report (XLSX)</a>
          </div>
        )}
        {org && !asOf && !only && (
          <div className="buttons exports" role="group" aria-label="Export the activities shown (all pages)">
            <a className="button" href={exportHref("csv")} download data-testid="export-csv">Export table (CSV)</a>
            <a className="button" href={exportHref("xlsx")} download data-testid="export-xlsx">Export table (XLSX)</a>
          </div>
        )}
      </div>
      <AsOfBanner asOf={asOf} setAsOf={setAsOf} />
      {asOf && org && asOfTime && <PastRecord org={org.key} asOf={asOf} time={asOfTime} search={search} role={role} review={review} />}
      {!asOf && only && (
        <p className="fact-filter">
          Only one activity (linked from a finding).{" "}
          <button type="button" className="linklike" onClick={() => set({ activity: "" })}>
            Show all activities
          </button>
        </p>
      )}
      {!asOf && (
      <>
      <ErrorNote error={q.error} />
      <p aria-live="polite" className="muted">
        {q.loading ? "Loading…" : conn ? `${conn.totalCount} activities` : ""}
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="rec-h">
        <table className="records">
          <thead>
            <tr>
              {sortHeader("NAME", "Activity")}
              {sortHeader("BUSINESS_FUNCTION", "Business function")}
              {sortHeader("ROLE", "Role")}
              <th scope="col">Purposes and legal bases (Art 30(1)(b), Art 6, Art 9)</th>
              <th scope="col">Data subjects and categories (c)</th>
              <th scope="col">Recipients (d)</th>
              <th scope="col">Transfers and safeguards (e)</th>
              <th scope="col">Retention (f)</th>
              <th scope="col">Security measures (g)</th>
              {sortHeader("REVIEW_STATUS", "Review")}
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/activities/${a.id}`}>{a.name}</Link>
                  <DraftTag status={a.reviewStatus} />
                  {org && (
                    <span className="badges">
                      <FindingBadge org={org.key} fact={`activity:${a.id}`} findings={findings.get(`activity:${a.id}`)} label={a.name} />
                    </span>
                  )}
                  {a.notice && (
                    <div className="muted notice-name" title={a.notice.audience ? `Audience: ${a.notice.audience}` : undefined}>
                      {a.notice.title}
                    </div>
                  )}
                </th>
                <td data-label="Business function">{a.businessFunction || "—"}</td>
                <td data-label="Role">{a.role}</td>
                <td data-label="Purposes and legal bases">
                  <ul>
                    {notRejected(a.purposes).map((p) => (
                      <li key={p.id}>
                        {p.purpose.name}: {p.legalBasis?.reference ?? "not stated"}
                        {p.specialCondition ? `; ${p.specialCondition.reference}` : ""}
                        <DraftTag status={p.reviewStatus} />
                      </li>
                    ))}
                  </ul>
                </td>
                <td data-label="Data subjects and categories">
                  {a.dataSubjects?.map((s) => s.name).join(", ") || "—"}
                  <br />
                  {a.dataCategories?.map((c, i) => (
                    <span key={c.id} className={c.specialCategory ? "special-text" : ""}>
                      {i > 0 ? ", " : ""}
                      {c.name}
                    </span>
                  ))}
                </td>
                <td data-label="Recipients">
                  {recipientsOf(a.disclosures).map((r, i) => (
                    <span key={r.id}>
                      {i > 0 ? ", " : ""}
                      {r.name}
                      <DraftTag status={r.draft ? "UNREVIEWED" : undefined} />
                    </span>
                  ))}
                  {!recipientsOf(a.disclosures).length && "—"}
                </td>
                <td data-label="Transfers and safeguards" className="transfers">
                  <ScopedFacts facts={a.effectiveTransfers}>
                    {(t) => (
                      <>
                        {t.country || t.scope}: <SafeguardName safeguard={t.safeguard} />
                        {org && <FindingBadge org={org.key} fact={`transfer:${t.id}`} findings={findings.get(`transfer:${t.id}`)} label={`the transfer to ${t.country || t.scope}`} />}
                      </>
                    )}
                  </ScopedFacts>
                </td>
                <td data-label="Retention" className="retention">
                  <ScopedFacts facts={a.effectiveRetentionRules}>
                    {(r) => (
                      <>
                        {r.duration ? humanDuration(r.duration) : <LongText text={r.criterion ?? ""} max={90} />}
                        {r.dataCategories?.length ? <span className="muted"> (of {r.dataCategories.map((c) => c.name).join(", ")})</span> : null}
                      </>
                    )}
                  </ScopedFacts>
                </td>
                <td data-label="Security" className="security">
                  <ScopedFacts facts={a.effectiveSecurityPractices} inline>{(p) => <span title={p.description ?? undefined}>{p.measure.name}</span>}</ScopedFacts>
                </td>
                <td data-label="Review">{a.reviewStatus}</td>
                <td data-label="Evidence">
                  <EvidenceLinks evidence={a.evidence?.slice(0, 2)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label="Pages">
        <button type="button" disabled={!conn?.pageInfo.hasPreviousPage && !page.after} onClick={() => setPage({ before: conn?.pageInfo.startCursor ?? undefined })}>
          Previous page
        </button>
        <button type="button" disabled={!(conn?.pageInfo.hasNextPage || page.before)} onClick={() => setPage({ after: conn?.pageInfo.endCursor ?? undefined })}>
          Next page
        </button>
      </nav>
      </>
      )}
    </section>
  );
}

/** A text cut to max characters, with a button that shows the whole of it. */
function LongText({ text, max }: { text: string; max: number }) {
  const [open, setOpen] = useState(false);
  const short = shorten(text, max);
  if (short === text.replace(/\s+/g, " ").trim()) return <>{text}</>;
  return (
    <>
      {open ? text : short}{" "}
      <button type="button" className="linklike more" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? "less" : "more"}
      </button>
    </>
  );
}
