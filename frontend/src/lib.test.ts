import { describe, expect, it } from "vitest";
import {
  allows,
 
  errorText,
  formField,
  groupByScope,
  humanDuration,
  humanMessage,
  isDraft,
  notRejected,
  recipientsOf,
  scopeText,
  shorten,
  splitByteSpan,
  staleSince,
  statementKindText,
  transferScope,
  type FactScope,
} from "./lib";
import { factTypes } from "./views/Review";
import { recordsWhere } from "./views/Records";
import { errorsFor } from "./views/ActivityEdit";
import { ApiError } from "./api";
import { addDays, atLeast, badgeOf, countryNode, filterFindings, highest, indexOpen, nodeFindings, rankFindings, rulesOf, today, type FindingLike, type Severity } from "./findings";

describe("splitByteSpan", () => {
  it("cuts at UTF-8 byte offsets, as evidence spans count them", () => {
    // "UJET’s" has a 3-byte apostrophe: the span starts at byte 17, code unit 15.
    const text = "Contact UJET’s Data Protection Officer.";
    const start = new TextEncoder().encode("Contact UJET’s ").length;
    const end = start + "Data Protection Officer".length;
    expect(start).toBe(17);
    expect(splitByteSpan(text, start, end)).toEqual(["Contact UJET’s ", "Data Protection Officer", "."]);
  });
  it("rejects a span outside the text", () => {
    expect(() => splitByteSpan("abc", 1, 9)).toThrow(/outside a text of 3 bytes/);
    expect(() => splitByteSpan("abc", 2, 1)).toThrow(RangeError);
  });
});

describe("formField", () => {
  it("maps ent's snake_case field names to the form's camelCase", () => {
    expect(formField("business_function")).toBe("businessFunction");
    expect(formField("name")).toBe("name");
    expect(formField("legalBasisID")).toBe("legalBasisID");
    expect(formField(undefined)).toBeUndefined();
  });
});

describe("errorsFor", () => {
  it("puts an INVALID_INPUT error next to the field it names", () => {
    const err = new ApiError([{ message: "invalid duration: needs one", extensions: { code: "INVALID_INPUT", field: "duration" } }]);
    expect(errorsFor(err, ["duration", "criterion"])).toEqual({ duration: "invalid duration: needs one" });
  });
  it("keeps an error for a field the form lacks as a general message", () => {
    const err = new ApiError([{ message: "boom", extensions: { code: "INVALID_INPUT", field: "origin" } }]);
    expect(errorsFor(err, ["name"])).toEqual({ "": "boom" });
    expect(errorsFor(new Error("network down"), ["name"])).toEqual({ "": "network down" });
  });
  it("renames fields when the API's name differs from the form's", () => {
    const err = new ApiError([{ message: "no such org", extensions: { field: "organization" } }]);
    expect(errorsFor(err, ["organizationID"], { organization: "organizationID" })).toEqual({ organizationID: "no such org" });
  });
});

describe("allows", () => {
  it("lets each role do what its predecessors may, and no more", () => {
    expect(allows("viewer", "read")).toBe(true);
    expect(allows("viewer", "edit")).toBe(false);
    expect(allows("editor", "edit")).toBe(true);
    expect(allows("editor", "review")).toBe(false);
    expect(allows("reviewer", "review")).toBe(true);
    expect(allows("reviewer", "admin")).toBe(false);
    expect(allows("admin", "admin")).toBe(true);
  });
  it("lets an unknown or missing role do nothing", () => {
    expect(allows(undefined, "read")).toBe(false);
    expect(allows("none", "read")).toBe(false);
    expect(allows("ADMIN", "read")).toBe(false);
  });
});

describe("errorText", () => {
  it("says a refusal is one", () => {
    const msg = "a mutation needs the editor role; user vera has viewer";
    expect(errorText({ message: msg, extensions: { code: "FORBIDDEN" } })).toBe(`Not allowed: ${msg}`);
    expect(new ApiError([{ message: msg, extensions: { code: "FORBIDDEN" } }]).message).toBe(`Not allowed: ${msg}`);
  });
  it("leaves other errors as humanMessage words them", () => {
    expect(errorText({ message: "boom", extensions: { code: "INVALID_INPUT" } })).toBe("boom");
  });
});

describe("recordsWhere", () => {
  it("combines organization, search, role and review status", () => {
    const w = recordsWhere("7", " market ", "processor", "UNREVIEWED");
    expect(w.and).toHaveLength(4);
    expect(w.and?.[0]).toEqual({ organizationID: "7" });
    expect(JSON.stringify(w.and?.[1])).toContain('"nameContainsFold":"market"');
    expect(w.and?.[2]).toEqual({ role: "processor" });
    expect(w.and?.[3]).toEqual({ reviewStatus: "UNREVIEWED" });
  });
  it("leaves out what is not chosen", () => {
    expect(recordsWhere(undefined, "", "", "")).toEqual({ and: [] });
  });
  it("narrows to the one activity a finding links to", () => {
    expect(recordsWhere("7", "", "", "", "12")).toEqual({ and: [{ organizationID: "7" }, { id: "12" }] });
  });
});

describe("text helpers", () => {
  it("shortens on a word boundary", () => {
    expect(shorten("We share your contact information with service providers", 30)).toBe("We share your contact…");
    expect(shorten("short")).toBe("short");
  });
  it("reads ISO 8601 durations", () => {
    expect(humanDuration("P6Y")).toBe("6 years");
    expect(humanDuration("P1Y6M")).toBe("1 year 6 months");
    expect(humanDuration("P30D")).toBe("30 days");
    expect(humanDuration("as long as needed")).toBe("as long as needed");
  });
});

describe("humanMessage", () => {
  it("rewords ent's validator messages", () => {
    expect(humanMessage('ent: validator failed for field "ProcessingActivity.name": value is less than the required length')).toBe("name must not be empty");
    expect(humanMessage('ent: validator failed for field "Transfer.country": "XX" is not an ISO 3166-1 alpha-2 code')).toBe('country "XX" is not an ISO 3166-1 alpha-2 code');
    expect(humanMessage("invalid duration: a retention rule needs one")).toBe("invalid duration: a retention rule needs one");
  });
  it("is what an ApiError says", () => {
    const e = new ApiError([{ message: 'ent: validator failed for field "ProcessingActivity.name": value is less than the required length', extensions: { field: "name" } }]);
    expect(e.message).toBe("name must not be empty");
    expect(e.field).toBe("name");
  });
});

describe("scope of facts", () => {
  it("reads a transfer's scope from its columns, narrowest first, as the server does", () => {
    expect(transferScope({ activityID: "7", recipientID: "9", noticeID: "3" })).toBe("ACTIVITY");
    expect(transferScope({ recipientID: "9", noticeID: "3" })).toBe("RECIPIENT");
    expect(transferScope({ activityID: null, recipientID: null, noticeID: "3" })).toBe("NOTICE");
    expect(transferScope({})).toBe("ORGANIZATION");
  });
  it("takes the API's \"0\" for an unset ID as unset", () => {
    expect(transferScope({ activityID: "0", recipientID: "0", noticeID: "47244640258" })).toBe("NOTICE");
    expect(transferScope({ activityID: "0", recipientID: "0", noticeID: "0" })).toBe("ORGANIZATION");
  });
  it("says where a fact applies from", () => {
    expect(scopeText("NOTICE")).toBe("from the notice");
    expect(scopeText("ORGANIZATION")).toBe("organization-wide");
    expect(scopeText("ACTIVITY")).toBe("stated for this activity");
    expect(scopeText("RECIPIENT", { recipient: "Mailchimp" })).toBe("for Mailchimp");
    expect(scopeText("NOTICE", { notice: "UJET Website Privacy Notice" })).toBe("from UJET Website Privacy Notice");
    expect(scopeText("ACTIVITY", { activity: "Recruiting" })).toBe("for Recruiting");
  });
  it("groups facts by scope, narrowest first, a group per recipient, order kept within a group", () => {
    const f = (id: string, appliesTo: FactScope, recipient?: string) => ({ id, appliesTo, recipient: recipient ? { name: recipient } : null });
    const groups = groupByScope([
      f("1", "ORGANIZATION"),
      f("2", "NOTICE"),
      f("3", "RECIPIENT", "Zendesk"),
      f("4", "NOTICE"),
      f("5", "RECIPIENT", "Mailchimp"),
      f("6", "ACTIVITY"),
      f("7", "RECIPIENT", "Zendesk"),
    ]);
    expect(groups.map((g) => [g.label, g.facts.map((x) => x.id)])).toEqual([
      ["stated for this activity", ["6"]],
      ["for Mailchimp", ["5"]],
      ["for Zendesk", ["3", "7"]],
      ["from the notice", ["2", "4"]],
      ["organization-wide", ["1"]],
    ]);
    expect(groups.map((g) => g.scope)).toEqual(["ACTIVITY", "RECIPIENT", "RECIPIENT", "NOTICE", "ORGANIZATION"]);
    expect(groupByScope([])).toEqual([]);
  });
});

describe("stale safeguards", () => {
  const now = new Date("2026-01-01T00:00:00Z");
  it("marks a safeguard whose validity has ended, with the date", () => {
    expect(staleSince("2020-07-16T00:00:00Z", now)).toBe("2020-07-16");
    expect(staleSince("2026-01-01T00:00:00Z", now)).toBe("2026-01-01");
  });
  it("leaves valid ones unmarked: no end, or an end still to come", () => {
    expect(staleSince(null, now)).toBeUndefined();
    expect(staleSince(undefined, now)).toBeUndefined();
    expect(staleSince("2027-06-30T00:00:00Z", now)).toBeUndefined();
    expect(staleSince("not a date", now)).toBeUndefined();
  });
});

describe("review status", () => {
  it("calls only unreviewed facts drafts", () => {
    expect(isDraft("UNREVIEWED")).toBe(true);
    expect(isDraft("REVIEWED")).toBe(false);
    expect(isDraft("REJECTED")).toBe(false);
    expect(isDraft(undefined)).toBe(false);
  });
  it("leaves rejected facts out of the record", () => {
    const facts = [
      { id: "1", reviewStatus: "REVIEWED" },
      { id: "2", reviewStatus: "REJECTED" },
      { id: "3", reviewStatus: "UNREVIEWED" },
    ];
    expect(notRejected(facts).map((f) => f.id)).toEqual(["1", "3"]);
    expect(notRejected(null)).toEqual([]);
  });
  it("lists each recipient once, a draft only when nothing reviewed discloses to it", () => {
    const rec = (id: string, reviewStatus = "REVIEWED") => ({ id, name: `R${id}`, reviewStatus });
    const got = recipientsOf([
      { reviewStatus: "REVIEWED", recipient: rec("1") },
      { reviewStatus: "UNREVIEWED", recipient: rec("1") },
      { reviewStatus: "UNREVIEWED", recipient: rec("2") },
      { reviewStatus: "REVIEWED", recipient: rec("3", "UNREVIEWED") },
      { reviewStatus: "REJECTED", recipient: rec("4") },
      { reviewStatus: "REVIEWED", recipient: rec("5", "REJECTED") },
      { reviewStatus: "UNREVIEWED", recipient: rec("6") },
      { reviewStatus: "REVIEWED", recipient: rec("6") },
    ]);
    expect(got).toEqual([
      { id: "1", name: "R1", draft: false },
      { id: "2", name: "R2", draft: true },
      { id: "3", name: "R3", draft: true },
      { id: "6", name: "R6", draft: false },
    ]);
  });
});

describe("review view", () => {
  it("lists every fact type the importer writes as unreviewed", () => {
    expect(factTypes.map(([t]) => t)).toEqual(["organizations", "activities", "purposes", "recipients", "disclosures", "transfers", "retention", "rights", "security", "statements"]);
  });
  it("words statement kinds", () => {
    expect(statementKindText("does_not_sell")).toBe("does not sell");
    expect(statementKindText("basis_without_purpose")).toBe("legal basis without a purpose");
    expect(statementKindText("something_new")).toBe("something new");
  });
});

describe("findings helpers", () => {
  const f = (rule: string, severity: Severity, facts: string[], extra: Partial<FindingLike> = {}): FindingLike => ({ rule, severity, facts, ...extra });
  const shield = f("transfer-invalid-instrument", "high", ["transfer:42"], { title: "Invalid instrument", message: "Privacy Shield" });
  const basis = f("purpose-no-basis", "medium", ["purpose:9"], { activity: "Recruiting", activityID: "7", title: "No basis" });
  const retention = f("activity-no-retention", "low", ["activity:7"], { activity: "Recruiting", activityID: "7", title: "No retention" });
  const acked = f("activity-no-security", "medium", ["activity:8"], { activity: "Payroll", activityID: "8", acknowledged: { note: "ok" } });

  it("ranks high before medium before low, then by rule", () => {
    expect(rankFindings([retention, basis, acked, shield]).map((x) => x.rule)).toEqual([
      "transfer-invalid-instrument",
      "activity-no-security",
      "purpose-no-basis",
      "activity-no-retention",
    ]);
  });

  it("reads severity as the API does: at least as severe", () => {
    expect(atLeast("high", "medium")).toBe(true);
    expect(atLeast("low", "medium")).toBe(false);
    expect(highest(["low", "medium", "low"])).toBe("medium");
    expect(highest([])).toBeUndefined();
  });

  it("filters by severity, rule, status and fact", () => {
    const all = [retention, basis, acked, shield];
    expect(filterFindings(all, { severity: "medium" }).map((x) => x.severity)).toEqual(["high", "medium", "medium"]);
    expect(filterFindings(all, { rule: "purpose-no-basis" })).toEqual([basis]);
    expect(filterFindings(all, { status: "acknowledged" })).toEqual([acked]);
    expect(filterFindings(all, { status: "open" })).toHaveLength(3);
    // activity:7 takes the finding about its purpose (by activityID) and the one resting on it.
    expect(filterFindings(all, { fact: "activity:7" })).toEqual([basis, retention]);
    expect(filterFindings(all, { fact: "transfer:42" })).toEqual([shield]);
  });

  it("counts each rule once with its title", () => {
    expect(rulesOf([basis, retention, basis])).toEqual([
      { rule: "activity-no-retention", title: "No retention", count: 1 },
      { rule: "purpose-no-basis", title: "No basis", count: 2 },
    ]);
  });

  it("indexes the open findings by fact and badges them", () => {
    const idx = indexOpen([retention, basis, acked, shield]);
    expect(idx.get("activity:7")).toEqual([retention, basis]);
    expect(idx.get("activity:8")).toBeUndefined(); // acknowledged: quiet
    expect(badgeOf(idx.get("activity:7"))).toEqual({ count: 2, severity: "medium" });
    expect(badgeOf(idx.get("transfer:42"))).toEqual({ count: 1, severity: "high" });
    expect(badgeOf(undefined)).toBeUndefined();
  });

  it("places a transfer's findings on its recipient and country nodes", () => {
    const nodes = [
      { id: "activity:7", kind: "ACTIVITY", ref: "7" },
      { id: "recipient:30", kind: "RECIPIENT", ref: "30" },
      { id: "country:US", kind: "COUNTRY" },
      { id: "country:WORLDWIDE", kind: "COUNTRY" },
    ];
    const transfers = [
      { id: "42", country: "US", scope: "country", recipientID: "30" },
      { id: "43", country: null, scope: "worldwide", recipientID: null },
    ];
    const other = f("transfer-no-safeguard", "medium", ["transfer:43"]);
    const m = nodeFindings(nodes, indexOpen([shield, basis, other]), transfers);
    expect(m.get("activity:7")).toEqual([basis]);
    expect(m.get("recipient:30")).toEqual([shield]);
    expect(m.get("country:US")).toEqual([shield]);
    expect(m.get("country:WORLDWIDE")).toEqual([other]);
    expect(countryNode(transfers[1])).toBe("country:WORLDWIDE");
  });

  it("counts dates in days across a month end", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
