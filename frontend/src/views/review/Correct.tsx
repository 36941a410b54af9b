// Correcting a fact in place: its value edited through the fact's own
// update mutation (the catalog records the change in the history), and
// the corrected fact confirmed in the same request.
import { useEffect, useRef, useState } from "react";
import { ApiError, request } from "../../api";
import { ErrorNote, useQuery } from "../../common";
import type { RecipientKind, TransferScope } from "../../gql/graphql";
import { formField } from "../../lib";
import type { Fact } from "./model";
import { FixActivity, FixPurpose, FixRecipient, FixRetention, FixTransfer, QBases, QSafeguards } from "./queries";

type Conn<T> = { pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges?: ({ node?: T | null } | null)[] | null };

async function every<T>(page: (after: string | null) => Promise<{ list: Conn<T> }>): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const { list }: { list: Conn<T> } = await page(after);
    for (const e of list.edges ?? []) if (e?.node) out.push(e.node);
    if (!list.pageInfo.hasNextPage || !list.pageInfo.endCursor) return out;
    after = list.pageInfo.endCursor;
  }
}

const recipientKinds: RecipientKind[] = ["processor", "sub_processor", "third_party", "affiliate", "joint_controller", "public_authority", "acquirer", "public", "other"];

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The form that corrects fact f; done is called after a saved correction. */
export function Correct({ fact, note, onDone, onCancel }: { fact: Fact; note: string; onDone: () => void; onCancel: () => void }) {
  const n = fact.node as Node;
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement & HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const id = (f: string) => `fix-${fact.id}-${f}`;
  const invalid = (f: string) => (error instanceof ApiError && formField(error.field) === f ? true : undefined);
  const decided = { reviewStatus: "REVIEWED" as const, reviewNote: note.trim() || "corrected in review" };

  // Purpose: the Art 6 basis and the Art 9 condition.
  const [basis, setBasis] = useState<string>(n.legalBasis?.id ?? "");
  const [cond, setCond] = useState<string>(n.specialCondition?.id ?? "");
  // Transfer: safeguard and country.
  const [safeguard, setSafeguard] = useState<string>(n.safeguard?.id ?? "");
  const [country, setCountry] = useState<string>(n.country ?? "");
  // Retention: period and criterion.
  const [duration, setDuration] = useState<string>(n.duration ?? "");
  const [criterion, setCriterion] = useState<string>(n.criterion ?? "");
  // Recipient: name and kind.
  const [name, setName] = useState<string>(n.name ?? "");
  const [kind, setKind] = useState<string>(n.kind ?? "other");
  // Activity: its name, and the data categories and subjects it keeps.
  const [dropped, setDropped] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setDropped((d) => {
      const x = new Set(d);
      if (x.has(id)) x.delete(id);
      else x.add(id);
      return x;
    });
  const cats: { id: string; name: string }[] = n.dataCategories ?? [];
  const subjects: { id: string; name: string }[] = n.dataSubjects ?? [];

  const bases = useQuery(() => (fact.edit === "purpose" ? every((after) => request(QBases, { after })) : Promise.resolve([])), [fact.edit]);
  const safeguards = useQuery(() => (fact.edit === "transfer" ? every((after) => request(QSafeguards, { after })) : Promise.resolve([])), [fact.edit]);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      switch (fact.edit) {
        case "activity":
          await request(FixActivity, {
            id: fact.id,
            input: {
              ...decided,
              name,
              removeDataCategoryIDs: cats.filter((c) => dropped.has(c.id)).map((c) => c.id),
              removeDataSubjectIDs: subjects.filter((c) => dropped.has(c.id)).map((c) => c.id),
            },
          });
          break;
        case "purpose":
          await request(FixPurpose, {
            id: fact.id,
            input: {
              ...decided,
              ...(basis ? { legalBasisID: basis } : { clearLegalBasis: true }),
              ...(cond ? { specialConditionID: cond } : { clearSpecialCondition: true }),
            },
          });
          break;
        case "transfer": {
          const c = country.trim().toUpperCase();
          await request(FixTransfer, {
            id: fact.id,
            input: {
              ...decided,
              ...(safeguard ? { safeguardID: safeguard } : { clearSafeguard: true }),
              ...(c ? { country: c, scope: "country" as TransferScope } : { clearCountry: true, scope: (n.scope === "country" ? "unspecified" : n.scope) as TransferScope }),
            },
          });
          break;
        }
        case "retention":
          await request(FixRetention, {
            id: fact.id,
            input: {
              ...decided,
              ...(duration.trim() ? { duration: duration.trim() } : { clearDuration: true }),
              ...(criterion.trim() ? { criterion: criterion.trim() } : { clearCriterion: true }),
            },
          });
          break;
        case "recipient":
          await request(FixRecipient, { id: fact.id, input: { ...decided, name, kind: kind as RecipientKind } });
          break;
      }
      onDone();
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  };

  const art6 = (bases.data ?? []).filter((b) => b.article === "art6");
  const art9 = (bases.data ?? []).filter((b) => b.article !== "art6");
  return (
    <form
      className="rq-correct"
      aria-label="Correct the fact"
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      {fact.edit === "activity" && (
        <>
          <div className="field rq-wide">
            <label htmlFor={id("name")}>Name</label>
            <input id={id("name")} ref={first} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={invalid("name")} />
          </div>
          {[
            ["Data categories", cats],
            ["Data subjects", subjects],
          ].map(([legend, xs]) =>
            (xs as { id: string; name: string }[]).length ? (
              <fieldset key={legend as string} className="rq-keep">
                <legend>{legend as string} it keeps</legend>
                {(xs as { id: string; name: string }[]).map((x) => (
                  <label key={x.id}>
                    <input type="checkbox" checked={!dropped.has(x.id)} onChange={() => toggle(x.id)} /> {x.name}
                  </label>
                ))}
              </fieldset>
            ) : null,
          )}
        </>
      )}
      {fact.edit === "purpose" && (
        <>
          <div className="field">
            <label htmlFor={id("basis")}>Art 6 legal basis</label>
            <select id={id("basis")} ref={first} value={basis} onChange={(e) => setBasis(e.target.value)} aria-invalid={invalid("legalBasisID")}>
              <option value="">not stated</option>
              {art6.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.reference} {b.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id("cond")}>Art 9 condition</label>
            <select id={id("cond")} value={cond} onChange={(e) => setCond(e.target.value)} aria-invalid={invalid("specialConditionID")}>
              <option value="">none</option>
              {art9.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.reference} {b.name}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      {fact.edit === "transfer" && (
        <>
          <div className="field">
            <label htmlFor={id("safeguard")}>Safeguard</label>
            <select id={id("safeguard")} ref={first} value={safeguard} onChange={(e) => setSafeguard(e.target.value)} aria-invalid={invalid("safeguardID")}>
              <option value="">none stated</option>
              {(safeguards.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.validUntil ? ` (until ${s.validUntil.slice(0, 10)})` : ""}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id("country")}>Country (ISO 3166-1 alpha-2)</label>
            <input id={id("country")} value={country} size={4} onChange={(e) => setCountry(e.target.value)} aria-invalid={invalid("country")} />
          </div>
        </>
      )}
      {fact.edit === "retention" && (
        <>
          <div className="field">
            <label htmlFor={id("duration")}>Period (ISO 8601, e.g. P2Y)</label>
            <input id={id("duration")} ref={first} value={duration} size={8} onChange={(e) => setDuration(e.target.value)} aria-invalid={invalid("duration")} />
          </div>
          <div className="field rq-wide">
            <label htmlFor={id("criterion")}>Criterion</label>
            <input id={id("criterion")} value={criterion} onChange={(e) => setCriterion(e.target.value)} aria-invalid={invalid("criterion")} />
          </div>
        </>
      )}
      {fact.edit === "recipient" && (
        <>
          <div className="field rq-wide">
            <label htmlFor={id("name")}>Name</label>
            <input id={id("name")} ref={first} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={invalid("name")} />
          </div>
          <div className="field">
            <label htmlFor={id("kind")}>Kind</label>
            <select id={id("kind")} value={kind} onChange={(e) => setKind(e.target.value)} aria-invalid={invalid("kind")}>
              {recipientKinds.map((k) => (
                <option key={k} value={k}>
                  {k.replace(/_/g, " ")}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      <div className="buttons">
        <button type="submit" disabled={busy}>
          Save correction and confirm
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <ErrorNote error={error ?? bases.error ?? safeguards.error} />
    </form>
  );
}
