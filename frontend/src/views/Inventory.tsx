// Inventories (issue 17): the tables a DPO works from — recipients and
// vendors, transfers, data categories, systems and datasets — each
// filtered, sorted and paged on the server (internal/inventory), with its
// state in the URL and CSV/XLSX exports of exactly the rows it shows (all
// pages). The activities inventory is the record of processing view.
import { useEffect, useState, type ReactNode } from "react";
import { Link, NavLink, Navigate, useLocation, useParams } from "react-router-dom";
import { graphql } from "../gql";
import type { InventoryOrder } from "../gql/graphql";
import { request } from "../api";
import { ErrorNote, EvidenceLinks, OrgSelect, SafeguardName, useOrganization, useQuery } from "../common";
import { exportQuery, useTypedParam, useUrlState } from "../urlState";

const TransferInventoryQuery = graphql(`
  query TransferInventory($org: String!, $filter: TransferInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {
    transferInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      columns { key header sortable }
      pageInfo { hasNextPage hasPreviousPage }
      rows {
        transfer { id reviewStatus }
        country
        destination
        recipient { id name }
        activities { id name }
        safeguard { key name }
        valid
        invalidSince
        validity
        evidence { id quote }
      }
    }
  }
`);

const RecipientInventoryQuery = graphql(`
  query RecipientInventory($org: String!, $filter: RecipientInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {
    recipientInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      columns { key header sortable }
      pageInfo { hasNextPage hasPreviousPage }
      rows {
        recipient { id name kind country reviewStatus }
        categories { id key name specialCategory criminalOffence }
        activities { id name }
        purposes { id name }
        legalBases { id reference }
        countries
        safeguards { key name validUntil }
        evidence { id quote }
      }
    }
  }
`);

const CategoryInventoryQuery = graphql(`
  query CategoryInventory($org: String!, $filter: CategoryInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {
    categoryInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      columns { key header sortable }
      pageInfo { hasNextPage hasPreviousPage }
      rows {
        category { id key name specialCategory criminalOffence }
        activities { id name }
        recipients { id name }
      }
    }
  }
`);

const FieldInventoryQuery = graphql(`
  query FieldInventory($org: String!, $filter: FieldInventoryFilter, $orderBy: InventoryOrder, $first: Int, $after: String) {
    fieldInventory(organization: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      columns { key header sortable }
      pageInfo { hasNextPage hasPreviousPage }
      rows {
        system { id key name }
        dataset { id key name }
        field { id key name path }
        category { id key name specialCategory criminalOffence }
        recipients { id name }
      }
    }
  }
`);

const SafeguardsQuery = graphql(`
  query InventorySafeguards($after: Cursor) {
    transferSafeguards(first: 100, after: $after, orderBy: [{ field: NAME }]) {
      pageInfo { hasNextPage endCursor }
      edges { node { key name } }
    }
  }
`);

/** Rows per page. */
export const INVENTORY_PAGE = 25;

type Kind = "recipients" | "transfers" | "categories" | "fields";

const kinds: { kind: Kind | "activities"; title: string; to: string }[] = [
  { kind: "activities", title: "Processing activities", to: "/records" },
  { kind: "recipients", title: "Recipients and vendors", to: "/inventory/recipients" },
  { kind: "transfers", title: "Transfers", to: "/inventory/transfers" },
  { kind: "categories", title: "Data categories", to: "/inventory/categories" },
  { kind: "fields", title: "Systems and datasets", to: "/inventory/fields" },
];

const roles = ["processor", "sub_processor", "third_party", "affiliate", "joint_controller", "public_authority", "acquirer", "public", "other"];

interface Column {
  key: string;
  header: string;
  sortable: boolean;
}

interface Loaded<R> {
  totalCount: number;
  columns: Column[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
  rows: R[];
}

/** The sub-navigation between the inventories, keeping the organization. */
function InventoryNav({ org }: { org?: string }) {
  const q = org ? `?org=${encodeURIComponent(org)}` : "";
  return (
    <nav aria-label="Inventories" className="inv-nav">
      <ul>
        {kinds.map((k) => (
          <li key={k.kind}>
            <NavLink to={k.to + q} end>
              {k.title}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** /inventory without a kind: the transfers inventory. */
export function InventoryIndex() {
  const { search } = useLocation();
  return <Navigate to={`/inventory/transfers${search}`} replace />;
}

export function InventoryView() {
  const { kind = "" } = useParams();
  if (!kinds.some((k) => k.kind === kind) || kind === "activities") {
    return <p>No such inventory. Choose one: {kinds.map((k, i) => <span key={k.kind}>{i > 0 ? ", " : ""}<Link to={k.to}>{k.title}</Link></span>)}.</p>;
  }
  return <Inventory kind={kind as Kind} key={kind} />;
}

function Inventory({ kind }: { kind: Kind }) {
  const { orgs, org } = useOrganization();
  const { params, get, set } = useUrlState();
  const title = kinds.find((k) => k.kind === kind)!.title;
  const page = Math.max(1, Number.parseInt(get("page") || "1", 10) || 1);
  const sort = get("sort");
  const dir = get("dir") === "desc" ? "desc" : "asc";
  const orderBy: InventoryOrder | undefined = sort ? { field: sort, direction: dir === "desc" ? "DESC" : "ASC" } : undefined;
  const after = page > 1 ? String((page - 1) * INVENTORY_PAGE - 1) : undefined;
  const vars = { org: org?.key ?? "", orderBy, first: INVENTORY_PAGE, after };
  const search = get("q");
  const q = useQuery<(Loaded<unknown> & { page: number }) | undefined>(async () => {
    if (!org) return undefined;
    const loaded = await load();
    return loaded && { ...loaded, page };
  }, [org?.key, kind, params.toString()]);
  async function load(): Promise<Loaded<unknown> | undefined> {
    switch (kind) {
      case "transfers":
        return (await request(TransferInventoryQuery, { ...vars, filter: { search, invalidOnly: get("invalid") === "true", country: get("country"), safeguard: get("safeguard") } })).transferInventory;
      case "recipients":
        return (await request(RecipientInventoryQuery, { ...vars, filter: { search, role: get("role"), country: get("country"), category: get("category") } })).recipientInventory;
      case "categories":
        return (await request(CategoryInventoryQuery, { ...vars, filter: { search, specialOnly: get("special") === "true", category: get("category") } })).categoryInventory;
      case "fields":
        return (await request(FieldInventoryQuery, { ...vars, filter: { search, system: get("system"), category: get("category") } })).fieldInventory;
    }
  }
  const data = q.data;
  const pages = data ? Math.max(1, Math.ceil(data.totalCount / INVENTORY_PAGE)) : 1;
  // A page past the end (the rows changed): go to the last one.
  useEffect(() => {
    if (data && page > pages) set({ page: String(pages) }, { keepPage: true, replace: true });
  }, [data?.totalCount, page]);

  const sortHeader = (c: Column, first: boolean) => {
    const active = sort.toLowerCase() === c.key.toLowerCase();
    const ariaSort = active ? (dir === "asc" ? "ascending" : "descending") : c.sortable ? "none" : undefined;
    const content = c.sortable ? (
      <button type="button" className="sort" onClick={() => set({ sort: c.key, dir: active && dir === "asc" ? "desc" : "asc" })}>
        {c.header} <span aria-hidden="true">{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
      </button>
    ) : (
      c.header
    );
    return (
      <th scope="col" key={c.key} aria-sort={ariaSort} className={first ? "inv-first" : undefined}>
        {content}
      </th>
    );
  };
  const exportHref = (format: string) => `/reports/inventory/${kind}.${format}?${exportQuery(params, org?.key ?? "")}`;
  // What the table shows: the page its rows were loaded for (the URL may be a step ahead while loading).
  const shown = data?.page ?? page;
  const from = data && data.totalCount ? (shown - 1) * INVENTORY_PAGE + 1 : 0;
  const to = data ? Math.min(shown * INVENTORY_PAGE, data.totalCount) : 0;
  return (
    <section aria-labelledby="inv-h" className="inventory">
      <h1 id="inv-h">
        {title}
        {org ? `: ${org.name}` : ""}
      </h1>
      <InventoryNav org={org?.key} />
      <div className="filters">
        <OrgSelect orgs={orgs} org={org} setOrg={(k) => set({ org: k })} id="inv-org" />
        <SearchField kind={kind} value={search} onChange={(v) => set({ q: v }, { replace: true })} />
        <Filters kind={kind} get={get} set={set} />
        <div className="buttons exports" role="group" aria-label={`Export the ${title.toLowerCase()} shown (all pages)`}>
          <a className="button" href={exportHref("csv")} download data-testid="export-csv">
            Export CSV
          </a>
          <a className="button" href={exportHref("xlsx")} download data-testid="export-xlsx">
            Export XLSX
          </a>
        </div>
      </div>
      <ErrorNote error={q.error} />
      <p aria-live="polite" className="muted inv-count">
        {q.loading && !data ? "Loading…" : data ? `${data.totalCount} ${countNoun(kind, data.totalCount)}${data.totalCount ? `, showing ${from}–${to}` : ""}` : ""}
      </p>
      {data && (
        <div className="table-wrap inv-wrap" tabIndex={0} role="region" aria-labelledby="inv-caption" aria-busy={q.loading}>
          <table className={`inventory-table inv-${kind}`}>
            <caption id="inv-caption">
              {title}
              {org ? ` of ${org.name}` : ""}, page {shown} of {pages}
              {sort ? `, sorted by ${data.columns.find((c) => c.key.toLowerCase() === sort.toLowerCase())?.header ?? sort} ${dir === "asc" ? "ascending" : "descending"}` : ""}
            </caption>
            <thead>
              <tr>{data.columns.filter((c) => c.key !== "review").map((c, i) => sortHeader(c, i === 0))}</tr>
            </thead>
            <tbody>
              {kind === "transfers" && (data as Loaded<TransferRow>).rows.map((r) => <TransferTr key={r.transfer.id} r={r} />)}
              {kind === "recipients" && (data as Loaded<RecipientRow>).rows.map((r) => <RecipientTr key={r.recipient.id} r={r} />)}
              {kind === "categories" && (data as Loaded<CategoryRow>).rows.map((r) => <CategoryTr key={r.category.id} r={r} />)}
              {kind === "fields" && (data as Loaded<FieldRow>).rows.map((r) => <FieldTr key={r.field.id} r={r} />)}
            </tbody>
          </table>
          {data.rows.length === 0 && <p className="inv-empty">Nothing matches these filters.</p>}
        </div>
      )}
      {data && (
        <nav className="pager" aria-label="Pages">
          <button type="button" disabled={page <= 1} onClick={() => set({ page: page > 2 ? String(page - 1) : "" }, { keepPage: true })}>
            Previous page
          </button>
          <span className="muted inv-page">
            Page {shown} of {pages}
          </span>
          <button type="button" disabled={!data.pageInfo.hasNextPage} onClick={() => set({ page: String(page + 1) }, { keepPage: true })}>
            Next page
          </button>
          {pages > 2 && (
            <button type="button" className="secondary" disabled={page >= pages} onClick={() => set({ page: String(pages) }, { keepPage: true })}>
              Last page
            </button>
          )}
        </nav>
      )}
    </section>
  );
}

function countNoun(kind: Kind, n: number) {
  const one = { recipients: "recipient", transfers: "transfer", categories: "data category", fields: "field" }[kind];
  const many = { recipients: "recipients", transfers: "transfers", categories: "data categories", fields: "fields" }[kind];
  return n === 1 ? one : many;
}

/** The search box; typing updates the URL after a short pause, so each key does not start a query. */
function SearchField({ kind, value, onChange }: { kind: Kind; value: string; onChange: (v: string) => void }) {
  const [text, setText] = useTypedParam(value, onChange);
  const hint = { recipients: "recipient name", transfers: "country, recipient, activity or safeguard", categories: "category name or key", fields: "field path or name" }[kind];
  return (
    <div className="field wide inv-search">
      <label htmlFor="inv-search">Search</label>
      <input id="inv-search" type="search" value={text} onChange={(e) => setText(e.target.value)} aria-describedby="inv-search-hint" />
      <small id="inv-search-hint">{hint}</small>
    </div>
  );
}

type Get = (k: string) => string;
type Set = ReturnType<typeof useUrlState>["set"];

/** The filters of an inventory, each a URL parameter. */
function Filters({ kind, get, set }: { kind: Kind; get: Get; set: Set }) {
  const country = (
    <TextFilter id="inv-country" label="Country" hint="ISO code, e.g. US" value={get("country")} onChange={(v) => set({ country: v.toUpperCase() })} narrow />
  );
  const category = <TextFilter id="inv-category" label="Data category" hint="key, e.g. user.contact" value={get("category")} onChange={(v) => set({ category: v })} />;
  switch (kind) {
    case "transfers":
      return (
        <>
          <div className="field check">
            <input id="inv-invalid" type="checkbox" checked={get("invalid") === "true"} onChange={(e) => set({ invalid: e.target.checked ? "true" : "" })} />
            <label htmlFor="inv-invalid">Invalid safeguards only</label>
          </div>
          {country}
          <SafeguardSelect value={get("safeguard")} onChange={(v) => set({ safeguard: v })} />
        </>
      );
    case "recipients":
      return (
        <>
          <div className="field">
            <label htmlFor="inv-role">Role</label>
            <select id="inv-role" value={get("role")} onChange={(e) => set({ role: e.target.value })}>
              <option value="">any</option>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {r.replace(/_/g, " ")}
                </option>
              ))}
            </select>
          </div>
          {country}
          {category}
        </>
      );
    case "categories":
      return (
        <>
          <div className="field check">
            <input id="inv-special" type="checkbox" checked={get("special") === "true"} onChange={(e) => set({ special: e.target.checked ? "true" : "" })} />
            <label htmlFor="inv-special">Special categories only (Art 9, Art 10)</label>
          </div>
          {category}
        </>
      );
    case "fields":
      return (
        <>
          <TextFilter id="inv-system" label="System" hint="system key" value={get("system")} onChange={(v) => set({ system: v })} />
          {category}
        </>
      );
  }
}

/** A text filter applied when the field is left or Enter is pressed. */
function TextFilter({ id, label, hint, value, onChange, narrow }: { id: string; label: string; hint: string; value: string; onChange: (v: string) => void; narrow?: boolean }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const apply = () => text.trim() !== value && onChange(text.trim());
  return (
    <div className={`field${narrow ? " inv-narrow" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} value={text} onChange={(e) => setText(e.target.value)} onBlur={apply} onKeyDown={(e) => e.key === "Enter" && apply()} aria-describedby={`${id}-hint`} />
      <small id={`${id}-hint`}>{hint}</small>
    </div>
  );
}

/** The safeguards of the catalog, paged through. */
function SafeguardSelect({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const q = useQuery(async () => {
    const out: { key: string; name: string }[] = [];
    let after: string | undefined;
    for (;;) {
      const d = await request(SafeguardsQuery, { after });
      for (const e of d.transferSafeguards.edges ?? []) if (e?.node) out.push(e.node);
      if (!d.transferSafeguards.pageInfo.hasNextPage) return out;
      after = d.transferSafeguards.pageInfo.endCursor ?? undefined;
    }
  }, []);
  return (
    <div className="field">
      <label htmlFor="inv-safeguard">Safeguard</label>
      <select id="inv-safeguard" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">any</option>
        {value && !q.data?.some((s) => s.key === value) && <option value={value}>{value}</option>}
        {(q.data ?? []).map((s) => (
          <option key={s.key} value={s.key}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A list cut to a few items, with a button for the rest. */
function Few<T>({ items, render, few = 3, empty = "—" }: { items: T[]; render: (x: T) => ReactNode; few?: number; empty?: ReactNode }) {
  const [open, setOpen] = useState(false);
  if (!items.length) return <>{empty}</>;
  const shown = open ? items : items.slice(0, few);
  return (
    <>
      <ul className="inv-list">
        {shown.map((x, i) => (
          <li key={i}>{render(x)}</li>
        ))}
      </ul>
      {items.length > few && (
        <button type="button" className="linklike more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "fewer" : `and ${items.length - few} more`}
        </button>
      )}
    </>
  );
}

const activityLink = (a: { id: string; name: string }) => <Link to={`/activities/${a.id}`}>{a.name}</Link>;

type TransferRow = {
  transfer: { id: string; reviewStatus: string };
  country?: string | null;
  destination: string;
  recipient?: { id: string; name: string } | null;
  activities: { id: string; name: string }[];
  safeguard?: { key: string; name: string } | null;
  valid: boolean;
  invalidSince?: string | null;
  validity: string;
  evidence: { id: string; quote: string }[];
};

function TransferTr({ r }: { r: TransferRow }) {
  return (
    <tr className={r.valid ? undefined : "inv-invalid"}>
      <th scope="row" className="inv-first">
        {r.destination}
        {r.country ? <span className="muted"> ({r.country})</span> : null}
      </th>
      <td data-label="Recipient">{r.recipient ? r.recipient.name : <span className="muted">any recipient of the activities</span>}</td>
      <td data-label="Processing activities">
        <Few items={r.activities} render={activityLink} />
      </td>
      <td data-label="Safeguard">{r.safeguard ? r.safeguard.name : <span className="muted">none stated</span>}</td>
      <td data-label="Validity" className="inv-validity">
        {r.valid ? <span className="inv-valid">{r.validity}</span> : <strong className="stale-text">{r.validity}</strong>}
      </td>
      <td data-label="Evidence">
        <EvidenceLinks evidence={r.evidence} />
      </td>
    </tr>
  );
}

type Cat = { id: string; key: string; name: string; specialCategory: boolean; criminalOffence: boolean };
const catName = (c: Cat) => (
  <span className={c.specialCategory || c.criminalOffence ? "special-text" : undefined} title={c.key}>
    {c.name}
  </span>
);

type RecipientRow = {
  recipient: { id: string; name: string; kind: string; country?: string | null; reviewStatus: string };
  categories: Cat[];
  activities: { id: string; name: string }[];
  purposes: { id: string; name: string }[];
  legalBases: { id: string; reference: string }[];
  countries: string[];
  safeguards: { key: string; name: string; validUntil?: string | null }[];
  evidence: { id: string; quote: string }[];
};

function RecipientTr({ r }: { r: RecipientRow }) {
  return (
    <tr>
      <th scope="row" className="inv-first">
        {r.recipient.name}
        {r.recipient.reviewStatus === "UNREVIEWED" && <span className="tag draft"> DRAFT</span>}
      </th>
      <td data-label="Role">{r.recipient.kind.replace(/_/g, " ")}</td>
      <td data-label="Established in">{r.recipient.country || "—"}</td>
      <td data-label="Data categories received">
        <Few items={r.categories} render={catName} few={4} />
      </td>
      <td data-label="Processing activities">
        <Few items={r.activities} render={activityLink} />
      </td>
      <td data-label="Purposes">{r.purposes.map((p) => p.name).join("; ") || "—"}</td>
      <td data-label="Legal bases">{r.legalBases.map((b) => b.reference).join("; ") || "—"}</td>
      <td data-label="Transferred to">{r.countries.join(", ") || "—"}</td>
      <td data-label="Safeguards">
        <Few items={r.safeguards} render={(s) => <SafeguardName safeguard={s} />} few={4} />
      </td>
      <td data-label="Evidence">
        <EvidenceLinks evidence={r.evidence.slice(0, 2)} />
      </td>
    </tr>
  );
}

type CategoryRow = { category: Cat; activities: { id: string; name: string }[]; recipients: { id: string; name: string }[] };

function CategoryTr({ r }: { r: CategoryRow }) {
  const c = r.category;
  return (
    <tr>
      <th scope="row" className="inv-first">
        {catName(c)}
      </th>
      <td data-label="Key">
        <code>{c.key}</code>
      </td>
      <td data-label="Special category">{c.specialCategory ? <strong className="special-text">Art 9</strong> : c.criminalOffence ? <strong className="special-text">Art 10</strong> : "—"}</td>
      <td data-label="Collected by (activities)">
        <Few items={r.activities} render={activityLink} />
      </td>
      <td data-label="Received by (recipients)">
        <Few items={r.recipients} render={(x) => x.name} />
      </td>
    </tr>
  );
}

type FieldRow = {
  system: { id: string; key: string; name: string };
  dataset: { id: string; key: string; name: string };
  field: { id: string; key: string; name: string; path?: string | null };
  category?: Cat | null;
  recipients: { id: string; name: string }[];
};

function FieldTr({ r }: { r: FieldRow }) {
  return (
    <tr>
      <th scope="row" className="inv-first">
        {r.system.name}
      </th>
      <td data-label="Dataset">{r.dataset.name}</td>
      <td data-label="Field path">
        {r.field.path ? (
          <Link to={`/lookup?field=${encodeURIComponent(r.field.path)}`}>
            <code>{r.field.path}</code>
          </Link>
        ) : (
          "—"
        )}
      </td>
      <td data-label="Field">{r.field.name}</td>
      <td data-label="Data category">{r.category ? catName(r.category) : "—"}</td>
      <td data-label="Received by">
        <Few items={r.recipients} render={(x) => x.name} />
      </td>
    </tr>
  );
}
