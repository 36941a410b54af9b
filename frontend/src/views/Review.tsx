// The review screen (issue 18): one notice at a time, its text on one side
// with every proposed fact's evidence highlighted, the proposed facts on
// the other grouped by Art 30 item; confirm, correct or reject each from
// the keyboard, or confirm a group in one request. State in the URL:
// ?notice=ID (or "none"), &fact=ID, &type=GROUP.
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router-dom";
import type { ReviewStatus } from "../gql/graphql";
import { request } from "../api";
import { ErrorNote, useQuery } from "../common";
import { useCan } from "../auth";
import { Correct } from "./review/Correct";
import { factTypes, loadFacts, organizationFact, type Fact, type FactType } from "./review/model";
import { ReviewFacts, ReviewNotices, ReviewNoticeText } from "./review/queries";
import { runs, type Span } from "./review/spans";

export { factTypes };

const heading = (t: FactType) => factTypes.find(([v]) => v === t)!;

export function ReviewView() {
  const [params, setParams] = useSearchParams();
  const canReview = useCan()("review");
  const set = useCallback(
    (changes: Record<string, string | null>, replace = false) => {
      const p = new URLSearchParams(params);
      for (const [k, v] of Object.entries(changes)) {
        if (v) p.set(k, v);
        else p.delete(k);
      }
      setParams(p, { replace });
    },
    [params, setParams],
  );

  const notices = useQuery(() => request(ReviewNotices), []);
  const list = notices.data?.reviewNotices ?? [];
  const chosen = params.get("notice") ?? (list[0] ? (list[0].notice?.id ?? "none") : "");
  const docID = chosen && chosen !== "none" ? chosen : null;
  // The notice chosen by default goes into the URL, so that deciding its
  // last fact (which takes it off the list) does not switch notices.
  useEffect(() => {
    if (!params.get("notice") && chosen) set({ notice: chosen }, true);
  }, [chosen]); // eslint-disable-line react-hooks/exhaustive-deps

  const doc = useQuery(() => (docID ? request(ReviewNoticeText, { id: docID }) : Promise.resolve(undefined)), [docID]);
  const notice = doc.data?.node?.__typename === "PolicyDocument" ? doc.data.node : undefined;
  const facts = useQuery(() => (chosen ? loadFacts(docID) : Promise.resolve([] as Fact[])), [chosen]);

  // Decisions made on this page, over what the API answered.
  const [decided, setDecided] = useState<Record<string, ReviewStatus>>({});
  useEffect(() => setDecided({}), [facts.data]);

  const all: Fact[] = useMemo(() => {
    const fs = [...(facts.data ?? [])];
    const org = notice?.organization;
    // The notice's organization when it waits for review, or when the
    // import that wrote the notice's facts created it.
    if (org && (org.reviewStatus !== "REVIEWED" || fs.some((f) => f.origin === org.origin && org.origin.startsWith("import:")))) {
      fs.unshift(organizationFact(org));
    }
    return fs.map((f) => (decided[f.id] ? { ...f, status: decided[f.id] } : f));
  }, [facts.data, notice, decided]);

  const only = params.get("type") ?? "";
  const groups = factTypes
    .map(([type]) => ({ type, facts: all.filter((f) => f.type === type) }))
    .filter((g) => g.facts.length && (!only || g.type === only));
  const open = groups.flatMap((g) => g.facts.filter((f) => f.status === "UNREVIEWED"));
  const done = all.filter((f) => f.status !== "UNREVIEWED").length;

  const wanted = params.get("fact");
  const current = open.find((f) => f.id === wanted) ?? open[0];
  const select = useCallback((id: string | undefined) => set({ fact: id ?? null }, true), [set]);

  const [editing, setEditing] = useState<string>();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [said, setSaid] = useState("");
  // The facts decided last, which u (Undo) reopens.
  const [last, setLast] = useState<string[]>([]);

  const decide = useCallback(
    async (ids: string[], status: ReviewStatus, what: string) => {
      if (!ids.length || busy) return;
      setBusy(true);
      setError(undefined);
      const note = ids.length === 1 ? notes[ids[0]]?.trim() || undefined : undefined;
      // The next open fact after the decided ones, to go on from.
      const after = open.slice(open.findIndex((f) => f.id === ids[ids.length - 1]) + 1).find((f) => !ids.includes(f.id));
      try {
        await request(ReviewFacts, { ids, status, note });
        setDecided((d) => ({ ...d, ...Object.fromEntries(ids.map((id) => [id, status])) }));
        setSaid(`${what}.`);
        setLast(status === "UNREVIEWED" ? [] : ids);
        select(status === "UNREVIEWED" ? ids[0] : after?.id);
        notices.reload();
      } catch (e) {
        setError(e as Error);
      } finally {
        setBusy(false);
      }
    },
    [busy, notes, open, select, notices],
  );

  // Keyboard: j/k or arrows move, a confirms, r rejects, e corrects.
  const keys = useRef<(e: KeyboardEvent) => void>(() => {});
  keys.current = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const t = e.target as HTMLElement;
    if (t.closest("input, textarea, select, [contenteditable=true], .rq-correct")) return;
    if (!open.length && e.key !== "u") return;
    // Arrows scroll the notice's text while it has the focus.
    if ((e.key === "ArrowDown" || e.key === "ArrowUp") && t.closest(".rq-text")) return;
    const i = current ? open.indexOf(current) : -1;
    switch (e.key) {
      case "j":
      case "ArrowDown":
        if (!open.length) return;
        select(open[Math.min(open.length - 1, i + 1)].id);
        break;
      case "k":
      case "ArrowUp":
        if (!open.length) return;
        select(open[Math.max(0, i - 1)].id);
        break;
      case "a":
        if (!canReview || !current) return;
        void decide([current.id], "REVIEWED", "Confirmed");
        break;
      case "r":
        if (!canReview || !current) return;
        void decide([current.id], "REJECTED", "Rejected");
        break;
      case "u":
        if (!canReview || !last.length) return;
        void decide(last, "UNREVIEWED", "Reopened");
        break;
      case "e":
        if (!canReview || !current?.edit) return;
        setEditing(current.id);
        break;
      default:
        return;
    }
    e.preventDefault();
  };
  useEffect(() => {
    const h = (e: KeyboardEvent) => keys.current(e);
    window.addEventListener("keydown", h);
    return () => window.removeEventListener("keydown", h);
  }, []);

  // The current fact: in view in the list, its sentence in the text.
  const textPane = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!current) return;
    const li = document.querySelector<HTMLElement>(`li[data-fact="${current.id}"]`);
    if (moved.current) li?.focus({ preventScroll: true });
    li?.scrollIntoView({ block: "nearest" });
    const pane = textPane.current;
    const mark = pane?.querySelector<HTMLElement>("mark.current");
    if (pane && mark) pane.scrollTop = Math.max(0, mark.offsetTop - pane.clientHeight / 3);
    moved.current = true;
  }, [current?.id, notice?.id, facts.data]); // eslint-disable-line react-hooks/exhaustive-deps

  const spans: Span[] = useMemo(() => {
    const by = new Map<string, Span>();
    for (const f of open)
      for (const s of f.spans) {
        const sp = by.get(s.id) ?? { id: s.id, start: s.start, end: s.end, facts: [] };
        sp.facts.push(f.id);
        by.set(s.id, sp);
      }
    return [...by.values()];
  }, [open]);
  const cut = useMemo(() => (notice ? runs(notice.text, spans) : undefined), [notice, spans]);

  const loading = notices.loading && !notices.data;
  const options = list.map((n) => ({ value: n.notice?.id ?? "none", label: n.notice ? `${n.notice.title} — ${n.notice.organization.name}` : "Facts citing no notice", count: n.unreviewed }));
  if (chosen && !options.some((o) => o.value === chosen)) options.unshift({ value: chosen, label: notice?.title ?? (chosen === "none" ? "Facts citing no notice" : `notice ${chosen}`), count: 0 });

  return (
    <section aria-labelledby="rev-h" className="rq">
      <h1 id="rev-h">Review</h1>
      <p className="muted">Facts drafted from a notice wait here until a reviewer confirms, corrects or rejects them, with the notice's words beside them.</p>
      {!canReview && <p className="readonly-note">Only a reviewer confirms or rejects facts; your role sees what waits.</p>}
      <div className="filters">
        <div className="field">
          <label htmlFor="rq-notice">Notice</label>
          <select id="rq-notice" value={chosen} onChange={(e) => set({ notice: e.target.value, fact: null })} disabled={!options.length}>
            {!options.length && <option value="">none waits for review</option>}
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label} ({o.count} unreviewed)
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rev-type">Group</label>
          <select id="rev-type" value={only} onChange={(e) => set({ type: e.target.value || null })}>
            <option value="">all groups</option>
            {factTypes.map(([value, h]) => (
              <option key={value} value={value}>
                {h} ({all.filter((f) => f.type === value && f.status === "UNREVIEWED").length})
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorNote error={notices.error ?? doc.error ?? facts.error} />
      <p className="rq-keys" id="rq-keys">
        Keys: <kbd>j</kbd>/<kbd>↓</kbd> next fact, <kbd>k</kbd>/<kbd>↑</kbd> previous
        {canReview ? (
          <>
            , <kbd>a</kbd> confirm, <kbd>r</kbd> reject, <kbd>e</kbd> correct, <kbd>Esc</kbd> cancel a correction, <kbd>u</kbd> undo the last
            decision.
          </>
        ) : (
          "."
        )}
      </p>
      {loading ? (
        <p className="muted">Reading what waits for review…</p>
      ) : !chosen ? (
        <p className="rq-empty">Nothing waits for review.</p>
      ) : (
        <>
          <div className="rq-progress" aria-live="polite">
            <label htmlFor="rq-bar">
              {facts.loading && !facts.data ? "Reading the facts…" : `${done} of ${all.length} reviewed in this notice`}
            </label>
            <progress id="rq-bar" max={Math.max(1, all.length)} value={done} />
            <span className="rq-said">{said}</span>
            {canReview && last.length > 0 && (
              <button type="button" className="linklike" disabled={busy} aria-keyshortcuts="u" onClick={() => decide(last, "UNREVIEWED", "Reopened")}>
                Undo
              </button>
            )}
          </div>
          <ErrorNote error={error} />
          <div className={`rq-layout${docID ? "" : " rq-no-text"}`}>
            {docID && (
              <div className="rq-text-pane">
                <h2 id="rq-text-h">{notice?.title ?? "The notice"}</h2>
                {notice?.lastUpdated && <p className="muted">last updated {notice.lastUpdated.slice(0, 10)}</p>}
                <div className="rq-text notice-text" ref={textPane} data-testid="notice" tabIndex={0} role="region" aria-labelledby="rq-text-h">
                  {cut?.runs.map((r) =>
                    r.spans.length ? (
                      <mark
                        key={r.at}
                        className={current && r.facts.includes(current.id) ? "rq-mark current" : "rq-mark"}
                        data-ev={r.spans.join(" ")}
                        data-facts={r.facts.join(" ")}
                        onClick={() => {
                          // Clicking again goes on to the next fact citing it.
                          const i = current ? r.facts.indexOf(current.id) : -1;
                          select(r.facts[(i + 1) % r.facts.length]);
                        }}
                      >
                        {r.text}
                      </mark>
                    ) : (
                      <Fragment key={r.at}>{r.text}</Fragment>
                    ),
                  )}
                </div>
                {cut && cut.bad.length > 0 && <p role="alert">{cut.bad.length} evidence spans do not fit this notice's text and are not shown.</p>}
              </div>
            )}
            <div className="rq-facts-pane">
              {!docID && <p className="muted">These unreviewed facts cite no notice (an editor wrote or changed them).</p>}
              {groups.map((g) => {
                const [, h, tag, item] = heading(g.type);
                const waiting = g.facts.filter((f) => f.status === "UNREVIEWED");
                const closed = g.facts.filter((f) => f.status !== "UNREVIEWED");
                return (
                  <section key={g.type} className="review-group rq-group" aria-labelledby={`rev-${g.type}-h`} data-type={g.type} data-kind={heading(g.type)[4]}>
                    <h3 id={`rev-${g.type}-h`}>
                      {h} <span className="count">· {item} · {closed.length} of {g.facts.length} reviewed</span>
                    </h3>
                    {canReview && waiting.length > 1 && (
                      <button type="button" className="secondary rq-bulk" disabled={busy} onClick={() => decide(waiting.map((f) => f.id), "REVIEWED", `Confirmed ${waiting.length} ${h.toLowerCase()}`)}>
                        {`Confirm all ${waiting.length} ${h.toLowerCase()}`}
                      </button>
                    )}
                    <ul className="facts rq-list">
                      {waiting.map((f) => (
                        <FactItem
                          key={f.id}
                          fact={f}
                          tag={tag}
                          current={f.id === current?.id}
                          canReview={canReview}
                          busy={busy}
                          editing={editing === f.id}
                          note={notes[f.id] ?? ""}
                          onNote={(v) => setNotes((n) => ({ ...n, [f.id]: v }))}
                          onSelect={() => f.id !== current?.id && select(f.id)}
                          onDecide={(s) => decide([f.id], s, s === "REVIEWED" ? "Confirmed" : "Rejected")}
                          onEdit={(on) => setEditing(on ? f.id : undefined)}
                          onCorrected={() => {
                            const i = open.indexOf(f);
                            select(open.slice(i + 1).concat(open.slice(0, i))[0]?.id);
                            setEditing(undefined);
                            setSaid("Corrected and confirmed.");
                            facts.reload();
                            notices.reload();
                          }}
                        />
                      ))}
                    </ul>
                    {closed.length > 0 && (
                      <details className="rq-closed">
                        <summary>Reviewed ({closed.length})</summary>
                        <ul className="facts">
                          {closed.map((f) => (
                            <li key={f.id} data-decided={f.id} className="rq-fact decided">
                              <span className={f.status === "REJECTED" ? "tag rejected" : "tag"}>{f.status === "REJECTED" ? "REJECTED" : "CONFIRMED"}</span> {f.summary}
                              {f.note ? <span className="rq-detail">note: {f.note}</span> : null}
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </section>
                );
              })}
              {!facts.loading && groups.length === 0 && <p className="rq-empty">Nothing in this notice{only ? " and group" : ""} waits for review.</p>}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

function FactItem(props: {
  fact: Fact;
  tag: string;
  current: boolean;
  canReview: boolean;
  busy: boolean;
  editing: boolean;
  note: string;
  onNote: (v: string) => void;
  onSelect: () => void;
  onDecide: (s: ReviewStatus) => void;
  onEdit: (on: boolean) => void;
  onCorrected: () => void;
}) {
  const { fact: f, current } = props;
  const noteId = `note-${f.id}`;
  return (
    <li
      className={current ? "card fact rq-fact current" : "card fact rq-fact"}
      data-fact={f.id}
      tabIndex={current ? 0 : -1}
      aria-current={current ? "true" : undefined}
      aria-describedby="rq-keys"
      onClick={props.onSelect}
      onFocus={(e) => e.target === e.currentTarget && props.onSelect()}
    >
      <p>
        <span className="tag">{props.tag}</span> <span className="tag draft">DRAFT</span> {f.summary}
        <span className="rq-detail">
          {f.spans.length ? `${f.spans.length} ${f.spans.length === 1 ? "sentence" : "sentences"} highlighted` : "no sentence of this notice"} · {f.origin}
        </span>
      </p>
      {props.canReview && current && (
        <div className="fact-actions">
          {props.editing ? (
            <Correct fact={f} note={props.note} onDone={props.onCorrected} onCancel={() => props.onEdit(false)} />
          ) : (
            <>
              <div className="field">
                <label htmlFor={noteId}>Review note</label>
                <input id={noteId} value={props.note} onChange={(e) => props.onNote(e.target.value)} />
              </div>
              <div className="buttons">
                <button type="button" disabled={props.busy} onClick={() => props.onDecide("REVIEWED")} aria-keyshortcuts="a">
                  Confirm
                </button>
                {f.edit && (
                  <button type="button" className="secondary" disabled={props.busy} onClick={() => props.onEdit(true)} aria-keyshortcuts="e">
                    Correct
                  </button>
                )}
                <button type="button" className="danger" disabled={props.busy} onClick={() => props.onDecide("REJECTED")} aria-keyshortcuts="r">
                  Reject
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </li>
  );
}

