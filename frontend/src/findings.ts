// Pure helpers behind the findings list and the findings badges on the
// record and the data map, unit-tested in lib.test.ts.

export type Severity = "high" | "medium" | "low";

export const severities: Severity[] = ["high", "medium", "low"];

/** What the helpers read of a finding (the GraphQL Finding's fields). */
export interface FindingLike {
  rule: string;
  title?: string;
  severity: Severity;
  activity?: string | null;
  activityID?: string | null;
  message?: string;
  subject?: string;
  facts: string[];
  acknowledged?: unknown | null;
}

const rank: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Whether s is as severe as min or more (as the API's severity argument reads). */
export function atLeast(s: Severity, min: Severity): boolean {
  return rank[s] <= rank[min];
}

/** The most severe of severities, undefined for none. */
export function highest(ss: Severity[]): Severity | undefined {
  return ss.reduce<Severity | undefined>((h, s) => (h === undefined || rank[s] < rank[h] ? s : h), undefined);
}

/** Findings by severity (high first), then rule, activity and message; a new array. */
export function rankFindings<T extends FindingLike>(fs: readonly T[]): T[] {
  return [...fs].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      a.rule.localeCompare(b.rule) ||
      (a.activity ?? "").localeCompare(b.activity ?? "") ||
      (a.message ?? "").localeCompare(b.message ?? ""),
  );
}

/** Whether a finding concerns a fact written kind:ID (activity:7, transfer:42). */
export function concerns(f: FindingLike, fact: string): boolean {
  if (f.facts.includes(fact)) return true;
  const [kind, id] = splitFact(fact);
  return kind === "activity" && !!id && f.activityID === id;
}

/** kind:ID → [kind, ID]. */
export function splitFact(fact: string): [string, string] {
  const i = fact.indexOf(":");
  return i < 0 ? [fact, ""] : [fact.slice(0, i), fact.slice(i + 1)];
}

export type Status = "" | "open" | "acknowledged";

export interface FindingsFilter {
  /** At least this severe; "" for all. */
  severity?: Severity | "";
  rule?: string;
  status?: Status;
  /** Only findings about this fact (kind:ID). */
  fact?: string;
}

/** The findings that pass the filter, ranked. */
export function filterFindings<T extends FindingLike>(fs: readonly T[], filter: FindingsFilter): T[] {
  return rankFindings(
    fs.filter(
      (f) =>
        (!filter.severity || atLeast(f.severity, filter.severity)) &&
        (!filter.rule || f.rule === filter.rule) &&
        (filter.status !== "open" || !f.acknowledged) &&
        (filter.status !== "acknowledged" || !!f.acknowledged) &&
        (!filter.fact || concerns(f, filter.fact)),
    ),
  );
}

/** The rules among findings, each with its title and how many findings it gave, in rule order. */
export function rulesOf(fs: readonly FindingLike[]): { rule: string; title: string; count: number }[] {
  const m = new Map<string, { rule: string; title: string; count: number }>();
  for (const f of fs) {
    const r = m.get(f.rule) ?? { rule: f.rule, title: f.title ?? f.rule, count: 0 };
    r.count++;
    m.set(f.rule, r);
  }
  return [...m.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}

export interface Badge {
  count: number;
  severity: Severity;
}

/**
 * The open (unacknowledged) findings about each fact, by kind:ID: the
 * facts they rest on, and activity:ID for the activity they concern.
 */
export function indexOpen<T extends FindingLike>(fs: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  const add = (k: string, f: T) => {
    const l = out.get(k) ?? [];
    if (!l.includes(f)) l.push(f);
    out.set(k, l);
  };
  for (const f of fs) {
    if (f.acknowledged) continue;
    for (const k of f.facts) add(k, f);
    if (f.activityID) add(`activity:${f.activityID}`, f);
  }
  return out;
}

/** The badge of the findings: how many, and the highest severity; undefined for none. */
export function badgeOf(fs: readonly FindingLike[] | undefined): Badge | undefined {
  if (!fs?.length) return undefined;
  return { count: fs.length, severity: highest(fs.map((f) => f.severity))! };
}

/** Today's date, YYYY-MM-DD, in the browser's time zone. */
export function today(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A YYYY-MM-DD date moved by days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The key of a transfer's country node in the data map: country:US, country:WORLDWIDE. */
export function countryNode(t: { country?: string | null; scope: string }): string {
  return `country:${t.country || t.scope.toUpperCase()}`;
}

/** What nodeFindings reads of a data map node and of a transfer. */
export interface MapNodeLike {
  id: string;
  kind: string;
  ref?: string | null;
}
export interface TransferLike {
  id: string;
  country?: string | null;
  scope: string;
  recipientID?: string | null;
}

/**
 * The open findings about each node of the data map, by node ID: an
 * activity's own findings; for a recipient and a country, the findings
 * about the transfers to it. Nodes without findings are absent.
 */
export function nodeFindings<T extends FindingLike>(nodes: readonly MapNodeLike[], open: Map<string, T[]>, transfers: readonly TransferLike[]): Map<string, T[]> {
  const byNode = new Map<string, T[]>();
  const add = (node: string, fs: T[] | undefined) => {
    if (!fs?.length) return;
    const l = byNode.get(node) ?? [];
    for (const f of fs) if (!l.includes(f)) l.push(f);
    byNode.set(node, l);
  };
  const recipients = new Map<string, string>();
  for (const n of nodes) {
    if (n.kind === "ACTIVITY" && n.ref) add(n.id, open.get(`activity:${n.ref}`));
    if (n.kind === "RECIPIENT" && n.ref) recipients.set(n.ref, n.id);
  }
  const ids = new Set(nodes.map((n) => n.id));
  for (const t of transfers) {
    const fs = open.get(`transfer:${t.id}`);
    if (!fs) continue;
    const c = countryNode(t);
    if (ids.has(c)) add(c, fs);
    const r = t.recipientID && recipients.get(t.recipientID);
    if (r) add(r, fs);
  }
  for (const [k, l] of byNode) byNode.set(k, rankFindings(l));
  return byNode;
}
