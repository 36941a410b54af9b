import { useEffect, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { graphql } from "../gql";
import { ApiError, request } from "../api";
import { AsOfBanner, AsOfField, DraftTag, ErrorNote, EvidenceLinks, SafeguardName, useAsOf, useOrganization, useQuery } from "../common";
import { complete, isDraft, scopeText, transferScope } from "../lib";

const Candidates = graphql(`
  query LookupCandidates($s: String!) {
    dataFields(first: 30, where: { or: [{ pathContainsFold: $s }, { keyContainsFold: $s }] }, orderBy: { field: PATH }) {
      edges {
        node {
          path
          name
        }
      }
    }
    dataCategories(first: 30, where: { or: [{ keyContainsFold: $s }, { nameContainsFold: $s }] }, orderBy: { field: KEY }) {
      edges {
        node {
          key
          name
        }
      }
    }
  }
`);

const RecipientsOf = graphql(`
  query RecipientsOf($field: String!, $organization: ID, $asOf: Time) {
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
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => setTyped(asked), [asked]);
  useEffect(() => {
    const s = typed.trim();
    if (s.length < 2) return setOptions([]);
    let live = true;
    const t = setTimeout(() => {
      request(Candidates, { s }).then(
        (d) => {
          if (!live) return;
          const labels = new Map<string, string>();
          d.dataFields.edges?.forEach((e) => e?.node?.path && labels.set(e.node.path, `field: ${e.node.name}`));
          d.dataCategories.edges?.forEach((e) => e?.node && labels.set(e.node.key, `category: ${e.node.name}`));
          setOptions(complete([...labels.keys()], s, 25).map((v) => ({ value: v, label: labels.get(v)! })));
        },
        () => live && setOptions([]),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [typed]);
  const org = orgs.find((o) => o.key === orgKey);
  const q = useQuery(() => (asked ? request(RecipientsOf, { field: asked, organization: org?.id, asOf: asOfTime }) : Promise.resolve(undefined)), [asked, org?.id, asOfTime]);
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
          const p = new URLSearchParams(params);
          p.set("field", typed.trim());
          setParams(p);
        }}
      >
        <div className="field wide">
          <label htmlFor="lookup-field">Field path or data category</label>
          <input id="lookup-field" list="lookup-options" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="user.contact.email or careers.application.ssn" autoComplete="off" aria-describedby="lookup-hint" />
          <datalist id="lookup-options">
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </datalist>
          <small id="lookup-hint">Type two letters for suggestions.</small>
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
              <button type="button" className="linklike" onClick={() => { const p = new URLSearchParams(params); p.set("field", s); setParams(p); }}>
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
