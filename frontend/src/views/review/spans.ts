// Evidence spans of a notice, as the review screen draws them: byte
// offsets [start, end) of the notice's UTF-8 text turned into JavaScript
// string indices (UTF-16 code units), and the text cut into runs, each
// with the spans that cover it.

/**
 * Maps byte offsets of text's UTF-8 encoding to indices into the string,
 * in one pass. An offset inside a character, or beyond the text, is a
 * RangeError naming it.
 */
export function byteIndices(text: string, offsets: number[]): Map<number, number> {
  const want = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, number>();
  let byte = 0;
  let idx = 0;
  let k = 0;
  while (k < want.length && want[k] < 0) throw new RangeError(`byte offset ${want[k]} is negative`);
  for (const ch of text) {
    // Reached before this character.
    while (k < want.length && want[k] <= byte) {
      if (want[k] < byte) throw new RangeError(`byte offset ${want[k]} falls inside a character`);
      out.set(want[k++], idx);
    }
    if (k === want.length) return out;
    const cp = ch.codePointAt(0)!;
    byte += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    idx += ch.length;
  }
  while (k < want.length && want[k] <= byte) {
    if (want[k] < byte) throw new RangeError(`byte offset ${want[k]} falls inside a character`);
    out.set(want[k++], idx);
  }
  if (k < want.length) throw new RangeError(`byte offset ${want[k]} lies beyond the text (${byte} bytes)`);
  return out;
}

/** An evidence span of a fact: its ID, its bytes, and the facts citing it. */
export interface Span {
  id: string;
  start: number;
  end: number;
  facts: string[];
}

/** A run of the text: plain (no spans) or covered by spans. */
export interface Run {
  text: string;
  /** String index where the run starts. */
  at: number;
  /** IDs of the spans covering the run, and of the facts citing them. */
  spans: string[];
  facts: string[];
}

/**
 * Cuts text into runs at every span's ends, so overlapping spans each
 * cover their own runs. Spans whose offsets do not fit the text are left
 * out and returned in bad.
 */
export function runs(text: string, spans: Span[]): { runs: Run[]; bad: Span[] } {
  const bad: Span[] = [];
  const ok: Span[] = [];
  for (const s of spans) {
    try {
      byteIndices(text, [s.start, s.end]);
      if (s.start < s.end) ok.push(s);
      else bad.push(s);
    } catch {
      bad.push(s);
    }
  }
  const idx = byteIndices(text, ok.flatMap((s) => [s.start, s.end]));
  const cuts = new Set<number>([0, text.length]);
  const iv = ok.map((s) => ({ s, a: idx.get(s.start)!, b: idx.get(s.end)! }));
  for (const { a, b } of iv) {
    cuts.add(a);
    cuts.add(b);
  }
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: Run[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (a === b) continue;
    const cover = iv.filter((v) => v.a <= a && v.b >= b);
    out.push({
      text: text.slice(a, b),
      at: a,
      spans: cover.map((v) => v.s.id),
      facts: [...new Set(cover.flatMap((v) => v.s.facts))],
    });
  }
  return { runs: out, bad };
}
