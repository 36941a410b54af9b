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

/**
 * The sentence shown for one error of the API: a refusal for want of a
 * role or a sign-in says so first, since the interface hides what a role
 * may not do and such an answer means the role changed or the page is stale.
 */
export function errorText(e: { message: string; extensions?: { code?: string } }): string {
  const msg = humanMessage(e.message);
  switch (e.extensions?.code) {
    case "FORBIDDEN":
      return `Not allowed: ${msg}`;
    case "UNAUTHENTICATED":
      return `Not signed in: ${msg}`;
    case "CSRF":
      return `Refused (reload the page to renew the session): ${msg}`;
  }
  return msg;
}

/** What a fact applies to (the API's FactScope). */
export type FactScope = "ACTIVITY" | "RECIPIENT" | "NOTICE" | "ORGANIZATION";

/** Narrowest first: the order in which the views list facts by where they apply from. */
export const scopeOrder: FactScope[] = ["ACTIVITY", "RECIPIENT", "NOTICE", "ORGANIZATION"];

/**
 * The scope of a transfer from its columns, the server's rule for
 * Transfer.appliesTo: the activity it names, else the recipient it names,
 * else the notice that states it, else the whole organization. For queries
 * that must not ask for appliesTo (the lookup's, which the server answers
 * from its lineage index only when every field selected is a column). The
 * API answers an unset optional ID as "0" as well as null.
 */
export function transferScope(t: { activityID?: string | null; recipientID?: string | null; noticeID?: string | null }): FactScope {
  const set = (id?: string | null) => !!id && id !== "0";
  if (set(t.activityID)) return "ACTIVITY";
  if (set(t.recipientID)) return "RECIPIENT";
  if (set(t.noticeID)) return "NOTICE";
  return "ORGANIZATION";
}

/**
 * Where a fact that applies to an activity comes from, in words: "stated
 * for this activity", "for <recipient>", "from the notice",
 * "organization-wide". Names given replace the generic words.
 */
export function scopeText(scope: FactScope, names: { activity?: string; recipient?: string; notice?: string } = {}): string {
  switch (scope) {
    case "ACTIVITY":
      return names.activity ? `for ${names.activity}` : "stated for this activity";
    case "RECIPIENT":
      return names.recipient ? `for ${names.recipient}` : "for this recipient";
    case "NOTICE":
      return names.notice ? `from ${names.notice}` : "from the notice";
    case "ORGANIZATION":
      return "organization-wide";
  }
}

export interface ScopeGroup<T> {
  scope: FactScope;
  /** scopeText of the group, e.g. "from the notice" or "for Mailchimp". */
  label: string;
  facts: T[];
}

/**
 * Groups the facts that apply to an activity by where they apply from,
 * narrowest scope first; recipient-scoped facts get a group per recipient.
 * Facts keep their order within a group.
 */
export function groupByScope<T extends { appliesTo: FactScope; recipient?: { name: string } | null }>(facts: T[]): ScopeGroup<T>[] {
  const groups = new Map<string, ScopeGroup<T>>();
  for (const f of facts) {
    const label = scopeText(f.appliesTo, { recipient: f.appliesTo === "RECIPIENT" ? f.recipient?.name : undefined });
    const key = `${f.appliesTo}\u0000${label}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { scope: f.appliesTo, label, facts: [] }));
    g.facts.push(f);
  }
  return [...groups.values()].sort((a, b) => scopeOrder.indexOf(a.scope) - scopeOrder.indexOf(b.scope) || (a.scope === "RECIPIENT" ? a.label.localeCompare(b.label) : 0));
}

/**
 * The date (YYYY-MM-DD) since which a safeguard is no longer valid, when
 * its validUntil has passed (as the server marks stale safeguards: valid
 * until a time that is not after now); undefined while it is valid.
 */
export function staleSince(validUntil: string | null | undefined, now: Date = new Date()): string | undefined {
  if (!validUntil) return undefined;
  const t = Date.parse(validUntil);
  if (Number.isNaN(t) || t > now.getTime()) return undefined;
  return validUntil.slice(0, 10);
}

/** A fact drafted by extraction or import and not yet reviewed. */
export function isDraft(status: string | null | undefined): boolean {
  return status === "UNREVIEWED";
}

/** The facts a reviewer has not rejected: what the record shows. */
export function notRejected<T extends { reviewStatus: string }>(facts: readonly T[] | null | undefined): T[] {
  return (facts ?? []).filter((f) => f.reviewStatus !== "REJECTED");
}

const statementKinds: Record<string, string> = {
  does_not_sell: "does not sell",
  does_not_share: "does not share",
  does_not_collect: "does not collect",
  no_children: "not directed to children",
  no_special_category: "no special-category data",
  no_automated_decisions: "no automated decisions",
  basis_without_purpose: "legal basis without a purpose",
  other_negative: "other negative statement",
};

/** A statement's kind in words: does_not_sell → "does not sell". */
export function statementKindText(kind: string): string {
  return statementKinds[kind] ?? kind.replace(/_/g, " ");
}

interface DisclosureLike {
  reviewStatus: string;
  recipient: { id: string; name: string; reviewStatus: string };
}

/**
 * The recipients an activity discloses to, each once, in the order first
 * disclosed, leaving out rejected disclosures and rejected recipients. A
 * recipient is a draft when it is unreviewed itself or every disclosure to
 * it is.
 */
export function recipientsOf(disclosures: readonly DisclosureLike[] | null | undefined): { id: string; name: string; draft: boolean }[] {
  const out = new Map<string, { id: string; name: string; draft: boolean }>();
  for (const d of disclosures ?? []) {
    if (d.reviewStatus === "REJECTED" || d.recipient.reviewStatus === "REJECTED") continue;
    const draft = isDraft(d.reviewStatus) || isDraft(d.recipient.reviewStatus);
    const seen = out.get(d.recipient.id);
    if (seen) seen.draft = seen.draft && draft;
    else out.set(d.recipient.id, { id: d.recipient.id, name: d.recipient.name, draft });
  }
  return [...out.values()];
}

/** What the web interface lets a role do: edit facts, review them, manage users and tokens. */
export type Ability = "read" | "edit" | "review" | "admin";

const roleRank: Record<string, number> = { viewer: 1, editor: 2, reviewer: 3, admin: 4 };
const abilityRank: Record<Ability, number> = { read: 1, edit: 2, review: 3, admin: 4 };

/**
 * Whether a role (the session's: viewer, editor, reviewer, admin) may do
 * something; each role may do all its predecessors may. The server's rule
 * (internal/auth Role.Allows); the interface only hides what it would refuse.
 */
export function allows(role: string | undefined, ability: Ability): boolean {
  return (roleRank[role ?? ""] ?? 0) >= abilityRank[ability];
}
