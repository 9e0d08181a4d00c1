// The link columns' query layer on a real database: the walk's order and paging, what a run
// skips, one result per UPDATE, the link-health list and the one-run-at-a-time lock.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import {
  acquireLinksLock,
  countEvidenceToArchive,
  countEvidenceToCheck,
  listLinkHealth,
  LOCK_STALE_MS,
  recordArchiveUrl,
  recordLinkCheck,
  walkEvidenceToArchive,
  walkEvidenceToCheck,
} from "@/lib/db/evidence-links";
import { day, makeClaim, makeSource } from "../support/factories";

let claimId: string;
let statement: string;

beforeAll(async () => {
  const source = await makeSource();
  const claim = await makeClaim({ sourceId: source.id });
  claimId = claim.id;
  statement = claim.statement;
});

beforeEach(async () => {
  await prisma.verdictEvidence.deleteMany({});
  await prisma.evidence.deleteMany({});
  await prisma.setting.deleteMany({ where: { key: { startsWith: "links.lock." } } });
});

async function addEvidence(n: number, over: (i: number) => Record<string, unknown> = () => ({})) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const e = await prisma.evidence.create({
      data: {
        predictionId: claimId,
        title: `Item ${i}`,
        url: `https://example.org/${i}`,
        observedOn: day("2024-01-01"),
        stance: "supports",
        strength: "weak",
        summary: "s",
        loggedBy: "t",
        ...over(i),
      },
    });
    ids.push(e.id);
  }
  return ids;
}

const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

const at = (iso: string) => new Date(iso);

describe("walkEvidenceToCheck", () => {
  it("walks the never-checked first, then the least recently checked, in small pages, skipping the fresh and the retracted", async () => {
    const never = await addEvidence(5);
    const old = await addEvidence(4, (i) => ({ linkCheckedAt: at(`2026-0${4 - i}-01T00:00:00Z`) }));
    await addEvidence(2, () => ({ linkCheckedAt: at("2026-11-28T00:00:00Z") }));
    await addEvidence(1, () => ({ retractedAt: at("2026-01-01T00:00:00Z"), retractedBy: "t", retractReason: "r" }));
    const cutoff = at("2026-11-01T00:00:00Z");
    const walked = await collect(walkEvidenceToCheck(cutoff, 2));
    expect(walked.map((w) => w.id)).toEqual([...[...never].sort(), ...[...old].reverse()]);
    expect(await countEvidenceToCheck(cutoff)).toBe(9);
  });

  it("never hands out an item twice while results are recorded during the walk, and a second walk resumes with what is left", async () => {
    await addEvidence(7);
    const runStart = new Date();
    const seen: string[] = [];
    for await (const item of walkEvidenceToCheck(runStart, 3)) {
      seen.push(item.id);
      if (seen.length === 4) break; // the run stops after four
      await recordLinkCheck(item.id, { linkCheckedAt: new Date(), linkStatus: 200, linkFinalUrl: item.url, linkError: null, linkProblem: null, contentSha256: "h", linkChangedAt: null });
    }
    expect(new Set(seen).size).toBe(4);
    // Three were recorded; the fourth was in flight and is lost, as are the three never reached.
    const resumed = await collect(walkEvidenceToCheck(runStart, 3));
    expect(resumed).toHaveLength(4);
    expect(resumed.map((r) => r.id)).toContain(seen[3]);
    expect(resumed.map((r) => r.id)).not.toContain(seen[0]);
  });
});

describe("recordLinkCheck", () => {
  it("writes every link column of one row and no other row", async () => {
    const [a, b] = await addEvidence(2);
    const checkedAt = at("2026-11-29T12:00:00Z");
    await recordLinkCheck(a, { linkCheckedAt: checkedAt, linkStatus: 404, linkFinalUrl: "https://example.org/x", linkError: null, linkProblem: "broken", contentSha256: "abc", linkChangedAt: null });
    const [ra, rb] = await Promise.all([prisma.evidence.findUniqueOrThrow({ where: { id: a } }), prisma.evidence.findUniqueOrThrow({ where: { id: b } })]);
    expect(ra).toMatchObject({ linkCheckedAt: checkedAt, linkStatus: 404, linkFinalUrl: "https://example.org/x", linkProblem: "broken", contentSha256: "abc" });
    expect(rb).toMatchObject({ linkCheckedAt: null, linkProblem: null, contentSha256: null });
  });
});

describe("listLinkHealth", () => {
  it("pages the live flagged items by problem (unreachable, changed, broken), newest check first, with their claim and a count of each kind", async () => {
    await addEvidence(3, (i) => ({ linkProblem: "broken", linkStatus: 404, linkCheckedAt: at(`2026-11-0${i + 1}T00:00:00Z`) }));
    await addEvidence(2, (i) => ({ linkProblem: "changed", linkChangedAt: at("2026-10-01T00:00:00Z"), linkCheckedAt: at(`2026-11-1${i}T00:00:00Z`) }));
    await addEvidence(1, () => ({ linkProblem: "unreachable", linkError: "timeout after 15 s", linkCheckedAt: at("2026-11-20T00:00:00Z") }));
    await addEvidence(2, () => ({ linkCheckedAt: at("2026-11-20T00:00:00Z") }));
    await addEvidence(1, () => ({ linkProblem: "broken", retractedAt: at("2026-01-01T00:00:00Z"), retractedBy: "t", retractReason: "r" }));

    const first = await listLinkHealth({}, 1, 4);
    expect(first.total).toBe(6);
    expect(first.counts).toEqual({ broken: 3, unreachable: 1, changed: 2 });
    expect(first.items.map((i) => i.link.linkProblem)).toEqual(["unreachable", "changed", "changed", "broken"]);
    expect(first.items.map((i) => i.link.linkCheckedAt)).toEqual([
      "2026-11-20T00:00:00.000Z",
      "2026-11-11T00:00:00.000Z",
      "2026-11-10T00:00:00.000Z",
      "2026-11-03T00:00:00.000Z",
    ]);
    expect(first.items[0]).toMatchObject({ claim: { id: claimId, statement }, link: { linkProblem: "unreachable", linkError: "timeout after 15 s" } });
    const second = await listLinkHealth({}, 2, 4);
    expect(second.items.map((i) => i.link.linkCheckedAt)).toEqual(["2026-11-02T00:00:00.000Z", "2026-11-01T00:00:00.000Z"]);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(6);

    const broken = await listLinkHealth({ problem: "broken" }, 1, 10);
    expect(broken.total).toBe(3);
    expect(broken.items.every((i) => i.link.linkProblem === "broken" && i.link.linkStatus === 404)).toBe(true);
    expect(broken.counts).toEqual(first.counts);
  });

  it("is empty with zero counts when every link is fine", async () => {
    await addEvidence(2);
    expect(await listLinkHealth({}, 1)).toEqual({ items: [], total: 0, counts: { broken: 0, unreachable: 0, changed: 0 } });
  });
});

describe("archive walk", () => {
  it("walks live items without an archived copy, except broken links, and never overwrites a copy", async () => {
    const [plain, changed] = await addEvidence(2, (i) => (i === 1 ? { linkProblem: "changed" } : {}));
    await addEvidence(1, () => ({ linkProblem: "broken" }));
    await addEvidence(1, () => ({ archiveUrl: "https://web.archive.org/web/20260101000000/https://example.org/x" }));
    expect(await countEvidenceToArchive()).toBe(2);
    expect((await collect(walkEvidenceToArchive(1))).map((r) => r.id).sort()).toEqual([plain, changed].sort());
    expect(await recordArchiveUrl(plain, "https://archive.example/web/1/a")).toBe(true);
    expect(await recordArchiveUrl(plain, "https://archive.example/web/2/a")).toBe(false);
    expect((await prisma.evidence.findUniqueOrThrow({ where: { id: plain } })).archiveUrl).toBe("https://archive.example/web/1/a");
    expect(await countEvidenceToArchive()).toBe(1);
  });
});

describe("acquireLinksLock", () => {
  it("lets one run of a step hold it at a time, and the next take it once released", async () => {
    const first = await acquireLinksLock("check");
    expect("lock" in first).toBe(true);
    const second = await acquireLinksLock("check");
    expect(second).toMatchObject({ heldBy: { holder: expect.stringMatching(/^pid \d+ on /) } });
    // Another step has its own lock.
    const archive = await acquireLinksLock("archive");
    expect("lock" in archive).toBe(true);
    if (!("lock" in first) || !("lock" in archive)) throw new Error("unreachable");
    expect(await first.lock.refresh()).toBe(true);
    await first.lock.release();
    await archive.lock.release();
    const third = await acquireLinksLock("check");
    expect("lock" in third).toBe(true);
  });

  it("takes over a lock whose run stopped refreshing it, and the old run learns it lost it", async () => {
    const dead = await acquireLinksLock("check");
    if (!("lock" in dead)) throw new Error("expected the lock");
    const later = new Date(Date.now() + LOCK_STALE_MS + 60_000);
    const next = await acquireLinksLock("check", later);
    expect("lock" in next).toBe(true);
    expect(await dead.lock.refresh()).toBe(false);
    // The old run's release leaves the new holder's lock alone.
    await dead.lock.release();
    expect("heldBy" in (await acquireLinksLock("check"))).toBe(true);
  });

  it("refreshing moves the lock's time forward, so a live run is not taken over", async () => {
    const live = await acquireLinksLock("check");
    if (!("lock" in live)) throw new Error("expected the lock");
    await prisma.setting.update({ where: { key: "links.lock.check" }, data: { updatedAt: new Date(Date.now() - LOCK_STALE_MS - 60_000) } });
    await live.lock.refresh();
    const row = await prisma.setting.findUniqueOrThrow({ where: { key: "links.lock.check" } });
    expect(Date.now() - row.updatedAt.getTime()).toBeLessThan(60_000);
    expect("heldBy" in (await acquireLinksLock("check"))).toBe(true);
  });
});
