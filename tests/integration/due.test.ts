// Due flags in SQL (listPredictions' `due` filter, countDue) agree with the pure dueFlags rule,
// which each listed claim carries: new claims need a first verdict and are never stale; a
// claim is stale only when its creation, its last verdict and the last completed review that
// included it are all more than 365 days old; partly true is final.
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditActor } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { countDue, listPredictions } from "@/lib/db/claims";
import { completeReview, openReview } from "@/lib/db/reviews";
import { createVerdict } from "@/lib/db/verdicts";
import { createVerdictSchema } from "@/lib/validation/verdict";
import { day, makeClaim, makeSource } from "../support/factories";

const NOW = day("2026-06-01");
const ACTOR: AuditActor = { id: null, label: "Tester" };
const verdict = (grade: string) => createVerdictSchema.parse({ grade, rationale: "r" });

beforeAll(async () => {
  const s = await makeSource();
  const make = async (key: string, o: { horizonTo: number; grade?: string; on?: string; createdOn?: string }) => {
    const c = await makeClaim({ sourceId: s.id, statement: key, horizonTo: o.horizonTo });
    await prisma.prediction.update({ where: { id: c.id }, data: { createdAt: day(o.createdOn ?? "2022-05-01") } });
    if (o.grade) await createVerdict(c.id, verdict(o.grade), ACTOR, { now: day(o.on!) });
    return c.id;
  };
  await make("fresh, horizon ahead", { horizonTo: 2030, grade: "on_track", on: "2026-01-10" });
  await make("stale, horizon ahead", { horizonTo: 2030, grade: "on_track", on: "2025-05-01" });
  await make("never graded, made long ago", { horizonTo: 2030 });
  await make("added today, never graded", { horizonTo: 2030, createdOn: "2026-06-01" });
  await make("added recently, old verdict date", { horizonTo: 2030, grade: "off_track", on: "2024-01-01", createdOn: "2026-03-01" });
  await make("past horizon, partly true", { horizonTo: 2024, grade: "partly", on: "2026-02-01" });
  await make("past horizon, stale", { horizonTo: 2023, grade: "off_track", on: "2024-01-01" });
  await make("past horizon, never graded", { horizonTo: 2023 });
  await make("final and old", { horizonTo: 2023, grade: "confirmed", on: "2023-01-01" });
  const skipped = await make("old verdict, skipped in a recent review", { horizonTo: 2030, grade: "too_early", on: "2024-06-01" });
  // A review completed in December 2025 includes every claim that existed then; it graded none.
  await openReview({ year: 2025 }, ACTOR, day("2025-12-01"));
  await completeReview(2025, ACTOR, day("2025-12-20"));
  expect(await prisma.reviewEntry.count({ where: { predictionId: skipped } })).toBe(1);
  // Claims created after that review are not in it; their creation date counts instead.
});

const statements = async (due: "stale" | "final") => (await listPredictions({ due }, NOW)).items.map((p) => p.statement).sort();

describe("due flags", () => {
  it("lists claims not reviewed in over 12 months: never new, final or recently reviewed ones", async () => {
    // "stale, horizon ahead" and "past horizon, stale" were in the 2025 review too, but it was
    // completed under a year ago: nothing is stale yet on 2026-06-01.
    expect(await statements("stale")).toEqual([]);
    const later = day("2027-01-15");
    expect((await listPredictions({ due: "stale" }, later)).items.map((p) => p.statement).sort()).toEqual(
      // Not "added recently, old verdict date": it was added to the tracker on 2026-03-01.
      ["fresh, horizon ahead", "old verdict, skipped in a recent review", "past horizon, stale", "stale, horizon ahead"].sort(),
    );
  });

  it("lists claims past their horizon without a final verdict (partly true is final)", async () => {
    expect(await statements("final")).toEqual(["past horizon, never graded", "past horizon, stale"].sort());
  });

  it("counts each kind in SQL, matching the flags each listed claim carries", async () => {
    for (const now of [NOW, day("2027-01-15"), day("2025-12-19")]) {
      const all = (await listPredictions({}, now)).items;
      const byFlag = (k: "isNew" | "isStale" | "isReadyForFinal") => all.filter((p) => p.due[k]).length;
      expect(await countDue(now)).toEqual({ new: byFlag("isNew"), stale: byFlag("isStale"), readyForFinal: byFlag("isReadyForFinal") });
      const stale = (await listPredictions({ due: "stale" }, now)).items.map((p) => p.id).sort();
      const final = (await listPredictions({ due: "final" }, now)).items.map((p) => p.id).sort();
      expect(all.filter((p) => p.due.isStale).map((p) => p.id).sort()).toEqual(stale);
      expect(all.filter((p) => p.due.isReadyForFinal).map((p) => p.id).sort()).toEqual(final);
    }
  });

  it("calls a claim added today new, needing a first verdict, not stale", async () => {
    const p = (await listPredictions({ q: "added today, never graded" }, NOW)).items[0];
    expect(p.due).toEqual({ isNew: true, isStale: false, isReadyForFinal: false });
    expect(await countDue(NOW)).toMatchObject({ new: 3 });
  });

  it("restarts the count at the last completed review that included the claim, graded or skipped", async () => {
    const [p] = (await listPredictions({ q: "old verdict, skipped in a recent review" }, day("2026-12-20"))).items;
    expect(p.due.isStale).toBe(false); // 365 days after 2025-12-20
    const [q] = (await listPredictions({ q: "old verdict, skipped in a recent review" }, day("2026-12-21"))).items;
    expect(q.due.isStale).toBe(true);
  });
});
