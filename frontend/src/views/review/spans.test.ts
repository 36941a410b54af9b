import { describe, expect, it } from "vitest";
import { byteIndices, runs } from "./spans";

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe("byteIndices", () => {
  it("maps byte offsets after multi-byte characters to string indices", () => {
    const text = "Prix en €: ü😀 fin";
    const at = (needle: string) => bytes(text.slice(0, text.indexOf(needle)));
    const m = byteIndices(text, [at("fin"), at("ü"), 0, bytes(text)]);
    expect(m.get(at("fin"))).toBe(text.indexOf("fin"));
    expect(m.get(at("ü"))).toBe(text.indexOf("ü"));
    expect(m.get(0)).toBe(0);
    expect(m.get(bytes(text))).toBe(text.length);
  });
  it("refuses an offset inside a character or beyond the text", () => {
    expect(() => byteIndices("€", [1])).toThrow(RangeError);
    expect(() => byteIndices("ab", [3])).toThrow(RangeError);
  });
});

describe("runs", () => {
  it("cuts overlapping spans into runs that name every span covering them", () => {
    const text = "Köln € one. Two three.";
    const b = (s: string) => bytes(text.slice(0, text.indexOf(s)));
    const { runs: rs, bad } = runs(text, [
      { id: "e1", start: b("one"), end: b("Two") + bytes("Two"), facts: ["f1"] },
      { id: "e2", start: b("Two"), end: bytes(text), facts: ["f2", "f3"] },
      { id: "e3", start: 2, end: 3, facts: ["f4"] }, // inside the ö
    ]);
    expect(bad.map((s) => s.id)).toEqual(["e3"]);
    expect(rs.map((r) => r.text).join("")).toBe(text);
    const covered = (id: string) => rs.filter((r) => r.spans.includes(id)).map((r) => r.text).join("");
    expect(covered("e1")).toBe("one. Two");
    expect(covered("e2")).toBe("Two three.");
    expect(rs.find((r) => r.text === "Two")?.facts.sort()).toEqual(["f1", "f2", "f3"]);
  });
});
