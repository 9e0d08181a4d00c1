import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  DESCRIBED_ACTIONS,
  EMPTY_REFS,
  auditRefIds,
  describeAudit,
  diffAudit,
  formatAuditValue,
  type AuditLogRow,
  type AuditRefs,
} from "./audit-sentences";

const row = (over: Partial<AuditLogRow>): AuditLogRow => ({
  id: "a1",
  at: "2026-01-02T03:04:05.000Z",
  actorId: "u-ada",
  actorLabel: "Ada",
  action: "evidence.create",
  entityType: "Evidence",
  entityId: "e1",
  before: null,
  after: null,
  ...over,
});

const refs: AuditRefs = {
  claims: { p1: { statement: "Most cars sold are electric" }, p2: { statement: "Batteries halve in price" } },
  evidence: { e1: { title: "EV sales report", predictionId: "p1" } },
  verdicts: { v1: { grade: "confirmed", predictionId: "p1" } },
  sources: { s1: { title: "The essay" } },
  users: { "u-ada": { name: "Ada", email: "ada@example.org" }, "u-bo": { name: "Bo", email: "bo@example.org" } },
  reviews: { r1: { year: 2025 } },
  tags: {},
};

const json = (v: unknown) => JSON.stringify(v);

describe("describeAudit", () => {
  it("says who logged which evidence on which claim, with links to each", () => {
    const d = describeAudit(
      row({ after: json({ predictionId: "p1", title: "EV sales report", stance: "supports", strength: "strong", observedOn: "2025-01-01" }) }),
      refs,
    );
    expect(d.text).toBe("Ada logged evidence “EV sales report” on claim “Most cars sold are electric”");
    expect(d.parts.filter((p) => p.href).map((p) => p.href)).toEqual(["/admin/users#user-u-ada", "/predictions/p1#ev-e1", "/predictions/p1"]);
    // A creation lists what it set; the claim id is in the sentence, not the diff.
    expect(d.diff.map((l) => l.field)).toEqual(["title", "stance", "strength", "observedOn"]);
    expect(d.diff[0]).toEqual({ field: "title", label: "Title", before: "—", after: "EV sales report" });
  });

  it("names the grade of a recorded verdict, the claim, the review, and shows the grade move", () => {
    const d = describeAudit(
      row({
        actorId: "u-bo",
        actorLabel: "Bo",
        action: "verdict.create",
        entityType: "Verdict",
        entityId: "v1",
        before: json({ currentGrade: "on_track" }),
        after: json({ predictionId: "p1", grade: "confirmed", credence: 0.85, evidenceIds: ["e1"], reviewId: "r1" }),
      }),
      refs,
    );
    expect(d.text).toBe("Bo recorded a verdict: Confirmed (credence 85%) on claim “Most cars sold are electric” in the 2025 review");
    expect(d.parts.find((p) => p.text.startsWith("Confirmed"))?.href).toBe("/predictions/p1#verdict-v1");
    expect(d.parts.find((p) => p.text === "the 2025 review")?.href).toBe("/reviews/2025");
    expect(d.diff).toContainEqual({ field: "grade", label: "Grade", before: "On track", after: "Confirmed" });
    expect(d.diff).toContainEqual({ field: "credence", label: "Credence", before: "—", after: "85%" });
    expect(d.diff.map((l) => l.field)).not.toContain("predictionId");
  });

  it("shows only the fields an edit changed, and the reason apart", () => {
    const d = describeAudit(
      row({
        action: "prediction.edit",
        entityType: "Prediction",
        entityId: "p2",
        before: json({ criteria: "old", horizon: { from: 2024, to: 2026 } }),
        after: json({ criteria: "new", horizon: { from: 2024, to: 2027 }, reason: "Sharper wording" }),
      }),
      refs,
    );
    expect(d.text).toBe("Ada edited claim “Batteries halve in price”: resolution criteria and horizon");
    expect(d.reason).toBe("Sharper wording");
    expect(d.diff).toEqual([
      { field: "criteria", label: "Resolution criteria", before: "old", after: "new" },
      { field: "horizon", label: "Horizon", before: "2024–2026", after: "2024–2027" },
    ]);
  });

  it("falls back to the stored names when the rows are gone, without links", () => {
    const gone = describeAudit(
      row({ action: "prediction.created", entityType: "Prediction", entityId: "gone", after: json({ statement: "A deleted claim" }) }),
      EMPTY_REFS,
    );
    expect(gone.text).toBe("Ada added claim “A deleted claim”");
    expect(gone.parts.some((p) => p.href)).toBe(false);
    const retract = describeAudit(row({ action: "evidence.retract", entityId: "missing", after: json({ reason: "dup" }) }), EMPTY_REFS);
    expect(retract.text).toBe("Ada retracted an evidence item that no longer exists");
    expect(retract.reason).toBe("dup");
  });

  it("reads tag, review, user, settings, token and sign-in rows", () => {
    const cases: [Partial<AuditLogRow>, string][] = [
      [{ action: "tag.rename", entityType: "Tag", before: json({ name: "ai" }), after: json({ name: "ml" }) }, "Ada renamed the tag “ai” to “ml”"],
      [{ action: "tag.merge", entityType: "Tag", before: json({ name: "a", claimCount: 3 }), after: json({ name: "b" }) }, "Ada merged the tag “a” into “b” (3 claims)"],
      [{ action: "tag.merge", entityType: "Tag", before: json({ name: "a", claims: ["x"] }), after: json({ name: "b" }) }, "Ada merged the tag “a” into “b” (1 claim)"],
      [{ action: "tag.delete", entityType: "Tag", before: json({ name: "old", claimCount: 2 }), after: json({ reason: "unused" }) }, "Ada deleted the tag “old”, unlinking it from 2 claims"],
      [{ action: "review.complete", entityType: "Review", entityId: "r1", after: json({ graded: 3, inScope: 13 }) }, "Ada completed the 2025 review, 3 of 13 claims graded"],
      [{ action: "review.open", entityType: "Review", entityId: "r9", after: json({ year: 2026 }) }, "Ada opened the 2026 review"],
      [{ action: "user.set_role", entityType: "User", entityId: "u-bo", before: json({ role: "viewer" }), after: json({ role: "editor" }) }, "Ada changed the role of Bo (bo@example.org) from viewer to editor"],
      [{ action: "settings.update", entityType: "Setting", entityId: "readAccess", after: json({ readAccess: "private" }) }, "Ada made the dashboard private: only signed-in accounts can read it"],
      [{ action: "token.revoke", entityType: "ApiToken", before: json({ name: "ci" }) }, "Ada revoked the API token “ci”"],
      [{ action: "auth.sign_in_failed", entityType: "User", actorId: null, actorLabel: "x@example.org", entityId: null }, "x@example.org failed to sign in"],
      [{ action: "source.edit", entityType: "Source", entityId: "s1", before: json({ title: "Old" }), after: json({ title: "The essay", reason: "typo" }) }, "Ada edited source “The essay”: title"],
      [{ action: "user.change_password", entityType: "User", entityId: "u-ada", after: json({ otherSessionsEnded: 2 }) }, "Ada changed their password and signed out 2 other sessions"],
    ];
    for (const [over, text] of cases) expect(describeAudit(row(over), refs).text).toBe(text);
  });

  it("describes an unknown action plainly, and survives a row whose JSON is broken", () => {
    const d = describeAudit(row({ action: "robot.dance", entityType: "Robot", entityId: "r2", before: "{not json", after: json([1, 2]) }), refs);
    expect(d.text).toBe("Ada did robot.dance on Robot r2");
    expect(d.diff.length).toBeGreaterThan(0);
    expect(describeAudit(row({ action: "", actorLabel: "", entityId: null, entityType: "X" })).text).toBe("Someone did something on X");
  });
});

describe("diffAudit and formatAuditValue", () => {
  it("leaves out fields that did not change", () => {
    expect(diffAudit({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2], c: true })).toEqual([{ field: "c", label: "c", before: "—", after: "yes" }]);
  });
  it("formats lists, credences, grades and small objects as text", () => {
    expect(formatAuditValue("tags", ["ai", "policy"])).toBe("ai, policy");
    expect(formatAuditValue("tags", [])).toBe("none");
    expect(formatAuditValue("claims", Array.from({ length: 12 }, (_, i) => `c${i}`))).toBe("12 items");
    expect(formatAuditValue("impliedCredence", 0.7)).toBe("70%");
    expect(formatAuditValue("grade", "partly")).toBe("Partly true");
    expect(formatAuditValue("horizon", { from: 2030, to: 2030 })).toBe("2030");
    expect(formatAuditValue("x", { role: "admin", email: "a@b.c" })).toBe("Role: admin; Email: a@b.c");
  });
});

describe("auditRefIds", () => {
  it("collects each kind of id a page mentions, once", () => {
    const ids = auditRefIds([
      row({ after: json({ predictionId: "p1" }) }),
      row({ id: "a2", action: "verdict.create", entityType: "Verdict", entityId: "v1", after: json({ predictionId: "p1", reviewId: "r1" }) }),
      row({ id: "a3", action: "prediction.parent_change", entityType: "Prediction", entityId: "p2", before: json({ parentId: null }), after: json({ parentId: "p1" }) }),
    ]);
    expect(ids.claims.sort()).toEqual(["p1", "p2"]);
    expect(ids.evidence).toEqual(["e1"]);
    expect(ids.verdicts).toEqual(["v1"]);
    expect(ids.reviews).toEqual(["r1"]);
    expect(ids.users).toEqual(["u-ada"]);
  });
});

/** Every action name the app writes, read from its source. */
function writtenActions(): string[] {
  const root = path.resolve(__dirname);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (name === "generated" || name === "node_modules") continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".ts") && !p.endsWith(".test.ts")) files.push(p);
    }
  };
  walk(root);
  const found = new Set<string>();
  for (const f of files) {
    const src = readFileSync(f, "utf8");
    for (const m of src.matchAll(/action:\s*([^\n]*)/g)) for (const a of m[1].matchAll(/"([a-z_]+\.[a-z_]+)"/g)) found.add(a[1]);
    // Claim revisions are audited as prediction.<kind>.
    for (const m of src.matchAll(/recordRevision\(\s*tx,\s*[^,]+,\s*"([a-z_]+)"/g)) found.add(`prediction.${m[1]}`);
  }
  return [...found].sort();
}

describe("every audit action the app writes", () => {
  it("has a sentence of its own", () => {
    const written = writtenActions();
    expect(written.length).toBeGreaterThan(20);
    expect(written.filter((a) => !DESCRIBED_ACTIONS.includes(a))).toEqual([]);
  });
});
