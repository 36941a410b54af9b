import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { article30Link, changeLines, dateOf, dayRange, diffLink, endOfDay, entityText, fieldName, isDate, jsonText, newestFirst, parseSnapshot, rfc3339, startOfDay, valueText } from "./history";
import { reportActivities, type Article30Report, type ReportActivity } from "./views/PastRecord";
import { defaultRange } from "./views/Changes";

describe("parseSnapshot", () => {
  it("reads fields and edges, defaulting either to empty", () => {
    expect(parseSnapshot(`{"fields":{"owner":"DPO"},"edges":{"purposes":[3,4]}}`)).toEqual({ fields: { owner: "DPO" }, edges: { purposes: [3, 4] } });
    expect(parseSnapshot(`{"fields":{"name":"x"}}`)).toEqual({ fields: { name: "x" }, edges: {} });
  });
  it("answers none for empty or unreadable text", () => {
    expect(parseSnapshot("")).toBeUndefined();
    expect(parseSnapshot(null)).toBeUndefined();
    expect(parseSnapshot("{not json")).toBeUndefined();
    expect(parseSnapshot("null")).toBeUndefined();
  });
});

describe("valueText and jsonText", () => {
  it("words the JSON values of a snapshot", () => {
    expect(valueText(null)).toBe("none");
    expect(valueText("Marketing")).toBe("Marketing");
    expect(valueText("")).toBe("none");
    expect(valueText(true)).toBe("yes");
    expect(valueText(false)).toBe("no");
    expect(valueText(7)).toBe("7");
    expect(valueText([1, 2])).toBe("1, 2");
    expect(valueText([])).toBe("none");
    expect(valueText({ a: 1 })).toBe(`{"a":1}`);
  });
  it("reads a diff line's JSON text, passing unparsed text through", () => {
    expect(jsonText(`"Data Protection Officer"`)).toBe("Data Protection Officer");
    expect(jsonText("null")).toBe("none");
    expect(jsonText(null)).toBe("none");
    expect(jsonText("[5,6]")).toBe("5, 6");
    expect(jsonText("plain")).toBe("plain");
  });
  it("words snake_case names", () => {
    expect(fieldName("last_reviewed")).toBe("last reviewed");
  });
});

describe("changeLines", () => {
  it("lists an update's changed fields and edges, before → after, fields first", () => {
    const before = JSON.stringify({
      fields: { name: "Newsletter", owner: null, dpia_required: null, business_function: "Marketing" },
      edges: { data_categories: [1, 2], evidence: [9] },
    });
    const after = JSON.stringify({
      fields: { name: "Newsletter", owner: "Marketing team", dpia_required: false, business_function: "Marketing" },
      edges: { data_categories: [1, 2, 3], evidence: [9, 10] },
    });
    expect(changeLines(before, after)).toEqual([
      { field: "dpia_required", edge: false, before: "none", after: "no" },
      { field: "owner", edge: false, before: "none", after: "Marketing team" },
      { field: "data_categories", edge: true, before: "1, 2", after: "1, 2, 3" },
    ]);
  });
  it("lists what a create set, leaving out null fields and empty edges", () => {
    const after = JSON.stringify({ fields: { name: "Payroll", owner: null, role: "controller" }, edges: { purposes: [], organization: [1] } });
    expect(changeLines(null, after)).toEqual([
      { field: "name", edge: false, before: undefined, after: "Payroll" },
      { field: "role", edge: false, before: undefined, after: "controller" },
      { field: "organization", edge: true, before: undefined, after: "1" },
    ]);
  });
  it("lists what a delete removed", () => {
    const before = JSON.stringify({ fields: { legitimate_interest: "fraud prevention" }, edges: { activity: [4] } });
    expect(changeLines(before, "")).toEqual([
      { field: "legitimate_interest", edge: false, before: "fraud prevention", after: undefined },
      { field: "activity", edge: true, before: "4", after: undefined },
    ]);
  });
  it("treats a missing edge as an empty one in an update, and answers nothing without snapshots", () => {
    expect(changeLines(`{"fields":{},"edges":{"purposes":[]}}`, `{"fields":{}}`)).toEqual([]);
    expect(changeLines(`{"fields":{}}`, `{"fields":{},"edges":{"purposes":[2]}}`)).toEqual([{ field: "purposes", edge: true, before: "none", after: "2" }]);
    expect(changeLines(undefined, undefined)).toEqual([]);
  });
});

describe("newestFirst", () => {
  it("orders by time, newest first, then by ID within one time", () => {
    const got = newestFirst([
      { id: "2", at: "2026-01-01T10:00:00Z" },
      { id: "10", at: "2026-03-01T10:00:00Z" },
      { id: "3", at: "2026-01-01T10:00:00Z" },
    ]);
    expect(got.map((c) => c.id)).toEqual(["10", "3", "2"]);
  });
});

describe("dates", () => {
  const tz = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = "Europe/Paris";
  });
  afterEach(() => {
    process.env.TZ = tz;
    vi.useRealTimers();
  });
  it("checks date inputs' values", () => {
    expect(isDate("2026-06-30")).toBe(true);
    expect(isDate("2026-02-30")).toBe(false);
    expect(isDate("30/06/2026")).toBe(false);
    expect(isDate("")).toBe(false);
    expect(isDate(null)).toBe(false);
  });
  it("writes local times as RFC 3339 with the zone's offset", () => {
    expect(rfc3339(new Date(Date.UTC(2026, 5, 30, 7, 5, 3, 42)))).toBe("2026-06-30T09:05:03.042+02:00");
    expect(rfc3339(new Date(Date.UTC(2026, 0, 15, 12, 0, 0, 0)))).toBe("2026-01-15T13:00:00.000+01:00");
  });
  it("bounds local days", () => {
    expect(startOfDay("2026-06-30")).toBe("2026-06-30T00:00:00.000+02:00");
    expect(endOfDay("2026-06-30")).toBe("2026-06-30T23:59:59.999+02:00");
    // Across the change to summer time and the end of a month.
    expect(dayRange("2026-03-01", "2026-03-31")).toEqual({ from: "2026-03-01T00:00:00.000+01:00", to: "2026-04-01T00:00:00.000+02:00" });
    expect(Date.parse(endOfDay("2026-06-30"))).toBeLessThan(Date.parse(dayRange("2026-06-30", "2026-06-30").to));
  });
  it("reads the local date of a time", () => {
    expect(dateOf("2026-06-30T22:30:00Z")).toBe("2026-07-01");
    expect(dateOf(null)).toBe("");
    expect(dateOf("garbage")).toBe("");
  });
});

describe("links", () => {
  it("adds asOf to the Article 30 report's link only when set", () => {
    expect(article30Link("ujet", "html")).toBe("/reports/article30?org=ujet&format=html");
    expect(article30Link("ujet", "csv", "2026-06-30")).toBe("/reports/article30?org=ujet&format=csv&asOf=2026-06-30");
  });
  it("asks the diff report for the view's times, encoded", () => {
    process.env.TZ = "UTC";
    expect(diffLink("acme co", "2026-06-01", "2026-06-30", "json")).toBe(
      "/reports/diff?org=acme+co&from=2026-06-01T00%3A00%3A00.000Z&to=2026-07-01T00%3A00%3A00.000Z&format=json",
    );
  });
  it("names the changed rows' types in words", () => {
    expect(entityText("ProcessingActivity")).toBe("activity");
    expect(entityText("RetentionRule")).toBe("retention rule");
  });
});

describe("reportActivities", () => {
  const act = (name: string, role: string, reviewStatus: string, purpose = "Marketing"): ReportActivity =>
    ({
      name,
      description: "",
      businessFunction: "",
      role,
      notice: "",
      purposes: [{ key: "p", name: purpose, legalBasis: null, specialCondition: null, reviewStatus }],
      dataSubjects: [],
      dataCategories: [],
      recipients: [],
      transfers: [],
      retention: [],
      security: [],
      shared: [],
      reviewStatus,
      evidence: [],
    }) as ReportActivity;
  const report: Article30Report = {
    asOf: "2026-06-30",
    shared: [],
    controllerRecord: { activities: [act("Payroll", "controller", "REVIEWED", "Pay staff"), act("Newsletter", "controller", "UNREVIEWED")] },
    processorRecord: { controllers: [{ activities: [act("Call recording", "processor", "REVIEWED")] }] },
  };
  it("lists both records' activities by name", () => {
    expect(reportActivities(report).map((a) => a.name)).toEqual(["Call recording", "Newsletter", "Payroll"]);
  });
  it("filters as the live table does: by name or purpose, role and review status", () => {
    expect(reportActivities(report, "pay").map((a) => a.name)).toEqual(["Payroll"]);
    expect(reportActivities(report, "marketing").map((a) => a.name)).toEqual(["Call recording", "Newsletter"]);
    expect(reportActivities(report, "", "processor").map((a) => a.name)).toEqual(["Call recording"]);
    expect(reportActivities(report, "", "", "UNREVIEWED").map((a) => a.name)).toEqual(["Newsletter"]);
  });
  it("answers nothing for a record without activities", () => {
    expect(reportActivities({ asOf: "", shared: [], controllerRecord: null, processorRecord: null })).toEqual([]);
  });
});

describe("defaultRange", () => {
  it("is the last 30 days, today included", () => {
    expect(defaultRange("2026-03-15")).toEqual({ from: "2026-02-13", to: "2026-03-15" });
  });
});
