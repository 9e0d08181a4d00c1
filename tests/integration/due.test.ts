// Due flags in SQL (listPredictions' `due` filter, countDue) agree with the pure dueFlags rule.
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditActor } from "@/lib/db/audit";
import { countDue, listPredictions } from "@/lib/db/predictions";
import { createVerdict } from "@/lib/db/writes";
import { dueFlags } from "@/lib/reviews";
import { createVerdictSchema } from "@/lib/validation/verdict";
import { day, makeClaim, makeSource } from "../support/factories";

const NOW = day("2026-06-01");
const ACTOR: AuditActor = { id: null, label: "Tester" };
const verdict = (grade: string) => createVerdictSchema.parse({ grade, rationale: "r" });

const ids: Record<string, string> = {};

beforeAll(async () => {
  const s = await makeSource();
  const make = async (key: string, horizonTo: number, grade: string | null, on?: string) => {
    const c = await makeClaim({ sourceId: s.id, statement: key, horizonTo });
    if (grade) await createVerdict(c.id, verdict(grade), ACTOR, { now: day(on!) });
    ids[key] = c.id;
  };
  await make("fresh, horizon ahead", 2030, "on_track", "2026-01-10");
  await make("stale, horizon ahead", 2030, "on_track", "2025-05-01");
  await make("never graded, made long ago", 2030, null);
  await make("past horizon, interim grade", 2024, "partly", "2026-02-01");
  await make("past horizon, stale", 2023, "off_track", "2024-01-01");
  await make("final and old", 2023, "confirmed", "2023-01-01");
});

const statements = async (due: "stale" | "final") =>
  (await listPredictions({ due }, NOW)).items.map((p) => p.statement).sort();

describe("due flags", () => {
  it("lists claims not reviewed in over 12 months, never final ones", async () => {
    expect(await statements("stale")).toEqual(
      ["never graded, made long ago", "past horizon, stale", "stale, horizon ahead"].sort(),
    );
  });

  it("lists claims past their horizon without a final verdict", async () => {
    expect(await statements("final")).toEqual(["past horizon, interim grade", "past horizon, stale"].sort());
  });

  it("counts each kind in SQL, matching the pure rule row by row", async () => {
    expect(await countDue(NOW)).toEqual({ stale: 3, readyForFinal: 2 });
    for (const p of (await listPredictions({}, NOW)).items) {
      const flags = dueFlags(
        { currentGrade: p.currentVerdict, currentVerdictOn: p.currentVerdictOn, horizonTo: p.horizon.to, madeOn: p.madeOn },
        "2026-06-01",
      );
      const inStale = (await statements("stale")).includes(p.statement);
      const inFinal = (await statements("final")).includes(p.statement);
      expect([p.statement, flags.isStale, flags.isReadyForFinal]).toEqual([p.statement, inStale, inFinal]);
    }
  });
});
