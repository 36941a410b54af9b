// Where the data map's nodes go: columns read left to right (systems and
// data categories → activities → recipients → countries), each node a box
// whose name wraps onto two lines at most, ellipsized only when longer
// (the full name is the box's title). Pure, unit-tested in mapLayout.test.ts.

export type MapKind = "ORGANIZATION" | "SYSTEM" | "ACTIVITY" | "DATA_CATEGORY" | "RECIPIENT" | "COUNTRY";

export interface LayoutNode {
  id: string;
  kind: string;
  label: string;
  group: boolean;
  members: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  /** The name did not fit: the last line ends with an ellipsis. */
  cut: boolean;
}

export interface MapLayout {
  boxes: Map<string, Box>;
  headers: { label: string; x: number; y: number }[];
  width: number;
  height: number;
  fontSize: number;
}

/** The column of each kind; systems and data categories share the first. */
export const column: Record<string, number> = { SYSTEM: 0, ORGANIZATION: 0, DATA_CATEGORY: 0, ACTIVITY: 1, RECIPIENT: 2, COUNTRY: 3 };

export const kindTitle: Record<string, string> = {
  ORGANIZATION: "Organization",
  SYSTEM: "Systems",
  DATA_CATEGORY: "Data categories",
  ACTIVITY: "Activities",
  RECIPIENT: "Recipients",
  COUNTRY: "Countries",
};

/** The text a node shows: a group's name with its number of members. */
export function nodeText(n: { label: string; group: boolean; members: number }): string {
  return n.group ? `${n.label} (${n.members})` : n.label;
}

/** The width text takes on the screen, in px. */
export type Measure = (text: string) => number;

/** An estimate for when no canvas measures: an average character width. */
export const estimate =
  (fontSize: number): Measure =>
  (text) =>
    text.length * fontSize * 0.58;

/**
 * Wraps text into at most maxLines lines no wider than width (as measure
 * measures them), on word boundaries where it can; cut tells whether the
 * last line had to end with an ellipsis.
 */
export function wrap(text: string, width: number, measure: Measure, maxLines = 2): { lines: string[]; cut: boolean } {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let cur = "";
  let k = 0;
  const fits = (s: string) => measure(s) <= width;
  while (k < words.length && lines.length < maxLines) {
    const w = words[k];
    if (!cur) {
      if (!fits(w)) {
        // A word wider than a line: break it where it fits.
        let n = w.length - 1;
        while (n > 1 && !fits(w.slice(0, n))) n--;
        lines.push(w.slice(0, n));
        words[k] = w.slice(n);
        continue;
      }
      cur = w;
      k++;
    } else if (fits(cur + " " + w)) {
      cur += " " + w;
      k++;
    } else {
      lines.push(cur);
      cur = "";
    }
  }
  if (cur && lines.length < maxLines) {
    lines.push(cur);
    cur = "";
  }
  const cut = k < words.length || cur !== "";
  if (cut) {
    const last = lines.length - 1;
    let l = lines[last];
    while (l.length > 1 && !fits(l + "…")) l = l.slice(0, -1);
    lines[last] = l.replace(/[\s,;:.(–-]+$/, "") + "…";
  }
  return { lines, cut };
}

/**
 * Lays the nodes out in the columns their kinds belong to, in the order
 * given, for a drawing width wide (at least 180 px a column), the names
 * wrapped to the widths measure gives them.
 */
export function layoutMap(nodes: LayoutNode[], wide: number, fontSize = 13, measure: Measure = estimate(fontSize), maxLines = 3): MapLayout {
  const used = [...new Set(nodes.map((n) => column[n.kind] ?? 0))].sort((a, b) => a - b);
  // Countries have short names: their column is narrower.
  const weight = (c: number) => (c === 3 ? 0.7 : 1);
  const total = used.reduce((s, c) => s + weight(c), 0);
  const unit = Math.max(180, wide / Math.max(0.7, total));
  const starts: number[] = [];
  const widths: number[] = [];
  let at = 0;
  for (const c of used) {
    starts.push(at);
    widths.push(Math.floor(unit * weight(c)));
    at += Math.floor(unit * weight(c));
  }
  const colOf = new Map(used.map((c, i) => [c, i]));
  const gap = 34;
  const lineH = Math.round(fontSize * 1.3);
  const boxes = new Map<string, Box>();
  const headers: MapLayout["headers"] = [];
  const ys = used.map(() => 0);
  const lastKind = used.map(() => "");
  for (const n of nodes) {
    const ci = colOf.get(column[n.kind] ?? 0) ?? 0;
    const x = starts[ci] + 4;
    const boxW = widths[ci] - gap;
    // 12 px for the colour bar and padding, 40 px for a findings mark (⚑ and three digits).
    const room = Math.max(40, boxW - 12 - 40);
    if (lastKind[ci] !== n.kind) {
      if (lastKind[ci]) ys[ci] += 14;
      headers.push({ label: kindTitle[n.kind] ?? n.kind, x, y: ys[ci] + fontSize + 2 });
      ys[ci] += fontSize + 14;
      lastKind[ci] = n.kind;
    }
    const { lines, cut } = wrap(nodeText(n), room, measure, maxLines);
    const h = 10 + lineH * lines.length;
    boxes.set(n.id, { x, y: ys[ci], w: boxW, h, lines, cut });
    ys[ci] += h + 6;
  }
  return { boxes, headers, width: at, height: Math.max(40, ...ys) + 8, fontSize };
}

/** The path of a link from the right side of one box to the left side of another. */
export function linkPath(a: Box, b: Box): string {
  const x1 = a.x + a.w;
  const y1 = a.y + a.h / 2;
  const x2 = b.x;
  const y2 = b.y + b.h / 2;
  const dx = Math.max(30, (x2 - x1) / 2);
  return `M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`;
}
