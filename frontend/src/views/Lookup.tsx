import { useEffect, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { graphql } from "../gql";
import { ApiError, request } from "../api";
import { AsOfBanner, AsOfField, DraftTag, ErrorNote, EvidenceLinks, SafeguardName, useAsOf, useOrganization, useQuery } from "../common";
import { isDraft, scopeText, transferScope } from "../lib";

const Suggestions = graphql(`
  query LookupSuggestions($text: String!, $organization: String) {
    lookupSuggestions(text: $text, organization: $organization, first: 12) {
      value
      name
      kind
    }
  }
`);

const RecipientsOf = graphql(`
  query RecipientsOf($field: String!, $organization: String, $asOf: Time) {
    recipientsOf(field: $field, organization: $organization, asOf: $asOf) {
      match
      recipient {
        id
        name
        kind
        reviewStatus
      }
      organization {
        name
      }
      activity {
        id
        name
        reviewStatus
      }
      disclosure {
        id
        reviewStatus
      }
      category {
        key
        name
      }
      purposes {
        id
        name
      }
      legalBases {
        id
        purpose {
          name
        }
        legalBasis {
          reference
          name
        }
        specialCondition {
          reference
        }
        activityPurpose {
          reviewStatus
        }
      }
      allActivityBases
      transfers {
        id
        reviewStatus
        scope
        country
        activityID
        recipientID
        noticeID
        safeguard {
          name
          validUntil
        }
      }
      evidence {
        id
        quote
      }
    }
  }
`);

const matchText: Record<string, string> = {
  EXACT: "exact: declared for this category",
  BROADER: "broader: declared for a category that covers it",
  NARROWER: "narrower: receives a part of it",
};

export function LookupView() {
  const [params, setParams] = useSearchParams();
  const asked = params.get("field") ?? "";
  const orgKey = params.get("org") ?? "";
  const { orgs } = useOrganization();
  const { asOf, time: asOfTime, setAsOf } = useAsOf();
  const [typed, setTyped] = useState(asked);
  // The suggestions and the text they answer: a list is shown only for the
  // text now typed, never an older request's.
  const [options, setOptions] = useState<{ for: string; list: { value: string; name: string; kind: string }[] }>({ for: "", list: [] });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useEffect(() => setTyped(asked), [asked]);
  useEffect(() => {
    const s = typed.trim();
    if (s.length < 2) return setOptions({ for: s, list: [] });
    let live = true;
    const t = setTimeout(() => {
      request(Suggestions, { text: s, organization: orgKey || undefined }).then(
        (d) => live && setOptions({ for: s, list: d.lookupSuggestions }),
        () => live && setOptions({ for: s, list: [] }),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [typed, orgKey]);
  useEffect(() => setActive(-1), [options]);
  const lookUp = (field: string) => {
    setOpen(false);
    setTyped(field);
    const p = new URLSearchParams(params);
    p.set("field", field.trim());
    setParams(p);
  };
  const shown = open && options.for === typed.trim() ? options.list : [];
  const q = useQuery(() => (asked ? request(RecipientsOf, { field: asked, organization: orgKey || undefined, asOf: asOfTime }) : Promise.resolve(undefined)), [asked, orgKey, asOfTime]);
  const rows = q.data?.recipientsOf ?? [];
  const suggestions = q.error instanceof ApiError ? q.error.errors.flatMap((e) => e.extensions?.suggestions ?? []) : [];
  return (
    <section aria-labelledby="lookup-h">
      <h1 id="lookup-h">Who receives this field?</h1>
      <form
        className="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          lookUp(typed);
        }}
      >
        <div className="field wide combo">
          <label htmlFor="lookup-field">Field path or data category</label>
          <input
            id="lookup-field"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={shown.length > 0}
            aria-controls="lookup-options"
            aria-activedescendant={active >= 0 && shown[active] ? `lookup-option-${active}` : undefined}
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={(e) => {
              if (e.key === "ArrowDown" || e.key === "ArrowUp") {
                e.preventDefault();
                setOpen(true);
                if (shown.length) setActive((i) => (e.key === "ArrowDown" ? (i + 1) % shown.length : (i <= 0 ? shown.length : i) - 1));
              } else if (e.key === "Enter" && active >= 0 && shown[active]) {
                e.preventDefault();
                lookUp(shown[active].value);
              } else if (e.key === "Escape") {
                setOpen(false);
              }
            }}
            placeholder="user.contact.email, careers.application.ssn or a name: email, social security"
            autoComplete="off"
            aria-describedby="lookup-hint"
          />
          <ul id="lookup-options" role="listbox" aria-label="Suggestions" className="combo-list" data-for={options.for} hidden={!shown.length}>
            {shown.map((o, i) => (
              <li
                key={o.value}
                id={`lookup-option-${i}`}
                role="option"
                aria-selected={i === active}
                data-value={o.value}
                title={o.value}
                onMouseDown={(e) => {
                  e.preventDefault(); // keep the focus in the field
                  lookUp(o.value);
                }}
              >
                <span className="combo-name">{o.name}</span> <code>{o.value}</code> <span className="muted">{o.kind}</span>
              </li>
            ))}
          </ul>
          <small id="lookup-hint">Type two letters: keys, names, partial words and typos are matched. Arrow keys choose.</small>
        </div>
        <div className="field">
          <label htmlFor="lookup-org">Organization</label>
          <select
            id="lookup-org"
            value={orgKey}
            onChange={(e) => {
              const p = new URLSearchParams(params);
              if (e.target.value) p.set("org", e.target.value);
              else p.delete("org");
              setParams(p);
            }}
          >
            <option value="">all</option>
            {orgs.map((o) => (
              <option key={o.id} value={o.key}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <AsOfField id="lookup-asof" asOf={asOf} setAsOf={setAsOf} />
        <div className="buttons">
          <button type="submit">Look up</button>
        </div>
      </form>
      <AsOfBanner asOf={asOf} setAsOf={setAsOf} />
      <ErrorNote error={q.error} />
      {suggestions.length > 0 && (
        <p>
          Did you mean:{" "}
          {suggestions.map((s, i) => (
            <span key={s}>
              {i > 0 && ", "}
              <button type="button" className="linklike" onClick={() => lookUp(s)}>
                {s}
              </button>
            </span>
          ))}
        </p>
      )}
      {asked && !q.error && (
        <p aria-live="polite" className="muted">
          {q.loading ? "Looking up…" : `${rows.length} recipients of ${asked}`}
        </p>
      )}
      {rows.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Recipients and reasons">
          <table className="lookup">
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">Activity</th>
                <th scope="col">Purpose</th>
                <th scope="col">Legal basis</th>
                <th scope="col">Match</th>
                <th scope="col">Country and safeguard</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${r.recipient.id}-${r.activity.id}-${r.category.key}-${i}`}>
                  <th scope="row">
                    {r.recipient.name}
                    <DraftTag status={isDraft(r.recipient.reviewStatus) || isDraft(r.disclosure.reviewStatus) ? "UNREVIEWED" : undefined} />
                    <div className="muted">{r.recipient.kind} · {r.organization.name}</div>
                  </th>
                  <td data-label="Activity">
                    {r.activity.name}
                    <DraftTag status={r.activity.reviewStatus} />
                  </td>
                  <td data-label="Purpose">{r.purposes.map((p) => p.name).join("; ") || "—"}</td>
                  <td data-label="Legal basis">
                    {r.allActivityBases && (
                      <p className="bases-note muted" data-all-bases="true">
                        all purposes of the activity (the disclosure names none):
                      </p>
                    )}
                    {r.legalBases.length ? (
                      <ul>
                        {r.legalBases.map((b) => (
                          <li key={b.id}>
                            <span className="muted">{b.purpose.name}:</span>{" "}
                            {b.legalBasis ? `${b.legalBasis.reference} (${b.legalBasis.name})` : "not stated"}
                            {b.specialCondition ? `; ${b.specialCondition.reference}` : ""}
                            <DraftTag status={b.activityPurpose.reviewStatus} />
                          </li>
                        ))}
                      </ul>
                    ) : (
                      "no purpose of the activity matches the disclosure's"
                    )}
                  </td>
                  <td data-label="Match">
                    <span className={`match match-${r.match.toLowerCase()}`}>{r.match}</span>
                    <div className="muted">
                      {matchText[r.match]} (<code>{r.category.key}</code>)
                    </div>
                  </td>
                  <td data-label="Country and safeguard">
                    {r.transfers.length ? (
                      <ul>
                        {r.transfers.map((t) => (
                          <li key={t.id}>
                            {t.country || t.scope}: <SafeguardName safeguard={t.safeguard} />{" "}
                            <span className="muted">({scopeText(transferScope(t))})</span>
                            <DraftTag status={t.reviewStatus} />
                          </li>
                        ))}
                      </ul>
                    ) : (
                      "no transfer recorded"
                    )}
                  </td>
                  <td data-label="Evidence">
                    <EvidenceLinks evidence={r.evidence} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
