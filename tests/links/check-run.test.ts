// Both steps end to end on a real database against local servers: the checker records a result
// for each kind of page, notices a changed page on the next run, and resumes; the archive step
// asks a fake Save Page Now for each item without a copy and stores the snapshot it names.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { isHostName } from "@/lib/db/evidence-links";
import { archiveConfigFromEnv, type ArchiveConfig } from "@/lib/links/archive";
import { archiveLinks, checkLinks, type CheckOptions } from "@/scripts/links/run";
import { day, makeClaim, makeSource } from "../support/factories";
import { startPagesServer, type PagesServer } from "./pages-server";

let pages: PagesServer;
let claimId: string;

beforeAll(async () => {
  pages = await startPagesServer();
  claimId = (await makeClaim({ sourceId: (await makeSource()).id })).id;
});
afterAll(() => pages.close());
beforeEach(async () => {
  await prisma.verdictEvidence.deleteMany({});
  await prisma.evidence.deleteMany({});
});

async function addLinks(urls: Record<string, string>) {
  const ids: Record<string, string> = {};
  for (const [name, url] of Object.entries(urls)) {
    const e = await prisma.evidence.create({
      data: { predictionId: claimId, title: name, url, observedOn: day("2024-01-01"), stance: "supports", strength: "weak", summary: "s", loggedBy: "t" },
    });
    ids[name] = e.id;
  }
  return ids;
}

const row = (id: string) => prisma.evidence.findUniqueOrThrow({ where: { id } });

const OPTIONS: CheckOptions = {
  maxAgeMs: 0,
  concurrency: 4,
  hostDelayMs: 0,
  // Long enough for a page of a busy test machine; /hang is the only request that uses it all.
  fetch: { allowPrivate: true, timeoutMs: 1500, maxBytes: 512 * 1024 },
};

describe("checkLinks", () => {
  it("records each kind of page, then flags a changed page on the next run and keeps the cited hash", async () => {
    pages.setChangingBody("the page as cited");
    const ids = await addLinks({
      ok: `${pages.base}/ok`,
      missing: `${pages.base}/missing`,
      error: `${pages.base}/error`,
      chain: `${pages.base}/hop/3`,
      hang: `${pages.base}/hang`,
      changing: `${pages.base}/changing`,
      huge: `${pages.base}/huge`,
      ftp: "ftp://example.org/file",
    });
    const seen: string[] = [];
    let planned = -1;
    const report = await checkLinks(OPTIONS, { onStart: (n) => (planned = n), onResult: (o) => seen.push(o) });
    expect(planned).toBe(8);
    expect(report.tally).toEqual({ checked: 8, ok: 4, broken: 3, unreachable: 1, changed: 0 });
    expect(report.left).toBe(0);
    expect(seen).toHaveLength(8);

    expect(await row(ids.ok)).toMatchObject({ linkStatus: 200, linkProblem: null, linkError: null, contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await row(ids.missing)).toMatchObject({ linkStatus: 404, linkProblem: "broken", contentSha256: null });
    expect(await row(ids.error)).toMatchObject({ linkStatus: 500, linkProblem: "broken" });
    expect(await row(ids.chain)).toMatchObject({ linkStatus: 200, linkProblem: null, linkFinalUrl: `${pages.base}/ok/landed` });
    expect(await row(ids.hang)).toMatchObject({ linkStatus: null, linkProblem: "unreachable", linkError: "timeout after 1.5 s" });
    expect(await row(ids.huge)).toMatchObject({ linkStatus: 200, linkProblem: null, linkError: "larger than 0.5 MB, not hashed", contentSha256: null });
    expect(await row(ids.ftp)).toMatchObject({ linkProblem: "broken", linkError: "not an http(s) URL, not fetched" });
    const cited = (await row(ids.changing)).contentSha256;
    expect(cited).toMatch(/^[0-9a-f]{64}$/);
    expect((await row(ids.ok)).linkCheckedAt!.getTime()).toBeGreaterThanOrEqual(report.startedAt.getTime());

    // A day later the page says something else.
    pages.setChangingBody("the page, quietly edited");
    const again = await checkLinks(OPTIONS);
    expect(again.tally.changed).toBe(1);
    const changed = await row(ids.changing);
    expect(changed).toMatchObject({ linkProblem: "changed", contentSha256: cited, linkStatus: 200 });
    expect(changed.linkChangedAt).not.toBeNull();
    // Seen again as changed: the first date it was noticed stays.
    const third = await checkLinks(OPTIONS);
    expect(third.tally.changed).toBe(1);
    expect((await row(ids.changing)).linkChangedAt).toEqual(changed.linkChangedAt);
  });

  it("skips items checked within --max-age, checks at most --limit, and a second run picks up the rest", async () => {
    await addLinks(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`p${i}`, `${pages.base}/ok/${i}`])));
    const first = await checkLinks({ ...OPTIONS, maxAgeMs: 86_400_000, limit: 2 });
    expect(first).toMatchObject({ planned: 2, left: 3 });
    expect(first.tally.checked).toBe(2);
    const before = pages.requests.length;
    const second = await checkLinks({ ...OPTIONS, maxAgeMs: 86_400_000 });
    expect(second).toMatchObject({ planned: 3, left: 0 });
    expect(pages.requests.length - before).toBe(3);
    // Everything was checked within the day: nothing to do.
    const third = await checkLinks({ ...OPTIONS, maxAgeMs: 86_400_000 });
    expect(third).toMatchObject({ planned: 0, left: 0, tally: { checked: 0 } });
  });

  it("checks only the links on one host when asked", async () => {
    const host = new URL(pages.base).host;
    const ids = await addLinks({ here: `${pages.base}/ok/host`, bare: pages.base, elsewhere: "http://other.invalid/ok", lookalike: `http://${host}0/ok` });
    const report = await checkLinks({ ...OPTIONS, host });
    expect(report).toMatchObject({ planned: 2, left: 0, tally: { checked: 2 } });
    expect((await row(ids.here)).linkStatus).toBe(200);
    expect((await row(ids.bare)).linkCheckedAt).not.toBeNull();
    expect((await row(ids.elsewhere)).linkCheckedAt).toBeNull();
    expect((await row(ids.lookalike)).linkCheckedAt).toBeNull();
    // Again, now that both were checked (the walk's second half): the same two, and no others.
    const again = await checkLinks({ ...OPTIONS, host });
    expect(again).toMatchObject({ planned: 2, left: 0, tally: { checked: 2 } });
    expect((await row(ids.elsewhere)).linkCheckedAt).toBeNull();
    expect(isHostName(host)).toBe(true);
    for (const bad of ["http://x", "a/b", "", "x y", "example.org:"]) expect(isHostName(bad), bad).toBe(false);
    for (const good of ["example.org", "sub.example.co.uk:8443", "[::1]:80", "localhost"]) expect(isHostName(good), good).toBe(true);
  });

  it("waits between requests to one host", async () => {
    await addLinks(Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`s${i}`, `${pages.base}/ok/polite-${i}`])));
    const from = pages.requests.length;
    await checkLinks({ ...OPTIONS, hostDelayMs: 150 });
    const mine = pages.requests.slice(from).filter((r) => r.path.startsWith("/ok/polite-"));
    expect(mine).toHaveLength(3);
    for (let i = 1; i < mine.length; i++) expect(mine[i].at - mine[i - 1].endedAt!).toBeGreaterThanOrEqual(140);
  });

  it("records nothing for requests cut short when the run is stopped", async () => {
    const ids = await addLinks({ hang1: `${pages.base}/hang`, hang2: `${pages.base}/hang?b` });
    const controller = new AbortController();
    const run = checkLinks({ ...OPTIONS, fetch: { ...OPTIONS.fetch, timeoutMs: 10_000 }, signal: controller.signal });
    setTimeout(() => controller.abort(new Error("SIGTERM")), 200);
    const report = await run;
    expect(report).toMatchObject({ stopped: true, left: 2, tally: { checked: 0 } });
    expect((await row(ids.hang1)).linkCheckedAt).toBeNull();
  });
});

// ---- the archive step against a fake Save Page Now

type SpnMode = "content-location" | "redirect" | "rate-limit" | "error";
let spn: Server;
let spnBase: string;
let spnMode: SpnMode = "content-location";
const spnSeen: string[] = [];

beforeAll(async () => {
  spn = createServer((req, res) => {
    const path = req.url ?? "/";
    spnSeen.push(path);
    const target = path.replace(/^\/save\//, "");
    if (!path.startsWith("/save/")) {
      res.writeHead(200).end("a snapshot page");
      return;
    }
    if (spnMode === "rate-limit") return void res.writeHead(429).end("slow down");
    if (spnMode === "error") return void res.writeHead(502).end("bad gateway");
    if (spnMode === "redirect") return void res.writeHead(302, { location: `/web/20261129120000/${target}` }).end();
    res.writeHead(200, { "content-location": `/web/20261129120000/${target}` }).end("saved");
  });
  await new Promise<void>((resolve) => spn.listen(0, "127.0.0.1", resolve));
  spnBase = `http://127.0.0.1:${(spn.address() as AddressInfo).port}`;
});
afterAll(async () => {
  spn.closeAllConnections();
  await new Promise((resolve) => spn.close(resolve));
});

const archiveConfig = (): ArchiveConfig => ({ ...archiveConfigFromEnv({ LINKS_ARCHIVE_ENDPOINT: spnBase })!, delayMs: 0, timeoutMs: 2000 });

describe("archiveLinks", () => {
  it("is off unless configured, and names the endpoint when it is", () => {
    expect(archiveConfigFromEnv({})).toBeNull();
    expect(archiveConfigFromEnv({ LINKS_ARCHIVE: "off" })).toBeNull();
    expect(archiveConfigFromEnv({ LINKS_ARCHIVE: "on" })).toMatchObject({ endpoint: "https://web.archive.org", delayMs: 12_000 });
    expect(archiveConfigFromEnv({ LINKS_ARCHIVE_ENDPOINT: "http://127.0.0.1:9/", LINKS_ARCHIVE_DELAY_MS: "0" })).toMatchObject({ endpoint: "http://127.0.0.1:9", delayMs: 0 });
    expect(() => archiveConfigFromEnv({ LINKS_ARCHIVE_ENDPOINT: "file:///tmp" })).toThrow(/http\(s\)/);
  });

  it("stores the snapshot named by Content-Location or by the redirect, and skips items that have one", async () => {
    const ids = await addLinks({ a: "https://example.org/a", b: "https://example.org/b?x=1" });
    await addLinks({ has: "https://example.org/has" }).then(({ has }) => prisma.evidence.update({ where: { id: has }, data: { archiveUrl: "https://web.archive.org/web/1/https://example.org/has" } }));
    spnMode = "content-location";
    const first = await archiveLinks({ config: archiveConfig(), limit: 1 });
    expect(first).toMatchObject({ tally: { asked: 1, archived: 1, failed: 0 }, left: 1, rateLimited: false });
    spnMode = "redirect";
    const second = await archiveLinks({ config: archiveConfig() });
    expect(second).toMatchObject({ tally: { asked: 1, archived: 1, failed: 0 }, left: 0 });
    expect((await row(ids.a)).archiveUrl).toBe(`${spnBase}/web/20261129120000/https://example.org/a`);
    expect((await row(ids.b)).archiveUrl).toBe(`${spnBase}/web/20261129120000/https://example.org/b?x=1`);
    expect(spnSeen.filter((p) => p.includes("example.org/has"))).toEqual([]);
  });

  it("leaves an item for the next run when the archive fails, and stops at a rate limit", async () => {
    const ids = await addLinks({ a: "https://example.org/a", b: "https://example.org/b", c: "https://example.org/c" });
    spnMode = "error";
    const failed = await archiveLinks({ config: archiveConfig() });
    expect(failed).toMatchObject({ tally: { asked: 3, archived: 0, failed: 3 }, left: 3 });
    spnMode = "rate-limit";
    const limited = await archiveLinks({ config: archiveConfig() });
    expect(limited).toMatchObject({ tally: { asked: 1, failed: 1 }, rateLimited: true, left: 3 });
    expect((await row(ids.a)).archiveUrl).toBeNull();
  });
});
