// The organization form (issue 17): Art 30(1)(a), the controller's name
// and contact details, its DPO and its representative, at
// /organizations/new and /organizations/:key; saved by saveOrganization.
import { useEffect, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { graphql } from "../gql";
import { ApiError, request } from "../api";
import { ErrorNote, useQuery } from "../common";
import { useCan } from "../auth";

const OrgQuery = graphql(`
  query OrganizationForEdit($key: String!) {
    organizations(where: { key: $key }) {
      edges {
        node {
          id
          key
          name
          country
          address
          email
          phone
          website
          dpoName
          dpoEmail
          dpoPhone
          dpoAddress
          representativeName
          representativeAddress
          representativeEmail
        }
      }
    }
    activities(first: 50, where: { hasOrganizationWith: [{ key: $key }] }, orderBy: [{ field: NAME }]) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const SaveOrganization = graphql(`
  mutation SaveOrganization($input: SaveOrganizationInput!) {
    saveOrganization(input: $input) {
      id
      key
    }
  }
`);

const fields = [
  "key",
  "name",
  "country",
  "address",
  "email",
  "phone",
  "website",
  "dpoName",
  "dpoEmail",
  "dpoPhone",
  "dpoAddress",
  "representativeName",
  "representativeAddress",
  "representativeEmail",
] as const;
type OrgForm = Record<(typeof fields)[number], string>;
const empty = Object.fromEntries(fields.map((f) => [f, ""])) as OrgForm;
const orgId = (f: string) => `org-${f}`;

export function OrganizationEditView() {
  const { key } = useParams();
  const navigate = useNavigate();
  const editable = useCan()("edit");
  const q = useQuery(() => (key ? request(OrgQuery, { key }) : Promise.resolve(undefined)), [key]);
  const o = q.data?.organizations.edges?.[0]?.node ?? undefined;
  const [form, setForm] = useState<OrgForm>(empty);
  const [errs, setErrs] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState("");
  const focusNext = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (o) setForm(Object.fromEntries(fields.map((f) => [f, (o[f] as string | null | undefined) ?? ""])) as OrgForm);
  }, [o?.id, q.data]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    const t = focusNext.current;
    focusNext.current = undefined;
    if (t) document.getElementById(t)?.focus();
  });
  if (key && q.loading && !o) return <p className="muted">Loading…</p>;
  if (key && q.error) return <ErrorNote error={q.error} />;
  if (key && !o && !q.loading) return <p role="alert">No organization has the key {key}.</p>;

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setErrs({});
    setSaved("");
    try {
      const r = await request(SaveOrganization, { input: { id: o?.id ?? null, ...form } });
      if (!o || r.saveOrganization.key !== key) {
        navigate(`/organizations/${r.saveOrganization.key}`, { state: { saved: true } });
        setSaved(o ? "Saved." : "Organization created. Add its first activity below.");
        return;
      }
      setSaved("Saved.");
      q.reload();
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      const f = err instanceof ApiError ? err.field : undefined;
      const path = f && document.getElementById(orgId(f)) ? f : "";
      setErrs({ [path]: path ? msg.replace(/^invalid [^:]+: /, "") : msg });
      focusNext.current = path ? orgId(path) : "org-general-error";
    }
  };
  const change = (f: (typeof fields)[number], v: string) => {
    setForm({ ...form, [f]: v });
    if (errs[f]) setErrs({});
  };
  const input = (f: (typeof fields)[number], label: string, opts: { hint?: string; wide?: boolean; area?: boolean; type?: string; required?: boolean } = {}) => {
    const id = orgId(f);
    const by = [errs[f] ? `${id}-error` : "", opts.hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
    const common = {
      id,
      value: form[f],
      "aria-invalid": errs[f] ? true : undefined,
      "aria-describedby": by,
      "aria-required": opts.required || undefined,
    };
    return (
      <div className={`field${opts.wide ? " wide" : ""}${errs[f] ? " has-error" : ""}`}>
        <label htmlFor={id}>{label}</label>
        {opts.area ? (
          <textarea {...common} rows={2} onChange={(e) => change(f, e.target.value)} />
        ) : (
          <input {...common} type={opts.type ?? "text"} onChange={(e) => change(f, e.target.value)} />
        )}
        {opts.hint && <small id={`${id}-hint`}>{opts.hint}</small>}
        {errs[f] && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {errs[f]}
          </p>
        )}
      </div>
    );
  };
  const acts = q.data?.activities.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const total = q.data?.activities.totalCount ?? 0;
  return (
    <section aria-labelledby="org-h" className="edit org-form">
      <h1 id="org-h">{o ? (editable ? `Organization: ${o.name}` : o.name) : "New organization"}</h1>
      {o && (
        <p className="muted">
          <Link to={`/records?org=${o.key}`}>its record of processing</Link>
        </p>
      )}
      {!editable && <p className="readonly-note">Your role reads the record; an editor changes it.</p>}
      <form onSubmit={save} noValidate aria-label="Organization">
        <fieldset className="plain" disabled={!editable}>
          <section className="card" aria-labelledby="org-ctl-h">
            <h2 id="org-ctl-h">Controller (Art 30(1)(a))</h2>
            <div className="grid">
              {input("key", "Key (required)", { required: true, hint: "short, lower case, stable: used in links and the API, e.g. acme" })}
              {input("name", "Legal name (required)", { required: true, wide: true })}
              {input("country", "Country of its seat (ISO code)", { hint: "two letters, e.g. DE" })}
              {input("email", "Contact email", { type: "email" })}
              {input("phone", "Phone", { type: "tel" })}
              {input("website", "Website", { type: "url", wide: true })}
            </div>
            {input("address", "Address", { area: true })}
          </section>
          <section className="card" aria-labelledby="org-dpo-h">
            <h2 id="org-dpo-h">Data protection officer (Art 37)</h2>
            <div className="grid">
              {input("dpoName", "Name", { wide: true })}
              {input("dpoEmail", "Email", { type: "email" })}
              {input("dpoPhone", "Phone", { type: "tel" })}
            </div>
            {input("dpoAddress", "Address", { area: true })}
          </section>
          <section className="card" aria-labelledby="org-rep-h">
            <h2 id="org-rep-h">Representative in the EU or UK (Art 27)</h2>
            <div className="grid">
              {input("representativeName", "Name", { wide: true })}
              {input("representativeEmail", "Email", { type: "email" })}
            </div>
            {input("representativeAddress", "Address", { area: true })}
          </section>
        </fieldset>
        {errs[""] !== undefined && (
          <p role="alert" className="error" id="org-general-error" tabIndex={-1}>
            {errs[""]}
          </p>
        )}
        {editable && (
          <div className="buttons save-bar">
            <button type="submit">{o ? "Save organization" : "Create organization"}</button>
            <span role="status" className="saved">
              {saved}
            </span>
          </div>
        )}
      </form>
      {o && (
        <section className="card" aria-labelledby="org-acts-h">
          <h2 id="org-acts-h">Processing activities ({total})</h2>
          {acts.length === 0 ? <p className="muted">None yet.</p> : null}
          <ul className="items">
            {acts.map((x) => (
              <li key={x.id}>
                <Link to={`/activities/${x.id}`}>{x.name}</Link>
              </li>
            ))}
          </ul>
          {total > acts.length && (
            <p className="muted">
              The first {acts.length} by name; <Link to={`/records?org=${o.key}`}>the record</Link> lists all of them.
            </p>
          )}
          {editable && (
            <Link className="button" to={`/activities/new?org=${o.key}`}>
              {acts.length ? "Add an activity" : "Add its first activity"}
            </Link>
          )}
        </section>
      )}
    </section>
  );
}
