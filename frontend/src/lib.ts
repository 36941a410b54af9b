// Pure helpers behind the views, unit-tested in lib.test.ts.

/**
 * Splits text around the byte range [start, end) of its UTF-8 encoding, as
 * the catalog's evidence spans count bytes, not UTF-16 code units.
 */
export function splitByteSpan(text: string, start: number, end: number): [string, string, string] {
  const bytes = new TextEncoder().encode(text);
  if (start < 0 || end > bytes.length || start > end) {
    throw new RangeError(`span [${start},${end}) lies outside a text of ${bytes.length} bytes`);
  }
  const dec = new TextDecoder();
  return [dec.decode(bytes.slice(0, start)), dec.decode(bytes.slice(start, end)), dec.decode(bytes.slice(end))];
}

/** snake_case or camelCase field name → the camelCase name forms use. */
export function formField(field: string | undefined): string | undefined {
  if (!field) return undefined;
  return field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

export type NodeKind = "ORGANIZATION" | "SYSTEM" | "ACTIVITY" | "DATA_CATEGORY" | "RECIPIENT" | "COUNTRY";

/** Left-to-right columns of the data map: who, how, what, to whom, where. */
export const columns: NodeKind[][] = [["ORGANIZATION", "SYSTEM"], ["ACTIVITY"], ["DATA_CATEGORY"], ["RECIPIENT"], ["COUNTRY"]];

export interface MapNode {
  id: string;
  kind: NodeKind;
  label: string;
}

export interface Layout {
  /** Position of each node by ID. */
  nodes: Map<string, { x: number; y: number }>;
  /** A heading over each non-empty column group. */
  headers: { kinds: NodeKind[]; x: number; y: number }[];
  rows: number;
}

/**
 * Positions the map's nodes in column groups by kind (who, how, what, to
 * whom, where), each group sorted by kind then label. A group taller than
 * the row limit wraps into sub-columns; the limit is chosen so the drawing's
 * width/height comes closest to aspect (the box it is drawn in), which keeps
 * labels readable at tens of nodes and the map navigable at hundreds.
 */
export function layout(nodes: MapNode[], aspect = 2, colWidth = 180, rowHeight = 30): Layout {
  const order: Record<string, number> = {};
  columns.forEach((kinds, ci) => kinds.forEach((k, ki) => (order[k] = ci * 10 + ki)));
  const groups: MapNode[][] = columns.map(() => []);
  for (const n of nodes) {
    const ci = columns.findIndex((ks) => ks.includes(n.kind));
    groups[ci < 0 ? 0 : ci].push(n);
  }
  for (const g of groups) g.sort((a, b) => order[a.kind] - order[b.kind] || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  const used = groups.filter((g) => g.length);
  const tallest = Math.max(1, ...used.map((g) => g.length));
  let rows = tallest;
  let best = Infinity;
  for (let r = Math.min(8, tallest); r <= tallest; r++) {
    const cols = used.reduce((s, g) => s + Math.ceil(g.length / r), 0);
    const miss = Math.abs(Math.log((cols * colWidth) / (r * rowHeight) / aspect));
    if (miss < best - 1e-9) {
      best = miss;
      rows = r;
    }
  }
  const pos = new Map<string, { x: number; y: number }>();
  const headers: Layout["headers"] = [];
  let col = 0;
  groups.forEach((g, gi) => {
    if (!g.length) return;
    const sub = Math.ceil(g.length / rows);
    headers.push({ kinds: columns[gi], x: col * colWidth, y: -rowHeight * 1.5 });
    g.forEach((n, i) => pos.set(n.id, { x: (col + Math.floor(i / rows)) * colWidth, y: (i % rows) * rowHeight }));
    col += sub;
  });
  return { nodes: pos, headers, rows };
}

/** Completion candidates: those containing every word typed, prefix matches first, at most limit. */
export function complete(candidates: string[], typed: string, limit = 20): string[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const t = typed.trim().toLowerCase();
  const seen = new Set<string>();
  return candidates
    .filter((c) => {
      const l = c.toLowerCase();
      if (seen.has(c) || !words.every((w) => l.includes(w))) return false;
      seen.add(c);
      return true;
    })
    .sort((a, b) => Number(!a.toLowerCase().startsWith(t)) - Number(!b.toLowerCase().startsWith(t)) || a.localeCompare(b))
    .slice(0, limit);
}

/** Shortens a quote for a link label, on a word boundary. */
export function shorten(s: string, max = 90): string {
  const t = s.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(" ");
  return (sp > max / 2 ? cut.slice(0, sp) : cut) + "…";
}

/** "P6Y" → "6 years"; anything unparsed is returned as given. */
export function humanDuration(iso: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!m || iso === "P") return iso;
  const units = ["year", "month", "week", "day"];
  return m
    .slice(1)
    .map((v, i) => (v ? `${Number(v)} ${units[i]}${Number(v) === 1 ? "" : "s"}` : ""))
    .filter(Boolean)
    .join(" ");
}

/** Rewords the ORM's validator messages for people; other messages pass unchanged. */
export function humanMessage(msg: string): string {
  const m = /^ent: validator failed for field "\w+\.(\w+)": (.*)$/.exec(msg);
  if (!m) return msg;
  const reason = m[2] === "value is less than the required length" ? "must not be empty" : m[2];
  return `${m[1].replace(/_/g, " ")} ${reason}`;
}
