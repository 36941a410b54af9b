import { useEffect, useMemo, useRef, useState } from "react";
import cytoscape from "cytoscape";
import { Link } from "react-router-dom";
import { graphql } from "../gql";
import type { DataMapFilter, DataMapQuery, NodeDetailsQuery } from "../gql/graphql";
import { request } from "../api";
import { useCan } from "../auth";
import { AsOfBanner, AsOfField, ErrorNote, EvidenceLinks, OrgSelect, useAsOf, useOrganization, useQuery } from "../common";
import { columns, layout, type NodeKind } from "../lib";
import { FindingMark, NodeFindings, useNodeFindings, type Finding } from "../findingsData";
import { badgeOf } from "../findings";

const DataMapQueryDoc = graphql(`
  query DataMap($organization: ID, $filter: DataMapFilter, $asOf: Time) {
    dataMap(organization: $organization, filter: $filter, asOf: $asOf) {
      nodes {
        id
        kind
        label
        ref
        specialCategory
        criminalOffence
        transfer
        staleSafeguard
      }
      edges {
        from
        to
        kind
        label
      }
    }
  }
`);

const FilterChoices = graphql(`
  query FilterChoices($org: ID!) {
    dataCategories(first: 1000, orderBy: { field: KEY }) {
      edges {
        node {
          key
          name
        }
      }
    }
    purposes(first: 1000, orderBy: { field: KEY }) {
      edges {
        node {
          key
          name
        }
      }
    }
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

const NodeDetails = graphql(`
  query NodeDetails($id: ID!) {
    node(id: $id) {
      __typename
      ... on ProcessingActivity {
        id
        name
        description
        businessFunction
        role
        reviewStatus
        evidence {
          id
          quote
        }
        purposes {
          id
          purpose {
            name
          }
          legalBasis {
            reference
          }
          specialCondition {
            reference
          }
          evidence {
            id
            quote
          }
        }
      }
      ... on Recipient {
        id
        name
        kind
        service
        country
        evidence {
          id
          quote
        }
        transfers {
          id
          scope
          country
          safeguard {
            name
            validUntil
          }
          evidence {
            id
            quote
          }
        }
      }
      ... on DataCategory {
        id
        key
        name
        description
        specialCategory
        criminalOffence
      }
      ... on System {
        id
        key
        name
        description
        evidence {
          id
          quote
        }
      }
      ... on Organization {
        id
        name
        country
        email
        dpoEmail
        evidence {
          id
          quote
        }
      }
    }
  }
`);

type Node = DataMapQuery["dataMap"]["nodes"][number];

const kindNames: Record<NodeKind, string> = {
  ORGANIZATION: "Organization",
  SYSTEM: "Systems",
  ACTIVITY: "Activities",
  DATA_CATEGORY: "Data categories",
  RECIPIENT: "Recipients",
  COUNTRY: "Countries",
};

/** Colours (checked against white for ≥ 4.5:1 contrast) for what a DPO worries about. */
const colour = { plain: "#4a5568", special: "#b00020", transfer: "#0b5cad", stale: "#a14a00", select: "#111" };

function nodeClasses(n: Node): string {
  return [n.kind.toLowerCase(), n.specialCategory || n.criminalOffence ? "special" : "", n.transfer ? "transfer" : "", n.staleSafeguard ? "stale" : ""]
    .filter(Boolean)
    .join(" ");
}

function flags(n: Node): string[] {
  const f: string[] = [];
  if (n.specialCategory) f.push("special category (Art 9)");
  if (n.criminalOffence) f.push("criminal offence data (Art 10)");
  if (n.transfer) f.push("third-country transfer");
  if (n.staleSafeguard) f.push("stale safeguard");
  return f;
}

export function DataMapView() {
  const { orgs, org, setOrg } = useOrganization();
  const [draft, setDraft] = useState<DataMapFilter>({});
  const [filter, setFilter] = useState<DataMapFilter>({});
  const [selected, setSelected] = useState<string | null>(null);
  const { asOf, time: asOfTime, setAsOf } = useAsOf();
  const map = useQuery(
    () => (org ? request(DataMapQueryDoc, { organization: org.id, filter: clean(filter), asOf: asOfTime }) : Promise.resolve(undefined)),
    [org?.id, JSON.stringify(filter), asOfTime],
  );
  const choices = useQuery(() => (org ? request(FilterChoices, { org: org.id }) : Promise.resolve(undefined)), [org?.id]);
  const nodes = useMemo(() => map.data?.dataMap.nodes ?? [], [map.data]);
  const edges = useMemo(() => map.data?.dataMap.edges ?? [], [map.data]);
  const selNode = nodes.find((n) => n.id === selected);
  // Today's findings: none are marked on a past map.
  const todayMarks = useNodeFindings(org, nodes);
  const marks = useMemo(() => (asOf ? new Map<string, Finding[]>() : todayMarks), [asOf, todayMarks]);

  return (
    <section aria-labelledby="map-h" className="map-view">
      <h1 id="map-h">Data map{org ? `: ${org.name}` : ""}</h1>
      <form
        className="filters"
        aria-label="Filter the data map"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter(draft);
        }}
      >
        <OrgSelect orgs={orgs} org={org} setOrg={(k) => { setSelected(null); setOrg(k); }} />
        <div className="field">
          <label htmlFor="f-cat">Data category</label>
          <input id="f-cat" list="f-cat-list" value={draft.dataCategory ?? ""} onChange={(e) => setDraft({ ...draft, dataCategory: e.target.value })} placeholder="user.contact" />
          <datalist id="f-cat-list">
            {choices.data?.dataCategories.edges?.map((e) => e?.node && <option key={e.node.key} value={e.node.key}>{e.node.name}</option>)}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="f-purpose">Purpose</label>
          <input id="f-purpose" list="f-purpose-list" value={draft.purpose ?? ""} onChange={(e) => setDraft({ ...draft, purpose: e.target.value })} placeholder="marketing" />
          <datalist id="f-purpose-list">
            {choices.data?.purposes.edges?.map((e) => e?.node && <option key={e.node.key} value={e.node.key}>{e.node.name}</option>)}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="f-recipient">Recipient</label>
          <select id="f-recipient" value={draft.recipient ?? ""} onChange={(e) => setDraft({ ...draft, recipient: e.target.value })}>
            <option value="">any</option>
            {choices.data?.recipients.edges?.map((e) => e?.node && <option key={e.node.id} value={e.node.id}>{e.node.name}</option>)}
          </select>
        </div>
        <div className="field narrow">
          <label htmlFor="f-country">Country</label>
          <input id="f-country" value={draft.country ?? ""} onChange={(e) => setDraft({ ...draft, country: e.target.value.toUpperCase() })} placeholder="US" maxLength={11} />
        </div>
        <AsOfField id="f-asof" asOf={asOf} setAsOf={(d) => { setSelected(null); setAsOf(d); }} />
        <div className="buttons">
          <button type="submit">Apply filter</button>
          <button type="button" className="secondary" onClick={() => { setDraft({}); setFilter({}); }}>
            Clear
          </button>
        </div>
      </form>
      <AsOfBanner asOf={asOf} setAsOf={(d) => { setSelected(null); setAsOf(d); }} />
      <ErrorNote error={map.error} />
      <Legend />
      <p className="muted" aria-live="polite">
        {map.loading ? "Loading the map…" : `${nodes.length} nodes, ${edges.length} links`}
      </p>
      <div className="map-layout">
        <Graph nodes={nodes} edges={edges} selected={selected} onSelect={setSelected} marks={marks} />
        {selNode ? (
          <aside className="details" aria-label="Details of the selected node">
            <button type="button" className="secondary close" onClick={() => setSelected(null)} aria-label="Close the details">
              ×
            </button>
            <Details node={selNode} past={!!asOf} />
            {org && <NodeFindings org={org.key} node={selNode} findings={marks.get(selNode.id)} />}
          </aside>
        ) : (
          <p className="muted hint">Select a node in the map or in the lists below for its details and evidence.</p>
        )}
      </div>
      <NodeList nodes={nodes} selected={selected} onSelect={setSelected} marks={marks} />
    </section>
  );
}

function clean(f: DataMapFilter): DataMapFilter | undefined {
  const out: DataMapFilter = {};
  for (const [k, v] of Object.entries(f)) if (typeof v === "string" && v.trim()) (out as Record<string, string>)[k] = v.trim();
  return Object.keys(out).length ? out : undefined;
}

function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li><span className="swatch" style={{ background: colour.special }} /> special-category or criminal-offence data</li>
      <li><span className="swatch" style={{ background: colour.transfer }} /> reached by a third-country transfer</li>
      <li><span className="swatch stale-swatch" style={{ borderColor: colour.stale }} /> stale safeguard (dashed)</li>
      <li><span className="swatch finding-swatch" /> open findings (halo; ⚑ and their number before the name)</li>
    </ul>
  );
}

function Graph({ nodes, edges, selected, onSelect, marks }: { nodes: Node[]; edges: DataMapQuery["dataMap"]["edges"]; selected: string | null; onSelect: (id: string) => void; marks: Map<string, Finding[]> }) {
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<cytoscape.Core | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const aspect = box.current.clientWidth / Math.max(1, box.current.clientHeight);
    const lay = layout(nodes, aspect);
    const ids = new Set(nodes.map((n) => n.id));
    const c = cytoscape({
      container: box.current,
      elements: [
        ...lay.headers.map((h, i) => ({
          data: { id: `header:${i}`, label: h.kinds.map((k) => kindNames[k]).join(" · ") },
          position: { x: h.x, y: h.y },
          classes: "header",
          selectable: false,
          grabbable: false,
        })),
        ...nodes.map((n) => ({ data: { id: n.id, label: n.label }, position: lay.nodes.get(n.id), classes: nodeClasses(n) })),
        ...edges.filter((e) => ids.has(e.from) && ids.has(e.to)).map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, kind: e.kind } })),
      ],
      layout: { name: "preset", fit: true, padding: 16 },
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 3,
      style: [
        {
          selector: "node",
          style: {
            label: "data(label)",
            "font-size": 13,
            color: "#1a202c",
            "text-valign": "center",
            "text-halign": "right",
            "text-margin-x": 5,
            "text-wrap": "ellipsis",
            "text-max-width": "150px",
            "min-zoomed-font-size": 6,
            width: 14,
            height: 14,
            "background-color": colour.plain,
          },
        },
        { selector: "node.header", style: { shape: "rectangle", width: 1, height: 1, "background-opacity": 0, "font-size": 15, "font-weight": "bold", "text-halign": "right", "text-max-width": "400px", events: "no" } },
        { selector: "node.organization", style: { shape: "round-rectangle", width: 20, height: 20 } },
        { selector: "node.system", style: { shape: "barrel" } },
        { selector: "node.activity", style: { shape: "round-rectangle" } },
        { selector: "node.recipient", style: { shape: "diamond" } },
        { selector: "node.country", style: { shape: "hexagon", width: 18, height: 18 } },
        { selector: "node.transfer", style: { "background-color": colour.transfer } },
        { selector: "node.special", style: { "background-color": colour.special } },
        { selector: "node.stale", style: { "border-width": 3, "border-style": "dashed", "border-color": colour.stale } },
        { selector: "node.findings", style: { "underlay-color": colour.special, "underlay-opacity": 0.3, "underlay-padding": 6, "underlay-shape": "ellipse", "font-weight": "bold" } },
        { selector: "node.findings-medium", style: { "underlay-color": colour.stale } },
        { selector: "node.findings-low", style: { "underlay-color": colour.plain } },
        { selector: "node:selected", style: { "border-width": 4, "border-color": colour.select, "border-style": "solid", "font-weight": "bold" } },
        { selector: "edge", style: { width: 1, "line-color": "#a0aec0", "curve-style": "straight", "target-arrow-shape": "triangle", "target-arrow-color": "#a0aec0", "arrow-scale": 0.6, opacity: 0.35 } },
        { selector: "edge[kind = 'TRANSFERS_TO']", style: { "line-color": colour.transfer, "target-arrow-color": colour.transfer } },
        { selector: ".faded", style: { opacity: 0.12 } },
        { selector: "edge.hl", style: { width: 2, "line-color": "#2d3748", "target-arrow-color": "#2d3748", opacity: 1 } },
      ],
    });
    c.on("tap", "node", (ev) => {
      if (!ev.target.hasClass("header")) onSelect(ev.target.id());
    });
    cy.current = c;
    const ro = new ResizeObserver(() => {
      c.resize();
      c.fit(undefined, 16);
    });
    ro.observe(box.current);
    return () => {
      ro.disconnect();
      c.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nodes, edges]);
  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    for (const n of nodes) {
      const el = c.getElementById(n.id);
      if (el.empty()) continue;
      const b = badgeOf(marks.get(n.id));
      el.removeClass("findings findings-high findings-medium findings-low");
      el.data("label", b ? `⚑${b.count} ${n.label}` : n.label);
      if (b) el.addClass(`findings findings-${b.severity}`);
    }
  }, [marks, nodes]);
  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    c.elements().removeClass("faded hl").unselect();
    if (!selected) return;
    const n = c.getElementById(selected);
    if (n.empty()) return;
    n.select();
    const hood = n.closedNeighborhood();
    c.elements().not(hood).not(".header").addClass("faded");
    hood.edges().addClass("hl");
  }, [selected, nodes]);
  return (
    <div className="graph-wrap">
      <div ref={box} className="graph" role="img" aria-label={`Data map drawing with ${nodes.length} nodes; the same nodes are listed below the map`} data-testid="graph" />
      <div className="graph-tools">
        <button type="button" className="secondary" onClick={() => cy.current?.fit(undefined, 16)}>Fit</button>
        <button type="button" className="secondary" aria-label="Zoom in" onClick={() => cy.current?.zoom({ level: cy.current.zoom() * 1.3, renderedPosition: { x: cy.current.width() / 2, y: cy.current.height() / 2 } })}>+</button>
        <button type="button" className="secondary" aria-label="Zoom out" onClick={() => cy.current?.zoom({ level: cy.current.zoom() / 1.3, renderedPosition: { x: cy.current.width() / 2, y: cy.current.height() / 2 } })}>−</button>
      </div>
    </div>
  );
}

function NodeList({ nodes, selected, onSelect, marks }: { nodes: Node[]; selected: string | null; onSelect: (id: string) => void; marks: Map<string, Finding[]> }) {
  const kinds = columns.flat();
  return (
    <div className="node-list">
      {kinds.map((k) => {
        const ns = nodes.filter((n) => n.kind === k).sort((a, b) => a.label.localeCompare(b.label));
        if (!ns.length) return null;
        return (
          <section key={k} aria-labelledby={`list-${k}`}>
            <h2 id={`list-${k}`}>
              {kindNames[k as NodeKind]} ({ns.length})
            </h2>
            <ul>
              {ns.map((n) => (
                <li key={n.id}>
                  <button type="button" className={`node-button ${nodeClasses(n)}`} aria-pressed={selected === n.id} onClick={() => onSelect(n.id)}>
                    {n.label}
                    {flags(n).length > 0 && <span className="flags"> — {flags(n).join(", ")}</span>}
                    <FindingMark findings={marks.get(n.id)} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function Details({ node, past }: { node: Node; past: boolean }) {
  const can = useCan();
  const { data, error, loading } = useQuery(() => (node.ref ? request(NodeDetails, { id: node.ref }) : Promise.resolve(undefined)), [node.ref]);
  const d = data?.node as NodeDetailsQuery["node"];
  return (
    <div>
      <h2>{node.label}</h2>
      <p className="muted">{kindNames[node.kind as NodeKind]}{flags(node).length ? ` · ${flags(node).join(", ")}` : ""}</p>
      {past && <p className="muted past-note">The details below are the catalog's now, not as of the map's date.</p>}
      <ErrorNote error={error} />
      {loading && node.ref && <p className="muted">Loading…</p>}
      {d?.__typename === "ProcessingActivity" && (
        <>
          <dl>
            <dt>Business function</dt><dd>{d.businessFunction ?? "—"}</dd>
            <dt>Role</dt><dd>{d.role}</dd>
            <dt>Review</dt><dd>{d.reviewStatus}</dd>
          </dl>
          {d.description && <p>{d.description}</p>}
          <h3>Purposes and bases</h3>
          <ul>
            {d.purposes?.map((p) => (
              <li key={p.id}>
                {p.purpose.name}: {p.legalBasis?.reference ?? "basis not stated"}
                {p.specialCondition ? `, ${p.specialCondition.reference}` : ""}
                <EvidenceLinks evidence={p.evidence} />
              </li>
            ))}
          </ul>
          <h3>Evidence</h3>
          <EvidenceLinks evidence={d.evidence} />
          <p><Link to={`/activities/${d.id}`}>{can("edit") && !past ? "Edit this activity" : "Open this activity"}</Link></p>
        </>
      )}
      {d?.__typename === "Recipient" && (
        <>
          <dl>
            <dt>Kind</dt><dd>{d.kind}</dd>
            {d.service && (<><dt>Service</dt><dd>{d.service}</dd></>)}
            {d.country && (<><dt>Country</dt><dd>{d.country}</dd></>)}
          </dl>
          <h3>Transfers</h3>
          {d.transfers?.length ? (
            <ul>
              {d.transfers.map((t) => (
                <li key={t.id}>
                  {t.country || t.scope}: {t.safeguard ? t.safeguard.name : "no safeguard stated"}
                  {t.safeguard?.validUntil ? ` (invalid since ${t.safeguard.validUntil.slice(0, 10)})` : ""}
                  <EvidenceLinks evidence={t.evidence} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">none recorded</p>
          )}
          <h3>Evidence</h3>
          <EvidenceLinks evidence={d.evidence} />
        </>
      )}
      {d?.__typename === "DataCategory" && (
        <dl>
          <dt>Key</dt><dd><code>{d.key}</code></dd>
          <dt>Special category (Art 9)</dt><dd>{d.specialCategory ? "yes" : "no"}</dd>
          <dt>Criminal offence (Art 10)</dt><dd>{d.criminalOffence ? "yes" : "no"}</dd>
          {d.description && (<><dt>Description</dt><dd>{d.description}</dd></>)}
          <dt>Lookup</dt><dd><Link to={`/lookup?field=${encodeURIComponent(d.key)}`}>Who receives {d.key}?</Link></dd>
        </dl>
      )}
      {d?.__typename === "System" && (
        <>
          <p><code>{d.key}</code> {d.description}</p>
          <h3>Evidence</h3>
          <EvidenceLinks evidence={d.evidence} />
        </>
      )}
      {d?.__typename === "Organization" && (
        <>
          <dl>
            <dt>Country</dt><dd>{d.country ?? "—"}</dd>
            <dt>Contact</dt><dd>{d.email ?? "—"}</dd>
            <dt>DPO</dt><dd>{d.dpoEmail ?? "—"}</dd>
          </dl>
          <h3>Evidence</h3>
          <EvidenceLinks evidence={d.evidence} />
        </>
      )}
    </div>
  );
}
