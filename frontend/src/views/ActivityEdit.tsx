// The activity form (issue 17): every Art 30 item of an activity in one
// form, saved by one mutation (saveActivity) in one transaction. Choices
// are searched on the server as the user types (Picker); an error names
// the input path, shown under that field, which gets the focus.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { graphql } from "../gql";
import type { ActivityForEditQuery, ProcessingActivityRole, RecipientKind, RetentionRuleEndAction, SaveActivityInput, TransferScope } from "../gql/graphql";
import { ApiError, request } from "../api";
import { DraftTag, ErrorNote, EvidenceLinks, SafeguardName, ScopedFacts, useOrganization, useQuery, type ScopedFact } from "../common";
import { formField, humanDuration, shorten } from "../lib";
import { useCan } from "../auth";
import { ActivityHistory } from "./History";
import { whenText } from "../history";
import { Chips, Picker, type Choice, type Search } from "./Picker";

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
        onBehalfOf
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
            key
            name
          }
          history {
            changes {
              ...ChangeFields
            }
          }
          legalBasis {
            id
          }
          specialCondition {
            id
          }
          evidence {
            id
            quote
          }
        }
        dataSubjects {
          id
          key
          name
        }
        dataCategories {
          id
          key
          name
          specialCategory
          criminalOffence
        }
        sources {
          id
          key
          name
        }
        systems {
          id
          key
          name
        }
        disclosures {
          id
          description
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
            name
          }
          purposes {
            id
            key
            name
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
          dataCategories {
            id
            key
            name
          }
          evidence {
            id
            quote
          }
        }
        transfers {
          id
          scope
          country
          description
          recipient {
            id
            name
          }
          safeguard {
            id
            name
            validUntil
          }
          evidence {
            id
            quote
          }
        }
        securityPractices {
          id
          description
          measure {
            id
            key
            name
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

// The lawful bases are a closed list fixed by the GDPR: Art 6(1)(a)-(f)
// and Art 9(2)(a)-(j).
const BasesQuery = graphql(`
  query EditLegalBases {
    legalBases(first: 50, orderBy: { field: KEY }) {
      edges {
        node {
          id
          reference
          name
          article
        }
      }
    }
  }
`);

const PickPurposes = graphql(`
  query PickPurposes($q: String!) {
    purposes(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
  }
`);
const PickCategories = graphql(`
  query PickCategories($q: String!) {
    dataCategories(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
          specialCategory
          criminalOffence
        }
      }
    }
  }
`);
const PickSubjects = graphql(`
  query PickSubjects($q: String!) {
    dataSubjectCategories(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
  }
`);
const PickSources = graphql(`
  query PickSources($q: String!) {
    dataSources(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
  }
`);
const PickMeasures = graphql(`
  query PickMeasures($q: String!) {
    securityMeasures(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
  }
`);
const PickSafeguards = graphql(`
  query PickSafeguards($q: String!) {
    transferSafeguards(first: 20, where: { or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }, orderBy: { field: NAME }) {
      edges {
        node {
          id
          key
          name
          validUntil
        }
      }
    }
  }
`);
const PickRecipients = graphql(`
  query PickRecipients($org: ID!, $q: String!) {
    recipients(first: 20, where: { organizationID: $org, nameContainsFold: $q }, orderBy: { field: NAME }) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);
const PickSystems = graphql(`
  query PickSystems($org: ID!, $q: String!) {
    systems(first: 20, where: { organizationID: $org, or: [{ nameContainsFold: $q }, { keyContainsFold: $q }] }) {
      edges {
        node {
          id
          key
          name
        }
      }
    }
  }
`);
const PickCountries = graphql(`
  query PickCountries($q: String!) {
    countries(search: $q, first: 20) {
      code
      name
    }
  }
`);

const SaveActivity = graphql(`
  mutation SaveActivity($input: SaveActivityInput!) {
    saveActivity(input: $input) {
      id
    }
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

/** The DOM id of the control for an input path: purposes[1].legalBasis → act-purposes-1-legalBasis. */
export const controlId = (path: string) => "act-" + path.replace(/\[(\d+)\]/g, "-$1").replace(/\./g, "-");

/**
 * The input path an error is shown under: the path the server names, or
 * the nearest enclosing one that has a control on the page
 * (dataCategories[2] → dataCategories); "" when none has.
 */
export function errorPath(field: string | undefined, has: (id: string) => boolean): string {
  let p = field ?? "";
  while (p) {
    if (has(controlId(p))) return p;
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    p = cut > 0 ? p.slice(0, cut) : "";
  }
  return "";
}

function Field({ path, label, errs, children, hint, wide }: { path: string; label: string; errs: Errors; children: ReactNode; hint?: string; wide?: boolean }) {
  const id = controlId(path);
  const error = errs[path];
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

/** Props that tie a control to its error message (and hint) for assistive technology. */
function aria(path: string, errs: Errors, hint = false) {
  const id = controlId(path);
  const by = [errs[path] ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ");
  return { id, "aria-invalid": errs[path] ? true : undefined, "aria-describedby": by || undefined };
}
/** The same for a Picker, which takes them as props. */
function pickAria(path: string, errs: Errors) {
  const a = aria(path, errs);
  return { id: a.id, invalid: !!errs[path], describedBy: a["aria-describedby"] };
}

const edgesOf = <T,>(c?: { edges?: ({ node?: T | null } | null)[] | null }) => (c?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
const tax = (n: { id: string; key: string; name: string }): Choice => ({ id: n.id, label: n.name, title: n.key });
const catChoice = (n: { id: string; key: string; name: string; specialCategory?: boolean; criminalOffence?: boolean }): Choice => ({
  id: n.id,
  label: n.name,
  title: n.key,
  note: n.specialCategory ? "Art 9 special category" : n.criminalOffence ? "Art 10 criminal offence data" : undefined,
});

let rowSeq = 0;
const rowKey = () => `r${++rowSeq}`;

interface PurposeRow { key: string; id?: string; purpose?: Choice; legalBasis: string; specialCondition: string; legitimateInterest: string }
interface DisclosureRow { key: string; id?: string; recipient?: Choice; kind: RecipientKind; categories: Choice[]; purposes: Choice[]; description: string }
interface TransferRow { key: string; id?: string; scope: TransferScope; country?: Choice; recipient?: Choice; kind: RecipientKind; safeguard?: Choice; description: string }
interface RetentionRow { key: string; id?: string; duration: string; criterion: string; endAction: RetentionRuleEndAction; categories: Choice[] }
interface SecurityRow { key: string; id?: string; measure?: Choice; description: string }

interface Form {
  organization: string;
  name: string;
  description: string;
  businessFunction: string;
  role: ProcessingActivityRole;
  onBehalfOf: string;
  automatedDecisionMaking: boolean;
  dpiaRequired: string;
  owner: string;
  purposes: PurposeRow[];
  dataSubjects: Choice[];
  dataCategories: Choice[];
  disclosures: DisclosureRow[];
  transfers: TransferRow[];
  retentionRules: RetentionRow[];
  securityMeasures: SecurityRow[];
  systems: Choice[];
  sources: Choice[];
}

type Activity = Extract<NonNullable<ActivityForEditQuery["node"]>, { __typename: "ProcessingActivity" }>;

const emptyForm = (org: string): Form => ({
  organization: org,
  name: "",
  description: "",
  businessFunction: "",
  role: "controller" as ProcessingActivityRole,
  onBehalfOf: "",
  automatedDecisionMaking: false,
  dpiaRequired: "",
  owner: "",
  purposes: [],
  dataSubjects: [],
  dataCategories: [],
  disclosures: [],
  transfers: [],
  retentionRules: [],
  securityMeasures: [],
  systems: [],
  sources: [],
});

/**
 * Rows in the order they were created (by catalog ID): the API's edges come
 * in the database's order, which PostgreSQL does not keep between reads,
 * and a form whose rows move between reloads misleads.
 */
function byID<T extends { id: string }>(xs: readonly T[] | null | undefined): T[] {
  const n = (id: string) => (/^\d+$/.test(id) ? Number(id) : Number.MAX_SAFE_INTEGER);
  return [...(xs ?? [])].sort((x, y) => n(x.id) - n(y.id) || x.id.localeCompare(y.id));
}

function formOf(a: Activity): Form {
  return {
    organization: a.organization.key,
    name: a.name,
    description: a.description ?? "",
    businessFunction: a.businessFunction ?? "",
    role: a.role,
    onBehalfOf: a.onBehalfOf ?? "",
    automatedDecisionMaking: a.automatedDecisionMaking,
    dpiaRequired: a.dpiaRequired == null ? "" : String(a.dpiaRequired),
    owner: a.owner ?? "",
    purposes: byID(a.purposes).map((p) => ({
      key: rowKey(),
      id: p.id,
      purpose: tax(p.purpose),
      legalBasis: p.legalBasis?.id ?? "",
      specialCondition: p.specialCondition?.id ?? "",
      legitimateInterest: p.legitimateInterest ?? "",
    })),
    dataSubjects: (a.dataSubjects ?? []).map(tax),
    dataCategories: (a.dataCategories ?? []).map(catChoice),
    disclosures: byID(a.disclosures).map((d) => ({
      key: rowKey(),
      id: d.id,
      recipient: { id: d.recipient.id, label: d.recipient.name, title: d.recipient.name },
      kind: "processor" as RecipientKind,
      categories: (d.dataCategories ?? []).map(tax),
      purposes: (d.purposes ?? []).map(tax),
      description: d.description ?? "",
    })),
    transfers: byID(a.transfers).map((t) => ({
      key: rowKey(),
      id: t.id,
      scope: t.scope,
      country: t.country ? { id: t.country, label: t.country, title: t.country } : undefined,
      recipient: t.recipient ? { id: t.recipient.id, label: t.recipient.name, title: t.recipient.name } : undefined,
      kind: "processor" as RecipientKind,
      safeguard: t.safeguard ? { id: t.safeguard.id, label: t.safeguard.name } : undefined,
      description: t.description ?? "",
    })),
    retentionRules: byID(a.retentionRules).map((r) => ({
      key: rowKey(),
      id: r.id,
      duration: r.duration ?? "",
      criterion: r.criterion ?? "",
      endAction: r.endAction,
      categories: (r.dataCategories ?? []).map(tax),
    })),
    securityMeasures: byID(a.securityPractices).map((s) => ({ key: rowKey(), id: s.id, measure: tax(s.measure), description: s.description ?? "" })),
    systems: (a.systems ?? []).map(tax),
    sources: (a.sources ?? []).map(tax),
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);
const recipientRef = (c: Choice | undefined, kind: RecipientKind) => (c ? (c.isNew ? { name: c.label, kind } : { id: c.id }) : { name: "" });

/** The form as the mutation's input: rows in order, so that an error's index is the row's. */
export function inputOf(f: Form, id?: string): SaveActivityInput {
  return {
    id: id ?? null,
    organization: f.organization,
    name: f.name,
    description: orNull(f.description),
    businessFunction: orNull(f.businessFunction),
    role: f.role,
    onBehalfOf: orNull(f.onBehalfOf),
    owner: orNull(f.owner),
    automatedDecisionMaking: f.automatedDecisionMaking,
    dpiaRequired: f.dpiaRequired === "" ? null : f.dpiaRequired === "true",
    purposes: f.purposes.map((p) => ({
      id: p.id ?? null,
      purpose: p.purpose?.id ?? "",
      legalBasis: p.legalBasis || null,
      specialCondition: p.specialCondition || null,
      legitimateInterest: orNull(p.legitimateInterest),
    })),
    dataSubjects: f.dataSubjects.map((c) => c.id),
    dataCategories: f.dataCategories.map((c) => c.id),
    disclosures: f.disclosures.map((d) => ({
      id: d.id ?? null,
      recipient: recipientRef(d.recipient, d.kind),
      description: orNull(d.description),
      dataCategories: d.categories.map((c) => c.id),
      purposes: d.purposes.map((c) => c.id),
    })),
    transfers: f.transfers.map((t) => ({
      id: t.id ?? null,
      scope: t.scope,
      country: t.scope === "country" ? (t.country?.id ?? null) : null,
      recipient: t.recipient ? recipientRef(t.recipient, t.kind) : null,
      safeguard: t.safeguard?.id ?? null,
      description: orNull(t.description),
    })),
    retentionRules: f.retentionRules.map((r) => ({
      id: r.id ?? null,
      duration: orNull(r.duration),
      criterion: orNull(r.criterion),
      endAction: r.endAction,
      dataCategories: r.categories.map((c) => c.id),
    })),
    securityMeasures: f.securityMeasures.map((s) => ({ id: s.id ?? null, measure: s.measure?.id ?? "", description: orNull(s.description) })),
    systems: f.systems.map((s) => (s.isNew ? { name: s.label } : { id: s.id })),
    sources: f.sources.map((c) => c.id),
  };
}

const recipientKinds: RecipientKind[] = ["processor", "sub_processor", "third_party", "affiliate", "joint_controller", "public_authority", "acquirer", "public", "other"] as RecipientKind[];

export function ActivityEditView() {
  const { id } = useParams();
  const navigate = useNavigate();
  const editable = useCan()("edit");
  const { orgs, org, setOrg } = useOrganization();
  const act = useQuery(() => (id ? request(ActivityQuery, { id }) : Promise.resolve(undefined)), [id]);
  const basesQ = useQuery(() => request(BasesQuery), []);
  const a = act.data?.node?.__typename === "ProcessingActivity" ? act.data.node : undefined;
  const [form, setForm] = useState<Form>(emptyForm(""));
  const [errs, setErrs] = useState<Errors>({});
  const [saved, setSaved] = useState("");
  const [busy, setBusy] = useState(false);
  const focusNext = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (a) setForm(formOf(a));
  }, [a?.id, act.data]); // eslint-disable-line react-hooks/exhaustive-deps
  // A new activity belongs to the organization chosen (?org, else the last used, else the first).
  useEffect(() => {
    if (!id && org && form.organization !== org.key) setForm((f) => ({ ...f, organization: org.key }));
  }, [id, org?.key]); // eslint-disable-line react-hooks/exhaustive-deps
  // Focus: the first error after a failed save, or a row just added.
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (target) document.getElementById(target)?.focus();
  });
  const orgID = a?.organization.id ?? orgs.find((o) => o.key === form.organization)?.id ?? "";
  const bases = edgesOf(basesQ.data?.legalBases);
  const art6 = bases.filter((b) => b.article === "art6");
  const art9 = bases.filter((b) => b.article === "art9");
  const special = form.dataCategories.filter((c) => c.note);

  // Editing a part takes its error away (the next save says whether it is right now).
  const clearErr = (prefix: string) =>
    setErrs((e) => (Object.keys(e).some((p) => p.startsWith(prefix)) ? Object.fromEntries(Object.entries(e).filter(([p]) => !p.startsWith(prefix))) : e));
  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    clearErr(k);
    setForm((f) => ({ ...f, [k]: v }));
  };
  const setRow = <K extends "purposes" | "disclosures" | "transfers" | "retentionRules" | "securityMeasures">(k: K, i: number, patch: Partial<Form[K][number]>) => {
    clearErr(`${k}[${i}]`);
    setForm((f) => ({ ...f, [k]: f[k].map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  };
  const addRow = <K extends "purposes" | "disclosures" | "transfers" | "retentionRules" | "securityMeasures">(k: K, row: Form[K][number], first: string) => {
    focusNext.current = controlId(`${k}[${form[k].length}].${first}`);
    setForm((f) => ({ ...f, [k]: [...f[k], row] }));
  };
  const removeRow = (k: "purposes" | "disclosures" | "transfers" | "retentionRules" | "securityMeasures", i: number) => {
    focusNext.current = `add-${k}`;
    setForm((f) => ({ ...f, [k]: f[k].filter((_, j) => j !== i) }));
    setErrs({});
  };

  const searches = {
    purposes: (async (q) => edgesOf((await request(PickPurposes, { q })).purposes).map(tax)) as Search,
    categories: (async (q) => edgesOf((await request(PickCategories, { q })).dataCategories).map(catChoice)) as Search,
    subjects: (async (q) => edgesOf((await request(PickSubjects, { q })).dataSubjectCategories).map(tax)) as Search,
    sources: (async (q) => edgesOf((await request(PickSources, { q })).dataSources).map(tax)) as Search,
    measures: (async (q) => edgesOf((await request(PickMeasures, { q })).securityMeasures).map(tax)) as Search,
    safeguards: (async (q) =>
      edgesOf((await request(PickSafeguards, { q })).transferSafeguards).map((s) => ({
        id: s.id,
        label: s.name,
        title: s.key,
        note: s.validUntil ? `no longer valid since ${s.validUntil.slice(0, 10)}` : undefined,
      }))) as Search,
    recipients: (async (q) =>
      orgID ? edgesOf((await request(PickRecipients, { org: orgID, q })).recipients).map((r) => ({ id: r.id, label: r.name, title: r.name, note: r.kind.replace(/_/g, " ") })) : []) as Search,
    systems: (async (q) => (orgID ? edgesOf((await request(PickSystems, { org: orgID, q })).systems).map(tax) : [])) as Search,
    countries: (async (q) => (await request(PickCountries, { q })).countries.map((c) => ({ id: c.code, label: `${c.name} (${c.code})`, title: c.code }))) as Search,
  };

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setErrs({});
    setSaved("");
    setBusy(true);
    try {
      const r = await request(SaveActivity, { input: inputOf(form, id) });
      if (!id) {
        navigate(`/activities/${r.saveActivity.id}`);
        return;
      }
      setSaved("Saved.");
      act.reload();
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      const path = err instanceof ApiError ? errorPath(err.field, (x) => !!document.getElementById(x)) : "";
      // Under its field the message need not name the field again.
      setErrs({ [path]: path ? msg.replace(/^invalid [^:]+: /, "") : msg });
      focusNext.current = path ? controlId(path) : "act-general-error";
    } finally {
      setBusy(false);
    }
  };
  if (id && act.loading && !a) return <p className="muted">Loading…</p>;
  if (id && act.error) return <ErrorNote error={act.error} />;
  if (id && !a && !act.loading) return <p role="alert">No activity with ID {id}.</p>;
  const orgName = a?.organization.name ?? orgs.find((o) => o.key === form.organization)?.name;
  return (
    <section aria-labelledby="edit-h" className="edit activity-form">
      <h1 id="edit-h">{a ? (editable ? `Edit: ${a.name}` : a.name) : "New processing activity"}</h1>
      {a && (
        <p className="muted">
          {a.organization.name} · review status {a.reviewStatus}
          <DraftTag status={a.reviewStatus} /> · <Link to={`/records?org=${a.organization.key}`}>back to the record</Link>
          {editable && (
            <>
              {" "}
              · <Link to={`/organizations/${a.organization.key}`}>organization details</Link>
            </>
          )}
        </p>
      )}
      {!id && editable && (
        <p className="muted">
          An organization not listed? <Link to="/organizations/new">Add it first</Link>.
        </p>
      )}
      {!editable && <p className="readonly-note">Your role reads the record; an editor changes it.</p>}
      <form onSubmit={save} noValidate aria-label="Activity">
        <fieldset className="plain" disabled={!editable}>
          <section className="card" aria-labelledby="about-h">
            <h2 id="about-h">The activity</h2>
            <div className="grid">
              <Field path="organization" label="Organization" errs={errs}>
                <select {...aria("organization", errs)} value={form.organization} disabled={!!id} onChange={(e) => (set("organization", e.target.value), setOrg(e.target.value))}>
                  {orgs.map((o) => (
                    <option key={o.id} value={o.key}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field path="name" label="Name (required)" errs={errs} wide>
                <input {...aria("name", errs)} aria-required="true" value={form.name} onChange={(e) => set("name", e.target.value)} />
              </Field>
              <Field path="businessFunction" label="Business function" errs={errs} wide>
                <input {...aria("businessFunction", errs)} value={form.businessFunction} onChange={(e) => set("businessFunction", e.target.value)} placeholder="e.g. Marketing, HR" />
              </Field>
              <Field path="role" label="Role of the organization" errs={errs}>
                <select {...aria("role", errs)} value={form.role} onChange={(e) => set("role", e.target.value as ProcessingActivityRole)}>
                  <option value="controller">controller (Art 30(1))</option>
                  <option value="processor">processor (Art 30(2))</option>
                  <option value="joint_controller">joint controller</option>
                </select>
              </Field>
              {(form.role === "processor" || form.onBehalfOf) && (
                <Field path="onBehalfOf" label="On behalf of (the controllers, Art 30(2)(a))" errs={errs} wide>
                  <input {...aria("onBehalfOf", errs)} value={form.onBehalfOf} onChange={(e) => set("onBehalfOf", e.target.value)} placeholder="e.g. our business customers" />
                </Field>
              )}
              <Field path="dpiaRequired" label="DPIA required (Art 35)" errs={errs}>
                <select {...aria("dpiaRequired", errs)} value={form.dpiaRequired} onChange={(e) => set("dpiaRequired", e.target.value)}>
                  <option value="">not assessed</option>
                  <option value="true">yes</option>
                  <option value="false">no</option>
                </select>
              </Field>
              <Field
                path="owner"
                label="Owner (person or team)"
                errs={errs}
                hint={a ? `Last reviewed: ${a.lastReviewed ? whenText(a.lastReviewed) : "never"} (set when a reviewer confirms the activity)` : undefined}
              >
                <input {...aria("owner", errs, !!a)} value={form.owner} onChange={(e) => set("owner", e.target.value)} placeholder="e.g. Marketing team" />
              </Field>
              <div className="field check">
                <input id="act-adm" type="checkbox" checked={form.automatedDecisionMaking} onChange={(e) => set("automatedDecisionMaking", e.target.checked)} />
                <label htmlFor="act-adm">Automated decision-making or profiling (Art 22)</label>
              </div>
            </div>
            <Field path="description" label="Description" errs={errs}>
              <textarea {...aria("description", errs)} rows={3} value={form.description} onChange={(e) => set("description", e.target.value)} />
            </Field>
            {a && <EvidenceLinks evidence={a.evidence} />}
          </section>

          <section className="card" aria-labelledby="purposes-h">
            <h2 id="purposes-h">Purposes and legal bases (Art 30(1)(b))</h2>
            {special.length > 0 && (
              <p className="note" id="special-note">
                The activity processes {special.map((c) => c.label).join(", ")}: each purpose needs an Art 6 basis and an Art 9(2) condition (Art 10 data: the
                authorisation in law).
              </p>
            )}
            {form.purposes.length === 0 && <p className="muted">No purpose yet.</p>}
            <ol className="rows">
              {form.purposes.map((p, i) => {
                const at = `purposes[${i}]`;
                const src = a?.purposes?.find((x) => x.id === p.id);
                return (
                  <li key={p.key} className="row" aria-label={`Purpose ${i + 1}`}>
                    <div className="grid">
                      <Field path={`${at}.purpose`} label="Purpose" errs={errs} wide>
                        <Picker {...pickAria(`${at}.purpose`, errs)} value={p.purpose} onChange={(c) => setRow("purposes", i, { purpose: c })} search={searches.purposes} />
                      </Field>
                      <Field path={`${at}.legalBasis`} label="Art 6(1) legal basis" errs={errs}>
                        <select {...aria(`${at}.legalBasis`, errs)} value={p.legalBasis} onChange={(e) => setRow("purposes", i, { legalBasis: e.target.value })}>
                          <option value="">not stated</option>
                          {art6.map((b) => (
                            <option key={b.id} value={b.id}>
                              {b.reference}: {b.name}
                            </option>
                          ))}
                        </select>
                      </Field>
                      <Field path={`${at}.specialCondition`} label="Art 9(2) condition" errs={errs}>
                        <select {...aria(`${at}.specialCondition`, errs)} value={p.specialCondition} onChange={(e) => setRow("purposes", i, { specialCondition: e.target.value })}>
                          <option value="">none</option>
                          {art9.map((b) => (
                            <option key={b.id} value={b.id}>
                              {b.reference}: {b.name}
                            </option>
                          ))}
                        </select>
                      </Field>
                      <Field path={`${at}.legitimateInterest`} label="Legitimate interest (Art 6(1)(f))" errs={errs} wide>
                        <input {...aria(`${at}.legitimateInterest`, errs)} value={p.legitimateInterest} onChange={(e) => setRow("purposes", i, { legitimateInterest: e.target.value })} />
                      </Field>
                      {editable && (
                      <div className="buttons row-actions">
                        <button type="button" className="secondary" onClick={() => removeRow("purposes", i)} aria-label={`Remove purpose ${p.purpose?.label ?? i + 1}`}>
                          Remove
                        </button>
                      </div>
                      )}
                    </div>
                    {src && <EvidenceLinks evidence={src.evidence} />}
                  </li>
                );
              })}
            </ol>
            {editable && (
            <button type="button" id="add-purposes" className="secondary" onClick={() => addRow("purposes", { key: rowKey(), legalBasis: "", specialCondition: "", legitimateInterest: "" }, "purpose")}>
              Add purpose
            </button>
            )}
          </section>

          <section className="card" aria-labelledby="cats-h">
            <h2 id="cats-h">Data subjects and personal data (Art 30(1)(c))</h2>
            <div className="grid">
              <Field path="dataSubjects" label="Categories of data subjects" errs={errs} wide>
                <Chips readOnly={!editable} {...pickAria("dataSubjects", errs)} label="Categories of data subjects" items={form.dataSubjects} onChange={(v) => set("dataSubjects", v)} search={searches.subjects} />
              </Field>
              <Field path="dataCategories" label="Categories of personal data" errs={errs} wide>
                <Chips readOnly={!editable}
                  {...pickAria("dataCategories", errs)}
                  label="Categories of personal data"
                  items={form.dataCategories}
                  onChange={(v) => set("dataCategories", v)}
                  search={searches.categories}
                  flag={(c) => c.note}
                />
              </Field>
              <Field path="sources" label="Sources of the data" errs={errs} wide>
                <Chips readOnly={!editable} {...pickAria("sources", errs)} label="Sources of the data" items={form.sources} onChange={(v) => set("sources", v)} search={searches.sources} />
              </Field>
              <Field path="systems" label="Systems holding the data" errs={errs} wide>
                <Chips readOnly={!editable}
                  {...pickAria("systems", errs)}
                  label="Systems holding the data"
                  items={form.systems}
                  onChange={(v) => set("systems", v)}
                  search={searches.systems}
                  newLabel={(t) => `Add new system "${t}"`}
                />
              </Field>
            </div>
          </section>

          <section className="card" aria-labelledby="disc-h">
            <h2 id="disc-h">Recipients (Art 30(1)(d))</h2>
            {form.disclosures.length === 0 && <p className="muted">No recipient yet.</p>}
            <ol className="rows">
              {form.disclosures.map((d, i) => {
                const at = `disclosures[${i}]`;
                const src = a?.disclosures?.find((x) => x.id === d.id);
                return (
                  <li key={d.key} className="row" aria-label={`Recipient ${i + 1}`}>
                    <div className="grid">
                      <Field path={`${at}.recipient`} label="Recipient" errs={errs} wide>
                        <Picker
                          {...pickAria(`${at}.recipient`, errs)}
                          value={d.recipient}
                          onChange={(c) => setRow("disclosures", i, { recipient: c })}
                          search={searches.recipients}
                          newLabel={(t) => `Add new recipient "${t}"`}
                        />
                      </Field>
                      {d.recipient?.isNew && (
                        <Field path={`${at}.recipient.kind`} label="Kind of the new recipient" errs={errs}>
                          <select {...aria(`${at}.recipient.kind`, errs)} value={d.kind} onChange={(e) => setRow("disclosures", i, { kind: e.target.value as RecipientKind })}>
                            {recipientKinds.map((k) => (
                              <option key={k} value={k}>
                                {k.replace(/_/g, " ")}
                              </option>
                            ))}
                          </select>
                        </Field>
                      )}
                      <Field path={`${at}.dataCategories`} label="Categories disclosed (none: all the activity's)" errs={errs} wide>
                        <Chips readOnly={!editable}
                          {...pickAria(`${at}.dataCategories`, errs)}
                          label="Categories disclosed"
                          items={d.categories}
                          onChange={(v) => setRow("disclosures", i, { categories: v })}
                          search={searches.categories}
                        />
                      </Field>
                      <Field path={`${at}.purposes`} label="Purposes served (none: all the activity's)" errs={errs} wide>
                        <Chips readOnly={!editable} {...pickAria(`${at}.purposes`, errs)} label="Purposes served" items={d.purposes} onChange={(v) => setRow("disclosures", i, { purposes: v })} search={searches.purposes} />
                      </Field>
                      {editable && (
                      <div className="buttons row-actions">
                        <button type="button" className="secondary" onClick={() => removeRow("disclosures", i)} aria-label={`Remove recipient ${d.recipient?.label ?? i + 1}`}>
                          Remove
                        </button>
                      </div>
                      )}
                    </div>
                    {src && <EvidenceLinks evidence={src.evidence} />}
                  </li>
                );
              })}
            </ol>
            {editable && (
            <button type="button" id="add-disclosures" className="secondary" onClick={() => addRow("disclosures", { key: rowKey(), kind: "processor" as RecipientKind, categories: [], purposes: [], description: "" }, "recipient")}>
              Add recipient
            </button>
            )}
          </section>

          <section className="card" aria-labelledby="tr-h">
            <h2 id="tr-h">Transfers outside the EEA (Art 30(1)(e))</h2>
            {form.transfers.length === 0 && <p className="muted">No transfer stated for this activity.</p>}
            <ol className="rows">
              {form.transfers.map((t, i) => {
                const at = `transfers[${i}]`;
                const src = a?.transfers?.find((x) => x.id === t.id);
                return (
                  <li key={t.key} className="row" aria-label={`Transfer ${i + 1}`}>
                    <div className="grid">
                      <Field path={`${at}.scope`} label="Destination" errs={errs}>
                        <select {...aria(`${at}.scope`, errs)} value={t.scope} onChange={(e) => setRow("transfers", i, { scope: e.target.value as TransferScope })}>
                          <option value="country">a named country</option>
                          <option value="worldwide">worldwide</option>
                          <option value="unspecified">unspecified</option>
                        </select>
                      </Field>
                      {t.scope === "country" && (
                        <Field path={`${at}.country`} label="Country (ISO 3166-1)" errs={errs}>
                          <Picker {...pickAria(`${at}.country`, errs)} value={t.country} onChange={(c) => setRow("transfers", i, { country: c })} search={searches.countries} placeholder="name or code, e.g. JP" />
                        </Field>
                      )}
                      <Field path={`${at}.recipient`} label="Recipient (optional)" errs={errs}>
                        <Picker
                          {...pickAria(`${at}.recipient`, errs)}
                          value={t.recipient}
                          onChange={(c) => setRow("transfers", i, { recipient: c })}
                          search={searches.recipients}
                          newLabel={(x) => `Add new recipient "${x}"`}
                        />
                      </Field>
                      <Field path={`${at}.safeguard`} label="Safeguard" errs={errs} wide>
                        <Picker {...pickAria(`${at}.safeguard`, errs)} value={t.safeguard} onChange={(c) => setRow("transfers", i, { safeguard: c })} search={searches.safeguards} placeholder="e.g. SCCs, adequacy" />
                      </Field>
                      {editable && (
                      <div className="buttons row-actions">
                        <button type="button" className="secondary" onClick={() => removeRow("transfers", i)} aria-label={`Remove transfer ${i + 1}`}>
                          Remove
                        </button>
                      </div>
                      )}
                    </div>
                    {src?.safeguard?.validUntil && (
                      <p className="note">
                        <SafeguardName safeguard={src.safeguard} />
                      </p>
                    )}
                    {src && <EvidenceLinks evidence={src.evidence} />}
                  </li>
                );
              })}
            </ol>
            {editable && (
            <button type="button" id="add-transfers" className="secondary" onClick={() => addRow("transfers", { key: rowKey(), scope: "country" as TransferScope, kind: "processor" as RecipientKind, description: "" }, "country")}>
              Add transfer
            </button>
            )}
            {a && (
              <AlsoApplies facts={a.effectiveTransfers}>
                {(t) => (
                  <>
                    {t.country || t.scope}: <SafeguardName safeguard={t.safeguard} />
                  </>
                )}
              </AlsoApplies>
            )}
          </section>

          <section className="card" aria-labelledby="ret-h">
            <h2 id="ret-h">Retention (Art 30(1)(f))</h2>
            {form.retentionRules.length === 0 && <p className="muted">No time limit stated for this activity.</p>}
            <ol className="rows">
              {form.retentionRules.map((r, i) => {
                const at = `retentionRules[${i}]`;
                const src = a?.retentionRules?.find((x) => x.id === r.id);
                return (
                  <li key={r.key} className="row" aria-label={`Retention rule ${i + 1}`}>
                    <div className="grid">
                      <Field path={`${at}.duration`} label="Period (ISO 8601)" errs={errs} hint={/^P/.test(r.duration.trim()) ? humanDuration(r.duration.trim()) : "e.g. P6Y, P30D"}>
                        <input {...aria(`${at}.duration`, errs, true)} value={r.duration} onChange={(e) => setRow("retentionRules", i, { duration: e.target.value })} />
                      </Field>
                      <Field path={`${at}.criterion`} label="or criterion in words" errs={errs} wide>
                        <input {...aria(`${at}.criterion`, errs)} value={r.criterion} onChange={(e) => setRow("retentionRules", i, { criterion: e.target.value })} />
                      </Field>
                      <Field path={`${at}.endAction`} label="At the end" errs={errs}>
                        <select {...aria(`${at}.endAction`, errs)} value={r.endAction} onChange={(e) => setRow("retentionRules", i, { endAction: e.target.value as RetentionRuleEndAction })}>
                          {["delete", "anonymise", "isolate", "return", "unspecified"].map((v) => (
                            <option key={v} value={v}>
                              {v}
                            </option>
                          ))}
                        </select>
                      </Field>
                      <Field path={`${at}.dataCategories`} label="Categories (none: all)" errs={errs} wide>
                        <Chips readOnly={!editable}
                          {...pickAria(`${at}.dataCategories`, errs)}
                          label="Categories kept for this period"
                          items={r.categories}
                          onChange={(v) => setRow("retentionRules", i, { categories: v })}
                          search={searches.categories}
                        />
                      </Field>
                      {editable && (
                      <div className="buttons row-actions">
                        <button type="button" className="secondary" onClick={() => removeRow("retentionRules", i)} aria-label={`Remove retention rule ${i + 1}`}>
                          Remove
                        </button>
                      </div>
                      )}
                    </div>
                    {src && <EvidenceLinks evidence={src.evidence} />}
                  </li>
                );
              })}
            </ol>
            {editable && (
            <button type="button" id="add-retentionRules" className="secondary" onClick={() => addRow("retentionRules", { key: rowKey(), duration: "", criterion: "", endAction: "delete" as RetentionRuleEndAction, categories: [] }, "duration")}>
              Add retention rule
            </button>
            )}
            {a && (
              <AlsoApplies facts={a.effectiveRetentionRules}>
                {(r) => <span title={r.criterion ?? undefined}>{r.duration ? humanDuration(r.duration) : shorten(r.criterion ?? "", 120)}</span>}
              </AlsoApplies>
            )}
          </section>

          <section className="card" aria-labelledby="sec-h">
            <h2 id="sec-h">Security measures (Art 30(1)(g))</h2>
            {form.securityMeasures.length === 0 && <p className="muted">No measure stated for this activity.</p>}
            <ol className="rows">
              {form.securityMeasures.map((s, i) => {
                const at = `securityMeasures[${i}]`;
                return (
                  <li key={s.key} className="row" aria-label={`Security measure ${i + 1}`}>
                    <div className="grid">
                      <Field path={`${at}.measure`} label="Measure" errs={errs}>
                        <Picker {...pickAria(`${at}.measure`, errs)} value={s.measure} onChange={(c) => setRow("securityMeasures", i, { measure: c })} search={searches.measures} />
                      </Field>
                      <Field path={`${at}.description`} label="How" errs={errs} wide>
                        <input {...aria(`${at}.description`, errs)} value={s.description} onChange={(e) => setRow("securityMeasures", i, { description: e.target.value })} placeholder="e.g. TLS 1.2+ in transit" />
                      </Field>
                      {editable && (
                      <div className="buttons row-actions">
                        <button type="button" className="secondary" onClick={() => removeRow("securityMeasures", i)} aria-label={`Remove security measure ${s.measure?.label ?? i + 1}`}>
                          Remove
                        </button>
                      </div>
                      )}
                    </div>
                  </li>
                );
              })}
            </ol>
            {editable && (
            <button type="button" id="add-securityMeasures" className="secondary" onClick={() => addRow("securityMeasures", { key: rowKey(), description: "" }, "measure")}>
              Add security measure
            </button>
            )}
          </section>
        </fieldset>
        {errs[""] !== undefined && (
          <p role="alert" className="error" id="act-general-error" tabIndex={-1}>
            {errs[""]}
          </p>
        )}
        {editable && (
          <div className="buttons save-bar">
            <button type="submit" disabled={busy}>
              {id ? "Save activity" : "Create activity"}
            </button>
            <span className="muted">{orgName ? `for ${orgName}; ` : ""}every section is saved together, or nothing is.</span>
            <span role="status" className="saved">
              {saved}
            </span>
          </div>
        )}
      </form>
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
