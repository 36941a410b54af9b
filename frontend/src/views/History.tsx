// The change history of an activity, in the activity view: who created
// and last changed it, and each change of it and of its purposes and
// disclosures, newest first, with each field's value before and after. An
// admin may revert a change, giving a reason.
import { useState } from "react";
import { graphql } from "../gql";
import type { ChangeFieldsFragment } from "../gql/graphql";
import { request } from "../api";
import { useCan } from "../auth";
import { changeLines, entityText, fieldName, newestFirst, whenText, type FieldLine } from "../history";

export const ChangeFields = graphql(`
  fragment ChangeFields on Change {
    id
    at
    actor
    via
    entityType
    entityID
    operation
    before
    after
    note
    reverts
  }
`);

const RevertChange = graphql(`
  mutation RevertChange($id: ID!, $reason: String) {
    revertChange(id: $id, reason: $reason) {
      id
    }
  }
`);

export type Change = ChangeFieldsFragment;

interface FactHistory {
  createdAt?: string | null;
  createdBy?: string | null;
  updatedAt?: string | null;
  updatedBy?: string | null;
  changes: Change[];
}

/** A change and what it belongs to, for the list: "activity", or "purpose Marketing". */
interface Row {
  change: Change;
  what: string;
}

const operationText: Record<string, string> = { create: "created", update: "updated", delete: "deleted" };

export function ActivityHistory({
  history,
  owner,
  lastReviewed,
  parts,
  reload,
}: {
  history: FactHistory;
  owner?: string | null;
  lastReviewed?: string | null;
  /** The histories of the activity's purposes and disclosures, each with its label. */
  parts: { label: string; history: { changes: Change[] } }[];
  reload: () => void;
}) {
  const rows: Row[] = [
    ...history.changes.map((c) => ({ change: c, what: "activity" })),
    ...parts.flatMap((p) => p.history.changes.map((c) => ({ change: c, what: p.label }))),
  ];
  const byID = new Map(rows.map((r) => [r.change.id, r]));
  const sorted = newestFirst(rows.map((r) => r.change)).map((c) => byID.get(c.id)!);
  return (
    <section className="card history" aria-labelledby="history-h">
      <h2 id="history-h">History</h2>
      <dl className="history-stamps">
        <dt>Created</dt>
        <dd data-testid="history-created">{history.createdAt ? `${whenText(history.createdAt)} by ${history.createdBy ?? "unknown"}` : "before the history was kept"}</dd>
        <dt>Last changed</dt>
        <dd data-testid="history-updated">{history.updatedAt ? `${whenText(history.updatedAt)} by ${history.updatedBy ?? "unknown"}` : "—"}</dd>
        <dt>Owner</dt>
        <dd data-testid="history-owner">{owner || "not recorded"}</dd>
        <dt>Last reviewed</dt>
        <dd data-testid="history-last-reviewed">{lastReviewed ? whenText(lastReviewed) : "never"}</dd>
      </dl>
      <h3>Changes, newest first ({sorted.length})</h3>
      {sorted.length ? (
        <ol className="changes" aria-label="Changes of the activity">
          {sorted.map((r) => (
            <ChangeItem key={r.change.id} change={r.change} what={r.what} reload={reload} />
          ))}
        </ol>
      ) : (
        <p className="muted">No changes recorded.</p>
      )}
    </section>
  );
}

function ChangeItem({ change: c, what, reload }: { change: Change; what: string; reload: () => void }) {
  const lines = changeLines(c.before, c.after);
  const op = operationText[c.operation] ?? c.operation;
  return (
    <li className={`change op-${c.operation}`} data-change={c.id}>
      <div className="change-head">
        <time dateTime={c.at}>{whenText(c.at)}</time> <strong className="actor">{c.actor}</strong> <span className="muted">via {c.via}</span>:{" "}
        <span className="what">
          {what} {op}
        </span>
        {c.reverts ? <span className="muted"> (reverts change {c.reverts})</span> : null}
      </div>
      {c.note && <p className="change-note">Note: {c.note}</p>}
      {lines.length > 0 && c.operation !== "update" ? (
        <details className="field-details">
          <summary>
            {lines.length} field{lines.length === 1 ? "" : "s"} {c.operation === "delete" ? "it had" : "set"}
          </summary>
          <FieldLines change={c} lines={lines} />
        </details>
      ) : (
        lines.length > 0 && <FieldLines change={c} lines={lines} />
      )}
      <Revert change={c} what={`${entityText(c.entityType)} ${op} ${whenText(c.at)}`} reload={reload} />
    </li>
  );
}

function FieldLines({ change: c, lines }: { change: Change; lines: FieldLine[] }) {
  return (
    <ul className="field-lines">
      {lines.map((l) => (
        <li key={`${l.edge ? "e" : "f"}:${l.field}`} data-field={l.field}>
          <span className="field-name">
            {fieldName(l.field)}
            {l.edge ? " (IDs)" : ""}
          </span>
          :{" "}
          {c.operation === "update" ? (
            <>
              <span className="before">{l.before ?? "none"}</span> → <span className="after">{l.after ?? "none"}</span>
            </>
          ) : (
            <span className={c.operation === "delete" ? "before" : "after"}>{c.operation === "delete" ? l.before : l.after}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** An admin's revert of a change: asks for a reason, then calls revertChange and shows the server's refusal if any. */
function Revert({ change, what, reload }: { change: Change; what: string; reload: () => void }) {
  const can = useCan();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  if (!can("admin")) return null;
  const id = `revert-${change.id}`;
  if (!open)
    return (
      <div className="buttons">
        <button type="button" className="secondary" onClick={() => setOpen(true)} aria-label={`Revert the change: ${what}`}>
          Revert…
        </button>
      </div>
    );
  return (
    <form
      className="grid revert"
      aria-label={`Revert the change: ${what}`}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError("");
        try {
          await request(RevertChange, { id: change.id, reason: reason.trim() || undefined });
          setOpen(false);
          setReason("");
          reload();
        } catch (err) {
          setError(err instanceof Error ? err.message : String(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      <div className="field wide">
        <label htmlFor={id}>Reason for reverting</label>
        <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      </div>
      <div className="buttons">
        <button type="submit" className="danger" disabled={busy}>
          Revert
        </button>
        <button type="button" className="secondary" onClick={() => { setOpen(false); setError(""); }}>
          Cancel
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
