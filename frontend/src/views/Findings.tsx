import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { request } from "../api";
import { ErrorNote, OrgSelect, useOrganization } from "../common";
import { addDays, filterFindings, rulesOf, severities, splitFact, today, type Severity, type Status } from "../findings";
import { AcknowledgeFindingDoc, invalidateFindings, useCanReview, useFindings, type Finding } from "../findingsData";
import { errorsFor } from "./ActivityEdit";

const severityLabel: Record<Severity, string> = { high: "high only", medium: "medium and high", low: "all severities" };

/** The URL's findings filter: ?org=&asOf=&severity=&rule=&status=&fact= */
function useFindingsParams() {
  const [params, setParams] = useSearchParams();
  const set = (k: string, v: string) => {
    const p = new URLSearchParams(params);
    if (v) p.set(k, v);
    else p.delete(k);
    setParams(p, { replace: true });
  };
  const sev = params.get("severity") ?? "";
  const st = params.get("status") ?? "";
  return {
    asOf: params.get("asOf") ?? "",
    severity: ((severities as string[]).includes(sev) ? sev : "") as Severity | "",
    rule: params.get("rule") ?? "",
    status: (st === "open" || st === "acknowledged" ? st : "") as Status,
    fact: params.get("fact") ?? "",
    set,
  };
}

export function FindingsView() {
  const { orgs, org, setOrg } = useOrganization();
  const f = useFindingsParams();
  const now = today();
  // Today is what the server reads without asOf: the record's badges share that answer.
  const asOf = f.asOf && f.asOf !== now ? f.asOf : undefined;
  const q = useFindings(org?.key, asOf);
  const canReview = useCanReview();
  const all = q.data ?? [];
  const shown = filterFindings(all, { severity: f.severity, rule: f.rule, status: f.status, fact: f.fact });
  const open = shown.filter((x) => !x.acknowledged);
  const quiet = shown.filter((x) => x.acknowledged);
  const counts = severities.map((s) => [s, open.filter((x) => x.severity === s).length] as const);
  const factName = f.fact ? factLabel(f.fact, all) : "";
  return (
    <section aria-labelledby="fi-h" className="findings-view">
      <h1 id="fi-h">Findings{org ? `: ${org.name}` : ""}</h1>
      <div className="filters">
        <OrgSelect orgs={orgs} org={org} setOrg={(k) => { f.set("fact", ""); setOrg(k); }} />
        <div className="field narrow-date">
          <label htmlFor="fi-asof">As of</label>
          <input id="fi-asof" type="date" value={f.asOf || now} onChange={(e) => f.set("asOf", e.target.value === now ? "" : e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="fi-severity">Severity</label>
          <select id="fi-severity" value={f.severity} onChange={(e) => f.set("severity", e.target.value)}>
            <option value="">all severities</option>
            <option value="high">{severityLabel.high}</option>
            <option value="medium">{severityLabel.medium}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="fi-rule">Rule</label>
          <select id="fi-rule" value={f.rule} onChange={(e) => f.set("rule", e.target.value)}>
            <option value="">any rule</option>
            {rulesOf(all).map((r) => (
              <option key={r.rule} value={r.rule}>
                {r.title} ({r.count})
              </option>
            ))}
            {f.rule && !all.some((x) => x.rule === f.rule) && <option value={f.rule}>{f.rule}</option>}
          </select>
        </div>
        <div className="field">
          <label htmlFor="fi-status">Status</label>
          <select id="fi-status" value={f.status} onChange={(e) => f.set("status", e.target.value)}>
            <option value="">open and acknowledged</option>
            <option value="open">open</option>
            <option value="acknowledged">acknowledged</option>
          </select>
        </div>
      </div>
      {f.fact && (
        <p className="fact-filter">
          Only the findings about <strong>{factName}</strong>.{" "}
          <button type="button" className="linklike" onClick={() => f.set("fact", "")}>
            Show all findings
          </button>
        </p>
      )}
      <ErrorNote error={q.error} />
      <p aria-live="polite" className="muted" data-testid="findings-summary">
        {q.loading
          ? "Loading the findings…"
          : `${open.length} open (${counts.map(([s, n]) => `${n} ${s}`).join(", ")}), ${quiet.length} acknowledged, as of ${f.asOf || now}`}
      </p>
      {f.status !== "acknowledged" && (
        <ol className="findings" aria-label="Open findings">
          {open.map((x) => (
            <FindingItem key={`${x.rule} ${x.subject}`} f={x} org={org?.key ?? ""} canReview={canReview} />
          ))}
        </ol>
      )}
      {!q.loading && !open.length && f.status !== "acknowledged" && <p>No open findings{f.severity || f.rule || f.fact ? " match the filter" : ""}.</p>}
      {f.status !== "open" && quiet.length > 0 && (
        <section aria-labelledby="fi-ack-h" className="acknowledged-findings">
          <h2 id="fi-ack-h">Acknowledged ({quiet.length}): quiet until their review date or until the facts under them change</h2>
          <ol className="findings quiet" aria-label="Acknowledged findings">
            {quiet.map((x) => (
              <FindingItem key={`${x.rule} ${x.subject}`} f={x} org={org?.key ?? ""} canReview={false} />
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}

/** What a fact filter (kind:ID) names, for the note above the list. */
function factLabel(fact: string, all: Finding[]): string {
  const [kind, id] = splitFact(fact);
  if (kind === "activity") {
    const name = all.find((x) => x.activityID === id)?.activity;
    return name ? `the activity ${name}` : `activity ${id}`;
  }
  return `${kind} ${id}`;
}

function FindingItem({ f, org, canReview }: { f: Finding; org: string; canReview: boolean }) {
  const [acking, setAcking] = useState(false);
  const ack = f.acknowledged;
  return (
    <li className={`finding sev-${f.severity}${ack ? " is-acknowledged" : ""}`} data-rule={f.rule} data-subject={f.subject}>
      <div className="finding-head">
        <span className={`sev-tag sev-${f.severity}`}>{f.severity}</span>
        <h3>{f.title}</h3>
        <span className="article">{f.article}</span>
        {f.since && <span className="since">since {f.since}</span>}
      </div>
      <p className="message">{f.message}</p>
      <dl className="finding-facts">
        {f.activity && (
          <>
            <dt>Activity</dt>
            <dd>
              {f.activityID ? (
                <Link to={`/records?${new URLSearchParams({ org, activity: f.activityID })}`}>{f.activity}</Link>
              ) : (
                f.activity
              )}
            </dd>
          </>
        )}
        {f.notice && (
          <>
            <dt>Notice</dt>
            <dd>{f.notice}</dd>
          </>
        )}
        <dt>Rule</dt>
        <dd>
          <code>{f.rule}</code>
        </dd>
        <dt>Facts</dt>
        <dd className="muted">{f.facts.map((k) => k.replace(":", " ")).join(", ") || "the notice's text"}</dd>
      </dl>
      {f.evidence.length > 0 ? (
        <ul className="finding-sentences" aria-label="Sentences">
          {f.evidence.map((c, i) => (
            <li key={i}>
              {c.noticeID ? (
                <Link to={`/notices/${c.noticeID}?start=${c.start}&end=${c.end}`} className="evidence-link">
                  “{c.quote}”
                </Link>
              ) : (
                <>“{c.quote}”</>
              )}{" "}
              <span className="muted">— {c.document}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No sentence states it: the record is silent here.</p>
      )}
      {ack && (
        <p className="ack-note">
          Acknowledged by {ack.by || "the local user"} on {ack.at.slice(0, 10)}: “{ack.note}”. Review by <strong>{ack.reviewBy}</strong>.
        </p>
      )}
      {!ack && canReview && (
        <div className="ack">
          {acking ? (
            <AcknowledgeForm f={f} org={org} onDone={() => setAcking(false)} />
          ) : (
            <button type="button" className="secondary" onClick={() => setAcking(true)}>
              Acknowledge…
            </button>
          )}
        </div>
      )}
    </li>
  );
}

const ackFields = ["note", "reviewBy"];

function AcknowledgeForm({ f, org, onDone }: { f: Finding; org: string; onDone: () => void }) {
  const [note, setNote] = useState("");
  const [reviewBy, setReviewBy] = useState("");
  const [busy, setBusy] = useState(false);
  const [errs, setErrs] = useState<Record<string, string>>({});
  const id = `ack-${f.rule}-${f.subject}`.replace(/[^A-Za-z0-9_-]/g, "_");
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErrs({});
    try {
      await request(AcknowledgeFindingDoc, { input: { organization: org, rule: f.rule, subject: f.subject, note, reviewBy } });
      onDone();
      invalidateFindings(org);
    } catch (err) {
      setErrs(errorsFor(err, ackFields));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="ack-form" onSubmit={submit} aria-label={`Acknowledge: ${f.title}`} noValidate>
      <div className={`field wide${errs.note ? " has-error" : ""}`}>
        <label htmlFor={`${id}-note`}>Why is it accepted?</label>
        <textarea id={`${id}-note`} name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={!!errs.note} aria-describedby={errs.note ? `${id}-note-error` : undefined} />
        {errs.note && (
          <p className="field-error" id={`${id}-note-error`} role="alert">
            {errs.note}
          </p>
        )}
      </div>
      <div className={`field${errs.reviewBy ? " has-error" : ""}`}>
        <label htmlFor={`${id}-review`}>Review by</label>
        <input id={`${id}-review`} name="reviewBy" type="date" min={addDays(today(), 1)} value={reviewBy} onChange={(e) => setReviewBy(e.target.value)} aria-invalid={!!errs.reviewBy} aria-describedby={errs.reviewBy ? `${id}-review-error` : undefined} />
        {errs.reviewBy && (
          <p className="field-error" id={`${id}-review-error`} role="alert">
            {errs.reviewBy}
          </p>
        )}
      </div>
      {errs[""] && (
        <p className="error" role="alert">
          {errs[""]}
        </p>
      )}
      <div className="buttons">
        <button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Acknowledge"}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
