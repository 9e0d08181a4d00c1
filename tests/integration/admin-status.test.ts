// The admin overview's figures, counted in SQL on a real database: each write moves exactly
// the figure it should.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getAdminStatus } from "@/lib/db/admin-status";
import { makeAccount } from "../support/accounts";
import { day, makeClaim, makeSource } from "../support/factories";

describe("getAdminStatus", () => {
  it("counts claims, evidence, verdicts, users by role, reviews and link problems", async () => {
    const before = await getAdminStatus();
    const s = await makeSource();
    const parent = await makeClaim({ sourceId: s.id });
    const child = await makeClaim({ sourceId: s.id, parentId: parent.id, tags: [`admin-status-${parent.id}`] });
    const evidence = (kind: string | null, retracted = false) =>
      prisma.evidence.create({
        data: {
          predictionId: child.id, title: "E", url: "https://example.org", observedOn: day("2024-01-01"), stance: "supports", strength: "weak",
          summary: "s", loggedBy: "t", linkProblem: kind, retractedAt: retracted ? new Date() : null,
        },
      });
    await evidence("broken");
    await evidence("broken");
    await evidence("changed");
    await evidence("unreachable", true); // retracted: not a live problem
    await evidence(null);
    await prisma.verdict.create({ data: { predictionId: child.id, grade: "on_track", rationale: "r", madeOn: day("2024-01-02"), madeBy: "t" } });
    await prisma.verdict.create({ data: { predictionId: child.id, grade: "refuted", rationale: "r", madeOn: day("2024-01-03"), madeBy: "t", retractedAt: new Date() } });
    await makeAccount("editor");
    const disabled = await makeAccount("viewer");
    await prisma.user.update({ where: { id: disabled.user.id }, data: { disabledAt: new Date() } });
    await prisma.review.create({ data: { year: 2101, title: "2101 review", status: "completed", openedOn: day("2101-01-01"), completedOn: new Date("2101-12-15T00:00:00Z") } });
    await prisma.review.create({ data: { year: 2102, title: "2102 review", status: "open", openSlot: "open", openedOn: day("2102-01-01") } });

    const after = await getAdminStatus();
    expect(after.claims.total - before.claims.total).toBe(2);
    expect(after.claims.subClaims - before.claims.subClaims).toBe(1);
    expect(after.sources - before.sources).toBe(1);
    expect(after.tags - before.tags).toBe(1);
    expect(after.evidence.live - before.evidence.live).toBe(4);
    expect(after.evidence.retracted - before.evidence.retracted).toBe(1);
    expect(after.verdicts.live - before.verdicts.live).toBe(1);
    expect(after.verdicts.retracted - before.verdicts.retracted).toBe(1);
    expect(after.users.byRole.editor - before.users.byRole.editor).toBe(1);
    expect(after.users.byRole.viewer - before.users.byRole.viewer).toBe(1);
    expect(after.users.disabled - before.users.disabled).toBe(1);
    expect(after.openReview).toEqual({ year: 2102, title: "2102 review", openedOn: "2102-01-01" });
    expect(after.lastCompletedReview).toEqual({ year: 2101, title: "2101 review", completedOn: "2101-12-15" });
    expect(after.linkProblems.total - before.linkProblems.total).toBe(3);
    expect((after.linkProblems.byKind.broken ?? 0) - (before.linkProblems.byKind.broken ?? 0)).toBe(2);
    expect((after.linkProblems.byKind.changed ?? 0) - (before.linkProblems.byKind.changed ?? 0)).toBe(1);
    expect(after.linkProblems.byKind.unreachable ?? 0).toBe(before.linkProblems.byKind.unreachable ?? 0);
  });
});
