// Sealed reviews (lib/review-hash.ts, lib/db/reviews/chain.ts) against this file's own real
// database: the seed's three completed reviews, tampered with by raw SQL the way someone with
// database access could, then verified through the query layer, the API and `npm run verify`.
//
// The tests share one seeded database and run in order. A tampering that must be seen by
// another process (the CLI) is committed and undone; the others happen inside a transaction
// that verification reads from and that is then rolled back.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditActor } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { type ReviewChainCheck, SEALED_AFTER_THE_FACT, sealReview, sealUnsealedReviews, verifyReviewChain } from "@/lib/db/reviews/chain";
import { completeReview, getReview, getReviewReport, reopenReview } from "@/lib/db/reviews";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashReview } from "@/lib/review-hash";
import { renderReviewReport } from "@/lib/review-report";
import { seedDatabase } from "@/prisma/seed";
import { callRoute, loadRoute, type RouteModule } from "../support/routes";

const ROOT = path.resolve(__dirname, "../..");
const ADA: AuditActor = { id: null, label: "Ada" };
const HEX64 = /^[0-9a-f]{64}$/;

let verifyRoute: RouteModule;
const reviewId: Record<number, string> = {};

beforeAll(async () => {
  expect((await seedDatabase(prisma)).reviews).toBe(3);
  for (const r of await prisma.review.findMany({ select: { id: true, year: true } })) reviewId[r.year] = r.id;
  verifyRoute = await loadRoute(path.join(ROOT, "app/api/reviews/verify/route.ts"));
});

const byYear = (check: ReviewChainCheck) => Object.fromEntries(check.reviews.map((r) => [r.year, r]));
const failedYears = (check: ReviewChainCheck) => check.reviews.filter((r) => !r.ok).map((r) => r.year);

/** Verification as seen from inside a change that is then rolled back. */
async function verifyInside(change: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<ReviewChainCheck> {
  let check: ReviewChainCheck | null = null;
  const rollback = new Error("rollback");
  await expect(
    prisma.$transaction(async (tx) => {
      await change(tx);
      check = await verifyReviewChain(tx);
      throw rollback;
    }),
  ).rejects.toBe(rollback);
  return check!;
}

/** The first entry of a review's snapshot, by id. */
async function firstEntry(year: number) {
  return prisma.reviewEntry.findFirstOrThrow({ where: { reviewId: reviewId[year] }, orderBy: { id: "asc" } });
}

async function runCli(): Promise<{ code: number; stdout: string }> {
  const tsx = path.join(ROOT, "node_modules/.bin/tsx");
  try {
    const { stdout } = await promisify(execFile)(tsx, ["scripts/verify.ts"], { cwd: ROOT, env: { ...process.env }, timeout: 60_000 });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    if (typeof err.code !== "number") throw e;
    return { code: err.code, stdout: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

describe("sealed reviews", () => {
  it("a freshly seeded database verifies: every completed review sealed and linked to the year before", async () => {
    const check = await verifyReviewChain(prisma);
    expect(check.ok).toBe(true);
    const { 2023: r23, 2024: r24, 2025: r25 } = byYear(check);
    for (const r of [r23, r24, r25]) {
      expect(r).toMatchObject({ status: "completed", ok: true, problem: null });
      expect(r.hash).toMatch(HEX64);
      expect(r.recomputedHash).toBe(r.hash);
    }
    expect(r23.previousHash).toBeNull();
    expect(r24.previousHash).toBe(r23.hash);
    expect(r25.previousHash).toBe(r24.hash);
    expect(new Set([r23.hash, r24.hash, r25.hash]).size).toBe(3);

    // The paged, database-side hash is the documented hash of the rows, read whole.
    const row = await prisma.review.findUniqueOrThrow({ where: { year: 2024 }, include: { entries: true, events: true } });
    expect(hashReview({ year: 2024, completedOn: row.completedOn!, figures: row.figures }, row.entries, row.previousHash)).toBe(row.hash);
    // The completion event keeps the hash it sealed.
    expect(row.events.find((e) => e.kind === "completed")?.hash).toBe(row.hash);

    // The review page's data, its API and the report carry the seal.
    expect(await getReview(2024)).toMatchObject({ hash: r24.hash, previousHash: r23.hash });
    const detailRoute = await loadRoute(path.join(ROOT, "app/api/reviews/[year]/route.ts"));
    const res = await callRoute(detailRoute, "GET", "/api/reviews/[year]", { params: { year: "2024" } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { review: { hash: string; previousHash: string } }).review).toMatchObject({ hash: r24.hash, previousHash: r23.hash });
    const report = await getReviewReport(2024);
    if (!report || report === "open") throw new Error("the 2024 review has a report");
    const md = renderReviewReport(report);
    expect(md).toContain(`\`${r24.hash}\``);
    expect(md).toContain(`\`${r23.hash}\``);
    expect(md).toContain("npm run verify");
    // A hash column edited into markup is printed as escaped text, never as HTML.
    const planted = renderReviewReport({ ...report, review: { ...report.review, hash: "<img src=x onerror=alert(1)>" } });
    expect(planted).not.toContain("<img");
    expect(planted).toContain("&lt;img");
  });

  it("one frozen row changed with raw SQL fails verification, naming its year, in the query layer and the API", async () => {
    const entry = await firstEntry(2024);
    await prisma.$executeRaw`UPDATE "ReviewEntry" SET "rationale" = ${`${entry.rationale ?? ""} (edited)`} WHERE "id" = ${entry.id}`;
    try {
      const check = await verifyReviewChain(prisma);
      expect(check.ok).toBe(false);
      expect(failedYears(check)).toEqual([2024]);
      expect(byYear(check)[2024].problem).toMatch(/stored snapshot .* no longer matches its hash/);
      // The link after it still holds: 2025 points at the hash 2024 was sealed with.
      expect(byYear(check)[2025]).toMatchObject({ ok: true, problem: null });

      const res = await callRoute(verifyRoute, "GET", "/api/reviews/verify");
      expect(res.status).toBe(200);
      const body = (await res.json()) as { ok: boolean; reviews: { year: number; ok: boolean; hash: string; previousHash: string | null; problem: string | null }[] };
      expect(body.ok).toBe(false);
      expect(body.reviews.filter((r) => !r.ok).map((r) => r.year)).toEqual([2024]);
      expect(body.reviews.find((r) => r.year === 2024)).toMatchObject({ hash: byYear(check)[2024].hash, problem: expect.stringMatching(/no longer matches/) });
    } finally {
      await prisma.$executeRaw`UPDATE "ReviewEntry" SET "rationale" = ${entry.rationale} WHERE "id" = ${entry.id}`;
    }
    // Undone, it matches again: the seal depends on the content only.
    expect((await verifyReviewChain(prisma)).ok).toBe(true);
    const res = await callRoute(verifyRoute, "GET", "/api/reviews/verify");
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it("every covered field counts: entries, figures and completion time", async () => {
    const entry = await firstEntry(2023);
    const r2023 = await prisma.review.findUniqueOrThrow({ where: { year: 2023 } });
    const tamperings: [string, (tx: Prisma.TransactionClient) => Promise<unknown>][] = [
      ["grade", (tx) => tx.$executeRaw`UPDATE "ReviewEntry" SET "grade" = 'confirmed', "credence" = 1 WHERE "id" = ${entry.id}`],
      ["credence", (tx) => tx.$executeRaw`UPDATE "ReviewEntry" SET "credence" = ${(entry.credence ?? 0.5) / 2} WHERE "id" = ${entry.id}`],
      ["cited evidence", (tx) => tx.$executeRaw`UPDATE "ReviewEntry" SET "citedEvidence" = '[{"title":"Planted","url":"https://example.org/x"}]' WHERE "id" = ${entry.id}`],
      ["evidence count", (tx) => tx.$executeRaw`UPDATE "ReviewEntry" SET "evidenceCount" = "evidenceCount" + 1 WHERE "id" = ${entry.id}`],
      ["a deleted entry", (tx) => tx.$executeRaw`DELETE FROM "ReviewEntry" WHERE "id" = ${entry.id}`],
      ["figures", (tx) => tx.$executeRaw`UPDATE "Review" SET "figures" = ${r2023.figures!.replace(/"total":(\d+)/, (_, n: string) => `"total":${Number(n) + 1}`)} WHERE "id" = ${r2023.id}`],
      ["completion time", (tx) => tx.$executeRaw`UPDATE "Review" SET "completedOn" = ${new Date(r2023.completedOn!.getTime() - 86_400_000)} WHERE "id" = ${r2023.id}`],
    ];
    for (const [what, tamper] of tamperings) {
      const check = await verifyInside(tamper);
      expect(failedYears(check), what).toEqual([2023]);
    }
    // Re-spacing the stored JSON changes no value, so it is not a mismatch.
    const respaced = await verifyInside((tx) => tx.$executeRaw`UPDATE "Review" SET "figures" = ${JSON.stringify(JSON.parse(r2023.figures!), null, 2)} WHERE "id" = ${r2023.id}`);
    expect(respaced.ok).toBe(true);
  });

  it("a review re-sealed in place still shows: the chain is broken after its year", async () => {
    const entry = await firstEntry(2023);
    const check = await verifyInside(async (tx) => {
      await tx.$executeRaw`UPDATE "ReviewEntry" SET "grade" = 'refuted' WHERE "id" = ${entry.id}`;
      await sealReview(tx, reviewId[2023]); // what someone with the code and the database could do
    });
    expect(failedYears(check)).toEqual([2024]);
    expect(byYear(check)[2023].ok).toBe(true);
    expect(byYear(check)[2024].problem).toMatch(/chain is broken after 2023/);
    // A hash edited by hand both mismatches and breaks the next link.
    const edited = await verifyInside((tx) => tx.$executeRaw`UPDATE "Review" SET "hash" = ${"0".repeat(64)} WHERE "id" = ${reviewId[2024]}`);
    expect(failedYears(edited)).toEqual([2024, 2025]);
    expect(byYear(edited)[2025].problem).toMatch(/chain is broken after 2024/);
  });

  it("reopening and completing again makes a new link; the old hash stays in the review's events", async () => {
    const before = await prisma.review.findUniqueOrThrow({ where: { year: 2025 }, select: { hash: true, previousHash: true } });
    await reopenReview(2025, "A grade needs a second look", ADA);
    const open = await getReview(2025);
    expect(open).toMatchObject({ status: "open", hash: null, previousHash: null });
    expect(await prisma.review.findUniqueOrThrow({ where: { year: 2025 }, select: { hash: true } })).toEqual({ hash: null });
    expect(open?.events.at(-1)).toMatchObject({ kind: "reopened", hash: before.hash });
    // An open review is not part of the chain yet, and not a failure.
    const whileOpen = await verifyReviewChain(prisma);
    expect(whileOpen.ok).toBe(true);
    expect(byYear(whileOpen)[2025]).toMatchObject({ status: "open", hash: null, ok: true });

    const sealed = await completeReview(2025, ADA);
    const done = (await getReview(2025))!;
    expect(sealed).toMatchObject({ hash: done.hash, previousHash: done.previousHash });
    expect(done.hash).toMatch(HEX64);
    expect(done.hash).not.toBe(before.hash);
    expect(done.previousHash).toBe(before.previousHash);
    expect(done.events.map((e) => [e.kind, e.hash])).toEqual([
      ["opened", null],
      ["completed", before.hash],
      ["reopened", before.hash],
      ["completed", done.hash],
    ]);
    const check = await verifyReviewChain(prisma);
    expect(check.ok).toBe(true);
    expect(byYear(check)[2025]).toMatchObject({ hash: done.hash, previousHash: byYear(check)[2024].hash });
  });

  it("reviews completed before sealing fail as unsealed until sealed once, after the fact, oldest first", async () => {
    const before = await prisma.review.findMany({ orderBy: { year: "asc" }, select: { year: true, hash: true, previousHash: true } });
    // A review sealed after an unsealed one would be left pointing at nothing: refused, nothing written.
    await prisma.$executeRaw`UPDATE "Review" SET "hash" = NULL, "previousHash" = NULL WHERE "year" = 2023`;
    const gap = await verifyReviewChain(prisma);
    expect(failedYears(gap)).toEqual([2023, 2024]);
    expect(byYear(gap)[2023].problem).toMatch(/Not sealed/);
    expect(byYear(gap)[2024].problem).toMatch(/chain is broken after 2023: the 2023 review has no hash/);
    await expect(sealUnsealedReviews(prisma, "Ada")).rejects.toThrow(/Cannot seal 2023 after the fact: the later 2024, 2025 reviews are already sealed/);
    expect(await prisma.reviewEvent.count({ where: { kind: "sealed" } })).toBe(0);

    // As a database migrated from before sealing has them: no completed review sealed.
    await prisma.$executeRaw`UPDATE "Review" SET "hash" = NULL, "previousHash" = NULL`;
    expect(failedYears(await verifyReviewChain(prisma))).toEqual([2023, 2024, 2025]);
    const sealed = await sealUnsealedReviews(prisma, "Ada");
    expect(sealed.map((s) => s.year)).toEqual([2023, 2024, 2025]);
    expect((await verifyReviewChain(prisma)).ok).toBe(true);
    // Same content, same order, same chain: the same hashes as when they were completed.
    expect(await prisma.review.findMany({ orderBy: { year: "asc" }, select: { year: true, hash: true, previousHash: true } })).toEqual(before);
    const events = await prisma.reviewEvent.findMany({ where: { kind: "sealed" }, orderBy: { at: "asc" }, select: { by: true, reason: true, hash: true } });
    expect(events).toHaveLength(3);
    expect(events.map((e) => e.hash)).toEqual(before.map((r) => r.hash));
    expect(events.every((e) => e.by === "Ada" && e.reason === SEALED_AFTER_THE_FACT)).toBe(true);
    expect(await sealUnsealedReviews(prisma, "Ada")).toEqual([]);
  });

  it("npm run verify exits 0 on a sound chain, and 1 naming the year once a frozen row is edited", async () => {
    const ok = await runCli();
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toMatch(/^2024 +OK /m);
    expect(ok.stdout).toContain("All 3 completed reviews verify.");

    const entry = await firstEntry(2025);
    await prisma.$executeRaw`UPDATE "ReviewEntry" SET "newEvidenceCount" = "newEvidenceCount" + 5 WHERE "id" = ${entry.id}`;
    try {
      const bad = await runCli();
      expect(bad.code, bad.stdout).toBe(1);
      expect(bad.stdout).toMatch(/^2025 +MISMATCH /m);
      expect(bad.stdout).toMatch(/^2024 +OK /m);
      expect(bad.stdout).toContain("Verification FAILED for 2025.");
    } finally {
      await prisma.$executeRaw`UPDATE "ReviewEntry" SET "newEvidenceCount" = ${entry.newEvidenceCount} WHERE "id" = ${entry.id}`;
    }
  }, 120_000);
});
