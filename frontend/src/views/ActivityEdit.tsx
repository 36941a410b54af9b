import { useEffect, useState, type ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { graphql } from "../gql";
import type { ActivityForEditQuery, EditChoicesQuery as ChoicesData, ProcessingActivityRole, RetentionRuleEndAction, TransferScope } from "../gql/graphql";
import { ApiError, request } from "../api";
import { DraftTag, ErrorNote, EvidenceLinks, SafeguardName, ScopedFacts, useQuery, type ScopedFact } from "../common";
import { formField, humanDuration, shorten } from "../lib";
import { useCan } from "../auth";
import { ActivityHistory } from "./History";
import { whenText } from "../history";

const ActivityQuery = graphql(`
  query ActivityForEdit($id: ID!) {
    node(id: $id) {
      __typename
      ... on ProcessingActivity {
        id
        name
        description
        businessFunction
        role
        automatedDecisionMaking
        dpiaRequired
        reviewStatus
        owner
        lastReviewed
        history {
          createdAt
          createdBy
          updatedAt
          updatedBy
          changes {
            ...ChangeFields
          }
        }
        organization {
          id
          key
          name
        }
        evidence {
          id
          quote
        }
        purposes {
          id
          legitimateInterest
          purpose {
            id
            name
          }
          history {
            changes {
              ...ChangeFields
            }
          }
          legalBasis {
            id
            reference
          }
          specialCondition {
            id
            reference
          }
          evidence {
            id
            quote
          }
        }
        dataCategories {
          id
          key
          name
        }
        disclosures {
          id
          recipient {
            id
            name
          }
          history {
            changes {
              ...ChangeFields
            }
          }
          dataCategories {
            id
            key
          }
          evidence {
            id
            quote
          }
        }
        retentionRules {
          id
          duration
          criterion
          endAction
          evidence {
            id
            quote
          }
        }
        transfers {
          id
          scope
          country
          recipient {
            name
          }
          safeguard {
            name
          }
          evidence {
            id
            quote
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
        }
      }
    }
  }
`);

const Choices = graphql(`
  query EditChoices {
    organizations(orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
    purposes(first: 1000, orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
    legalBases(first: 100, orderBy: { field: KEY }) {
      edges {
        node {
          id
          reference
          name
          article
        }
      }
    }
    dataCategories(first: 1000, orderBy: { field: KEY }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
    transferSafeguards(first: 100, orderBy: { field: NAME }) {
      edges {
        node {
          id
          name
          validUntil
        }
      }
    }
  }
`);

const OrgRecipients = graphql(`
  query OrgRecipients($org: ID!) {
    recipients(first: 1000, where: { organizationID: $org }, orderBy: { field: NAME }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const CreateActivity = graphql(`
  mutation CreateActivity($input: CreateProcessingActivityInput!) {
    createProcessingActivity(input: $input) {
      id
    }
  }
`);

const UpdateActivity = graphql(`
  mutation UpdateActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
    updateProcessingActivity(id: $id, input: $input) {
      id
    }
  }
`);

const AddPurpose = graphql(`
  mutation AddPurpose($input: CreateActivityPurposeInput!) {
    createActivityPurpose(input: $input) {
      id
    }
  }
`);
const RemovePurpose = graphql(`
  mutation RemovePurpose($id: ID!) {
    deleteActivityPurpose(id: $id)
  }
`);
const AddDisclosure = graphql(`
  mutation AddDisclosure($input: CreateDisclosureInput!) {
    createDisclosure(input: $input) {
      id
    }
  }
`);
const RemoveDisclosure = graphql(`
  mutation RemoveDisclosure($id: ID!) {
    deleteDisclosure(id: $id)
  }
`);
const AddRetention = graphql(`
  mutation AddRetention($input: CreateRetentionRuleInput!) {
    createRetentionRule(input: $input) {
      id
    }
  }
`);
const RemoveRetention = graphql(`
  mutation RemoveRetention($id: ID!) {
    deleteRetentionRule(id: $id)
  }
`);
const AddTransfer = graphql(`
  mutation AddTransfer($input: CreateTransferInput!) {
    createTransfer(input: $input) {
      id
    }
  }
`);
const RemoveTransfer = graphql(`
  mutation RemoveTransfer($id: ID!) {
    deleteTransfer(id: $id)
  }
`);

type Errors = Record<string, string>;

/** Turns a failed write into messages keyed by form field; "" holds the rest. */
export function errorsFor(err: unknown, fields: string[], rename: Record<string, string> = {}): Errors {
  const msg = err instanceof Error ? err.message : String(err);
  if (err instanceof ApiError) {
    const f = formField(err.field);
    const target = f ? (rename[f] ?? f) : undefined;
    if (target && fields.includes(target)) return { [target]: msg };
  }
  return { "": msg };
}

function Field({ id, label, error, children, hint, wide }: { id: string; label: string; error?: string; children: ReactNode; hint?: string; wide?: boolean }) {
  return (
    <div className={`field${wide ? " wide" : ""}${error ? " has-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Props that tie an input to its error message for assistive technology. */
function aria(id: string, errs: Errors) {
  return { id, "aria-invalid": errs[id.split("-").pop()!] ? true : undefined, "aria-describedby": errs[id.split("-").pop()!] ? `${id}-error` : undefined };
}

const edgesOf = <T,>(c?: { edges?: ({ node?: T | null } | null)[] | null }) => (c?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

export function ActivityEditView() {
  const { id } = useParams();
  const navigate = useNavigate();
  const editable = useCan()("edit");
  const act = useQuery(() => (id ? request(ActivityQuery, { id }) : Promise.resolve(undefined)), [id]);
  const choices = useQuery(() => request(Choices), []);
  const a = act.data?.node?.__typename === "ProcessingActivity" ? act.data.node : undefined;
  const orgs = edgesOf(choices.data?.organizations);
  const [form, setForm] = useState({ organizationID: "", name: "", description: "", businessFunction: "", role: "controller", automatedDecisionMaking: false, dpiaRequired: "", owner: "" });
  const [errs, setErrs] = useState<Errors>({});
  const [saved, setSaved] = useState("");
  useEffect(() => {
    if (a)
      setForm({
        organizationID: a.organization.id,
        name: a.name,
        description: a.description ?? "",
        businessFunction: a.businessFunction ?? "",
        role: a.role,
        automatedDecisionMaking: a.automatedDecisionMaking,
        dpiaRequired: a.dpiaRequired == null ? "" : String(a.dpiaRequired),
        owner: a.owner ?? "",
      });
  }, [a?.id, act.data]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!id && !form.organizationID && orgs.length) setForm((f) => ({ ...f, organizationID: (orgs.find((o) => o.key === "ujet") ?? orgs[0]).id }));
  }, [id, orgs.length]); // eslint-disable-line react-hooks/exhaustive-deps
  const fields = ["organizationID", "name", "description", "businessFunction", "role", "automatedDecisionMaking", "dpiaRequired", "owner"];
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setErrs({});
    setSaved("");
    const common = {
      name: form.name,
      role: form.role as ProcessingActivityRole,
      automatedDecisionMaking: form.automatedDecisionMaking,
    };
    try {
      if (!id) {
        const r = await request(CreateActivity, {
          input: {
            ...common,
            organizationID: form.organizationID,
            description: form.description || undefined,
            businessFunction: form.businessFunction || undefined,
            owner: form.owner.trim() || undefined,
            dpiaRequired: form.dpiaRequired === "" ? undefined : form.dpiaRequired === "true",
          },
        });
        navigate(`/activities/${r.createProcessingActivity.id}`);
        return;
      }
      await request(UpdateActivity, {
        id,
        input: {
          ...common,
          ...(form.description ? { description: form.description } : { clearDescription: true }),
          ...(form.businessFunction ? { businessFunction: form.businessFunction } : { clearBusinessFunction: true }),
          ...(form.dpiaRequired === "" ? { clearDpiaRequired: true } : { dpiaRequired: form.dpiaRequired === "true" }),
          ...(form.owner.trim() ? { owner: form.owner.trim() } : { clearOwner: true }),
        },
      });
      setSaved("Saved.");
      act.reload();
    } catch (err) {
      setErrs(errorsFor(err, fields, { organization: "organizationID" }));
    }
  };
  if (id && act.loading && !a) return <p className="muted">Loading…</p>;
  if (id && act.error) return <ErrorNote error={act.error} />;
  if (id && !a && !act.loading) return <p role="alert">No activity with ID {id}.</p>;
  return (
    <section aria-labelledby="edit-h" className="edit">
      <h1 id="edit-h">{a ? (editable ? `Edit: ${a.name}` : a.name) : "New processing activity"}</h1>
      {a && (
        <p className="muted">
          {a.organization.name} · review status {a.reviewStatus}
          <DraftTag status={a.reviewStatus} /> · <Link to={`/records?org=${a.organization.key}`}>back to the record</Link>
        </p>
      )}
      {!editable && <p className="readonly-note">Your role reads the record; an editor changes it.</p>}
      <form onSubmit={save} noValidate aria-label="Activity" className="card">
        <fieldset className="plain" disabled={!editable}>
        <div className="grid">
          <Field id="act-organizationID" label="Organization" error={errs.organizationID}>
            <select {...aria("act-organizationID", errs)} value={form.organizationID} disabled={!!id} onChange={(e) => setForm({ ...form, organizationID: e.target.value })}>
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="act-name" label="Name (required)" error={errs.name} wide>
            <input {...aria("act-name", errs)} aria-required="true" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </Field>
          <Field id="act-businessFunction" label="Business function" error={errs.businessFunction} wide>
            <input {...aria("act-businessFunction", errs)} value={form.businessFunction} onChange={(e) => setForm({ ...form, businessFunction: e.target.value })} placeholder="e.g. Marketing, HR" />
          </Field>
          <Field id="act-role" label="Role of the organization" error={errs.role}>
            <select {...aria("act-role", errs)} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
              <option value="controller">controller</option>
              <option value="processor">processor</option>
              <option value="joint_controller">joint controller</option>
            </select>
          </Field>
          <Field id="act-dpiaRequired" label="DPIA required (Art 35)" error={errs.dpiaRequired}>
            <select {...aria("act-dpiaRequired", errs)} value={form.dpiaRequired} onChange={(e) => setForm({ ...form, dpiaRequired: e.target.value })}>
              <option value="">not assessed</option>
              <option value="true">yes</option>
              <option value="false">no</option>
            </select>
          </Field>
          <Field id="act-owner" label="Owner (person or team)" error={errs.owner} hint={a ? `Last reviewed: ${a.lastReviewed ? whenText(a.lastReviewed) : "never"} (set when a reviewer confirms the activity)` : undefined}>
            <input {...aria("act-owner", errs)} value={form.owner} onChange={(e) => setForm({ ...form, owner: e.target.value })} placeholder="e.g. Marketing team" aria-describedby={[errs.owner ? "act-owner-error" : "", a ? "act-owner-hint" : ""].filter(Boolean).join(" ") || undefined} />
          </Field>
          <div className="field check">
            <input id="act-adm" type="checkbox" checked={form.automatedDecisionMaking} onChange={(e) => setForm({ ...form, automatedDecisionMaking: e.target.checked })} />
            <label htmlFor="act-adm">Automated decision-making or profiling (Art 22)</label>
          </div>
        </div>
        <Field id="act-description" label="Description" error={errs.description}>
          <textarea {...aria("act-description", errs)} rows={3} value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
        </Field>
        {errs[""] && (
          <p role="alert" className="error">
            {errs[""]}
          </p>
        )}
        </fieldset>
        {editable && (
          <div className="buttons">
            <button type="submit">{id ? "Save activity" : "Create activity"}</button>
            <span role="status" className="saved">
              {saved}
            </span>
          </div>
        )}
        {a && (
          <>
            <h2 className="small">Evidence for this activity</h2>
            <EvidenceLinks evidence={a.evidence} />
          </>
        )}
      </form>
      {a && choices.data && <Links a={a} choices={choices.data} reload={act.reload} editable={editable} />}
      {a && (
        <ActivityHistory
          history={a.history}
          owner={a.owner}
          lastReviewed={a.lastReviewed}
          parts={[
            ...(a.purposes ?? []).map((p) => ({ label: `purpose ${p.purpose.name}`, history: p.history })),
            ...(a.disclosures ?? []).map((d) => ({ label: `disclosure to ${d.recipient.name}`, history: d.history })),
          ]}
          reload={act.reload}
        />
      )}
    </section>
  );
}

type Activity = Extract<NonNullable<ActivityForEditQuery["node"]>, { __typename: "ProcessingActivity" }>;

function Links({ a, choices, reload, editable }: { a: Activity; choices: ChoicesData; reload: () => void; editable: boolean }) {
  const recipients = useQuery(() => request(OrgRecipients, { org: a.organization.id }), [a.organization.id]);
  const purposes = edgesOf(choices.purposes);
  const bases = edgesOf(choices.legalBases);
  const cats = edgesOf(choices.dataCategories);
  const safeguards = edgesOf(choices.transferSafeguards);
  const recs = edgesOf(recipients.data?.recipients);
  const [errs, setErrs] = useState<Record<string, Errors>>({});
  const run = async (section: string, fields: string[], f: () => Promise<unknown>, rename: Record<string, string> = {}) => {
    setErrs((e) => ({ ...e, [section]: {} }));
    try {
      await f();
      reload();
      return true;
    } catch (err) {
      setErrs((e) => ({ ...e, [section]: errorsFor(err, fields, rename) }));
      return false;
    }
  };
  const [pf, setPf] = useState({ purposeID: "", legalBasisID: "", specialConditionID: "", legitimateInterest: "" });
  const [catKey, setCatKey] = useState("");
  const [df, setDf] = useState({ recipientID: "", categoryIDs: [] as string[] });
  const [rf, setRf] = useState({ duration: "", criterion: "", endAction: "delete" });
  const [tf, setTf] = useState({ scope: "country", country: "", recipientID: "", safeguardID: "" });
  const e = (s: string) => errs[s] ?? {};
  const general = (s: string) => e(s)[""] && <p role="alert" className="error">{e(s)[""]}</p>;

  return (
    <div className="links">
      <section className="card" aria-labelledby="purposes-h">
        <h2 id="purposes-h">Purposes and legal bases</h2>
        <ul className="items">
          {a.purposes?.map((p) => (
            <li key={p.id}>
              <span>
                <strong>{p.purpose.name}</strong>: {p.legalBasis?.reference ?? "basis not stated"}
                {p.specialCondition ? `; ${p.specialCondition.reference}` : ""}
                {p.legitimateInterest ? ` (interest: ${p.legitimateInterest})` : ""}
              </span>
              <EvidenceLinks evidence={p.evidence} />
              {editable && (
<button type="button" className="secondary" onClick={() => run("purposes", [], () => request(RemovePurpose, { id: p.id }))} aria-label={`Remove purpose ${p.purpose.name}`}>
                Remove
              </button>

              )}
            </li>
          ))}
        </ul>
        {editable && (

        <form
          className="grid"
          aria-label="Add a purpose"
          noValidate
          onSubmit={async (ev) => {
            ev.preventDefault();
            const ok = await run("purposes", ["purposeID", "legalBasisID", "specialConditionID", "legitimateInterest"], () =>
              request(AddPurpose, {
                input: {
                  activityID: a.id,
                  purposeID: pf.purposeID,
                  legalBasisID: pf.legalBasisID || undefined,
                  specialConditionID: pf.specialConditionID || undefined,
                  legitimateInterest: pf.legitimateInterest || undefined,
                },
              }),
            );
            if (ok) setPf({ purposeID: "", legalBasisID: "", specialConditionID: "", legitimateInterest: "" });
          }}
        >
          <Field id="ap-purposeID" label="Purpose" error={e("purposes").purposeID}>
            <select {...aria("ap-purposeID", e("purposes"))} value={pf.purposeID} onChange={(x) => setPf({ ...pf, purposeID: x.target.value })}>
              <option value="">choose…</option>
              {purposes.map((p) => (
                <option key={p.id} value={p.id}>{p.name}</option>
              ))}
            </select>
          </Field>
          <Field id="ap-legalBasisID" label="Art 6 legal basis" error={e("purposes").legalBasisID}>
            <select {...aria("ap-legalBasisID", e("purposes"))} value={pf.legalBasisID} onChange={(x) => setPf({ ...pf, legalBasisID: x.target.value })}>
              <option value="">not stated</option>
              {bases.filter((b) => b.article === "art6").map((b) => (
                <option key={b.id} value={b.id}>{b.reference}: {b.name}</option>
              ))}
            </select>
          </Field>
          <Field id="ap-specialConditionID" label="Art 9 condition" error={e("purposes").specialConditionID}>
            <select {...aria("ap-specialConditionID", e("purposes"))} value={pf.specialConditionID} onChange={(x) => setPf({ ...pf, specialConditionID: x.target.value })}>
              <option value="">none</option>
              {bases.filter((b) => b.article !== "art6").map((b) => (
                <option key={b.id} value={b.id}>{b.reference}: {b.name}</option>
              ))}
            </select>
          </Field>
          <Field id="ap-legitimateInterest" label="Legitimate interest (Art 6(1)(f))" error={e("purposes").legitimateInterest}>
            <input {...aria("ap-legitimateInterest", e("purposes"))} value={pf.legitimateInterest} onChange={(x) => setPf({ ...pf, legitimateInterest: x.target.value })} />
          </Field>
          <div className="buttons"><button type="submit">Add purpose</button></div>
          {general("purposes")}
        </form>
        )}
      </section>

      <section className="card" aria-labelledby="cats-h">
        <h2 id="cats-h">Categories of personal data</h2>
        <ul className="items">
          {a.dataCategories?.map((c) => (
            <li key={c.id}>
              <span>{c.name} <code>{c.key}</code></span>
              {editable && (
<button type="button" className="secondary" aria-label={`Remove category ${c.name}`} onClick={() => run("cats", [], () => request(UpdateActivity, { id: a.id, input: { removeDataCategoryIDs: [c.id] } }))}>
                Remove
              </button>

              )}
            </li>
          ))}
        </ul>
        {editable && (

        <form
          className="grid"
          aria-label="Add a data category"
          noValidate
          onSubmit={async (ev) => {
            ev.preventDefault();
            const cat = cats.find((c) => c.key === catKey.trim());
            if (!cat) {
              setErrs((x) => ({ ...x, cats: { dataCategory: catKey.trim() ? `no data category has the key "${catKey.trim()}"` : "choose a data category" } }));
              return;
            }
            if (await run("cats", ["dataCategory"], () => request(UpdateActivity, { id: a.id, input: { addDataCategoryIDs: [cat.id] } }))) setCatKey("");
          }}
        >
          <Field id="cat-dataCategory" label="Data category key" error={e("cats").dataCategory}>
            <input {...aria("cat-dataCategory", e("cats"))} list="cat-keys" value={catKey} onChange={(x) => setCatKey(x.target.value)} placeholder="user.contact.email" />
            <datalist id="cat-keys">
              {cats.map((c) => (
                <option key={c.id} value={c.key}>{c.name}</option>
              ))}
            </datalist>
          </Field>
          <div className="buttons"><button type="submit">Add category</button></div>
          {general("cats")}
        </form>
        )}
      </section>

      <section className="card" aria-labelledby="disc-h">
        <h2 id="disc-h">Recipients (disclosures)</h2>
        <ul className="items">
          {a.disclosures?.map((d) => (
            <li key={d.id}>
              <span>
                <strong>{d.recipient.name}</strong>
                {d.dataCategories?.length ? `: ${d.dataCategories.map((c) => c.key).join(", ")}` : ": all the activity's categories"}
              </span>
              <EvidenceLinks evidence={d.evidence} />
              {editable && (
<button type="button" className="secondary" aria-label={`Remove disclosure to ${d.recipient.name}`} onClick={() => run("disc", [], () => request(RemoveDisclosure, { id: d.id }))}>
                Remove
              </button>

              )}
            </li>
          ))}
        </ul>
        {editable && (

        <form
          className="grid"
          aria-label="Add a recipient"
          noValidate
          onSubmit={async (ev) => {
            ev.preventDefault();
            const ok = await run("disc", ["recipientID", "dataCategoryIDs"], () =>
              request(AddDisclosure, { input: { activityID: a.id, recipientID: df.recipientID, dataCategoryIDs: df.categoryIDs } }),
            );
            if (ok) setDf({ recipientID: "", categoryIDs: [] });
          }}
        >
          <Field id="disc-recipientID" label="Recipient" error={e("disc").recipientID}>
            <select {...aria("disc-recipientID", e("disc"))} value={df.recipientID} onChange={(x) => setDf({ ...df, recipientID: x.target.value })}>
              <option value="">choose…</option>
              {recs.map((r) => (
                <option key={r.id} value={r.id}>{r.name}</option>
              ))}
            </select>
          </Field>
          <Field id="disc-dataCategoryIDs" label="Categories disclosed (none: all the activity's)" error={e("disc").dataCategoryIDs}>
            <select {...aria("disc-dataCategoryIDs", e("disc"))} multiple size={4} value={df.categoryIDs} onChange={(x) => setDf({ ...df, categoryIDs: [...x.target.selectedOptions].map((o) => o.value) })}>
              {(a.dataCategories ?? []).map((c) => (
                <option key={c.id} value={c.id}>{c.name}</option>
              ))}
            </select>
          </Field>
          <div className="buttons"><button type="submit">Add recipient</button></div>
          {general("disc")}
        </form>
        )}
      </section>

      <section className="card" aria-labelledby="ret-h">
        <h2 id="ret-h">Retention</h2>
        <ul className="items">
          {a.retentionRules?.map((r) => (
            <li key={r.id}>
              <span>
                {r.duration ? humanDuration(r.duration) : r.criterion} · then {r.endAction}
              </span>
              <EvidenceLinks evidence={r.evidence} />
              {editable && (
<button type="button" className="secondary" aria-label="Remove retention rule" onClick={() => run("ret", [], () => request(RemoveRetention, { id: r.id }))}>
                Remove
              </button>

              )}
            </li>
          ))}
        </ul>
        {editable && (

        <form
          className="grid"
          aria-label="Add a retention rule"
          noValidate
          onSubmit={async (ev) => {
            ev.preventDefault();
            const ok = await run("ret", ["duration", "criterion", "endAction"], () =>
              request(AddRetention, {
                input: {
                  organizationID: a.organization.id,
                  activityID: a.id,
                  duration: rf.duration || undefined,
                  criterion: rf.criterion || undefined,
                  endAction: rf.endAction as RetentionRuleEndAction,
                },
              }),
            );
            if (ok) setRf({ duration: "", criterion: "", endAction: "delete" });
          }}
        >
          <Field id="ret-duration" label="Duration (ISO 8601)" error={e("ret").duration} hint="e.g. P6Y, P30D">
            <input {...aria("ret-duration", e("ret"))} value={rf.duration} onChange={(x) => setRf({ ...rf, duration: x.target.value })} />
          </Field>
          <Field id="ret-criterion" label="or criterion in words" error={e("ret").criterion}>
            <input {...aria("ret-criterion", e("ret"))} value={rf.criterion} onChange={(x) => setRf({ ...rf, criterion: x.target.value })} />
          </Field>
          <Field id="ret-endAction" label="At the end" error={e("ret").endAction}>
            <select {...aria("ret-endAction", e("ret"))} value={rf.endAction} onChange={(x) => setRf({ ...rf, endAction: x.target.value })}>
              {["delete", "anonymise", "isolate", "return", "unspecified"].map((v) => (
                <option key={v} value={v}>{v}</option>
              ))}
            </select>
          </Field>
          <div className="buttons"><button type="submit">Add retention rule</button></div>
          {general("ret")}
        </form>
        )}
        <AlsoApplies facts={a.effectiveRetentionRules}>
          {(r) => <span title={r.criterion ?? undefined}>{r.duration ? humanDuration(r.duration) : shorten(r.criterion ?? "", 120)}</span>}
        </AlsoApplies>
      </section>

      <section className="card" aria-labelledby="tr-h">
        <h2 id="tr-h">Transfers outside the EEA</h2>
        <ul className="items">
          {a.transfers?.map((t) => (
            <li key={t.id}>
              <span>
                {t.country || t.scope}
                {t.recipient ? ` to ${t.recipient.name}` : ""}: {t.safeguard?.name ?? "no safeguard stated"}
              </span>
              <EvidenceLinks evidence={t.evidence} />
              {editable && (
<button type="button" className="secondary" aria-label="Remove transfer" onClick={() => run("tr", [], () => request(RemoveTransfer, { id: t.id }))}>
                Remove
              </button>

              )}
            </li>
          ))}
        </ul>
        {editable && (

        <form
          className="grid"
          aria-label="Add a transfer"
          noValidate
          onSubmit={async (ev) => {
            ev.preventDefault();
            const ok = await run("tr", ["scope", "country", "recipientID", "safeguardID"], () =>
              request(AddTransfer, {
                input: {
                  organizationID: a.organization.id,
                  activityID: a.id,
                  scope: tf.scope as TransferScope,
                  country: tf.country || undefined,
                  recipientID: tf.recipientID || undefined,
                  safeguardID: tf.safeguardID || undefined,
                },
              }),
            );
            if (ok) setTf({ scope: "country", country: "", recipientID: "", safeguardID: "" });
          }}
        >
          <Field id="tr-scope" label="Scope" error={e("tr").scope}>
            <select {...aria("tr-scope", e("tr"))} value={tf.scope} onChange={(x) => setTf({ ...tf, scope: x.target.value })}>
              <option value="country">a named country</option>
              <option value="worldwide">worldwide</option>
              <option value="unspecified">unspecified</option>
            </select>
          </Field>
          <Field id="tr-country" label="Country (ISO 3166-1 alpha-2)" error={e("tr").country}>
            <input {...aria("tr-country", e("tr"))} value={tf.country} maxLength={2} onChange={(x) => setTf({ ...tf, country: x.target.value.toUpperCase() })} placeholder="US" />
          </Field>
          <Field id="tr-recipientID" label="Recipient" error={e("tr").recipientID}>
            <select {...aria("tr-recipientID", e("tr"))} value={tf.recipientID} onChange={(x) => setTf({ ...tf, recipientID: x.target.value })}>
              <option value="">none</option>
              {recs.map((r) => (
                <option key={r.id} value={r.id}>{r.name}</option>
              ))}
            </select>
          </Field>
          <Field id="tr-safeguardID" label="Safeguard" error={e("tr").safeguardID}>
            <select {...aria("tr-safeguardID", e("tr"))} value={tf.safeguardID} onChange={(x) => setTf({ ...tf, safeguardID: x.target.value })}>
              <option value="">not stated</option>
              {safeguards.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.validUntil ? ` (invalid since ${s.validUntil.slice(0, 10)})` : ""}
                </option>
              ))}
            </select>
          </Field>
          <div className="buttons"><button type="submit">Add transfer</button></div>
          {general("tr")}
        </form>
        )}
        <AlsoApplies facts={a.effectiveTransfers}>
          {(t) => (
            <>
              {t.country || t.scope}: <SafeguardName safeguard={t.safeguard} />
            </>
          )}
        </AlsoApplies>
      </section>
    </div>
  );
}

/**
 * The facts that apply to the activity without being stated for it (from
 * its notice, for a recipient it discloses to, for the whole organization),
 * read-only here: they are edited where they are stated.
 */
function AlsoApplies<T extends ScopedFact>({ facts, children }: { facts: T[]; children: (f: T) => ReactNode }) {
  const others = facts.filter((f) => f.appliesTo !== "ACTIVITY");
  if (!others.length) return null;
  return (
    <div className="also-applies">
      <h3>Also applies to this activity</h3>
      <ScopedFacts facts={others}>{children}</ScopedFacts>
    </div>
  );
}
