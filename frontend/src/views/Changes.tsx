// What changed in an organization's record between two days, from the
// history (historyDiff): one line per change with who, when, through what,
// the fields before and after and the sentences that state the fact; the
// same diff downloads from /reports/diff. All of it is in the URL
// (?org=&from=&to=), so a link shows the same days.
import { useEffect } from "react";
import { useSearchParams } from "react-router-dom";
import { graphql } from "../gql";
import { request } from "../api";
import { ErrorNote, OrgSelect, useOrganization, useQuery } from "../common";
import { addDays, today } from "../findings";
import { dayRange, diffLink, fieldName, isDate, jsonText, whenText } from "../history";
import { shorten } from "../lib";

const HistoryDiffQuery = graphql(`
  query HistoryDiff($organization: ID!, $from: Time!, $to: Time!) {
    historyDiff(organization: $organization, from: $from, to: $to) {
      from
      to
      lines {
        at
        actor
        via
        kind
        subject
        activity
        summary
        fields {
          field
          before
          after
        }
        evidence
        changeID
      }
    }
  }
`);

/** The default days: the last 30, today included. */
export function defaultRange(now = today()): { from: string; to: string } {
  return { from: addDays(now, -30), to: now };
}

export function ChangesView() {
  const { orgs, org, setOrg } = useOrganization();
  const [params, setParams] = useSearchParams();
  const def = defaultRange();
  const from = isDate(params.get("from")) ? params.get("from")! : def.from;
  const to = isDate(params.get("to")) ? params.get("to")! : def.to;
  // Write the defaults into the URL, so that a link to the view shows these days later too.
  useEffect(() => {
    if (!org) return;
    if (params.get("org") === org.key && params.get("from") === from && params.get("to") === to) return;
    const p = new URLSearchParams(params);
    p.set("org", org.key);
    p.set("from", from);
    p.set("to", to);
    setParams(p, { replace: true });
  }, [org?.key, from, to]); // eslint-disable-line react-hooks/exhaustive-deps
  const set = (k: string, v: string) => {
    const p = new URLSearchParams(params);
    if (v) p.set(k, v);
    else p.delete(k);
    setParams(p, { replace: true });
  };
  const backwards = from > to;
  const range = dayRange(from, to);
  const q = useQuery(
    () => (org && !backwards ? request(HistoryDiffQuery, { organization: org.id, from: range.from, to: range.to }) : Promise.resolve(undefined)),
    [org?.id, range.from, range.to, backwards],
  );
  const lines = q.data?.historyDiff.lines ?? [];
  return (
    <section aria-labelledby="ch-h" className="changes-view">
      <h1 id="ch-h">Changes{org ? `: ${org.name}` : ""}</h1>
      <div className="filters">
        <OrgSelect orgs={orgs} org={org} setOrg={setOrg} id="ch-org" />
        <div className="field narrow-date">
          <label htmlFor="ch-from">From</label>
          <input id="ch-from" type="date" value={from} onChange={(e) => set("from", isDate(e.target.value) ? e.target.value : "")} />
        </div>
        <div className="field narrow-date">
          <label htmlFor="ch-to">To (included)</label>
          <input id="ch-to" type="date" value={to} onChange={(e) => set("to", isDate(e.target.value) ? e.target.value : "")} />
        </div>
        {org && (
          <div className="buttons downloads" role="group" aria-label="Download these changes">
            <a className="button" href={diffLink(org.key, from, to, "html")} target="_blank" rel="noopener">
              Changes (HTML)
            </a>
            <a className="button" href={diffLink(org.key, from, to, "json")} download>
              Changes (JSON)
            </a>
          </div>
        )}
      </div>
      {backwards && (
        <p role="alert" className="error">
          The first day ({from}) is after the last ({to}): choose a range that runs forward.
        </p>
      )}
      <ErrorNote error={q.error} />
      <p aria-live="polite" className="muted" data-testid="changes-summary">
        {q.loading ? "Loading the changes…" : q.data ? `${lines.length} change${lines.length === 1 ? "" : "s"} from ${from} to ${to}` : ""}
      </p>
      {lines.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="ch-h">
          <table className="changes-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Via</th>
                <th scope="col">Change</th>
                <th scope="col">Fields before → after</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={`${l.changeID}-${l.subject}-${l.summary}`} data-change={l.changeID} className={`kind-${l.kind}`}>
                  <td data-label="When" className="when">
                    <time dateTime={l.at}>{whenText(l.at)}</time>
                  </td>
                  <td data-label="Who" className="actor">{l.actor}</td>
                  <td data-label="Via">{l.via}</td>
                  <th scope="row" data-label="Change" className="summary">
                    {l.summary}
                    <div className="muted">
                      {l.subject} {l.kind}
                      {l.activity ? ` · ${l.activity}` : ""}
                    </div>
                  </th>
                  <td data-label="Fields before → after">
                    {l.fields.length ? (
                      <ul className="field-lines">
                        {l.fields.map((f) => (
                          <li key={f.field} data-field={f.field}>
                            <span className="field-name">{fieldName(f.field)}</span>: <span className="before">{jsonText(f.before)}</span> →{" "}
                            <span className="after">{jsonText(f.after)}</span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td data-label="Evidence">
                    {l.evidence.length ? (
                      <ul className="evidence-quotes">
                        {l.evidence.slice(0, 3).map((e, i) => (
                          <li key={i} title={e}>
                            “{shorten(e, 140)}”
                          </li>
                        ))}
                        {l.evidence.length > 3 && <li className="muted" title={l.evidence.slice(3).join("\n")}>and {l.evidence.length - 3} more</li>}
                      </ul>
                    ) : (
                      <span className="muted">no evidence</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {q.data && !lines.length && <p>No changes in these days.</p>}
    </section>
  );
}
