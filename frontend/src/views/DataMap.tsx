// The data map: an overview (systems and data categories → activities →
// recipients → countries) with groups to expand, a focus on one node's
// neighbourhood and a search, all computed by the server (dataMapView);
// the details of the selected node beside the drawing (below it on a
// narrow screen, where lists replace the drawing). Everything the view
// shows is in the URL: ?org, focus, expand (repeated), q, node, asOf.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { graphql } from "../gql";
import type { DataMapDetailsQuery, DataMapViewQuery } from "../gql/graphql";
import { request } from "../api";
import { useCan } from "../auth";
import { AsOfBanner, AsOfField, DraftTag, ErrorNote, OrgSelect, useAsOf, useOrganization, useQuery } from "../common";
import { FindingMark, NodeFindings, useNodeFindings, type Finding } from "../findingsData";
import { kindTitle, layoutMap, linkPath, nodeText, type Box } from "../mapLayout";

export const MapNodeFragment = graphql(`
  fragment MapNode on DataMapViewNode {
    id
    kind
    label
    key
    ref
    group
    members
    parent
    parentLabel
    specialCategory
    criminalOffence
    transfer
    staleSafeguard
    match
  }
`);

const ViewDoc = graphql(`
  query DataMapView($organization: String!, $focus: String, $expand: [String!], $search: String, $asOf: Time) {
    dataMapView(organization: $organization, focus: $focus, expand: $expand, search: $search, asOf: $asOf) {
      nodes {
        ...MapNode
      }
      links {
        from
        to
        kind
        count
        staleSafeguard
      }
      focus {
        ...MapNode
      }
      matches {
        ...MapNode
      }
      matchCount
      totals {
        systems
        categories
        activities
        recipients
        countries
      }
    }
  }
`);

const DetailsDoc = graphql(`
  query DataMapDetails($organization: String!, $node: String!, $asOf: Time) {
    dataMapDetails(organization: $organization, node: $node, asOf: $asOf) {
      node {
        ...MapNode
      }
      activity {
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
      }
      purposes {
        id
        reviewStatus
        purpose {
          key
          name
        }
        legalBasis {
          reference
          name
        }
        specialCondition {
          reference
        }
        evidence {
          id
          quote
        }
      }
      categories {
        id
        key
        name
        specialCategory
        criminalOffence
      }
      systems {
        id
        key
        name
      }
      collectedBy {
        id
        name
      }
      disclosures {
        disclosure {
          id
          reviewStatus
          evidence {
            id
            quote
          }
        }
        activity {
          id
          name
        }
        recipient {
          id
          name
          kind
        }
        categories {
          key
          name
          specialCategory
          criminalOffence
        }
        bases {
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
        }
        allBases
      }
      transfers {
        transfer {
          id
          reviewStatus
          evidence {
            id
            quote
          }
        }
        activities {
          id
          name
        }
        recipient {
          id
          name
        }
        country
        countryName
        safeguard {
          key
          name
          invalidatedBy
        }
        valid
        invalidSince
        appliesTo
      }
      members {
        ...MapNode
      }
      memberCount
    }
  }
`);

type View = DataMapViewQuery["dataMapView"];
type MapNode = View["nodes"][number];
type Link_ = View["links"][number];
type Details = DataMapDetailsQuery["dataMapDetails"];

/** Colours checked against white for ≥ 4.5:1 contrast. */
const colour = { plain: "#4a5568", special: "#b00020", transfer: "#0b5cad", stale: "#a14a00", select: "#111827" };

function flags(n: Pick<MapNode, "specialCategory" | "criminalOffence" | "transfer" | "staleSafeguard" | "group">): string[] {
  const f: string[] = [];
  if (n.specialCategory) f.push(n.group ? "holds special-category data (Art 9)" : "special category (Art 9)");
  if (n.criminalOffence) f.push("criminal offence data (Art 10)");
  if (n.transfer) f.push("third-country transfer");
  if (n.staleSafeguard) f.push("safeguard no longer valid");
  return f;
}

function classes(n: MapNode): string {
  return [n.kind.toLowerCase(), n.group ? "group" : "", n.specialCategory || n.criminalOffence ? "special" : "", n.transfer ? "transfer" : "", n.staleSafeguard ? "stale" : "", n.match ? "hit" : ""]
    .filter(Boolean)
    .join(" ");
}

/** The view's state in the URL. */
function useMapParams() {
  const [params, setParams] = useSearchParams();
  const focus = params.get("focus") ?? "";
  const expand = params.getAll("expand");
  const q = params.get("q") ?? "";
  const node = params.get("node") ?? "";
  const update = (f: (p: URLSearchParams) => void) => {
    const p = new URLSearchParams(params);
    f(p);
    setParams(p);
  };
  return {
    focus,
    expand,
    q,
    node,
    select: (id: string) => update((p) => (id ? p.set("node", id) : p.delete("node"))),
    setFocus: (id: string) =>
      update((p) => {
        if (id) {
          p.set("focus", id);
          p.set("node", id);
        } else p.delete("focus");
      }),
    toggle: (group: string) =>
      update((p) => {
        const now = p.getAll("expand");
        p.delete("expand");
        for (const g of now.includes(group) ? now.filter((x) => x !== group) : [...now, group]) p.append("expand", g);
      }),
    search: (text: string) =>
      update((p) => {
        if (text.trim()) p.set("q", text.trim());
        else p.delete("q");
        p.delete("focus");
      }),
    overview: () =>
      update((p) => {
        p.delete("focus");
        p.delete("q");
        p.delete("expand");
      }),
    clearNode: (p: URLSearchParams) => {
      p.delete("node");
      p.delete("focus");
      p.delete("expand");
      p.delete("q");
    },
    update,
  };
}

/** Whether the viewport is narrower than 700 px. */
function useNarrow(): boolean {
  const query = "(max-width: 699px)";
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const m = window.matchMedia(query);
    const f = () => setNarrow(m.matches);
    m.addEventListener("change", f);
    return () => m.removeEventListener("change", f);
  }, []);
  return narrow;
}

export function DataMapView() {
  const { orgs, org } = useOrganization();
  const mp = useMapParams();
  const { asOf, time: asOfTime, setAsOf } = useAsOf();
  const narrow = useNarrow();
  const [draft, setDraft] = useState(mp.q);
  useEffect(() => setDraft(mp.q), [mp.q]);
  const view = useQuery(
    () =>
      org
        ? request(ViewDoc, { organization: org.key, focus: mp.focus || undefined, expand: mp.expand.length ? mp.expand : undefined, search: mp.q || undefined, asOf: asOfTime })
        : Promise.resolve(undefined),
    [org?.key, mp.focus, mp.expand.join("\n"), mp.q, asOfTime],
  );
  const v = view.data?.dataMapView;
  const nodes = useMemo(() => v?.nodes ?? [], [v]);
  const links = useMemo(() => v?.links ?? [], [v]);
  // Today's findings: none are marked on a past map.
  const todayMarks = useNodeFindings(org, nodes);
  const marks = useMemo(() => (asOf ? new Map<string, Finding[]>() : todayMarks), [asOf, todayMarks]);
  const selected = mp.node;
  const selNode = nodes.find((n) => n.id === selected);
  // On a narrow screen the details are under the lists: bring them into view.
  const aside = useRef<HTMLElement>(null);
  useEffect(() => {
    if (narrow && selected) aside.current?.scrollIntoView({ block: "start" });
  }, [narrow, selected]);

  return (
    <section aria-labelledby="map-h" className="map-view">
      <h1 id="map-h">Data map{org ? `: ${org.name}` : ""}</h1>
      <form
        className="filters"
        aria-label="Search and date of the data map"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          mp.search(draft);
        }}
      >
        <OrgSelect orgs={orgs} org={org} setOrg={(k) => mp.update((p) => { mp.clearNode(p); p.set("org", k); })} />
        <div className="field wide map-search">
          <label htmlFor="map-q">Search names and keys</label>
          <input id="map-q" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="e.g. contact, Google, user.financial, US" aria-describedby="map-q-hint" />
          <small id="map-q-hint">Activities, recipients, systems, data categories and countries; the map keeps the hits and their links.</small>
        </div>
        <AsOfField id="f-asof" asOf={asOf} setAsOf={setAsOf} />
        <div className="buttons">
          <button type="submit">Search</button>
          {(mp.focus || mp.q || mp.expand.length > 0) && (
            <button type="button" className="secondary" onClick={() => { setDraft(""); mp.overview(); }}>
              Back to the overview
            </button>
          )}
        </div>
      </form>
      <AsOfBanner asOf={asOf} setAsOf={setAsOf} />
      <ErrorNote error={view.error} />
      {v && <Status view={v} focus={mp.focus} q={mp.q} loading={view.loading} onOverview={() => mp.overview()} />}
      {v && mp.q && <Matches view={v} q={mp.q} onFocus={mp.setFocus} />}
      <Legend />
      <div className={`map-layout${narrow ? " narrow" : ""}`}>
        <div className="map-main">
          {narrow ? (
            <NodeList nodes={nodes} selected={selected} onSelect={mp.select} onToggle={mp.toggle} expanded={mp.expand} marks={marks} />
          ) : (
            <Drawing nodes={nodes} links={links} selected={selected} onSelect={mp.select} marks={marks} focus={mp.focus} />
          )}
        </div>
        <aside ref={aside} className="details" aria-label="Details of the selected node" aria-live="polite">
          {selected && org ? (
            <>
              <button type="button" className="secondary close" onClick={() => mp.select("")} aria-label="Close the details">
                ×
              </button>
              <Details
                org={org.key}
                id={selected}
                asOfTime={asOfTime}
                past={!!asOf}
                focused={mp.focus === selected}
                expanded={mp.expand}
                onFocus={mp.setFocus}
                onSelect={mp.select}
                onToggle={mp.toggle}
              />
              {selNode && <NodeFindings org={org.key} node={selNode} findings={marks.get(selNode.id)} />}
            </>
          ) : (
            <p className="muted hint">Select a node in the map{narrow ? "" : " or in the lists below it"} for what it receives, sends and why, with the sentences of the notices.</p>
          )}
        </aside>
      </div>
      {!narrow && (
        <>
          <h2 className="lists-h">The same nodes as lists</h2>
          <NodeList nodes={nodes} selected={selected} onSelect={mp.select} onToggle={mp.toggle} expanded={mp.expand} marks={marks} />
        </>
      )}
    </section>
  );
}

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

function Status({ view, focus, q, loading, onOverview }: { view: View; focus: string; q: string; loading: boolean; onOverview: () => void }) {
  const t = view.totals;
  const groups = view.nodes.filter((n) => n.group).length;
  let what: ReactNode;
  if (focus && view.focus) {
    what = (
      <>
        Focused on <strong>{nodeText(view.focus)}</strong> ({kindTitle[view.focus.kind]?.toLowerCase().replace(/s$/, "") ?? view.focus.kind}): only its neighbourhood, {plural(view.nodes.length, "node")}.{" "}
        <button type="button" className="linklike" onClick={onOverview}>
          Show the whole map
        </button>
      </>
    );
  } else if (q) {
    what = (
      <>
        {plural(view.matchCount, "match", "matches")} for “{q}”, drawn with their links: {plural(view.nodes.length, "node")}.
      </>
    );
  } else {
    what = (
      <>
        Overview: {plural(t.systems, "system")}, {plural(t.categories, "data category", "data categories")}, {plural(t.activities, "activity", "activities")}, {plural(t.recipients, "recipient")}, {plural(t.countries, "country", "countries")}
        {groups ? `; ${plural(groups, "group")} to expand` : ""}.
      </>
    );
  }
  return (
    <p className="map-status" aria-live="polite" data-testid="map-status">
      {loading ? "Loading the map… " : null}
      {what}
    </p>
  );
}

function Matches({ view, q, onFocus }: { view: View; q: string; onFocus: (id: string) => void }) {
  if (!view.matchCount) return <p className="muted">Nothing in this organization's map is named like “{q}”.</p>;
  return (
    <section aria-labelledby="map-matches-h" className="map-matches">
      <h2 id="map-matches-h" className="small">
        {view.matchCount > view.matches.length ? `The first ${view.matches.length} of ${view.matchCount} matches` : `Matches (${view.matchCount})`}: focus on one
      </h2>
      <ul>
        {view.matches.map((m) => (
          <li key={m.id}>
            <button type="button" className="linklike" onClick={() => onFocus(m.id)} title={m.key ? `${m.label} — ${m.key}` : m.label}>
              {m.label}
            </button>{" "}
            <span className="muted">{kindTitle[m.kind]?.replace(/ies$/, "y").replace(/s$/, "").toLowerCase()}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li><span className="swatch" style={{ background: colour.special }} /> special-category or criminal-offence data</li>
      <li><span className="swatch" style={{ background: colour.transfer }} /> third-country transfer</li>
      <li><span className="swatch stale-swatch" style={{ borderColor: colour.stale }} /> safeguard no longer valid (dashed)</li>
      <li><span className="swatch group-swatch" /> group: select it to list or expand its members</li>
      <li><span className="swatch finding-swatch" /> open findings (⚑ and their number)</li>
    </ul>
  );
}

let canvas: CanvasRenderingContext2D | null | undefined;

/** Measures text as the drawing shows it (the page's font at size px). */
function measureText(size: number): (s: string) => number {
  if (canvas === undefined) canvas = document.createElement("canvas").getContext("2d");
  const c = canvas;
  if (!c) return (s) => s.length * size * 0.58;
  c.font = `${size}px ${getComputedStyle(document.body).fontFamily}`;
  return (s) => c.measureText(s).width;
}

interface ViewBox {
  x: number;
  y: number;
  k: number;
}

/** The SVG drawing, with pan (drag, wheel) and zoom (ctrl+wheel, buttons, + and − keys). */
function Drawing({ nodes, links, selected, onSelect, marks, focus }: { nodes: MapNode[]; links: Link_[]; selected: string; onSelect: (id: string) => void; marks: Map<string, Finding[]>; focus: string }) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(900);
  const [winH, setWinH] = useState(() => window.innerHeight);
  const [vb, setVb] = useState<ViewBox>({ x: 0, y: 0, k: 1 });
  const drag = useRef<{ x: number; y: number; vx: number; vy: number; moved: boolean } | null>(null);
  const dragged = useRef(false);
  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    const onResize = () => setWinH(window.innerHeight);
    window.addEventListener("resize", onResize);
    return () => {
      ro.disconnect();
      window.removeEventListener("resize", onResize);
    };
  }, []);
  const lay = useMemo(() => layoutMap(nodes, Math.max(340, width - 8), 13, measureText(13)), [nodes, width]);
  const height = Math.round(Math.min(lay.height + 12, Math.max(360, winH * 0.72)));
  // A new map starts at the top, at 100 %.
  useEffect(() => setVb({ x: 0, y: 0, k: 1 }), [nodes]);
  const vw = width / vb.k;
  const vh = height / vb.k;
  const clamp = (b: ViewBox): ViewBox => {
    const k = Math.min(3, Math.max(0.2, b.k));
    const maxX = Math.max(0, lay.width + 20 - width / k);
    const maxY = Math.max(0, lay.height + 20 - height / k);
    return { k, x: Math.min(maxX, Math.max(Math.min(0, maxX), b.x)), y: Math.min(maxY, Math.max(Math.min(0, maxY), b.y)) };
  };
  const zoom = (f: number, cx = width / 2, cy = height / 2) =>
    setVb((b) => {
      const k = Math.min(3, Math.max(0.2, b.k * f));
      // Keep the point under (cx, cy) where it is.
      const px = b.x + cx / b.k;
      const py = b.y + cy / b.k;
      return clamp({ k, x: px - cx / k, y: py - cy / k });
    });
  // The wheel pans (ctrl or ⌘ + wheel zooms); at the drawing's edge the page scrolls.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      const r = svg.getBoundingClientRect();
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        zoom(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - r.left, e.clientY - r.top);
        return;
      }
      setVb((b) => {
        const n = clamp({ ...b, x: b.x + (e.shiftKey ? e.deltaY : e.deltaX) / b.k, y: b.y + (e.shiftKey ? 0 : e.deltaY) / b.k });
        return n.x === b.x && n.y === b.y ? b : n;
      });
      const b = vbRef.current;
      const maxY = Math.max(0, lay.height + 20 - height / b.k);
      if ((e.deltaY > 0 && b.y < maxY - 0.5) || (e.deltaY < 0 && b.y > 0.5) || e.shiftKey) e.preventDefault();
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => svg.removeEventListener("wheel", onWheel);
  });
  const vbRef = useRef(vb);
  vbRef.current = vb;

  // A node the keyboard moves to is brought into view.
  const reveal = (b: Box) =>
    setVb((v) => {
      const w = width / v.k;
      const h = height / v.k;
      if (b.x >= v.x && b.y >= v.y && b.x + b.w <= v.x + w && b.y + b.h <= v.y + h) return v;
      return clamp({ ...v, x: b.x + b.w > v.x + w || b.x < v.x ? b.x - 20 : v.x, y: b.y + b.h > v.y + h || b.y < v.y ? b.y - h / 3 : v.y });
    });
  const ids = useMemo(() => new Set(nodes.map((n) => n.id)), [nodes]);
  const near = useMemo(() => {
    // In a focus everything drawn is the focused node's: nothing fades.
    if (!selected || selected === focus) return null;
    const s = new Set([selected]);
    for (const l of links) {
      if (l.from === selected) s.add(l.to);
      if (l.to === selected) s.add(l.from);
    }
    return s;
  }, [selected, links, focus]);
  const onKey = (e: KeyboardEvent) => {
    const step = 60 / vb.k;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (e.key === "+" || e.key === "=") zoom(1.25);
    else if (e.key === "-" || e.key === "_") zoom(1 / 1.25);
    else if (e.key === "0") setVb({ x: 0, y: 0, k: 1 });
    else if (moves[e.key] && e.target === svgRef.current) setVb((b) => clamp({ ...b, x: b.x + moves[e.key][0], y: b.y + moves[e.key][1] }));
    else return;
    e.preventDefault();
  };
  return (
    <div className="graph-wrap" ref={wrapRef}>
      <div className="graph-tools" role="group" aria-label="Zoom and move the drawing">
        <button type="button" className="secondary" aria-label="Zoom in" title="Zoom in (+)" onClick={() => zoom(1.25)}>+</button>
        <button type="button" className="secondary" aria-label="Zoom out" title="Zoom out (−)" onClick={() => zoom(1 / 1.25)}>−</button>
        <button type="button" className="secondary" title="Back to 100 %, top left (0)" onClick={() => setVb({ x: 0, y: 0, k: 1 })}>Reset</button>
        <span className="muted zoom-level" aria-live="polite">{Math.round(vb.k * 100)} %</span>
        <span className="muted tools-hint">Drag or scroll to move; ctrl + scroll to zoom.</span>
      </div>
      <svg
        ref={svgRef}
        className="graph"
        data-testid="graph"
        role="group"
        aria-label={`Data map drawing, ${nodes.length} nodes${focus ? " around the focused node" : ""}; drag or use the arrow keys to move, + and − to zoom; the same nodes are listed below`}
        tabIndex={0}
        width={width}
        height={height}
        viewBox={`${vb.x} ${vb.y} ${vw} ${vh}`}
        onKeyDown={onKey}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          drag.current = { x: e.clientX, y: e.clientY, vx: vb.x, vy: vb.y, moved: false };
          dragged.current = false;
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d) return;
          const dx = e.clientX - d.x;
          const dy = e.clientY - d.y;
          if (!d.moved && Math.hypot(dx, dy) < 5) return;
          if (!d.moved) {
            d.moved = true;
            svgRef.current?.setPointerCapture(e.pointerId);
          }
          dragged.current = true;
          setVb((b) => clamp({ ...b, x: d.vx - dx / b.k, y: d.vy - dy / b.k }));
        }}
        onPointerUp={() => {
          drag.current = null;
        }}
        onPointerCancel={() => {
          drag.current = null;
        }}
      >
        <rect x={vb.x} y={vb.y} width={vw} height={vh} fill="#fff" />
        {lay.headers.map((h, i) => (
          <text key={i} x={h.x + 2} y={h.y} className="col-head">
            {h.label}
          </text>
        ))}
        <g className="links">
          {links.map((l) => {
            const a = lay.boxes.get(l.from);
            const b = lay.boxes.get(l.to);
            if (!a || !b || !ids.has(l.from) || !ids.has(l.to)) return null;
            const hl = near && (l.from === selected || l.to === selected);
            const faded = near && !hl;
            return (
              <path
                key={`${l.from}|${l.to}|${l.kind}`}
                d={linkPath(a, b)}
                className={`link ${l.kind.toLowerCase()}${l.staleSafeguard ? " stale" : ""}${hl ? " hl" : ""}${faded ? " faded" : ""}`}
                strokeWidth={Math.min(6, 1 + Math.log2(l.count)) * (hl ? 1.6 : 1)}
              >
                <title>{`${l.count} link${l.count === 1 ? "" : "s"}`}</title>
              </path>
            );
          })}
        </g>
        <g className="nodes">
          {nodes.map((n) => {
            const b = lay.boxes.get(n.id);
            if (!b) return null;
            return (
              <DrawnNode
                key={n.id}
                n={n}
                b={b}
                fontSize={lay.fontSize}
                selected={selected === n.id}
                faded={!!near && !near.has(n.id)}
                findings={marks.get(n.id)}
                onFocus={() => reveal(b)}
                onSelect={() => {
                  if (!dragged.current) onSelect(n.id);
                }}
              />
            );
          })}
        </g>
      </svg>
    </div>
  );
}

function DrawnNode({ n, b, fontSize, selected, faded, findings, onSelect, onFocus }: { n: MapNode; b: Box; fontSize: number; selected: boolean; faded: boolean; findings?: Finding[]; onSelect: () => void; onFocus: () => void }) {
  const title = [nodeText(n), n.key && n.key !== n.label ? n.key : "", ...flags(n), findings?.length ? `${findings.length} open finding${findings.length === 1 ? "" : "s"}` : ""].filter(Boolean).join(" — ");
  const lineH = Math.round(fontSize * 1.3);
  return (
    <g
      className={`mnode ${classes(n)}${selected ? " selected" : ""}${faded ? " faded" : ""}`}
      transform={`translate(${b.x},${b.y})`}
      role="button"
      tabIndex={0}
      aria-label={title}
      aria-pressed={selected}
      data-id={n.id}
      onClick={onSelect}
      onFocus={onFocus}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onSelect();
        }
      }}
    >
      <title>{title}</title>
      {n.group && <rect className="stack" x={4} y={4} width={b.w} height={b.h} rx={6} />}
      <rect className="box" width={b.w} height={b.h} rx={6} />
      <rect className="bar" width={5} height={b.h} rx={2} />
      {b.lines.map((l, i) => (
        <text key={i} x={12} y={5 + lineH * (i + 1) - 4} fontSize={fontSize}>
          {l}
        </text>
      ))}
      {findings?.length ? (
        <text className="flag-mark" x={b.w - 6} y={fontSize + 2} textAnchor="end" fontSize={fontSize - 1}>
          ⚑{findings.length}
        </text>
      ) : null}
    </g>
  );
}

/** The nodes as lists by kind, groups expandable: the narrow screen's map, and the keyboard's everywhere. */
function NodeList({ nodes, selected, onSelect, onToggle, expanded, marks }: { nodes: MapNode[]; selected: string; onSelect: (id: string) => void; onToggle: (g: string) => void; expanded: string[]; marks: Map<string, Finding[]> }) {
  const kinds = ["SYSTEM", "DATA_CATEGORY", "ACTIVITY", "RECIPIENT", "COUNTRY"];
  const item = (n: MapNode) => (
    <li key={n.id} data-id={n.id}>
      <button type="button" className={`node-button ${classes(n)}`} aria-pressed={selected === n.id} onClick={() => onSelect(n.id)} title={n.key && n.key !== n.label ? `${n.label} — ${n.key}` : n.label}>
        {nodeText(n)}
        {flags(n).length > 0 && <span className="flags"> — {flags(n).join(", ")}</span>}
        <FindingMark findings={marks.get(n.id)} />
      </button>
      {n.group && !n.id.endsWith(":more") && (
        <button type="button" className="secondary toggle" aria-expanded={false} onClick={() => onToggle(n.id)} aria-label={`Show the ${n.members} members of ${n.label}`}>
          ▸
        </button>
      )}
    </li>
  );
  return (
    <div className="node-list">
      {kinds.map((k) => {
        const ns = nodes.filter((n) => n.kind === k);
        if (!ns.length) return null;
        // Members of an expanded group go under its name.
        const rows: ReactNode[] = [];
        const done = new Set<string>();
        for (const n of ns) {
          if (!n.parent) {
            rows.push(item(n));
            continue;
          }
          if (done.has(n.parent)) continue;
          done.add(n.parent);
          const members = ns.filter((m) => m.parent === n.parent);
          rows.push(
            <li key={n.parent} className="open-group" data-id={n.parent}>
              <span className="group-name">{n.parentLabel}</span>
              <button type="button" className="secondary toggle" aria-expanded={expanded.includes(n.parent)} onClick={() => onToggle(n.parent!)} aria-label={`Hide the members of ${n.parentLabel}`}>
                ▾
              </button>
              <ul>{members.map(item)}</ul>
            </li>,
          );
        }
        return (
          <section key={k} aria-labelledby={`list-${k}`}>
            <h2 id={`list-${k}`}>
              {kindTitle[k]} ({ns.filter((n) => !n.group).length + ns.filter((n) => n.group).reduce((s, n) => s + n.members, 0)})
            </h2>
            <ul>{rows}</ul>
          </section>
        );
      })}
    </div>
  );
}

/** The notice's sentence, linking to it in the notice. */
function Sentences({ evidence }: { evidence?: { id: string; quote: string }[] | null }) {
  if (!evidence?.length) return <span className="muted">no sentence recorded</span>;
  return (
    <ul className="sentences">
      {evidence.map((e) => (
        <li key={e.id}>
          <Link to={`/evidence/${e.id}`} className="evidence-link">
            “{e.quote.replace(/\s+/g, " ").trim()}”
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Validity({ t, past }: { t: Details["transfers"][number]; past: boolean }) {
  if (!t.safeguard) return <strong className="stale-text">no safeguard stated</strong>;
  if (t.valid) return <span className="valid-tag">{past ? "valid on the map's date" : "valid today"}</span>;
  if (t.invalidSince)
    return (
      <strong className="invalid-tag">
        invalid since {t.invalidSince.slice(0, 10)}
        {t.safeguard.invalidatedBy ? ` (${t.safeguard.invalidatedBy})` : ""}
      </strong>
    );
  return <strong className="invalid-tag">not yet valid</strong>;
}

function ActLinks({ acts, onSelect, max = 6 }: { acts: { id: string; name: string }[]; onSelect: (id: string) => void; max?: number }) {
  const [all, setAll] = useState(false);
  const shown = all ? acts : acts.slice(0, max);
  return (
    <ul className="act-links">
      {shown.map((a) => (
        <li key={a.id}>
          <button type="button" className="linklike" onClick={() => onSelect(`act:${a.id}`)}>
            {a.name}
          </button>
        </li>
      ))}
      {acts.length > shown.length && (
        <li>
          <button type="button" className="linklike more" onClick={() => setAll(true)}>
            and {acts.length - shown.length} more
          </button>
        </li>
      )}
    </ul>
  );
}

const scopeText: Record<string, string> = { ACTIVITY: "stated for the activity", RECIPIENT: "stated for the recipient", NOTICE: "stated by the notice for all its processing", ORGANIZATION: "organization-wide" };

function Transfers({ transfers, onSelect, heading, past }: { transfers: Details["transfers"]; onSelect: (id: string) => void; heading: string; past: boolean }) {
  return (
    <section aria-label={heading}>
      <h3>{heading} ({transfers.length})</h3>
      {transfers.length ? (
        <ul className="map-facts transfers">
          {transfers.map((t) => (
            <li key={t.transfer.id} data-testid="map-transfer">
              <div className="fact-head">
                <strong>{t.countryName}</strong>: {t.safeguard?.name ?? "no safeguard stated"} · <Validity t={t} past={past} />
                <DraftTag status={t.transfer.reviewStatus} />
              </div>
              <div>
                <span className="muted">Recipient:</span> {t.recipient ? <button type="button" className="linklike" onClick={() => onSelect(`rec:${t.recipient!.id}`)}>{t.recipient.name}</button> : "none named"}
              </div>
              <div>
                <span className="muted">Activities ({t.activities.length}, {scopeText[t.appliesTo] ?? t.appliesTo}):</span> <ActLinks acts={t.activities} onSelect={onSelect} />
              </div>
              <Sentences evidence={t.transfer.evidence} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">none recorded</p>
      )}
    </section>
  );
}

function Bases({ bases, all }: { bases: Details["disclosures"][number]["bases"]; all: boolean }) {
  if (!bases.length) return <span className="muted">no purpose stated</span>;
  return (
    <>
      {all && <span className="muted">(the disclosure names no purpose: all the activity's) </span>}
      {bases.map((b, i) => (
        <span key={b.id}>
          {i > 0 ? "; " : ""}
          {b.purpose.name} — {b.legalBasis?.reference ?? <em>basis not stated</em>}
          {b.specialCondition ? `, ${b.specialCondition.reference}` : ""}
        </span>
      ))}
    </>
  );
}

function CatNames({ cats }: { cats: { key: string; name: string; specialCategory: boolean; criminalOffence: boolean }[] }) {
  return (
    <>
      {cats.map((c, i) => (
        <span key={c.key} title={c.key} className={c.specialCategory || c.criminalOffence ? "special-text" : undefined}>
          {i > 0 ? ", " : ""}
          {c.name}
        </span>
      ))}
    </>
  );
}

function Disclosures({ list, show, onSelect, heading }: { list: Details["disclosures"]; show: "recipient" | "activity" | "both"; onSelect: (id: string) => void; heading: string }) {
  return (
    <section aria-label={heading}>
      <h3>{heading} ({list.length})</h3>
      {list.length ? (
        <ul className="map-facts disclosures">
          {list.map((d) => (
            <li key={d.disclosure.id}>
              <div className="fact-head">
                {show !== "activity" && (
                  <button type="button" className="linklike strong" onClick={() => onSelect(`rec:${d.recipient.id}`)}>
                    {d.recipient.name}
                  </button>
                )}
                {show === "both" && " from "}
                {show !== "recipient" && (
                  <button type="button" className="linklike strong" onClick={() => onSelect(`act:${d.activity.id}`)}>
                    {d.activity.name}
                  </button>
                )}
                <DraftTag status={d.disclosure.reviewStatus} />
              </div>
              <div>
                <span className="muted">Data:</span> <CatNames cats={d.categories} />
              </div>
              <div>
                <span className="muted">Why, on what basis:</span> <Bases bases={d.bases} all={d.allBases} />
              </div>
              <Sentences evidence={d.disclosure.evidence} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">none recorded</p>
      )}
    </section>
  );
}

function Details({ org, id, asOfTime, past, focused, expanded, onFocus, onSelect, onToggle }: { org: string; id: string; asOfTime?: string; past: boolean; focused: boolean; expanded: string[]; onFocus: (id: string) => void; onSelect: (id: string) => void; onToggle: (g: string) => void }) {
  const can = useCan();
  const { data, error, loading } = useQuery(() => request(DetailsDoc, { organization: org, node: id, asOf: asOfTime }), [org, id, asOfTime]);
  const d = data?.dataMapDetails;
  if (error) return <ErrorNote error={error} />;
  if (!d) return <p className="muted">{loading ? "Loading…" : ""}</p>;
  const n = d.node;
  const group = n.group && !n.id.endsWith(":more");
  const kind = kindTitle[n.kind]?.replace(/ies$/, "y").replace(/s$/, "").toLowerCase();
  return (
    <div data-testid="map-details" data-node={n.id}>
      <h2 id="details-h">{nodeText(n)}</h2>
      <p className="muted kind-line">
        {group ? `group of ${kindTitle[n.kind]?.toLowerCase()}` : kind}
        {n.key && n.key !== n.label ? (
          <>
            {" · "}
            <code>{n.key}</code>
          </>
        ) : null}
        {flags(n).length ? ` · ${flags(n).join(", ")}` : ""}
      </p>
      <div className="buttons detail-actions">
        {!focused && !n.id.endsWith(":more") && (
          <button type="button" className="secondary" onClick={() => onFocus(n.id)}>
            Focus on its neighbourhood
          </button>
        )}
        {group && (
          <button type="button" className="secondary" aria-expanded={expanded.includes(n.id)} onClick={() => onToggle(n.id)}>
            {expanded.includes(n.id) ? "Collapse the group" : "Expand the group in the map"}
          </button>
        )}
        {n.kind === "DATA_CATEGORY" && n.key && <Link to={`/lookup?field=${encodeURIComponent(n.key)}`}>Who receives {n.key}?</Link>}
      </div>
      {past && <p className="muted past-note">As the catalog stood on the map's date.</p>}
      {d.activity && (
        <>
          <dl>
            <dt>Business function</dt>
            <dd>{d.activity.businessFunction || "—"}</dd>
            <dt>Role</dt>
            <dd>{d.activity.role}</dd>
            <dt>Review</dt>
            <dd>{d.activity.reviewStatus}</dd>
          </dl>
          {d.activity.description && <p>{d.activity.description}</p>}
          <h3>Purposes and bases</h3>
          <ul className="map-facts">
            {d.purposes.map((p) => (
              <li key={p.id}>
                {p.purpose.name}: {p.legalBasis?.reference ?? <em>basis not stated</em>}
                {p.specialCondition ? `, ${p.specialCondition.reference}` : ""}
                <DraftTag status={p.reviewStatus} />
                <Sentences evidence={p.evidence} />
              </li>
            ))}
          </ul>
          <h3>Data categories ({d.categories.length})</h3>
          <p>
            <CatNames cats={d.categories} />
          </p>
          {d.systems.length > 0 && (
            <>
              <h3>Systems</h3>
              <p>{d.systems.map((s) => s.name).join(", ")}</p>
            </>
          )}
          <Disclosures list={d.disclosures} show="recipient" onSelect={onSelect} heading="Recipients" />
          <Transfers transfers={d.transfers} onSelect={onSelect} heading="Transfers" past={past} />
          <h3>Sentences about the activity</h3>
          <Sentences evidence={d.activity.evidence} />
          <p>
            <Link to={`/activities/${d.activity.id}`}>{can("edit") && !past ? "Edit this activity" : "Open this activity"}</Link>
          </p>
        </>
      )}
      {n.kind === "RECIPIENT" && !n.group && (
        <>
          <Disclosures list={d.disclosures} show="activity" onSelect={onSelect} heading="What it receives and why" />
          <Transfers transfers={d.transfers} onSelect={onSelect} heading="Where it takes the data" past={past} />
        </>
      )}
      {n.kind === "COUNTRY" && !n.group && <Transfers transfers={d.transfers} onSelect={onSelect} heading={`Transfers to ${n.label}`} past={past} />}
      {n.kind === "DATA_CATEGORY" && (d.collectedBy.length > 0 || d.disclosures.length > 0) && (
        <>
          <section aria-label="Who collects it">
            <h3>Collected by ({d.collectedBy.length})</h3>
            <ActLinks acts={d.collectedBy} onSelect={onSelect} max={12} />
          </section>
          <Disclosures list={d.disclosures} show="both" onSelect={onSelect} heading="Who receives it" />
        </>
      )}
      {n.kind === "SYSTEM" && !n.group && (
        <section aria-label="Activities using it">
          <h3>Used for ({d.collectedBy.length})</h3>
          <ActLinks acts={d.collectedBy} onSelect={onSelect} max={12} />
        </section>
      )}
      {d.members.length > 0 && (
        <section aria-label="Members">
          <h3>
            {d.memberCount > d.members.length ? `The first ${d.members.length} of ${d.memberCount} members` : `Members (${d.memberCount})`}
          </h3>
          <ul className="map-members">
            {d.members.map((m) => (
              <li key={m.id}>
                <button type="button" className="linklike" onClick={() => onSelect(m.id)} title={m.key ? `${m.label} — ${m.key}` : m.label}>
                  {m.label}
                </button>
                {flags(m).length ? <span className="muted"> — {flags(m).join(", ")}</span> : null}
              </li>
            ))}
          </ul>
          {d.memberCount > d.members.length && <p className="muted">Search the map to find the others.</p>}
        </section>
      )}
    </div>
  );
}
