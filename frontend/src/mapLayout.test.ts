import { describe, expect, it } from "vitest";
import { layoutMap, wrap as wrapWidth } from "./mapLayout";

// One px a character: widths read as numbers of characters.
const wrap = (text: string, chars: number) => wrapWidth(text, chars, (s) => s.length);

describe("wrap", () => {
  it("keeps a short name whole on one line", () => {
    expect(wrap("Marketing communications", 30)).toEqual({ lines: ["Marketing communications"], cut: false });
  });
  it("wraps a longer name onto two lines on word boundaries", () => {
    expect(wrap("Recruiting and job application processing", 24)).toEqual({ lines: ["Recruiting and job", "application processing"], cut: false });
  });
  it("ends the second line with an ellipsis when the name is longer", () => {
    const w = wrap("Privacy requests (Individual Rights Data Subject Request Form, privacy mailbox, postal mail)", 24);
    expect(w.cut).toBe(true);
    expect(w.lines).toHaveLength(2);
    expect(w.lines[1].endsWith("…")).toBe(true);
    expect(w.lines.every((l) => l.length <= 24)).toBe(true);
  });
  it("breaks a word longer than a line", () => {
    const w = wrap("user.demographic.race_or_ethnic_origin", 12);
    expect(w.lines[0]).toBe("user.demogra");
    expect(w.cut).toBe(true);
  });
});

describe("layoutMap", () => {
  it("puts each kind in its column and stacks systems above data categories", () => {
    const l = layoutMap(
      [
        { id: "sys:1", kind: "SYSTEM", label: "CRM", group: false, members: 0 },
        { id: "cats:user.contact", kind: "DATA_CATEGORY", label: "Contact", group: true, members: 8 },
        { id: "act:1", kind: "ACTIVITY", label: "Marketing", group: false, members: 0 },
        { id: "country:US", kind: "COUNTRY", label: "United States", group: false, members: 0 },
      ],
      900,
    );
    const sys = l.boxes.get("sys:1")!;
    const cat = l.boxes.get("cats:user.contact")!;
    expect(cat.x).toBe(sys.x);
    expect(cat.y).toBeGreaterThan(sys.y + sys.h);
    expect(l.boxes.get("act:1")!.x).toBeGreaterThan(sys.x + sys.w);
    expect(l.boxes.get("country:US")!.x).toBeGreaterThan(l.boxes.get("act:1")!.x);
    expect(cat.lines).toEqual(["Contact (8)"]);
    expect(l.headers.map((h) => h.label)).toEqual(["Systems", "Data categories", "Activities", "Countries"]);
  });
});
