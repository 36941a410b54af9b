import { describe, expect, it } from "vitest";
import { controlId, errorPath, inputOf } from "./views/ActivityEdit";

describe("controlId", () => {
  it("turns an input path into the control's DOM id", () => {
    expect(controlId("purposes[1].legalBasis")).toBe("act-purposes-1-legalBasis");
    expect(controlId("name")).toBe("act-name");
    expect(controlId("disclosures[0].recipient.kind")).toBe("act-disclosures-0-recipient-kind");
  });
});

describe("errorPath", () => {
  const on = (...ids: string[]) => (id: string) => ids.includes(id);
  it("is the path the server names when its control is on the page", () => {
    expect(errorPath("transfers[0].country", on("act-transfers-0-country"))).toBe("transfers[0].country");
  });
  it("falls back to the nearest enclosing control", () => {
    expect(errorPath("dataCategories[2]", on("act-dataCategories"))).toBe("dataCategories");
    expect(errorPath("disclosures[1].dataCategories[0]", on("act-disclosures-1-dataCategories"))).toBe("disclosures[1].dataCategories");
  });
  it("is empty when no control matches", () => {
    expect(errorPath("purposes[3].id", on())).toBe("");
    expect(errorPath(undefined, on("act-name"))).toBe("");
  });
});

describe("inputOf", () => {
  const base = {
    organization: "acme",
    name: " Newsletter ",
    description: "",
    businessFunction: "",
    role: "controller",
    onBehalfOf: "",
    automatedDecisionMaking: false,
    dpiaRequired: "false",
    owner: "",
    purposes: [{ key: "a", id: "7", purpose: { id: "1", label: "Marketing" }, legalBasis: "2", specialCondition: "", legitimateInterest: "" }],
    dataSubjects: [],
    dataCategories: [{ id: "5", label: "Email" }],
    disclosures: [{ key: "b", recipient: { id: "", label: "Archive Ltd", isNew: true }, kind: "processor", categories: [], purposes: [], description: "" }],
    transfers: [
      { key: "c", scope: "worldwide", country: { id: "US", label: "United States (US)" }, kind: "processor", description: "" },
      { key: "d", scope: "country", country: { id: "JP", label: "Japan (JP)" }, recipient: { id: "9", label: "Mailchimp" }, kind: "processor", description: "" },
    ],
    retentionRules: [],
    securityMeasures: [],
    systems: [{ id: "", label: "New CRM", isNew: true }, { id: "3", label: "Website" }],
    sources: [],
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const input = inputOf(base as any, "42");
  it("keeps row order and IDs, and unset choices as null", () => {
    expect(input.id).toBe("42");
    expect(input.purposes).toEqual([{ id: "7", purpose: "1", legalBasis: "2", specialCondition: null, legitimateInterest: null }]);
    expect(input.dpiaRequired).toBe(false);
    expect(input.description).toBeNull();
    expect(input.dataCategories).toEqual(["5"]);
  });
  it("names new recipients and systems, refers to existing ones by ID", () => {
    expect(input.disclosures?.[0].recipient).toEqual({ name: "Archive Ltd", kind: "processor" });
    expect(input.transfers?.[1].recipient).toEqual({ id: "9" });
    expect(input.systems).toEqual([{ name: "New CRM" }, { id: "3" }]);
  });
  it("sends a country only for a transfer to a named country", () => {
    expect(input.transfers?.[0].country).toBeNull();
    expect(input.transfers?.[1].country).toBe("JP");
  });
});
