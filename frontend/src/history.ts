// Pure helpers for the change history and the as-of views, unit-tested in
// history.test.ts: reading a change's before/after snapshots into field
// lines, and the day bounds the views send to the server.

/** A row as the history records it: {"fields": {...}, "edges": {...}}. */
export interface Snapshot {
  fields: Record<string, unknown>;
  edges: Record<string, number[]>;
}

/** One line of a change: a field or edge and its value before and after (undefined: not in that snapshot). */
export interface FieldLine {
  field: string;
  /** True for an edge (a list of linked row IDs). */
  edge: boolean;
  before?: string;
  after?: string;
}

/** Reads a snapshot of the history; empty or unreadable text is none. */
export function parseSnapshot(text: string | null | undefined): Snapshot | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as { fields?: Record<string, unknown>; edges?: Record<string, number[]> } | null;
    if (!v || typeof v !== "object") return undefined;
    return { fields: v.fields ?? {}, edges: v.edges ?? {} };
  } catch {
    return undefined;
  }
}

/**
 * A JSON value of a snapshot in words: null or "" → "none", a string as it is,
 * true/false → "yes"/"no", a list joined with commas ("none" when empty),
 * anything else as JSON.
 */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return "none";
  if (typeof v === "string") return v === "" ? "none" : v;
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return v.length ? v.map(valueText).join(", ") : "none";
  return JSON.stringify(v);
}

/** A value answered as JSON text (a DiffLine's field before/after) in words; null is "none", unparsed text as it is. */
export function jsonText(text: string | null | undefined): string {
  if (text === null || text === undefined) return "none";
  try {
    return valueText(JSON.parse(text));
  } catch {
    return text;
  }
}

/** snake_case field name → words: last_reviewed → "last reviewed". */
export function fieldName(field: string): string {
  return field.replace(/_/g, " ");
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The lines of a change from its before and after snapshots (JSON text):
 * for an update, each field whose value differs and each edge whose ID
 * list differs; for a create, every field set (not null) and edge added;
 * for a delete, every field and edge the row had. Fields come first, each
 * group by name; the evidence edge is left out as the history diff does.
 */
export function changeLines(before: string | null | undefined, after: string | null | undefined): FieldLine[] {
  const b = parseSnapshot(before);
  const a = parseSnapshot(after);
  if (!a && !b) return [];
  const lines: FieldLine[] = [];
  const fieldNames = [...new Set([...Object.keys(b?.fields ?? {}), ...Object.keys(a?.fields ?? {})])].sort();
  for (const f of fieldNames) {
    const bv = b?.fields[f];
    const av = a?.fields[f];
    if (a && b) {
      if (same(bv, av)) continue;
    } else if ((a ? av : bv) === null || (a ? av : bv) === undefined) continue;
    lines.push({ field: f, edge: false, before: b && f in b.fields ? valueText(bv) : undefined, after: a && f in a.fields ? valueText(av) : undefined });
  }
  const edgeNames = [...new Set([...Object.keys(b?.edges ?? {}), ...Object.keys(a?.edges ?? {})])].filter((e) => e !== "evidence").sort();
  for (const e of edgeNames) {
    const bv = b?.edges[e];
    const av = a?.edges[e];
    if (a && b && same(bv ?? [], av ?? [])) continue;
    if (!(a && b) && !((a ? av : bv) ?? []).length) continue;
    lines.push({ field: e, edge: true, before: b ? valueText(bv ?? []) : undefined, after: a ? valueText(av ?? []) : undefined });
  }
  return lines;
}

export interface ChangeLike {
  id: string;
  at: string;
}

/** Changes newest first (by time, then by ID for changes of one transaction). */
export function newestFirst<T extends ChangeLike>(changes: readonly T[]): T[] {
  const num = (id: string) => (/^\d+$/.test(id) ? Number(id) : NaN);
  return [...changes].sort((x, y) => {
    const t = Date.parse(y.at) - Date.parse(x.at);
    if (t) return t;
    const nx = num(x.id);
    const ny = num(y.id);
    return Number.isNaN(nx) || Number.isNaN(ny) ? y.id.localeCompare(x.id) : ny - nx;
  });
}

/** Whether s is a date as a date input gives it: YYYY-MM-DD, a real day. */
export function isDate(s: string | null | undefined): s is string {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const pad = (n: number, w = 2) => String(Math.trunc(Math.abs(n))).padStart(w, "0");

/** A time as RFC 3339 in the browser's time zone, with milliseconds: 2026-06-30T23:59:59.999+02:00. */
export function rfc3339(d: Date): string {
  const off = -d.getTimezoneOffset();
  const zone = off === 0 ? "Z" : `${off > 0 ? "+" : "-"}${pad(off / 60)}:${pad(off % 60)}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}${zone}`;
}

/** The start of a local day (YYYY-MM-DD) as RFC 3339. */
export function startOfDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return rfc3339(new Date(y, m - 1, d, 0, 0, 0, 0));
}

/** The end of a local day (YYYY-MM-DD), its last millisecond, as RFC 3339: what "as it stood on that day" asks for. */
export function endOfDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return rfc3339(new Date(y, m - 1, d, 23, 59, 59, 999));
}

/**
 * The times of a diff over whole local days: from the start of from to
 * the start of the day after to (the server's to is excluded), so both
 * days are included.
 */
export function dayRange(from: string, to: string): { from: string; to: string } {
  const [y, m, d] = to.split("-").map(Number);
  return { from: startOfDay(from), to: rfc3339(new Date(y, m - 1, d + 1, 0, 0, 0, 0)) };
}

/** The Article 30 report's download link, as of a date when given. */
export function article30Link(org: string, format: string, asOf?: string): string {
  const p = new URLSearchParams({ org, format });
  if (asOf) p.set("asOf", asOf);
  return `/reports/article30?${p}`;
}

/** The history diff's download link for the same days the view shows (its from/to times). */
export function diffLink(org: string, from: string, to: string, format: "html" | "json"): string {
  const r = dayRange(from, to);
  const p = new URLSearchParams({ org, from: r.from, to: r.to, format });
  return `/reports/diff?${p}`;
}

/** A time of the API for people: 2026-06-30 14:05 in the browser's time zone. */
export function whenText(at: string | null | undefined): string {
  if (!at) return "—";
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The date part (YYYY-MM-DD) of a time of the API, in the browser's time zone; "" for none. */
export function dateOf(at: string | null | undefined): string {
  if (!at) return "";
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return "";
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const entityNames: Record<string, string> = {
  ProcessingActivity: "activity",
  ActivityPurpose: "purpose",
  Disclosure: "disclosure",
};

/** What a change changed, in words: "activity", "purpose", or the type split into words. */
export function entityText(type: string): string {
  return entityNames[type] ?? type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
