// The Atom feeds, called in-process through their real route handlers on this file's own
// database: each parses as Atom, carries hostile text exactly as typed, lists what it says it
// lists, answers 404 for an unknown claim or source, and 401 (telling nothing) when the
// dashboard is private and nobody is signed in.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditActor } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { createEvidence, retractEvidence } from "@/lib/db/evidence";
import { FEED_LIMIT, listComingDue } from "@/lib/db/feeds";
import { completeReview, openReview } from "@/lib/db/reviews";
import { setReadAccess } from "@/lib/db/settings";
import { createVerdict, retractVerdict } from "@/lib/db/verdicts";
import { createEvidenceSchema } from "@/lib/validation/evidence";
import { createVerdictSchema } from "@/lib/validation/verdict";
import { makeAccount } from "../support/accounts";
import { day, makeClaim, makeSource, uid } from "../support/factories";
import { callRoute, loadRoute, type RouteModule } from "../support/routes";
import { escapeMarkup } from "@/lib/feeds/text";
import { HOSTILE, HOSTILE_AS_SENT, htmlText, parseAtom, parseXml, textOf } from "./support";

const ACTOR: AuditActor = { id: null, label: `Tester ${HOSTILE}` };
const ROOT = path.resolve(__dirname, "../..");
const route = (p: string) => loadRoute(path.join(ROOT, "app", p, "route.ts"));

let routes: { tracker: RouteModule; claim: RouteModule; source: RouteModule; reviews: RouteModule; badge: RouteModule; embed: RouteModule };
let ids: { source: string; claim: string; other: string; otherSource: string; evidence: string; retracted: string; verdict: string; retractedVerdict: string };
let token: string;

const evidence = (title: string, over: Record<string, string> = {}) =>
  createEvidenceSchema.parse({
    title,
    url: "https://example.org/a?x=1&y=<2>",
    observedOn: "2024-03-01",
    stance: "supports",
    strength: "strong",
    summary: `Summary ${HOSTILE}`,
    excerpt: `Excerpt ${HOSTILE}`,
    ...over,
  });

beforeAll(async () => {
  routes = {
    tracker: await route("feed.xml"),
    claim: await route("predictions/[id]/feed.xml"),
    source: await route("sources/[id]/feed.xml"),
    reviews: await route("reviews/feed.xml"),
    badge: await route("predictions/[id]/badge.svg"),
    embed: await route("embed/predictions/[id]"),
  };
  const source = await makeSource();
  await prisma.source.update({ where: { id: source.id }, data: { title: `Source ${HOSTILE}` } });
  const claim = await makeClaim({ sourceId: source.id, statement: `Statement ${HOSTILE}`, quote: `Quote ${HOSTILE}`, horizonTo: 2030 });
  const otherSource = await makeSource();
  const other = await makeClaim({ sourceId: otherSource.id, statement: `Other claim ${uid()}`, horizonTo: 2020 });
  const e1 = await createEvidence(claim.id, evidence(`Evidence ${HOSTILE}`), ACTOR);
  const e2 = await createEvidence(claim.id, evidence("To be retracted", { stance: "contradicts" }), ACTOR);
  await retractEvidence(e2.id, `Reason ${HOSTILE}`, ACTOR);
  const v1 = await createVerdict(claim.id, createVerdictSchema.parse({ grade: "too_early", credence: 0.4, rationale: "First look." }), ACTOR);
  await retractVerdict(v1.id, "Wrong claim.", ACTOR);
  const v2 = await createVerdict(claim.id, createVerdictSchema.parse({ grade: "on_track", credence: 0.7, rationale: `Rationale ${HOSTILE}` }), ACTOR);
  await createEvidence(other.id, evidence("Other source's evidence"), ACTOR);
  ids = { source: source.id, claim: claim.id, other: other.id, otherSource: otherSource.id, evidence: e1.id, retracted: e2.id, verdict: v2.id, retractedVerdict: v1.id };
  token = (await makeAccount("viewer")).token;
});

async function atom(mod: RouteModule, pattern: string, params?: Record<string, string>) {
  const res = await callRoute(mod, "GET", pattern, { params });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  expect(res.headers.get("cache-control")).toBe("public, max-age=300");
  return parseAtom(await res.text());
}

describe("the tracker feed (/feed.xml)", () => {
  it("lists the newest live evidence and verdicts, with absolute links back and hostile text intact", async () => {
    const feed = await atom(routes.tracker, "/feed.xml");
    expect(feed.id).toBe("http://127.0.0.1/feed.xml");
    const byId = new Map((feed.entry ?? []).map((e) => [e.id, e]));
    const ev = byId.get(`tag:127.0.0.1,2026:evidence/${ids.evidence}`)!;
    expect(htmlText(ev.title)).toBe(`Evidence supports “Statement ${HOSTILE_AS_SENT}”: Evidence ${HOSTILE_AS_SENT}`);
    expect(ev.link[0]["@_href"]).toBe(`http://127.0.0.1/predictions/${ids.claim}#evidence-${ids.evidence}`);
    expect(ev.author![0].name).toBe(`Tester ${HOSTILE_AS_SENT}`);
    const body = htmlText(ev.content);
    for (const text of [`Summary ${HOSTILE_AS_SENT}`, `Excerpt ${HOSTILE_AS_SENT}`, `Source ${HOSTILE_AS_SENT}`]) expect(body).toContain(text);
    // The only markup in the content is the app's own: the hostile text's tags arrive as text.
    expect(textOf(ev.content)).not.toMatch(/<script/i);
    expect(textOf(ev.content)).toContain(`href="https://example.org/a?x=1&amp;y=&lt;2&gt;"`);
    const verdict = byId.get(`tag:127.0.0.1,2026:verdict/${ids.verdict}`)!;
    expect(htmlText(verdict.title)).toBe(`Verdict: On track for “Statement ${HOSTILE_AS_SENT}”`);
    expect(htmlText(verdict.content)).toContain(`Rationale ${HOSTILE_AS_SENT}`);
    expect(htmlText(verdict.content)).toContain("credence 70 %");
    // Retracted items no longer count, so the tracker feed leaves them out.
    expect(byId.has(`tag:127.0.0.1,2026:evidence/${ids.retracted}`)).toBe(false);
    expect(byId.has(`tag:127.0.0.1,2026:verdict/${ids.retractedVerdict}`)).toBe(false);
    expect(byId.size).toBe(3);
    // Newest first, and the feed is as new as its newest entry.
    const updated = feed.entry!.map((e) => e.updated);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(feed.updated).toBe(updated[0]);
  });

  it("takes the base URL from BETTER_AUTH_URL when it is set", async () => {
    const before = process.env.BETTER_AUTH_URL;
    process.env.BETTER_AUTH_URL = "https://tracker.example.org";
    try {
      const feed = await atom(routes.tracker, "/feed.xml");
      expect(feed.id).toBe("https://tracker.example.org/feed.xml");
      expect(feed.entry![0].id).toMatch(/^tag:tracker\.example\.org,2026:/);
      expect(feed.entry![0].link[0]["@_href"]).toMatch(/^https:\/\/tracker\.example\.org\/predictions\//);
    } finally {
      if (before === undefined) delete process.env.BETTER_AUTH_URL;
      else process.env.BETTER_AUTH_URL = before;
    }
  });
});

describe("a claim's feed (/predictions/{id}/feed.xml)", () => {
  it("lists its evidence, verdicts and each retraction as its own later entry", async () => {
    const feed = await atom(routes.claim, "/predictions/[id]/feed.xml", { id: ids.claim });
    expect(feed.id).toBe(`http://127.0.0.1/predictions/${ids.claim}/feed.xml`);
    expect(textOf(feed.title)).toBe(`Statement ${HOSTILE_AS_SENT}: evidence and verdicts`);
    const titles = Object.fromEntries(feed.entry!.map((e) => [e.id.replace("tag:127.0.0.1,2026:", ""), htmlText(e.title)]));
    expect(titles).toEqual({
      [`evidence/${ids.evidence}`]: `Evidence supports it: Evidence ${HOSTILE_AS_SENT}`,
      [`evidence/${ids.retracted}`]: "Evidence contradicts it: To be retracted",
      [`evidence/${ids.retracted}/retraction`]: "Evidence retracted: To be retracted",
      [`verdict/${ids.retractedVerdict}`]: "Verdict: Too early",
      [`verdict/${ids.retractedVerdict}/retraction`]: "Verdict retracted: Too early",
      [`verdict/${ids.verdict}`]: "Verdict: On track",
    });
    const retraction = feed.entry!.find((e) => e.id.endsWith(`${ids.retracted}/retraction`))!;
    expect(htmlText(retraction.content)).toContain(`Reason: Reason ${HOSTILE_AS_SENT}`);
  });

  it("answers 404 for an unknown claim", async () => {
    const res = await callRoute(routes.claim, "GET", "/predictions/[id]/feed.xml", { params: { id: "no-such-claim" } });
    expect(res.status).toBe(404);
  });
});

describe("a source's feed (/sources/{id}/feed.xml)", () => {
  it("lists the live evidence and verdicts of that source's claims only", async () => {
    const feed = await atom(routes.source, "/sources/[id]/feed.xml", { id: ids.source });
    expect(textOf(feed.title)).toBe(`Source ${HOSTILE_AS_SENT}: evidence and verdicts`);
    expect(feed.link.find((l) => l["@_rel"] === "alternate")!["@_href"]).toBe(`http://127.0.0.1/sources/${ids.source}`);
    expect(feed.entry!.map((e) => e.id).sort()).toEqual(
      [`tag:127.0.0.1,2026:evidence/${ids.evidence}`, `tag:127.0.0.1,2026:verdict/${ids.verdict}`].sort(),
    );
    const other = await atom(routes.source, "/sources/[id]/feed.xml", { id: ids.otherSource });
    expect(other.entry!.map((e) => htmlText(e.title))).toEqual([expect.stringContaining("Other source's evidence")]);
  });

  it("answers 404 for an unknown source", async () => {
    const res = await callRoute(routes.source, "GET", "/sources/[id]/feed.xml", { params: { id: "no-such-source" } });
    expect(res.status).toBe(404);
  });
});

describe("the review feed (/reviews/feed.xml)", () => {
  it("lists claims past their horizon without a final verdict", async () => {
    const feed = await atom(routes.reviews, "/reviews/feed.xml");
    const entry = feed.entry!.find((e) => e.link[0]["@_href"] === `http://127.0.0.1/predictions/${ids.other}`)!;
    expect(entry.id).toBe(`tag:127.0.0.1,2026:due/final/${ids.other}/horizon-2020`);
    expect(htmlText(entry.title)).toMatch(/^Past its horizon: ready for a final verdict: Other claim /);
    expect(entry.updated).toBe("2021-01-01T00:00:00.000Z");
    // The claim with a horizon in 2030 and a fresh verdict is not due.
    expect(feed.entry!.some((e) => e.link[0]["@_href"].endsWith(ids.claim))).toBe(false);
  });
});

describe("the badge (/predictions/{id}/badge.svg) and the embed card (/embed/predictions/{id})", () => {
  it("show the claim's current verdict, and say only \"not found\" for an unknown claim", async () => {
    const badge = await callRoute(routes.badge, "GET", "/predictions/[id]/badge.svg", { params: { id: ids.claim } });
    expect(badge.status).toBe(200);
    expect(badge.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(badge.headers.get("cache-control")).toBe("public, max-age=300");
    const svg = parseXml(await badge.text()).svg as Record<string, string>;
    expect(svg["@_aria-label"]).toBe("prediction: On track");
    const missing = await callRoute(routes.badge, "GET", "/predictions/[id]/badge.svg", { params: { id: "no-such-claim" } });
    expect(missing.status).toBe(404);
    expect((parseXml(await missing.text()).svg as Record<string, string>)["@_aria-label"]).toBe("prediction: not found");

    const embed = await callRoute(routes.embed, "GET", "/embed/predictions/[id]", { params: { id: ids.claim } });
    expect(embed.status).toBe(200);
    expect(embed.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await embed.text();
    expect(html).toContain(`“Quote ${escapeMarkup(HOSTILE)}”`);
    expect(html).toContain(`<a href="http://127.0.0.1/predictions/${ids.claim}" target="_blank" rel="noopener">`);
    expect(html).toMatch(/On track<\/span> <span class="muted">as of/);
    // One live supporting item; the contradicting one was retracted.
    expect(htmlText(html)).toContain("▲ 1 supporting · ▼ 0 contradicting · ◆ 0 mixed");
    const unknown = await callRoute(routes.embed, "GET", "/embed/predictions/[id]", { params: { id: "no-such-claim" } });
    expect(unknown.status).toBe(404);
  });
});

describe("private mode", () => {
  it("answers 401 without naming anything to a reader who is not signed in, and serves a token's holder", async () => {
    await setReadAccess("private", ACTOR);
    try {
      const calls: [RouteModule, string, Record<string, string> | undefined][] = [
        [routes.tracker, "/feed.xml", undefined],
        [routes.claim, "/predictions/[id]/feed.xml", { id: ids.claim }],
        [routes.claim, "/predictions/[id]/feed.xml", { id: "no-such-claim" }],
        [routes.source, "/sources/[id]/feed.xml", { id: ids.source }],
        [routes.reviews, "/reviews/feed.xml", undefined],
        [routes.badge, "/predictions/[id]/badge.svg", { id: ids.claim }],
        [routes.embed, "/embed/predictions/[id]", { id: ids.claim }],
      ];
      for (const [mod, pattern, params] of calls) {
        const res = await callRoute(mod, "GET", pattern, { params });
        expect(res.status, pattern).toBe(401);
        expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
        const body = await res.text();
        expect(body).not.toMatch(/Statement|Quote|Source |Other claim|Evidence|On track/);
        expect(res.headers.get("cache-control")).toBe("no-store");
      }
      const res = await callRoute(routes.claim, "GET", "/predictions/[id]/feed.xml", { params: { id: ids.claim }, token });
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      parseAtom(await res.text());
      const badge = await callRoute(routes.badge, "GET", "/predictions/[id]/badge.svg", { params: { id: ids.claim }, token });
      expect(badge.status).toBe(200);
      expect(badge.headers.get("cache-control")).toBe("private, no-store");
    } finally {
      await setReadAccess("public", ACTOR);
    }
  });
});

describe("claims coming due (listComingDue)", () => {
  it("lists each claim once per reason it came due, newest first, by the due flags' rules", async () => {
    const s = await makeSource();
    const make = async (statement: string, horizonTo: number, grade?: { grade: string; on: string }) => {
      const c = await makeClaim({ sourceId: s.id, statement, horizonTo });
      await prisma.prediction.update({ where: { id: c.id }, data: { createdAt: day("2022-05-01") } });
      if (grade) await createVerdict(c.id, createVerdictSchema.parse({ grade: grade.grade, rationale: "r" }), ACTOR, { now: day(grade.on) });
      return c.id;
    };
    const stale = await make(`due: stale ${uid()}`, 2035, { grade: "on_track", on: "2024-02-01" });
    const both = await make(`due: both ${uid()}`, 2023, { grade: "off_track", on: "2024-06-01" });
    const reviewed = await make(`due: reviewed ${uid()}`, 2035, { grade: "too_early", on: "2023-01-01" });
    const settled = await make(`due: settled ${uid()}`, 2023, { grade: "confirmed", on: "2024-01-01" });
    // A review completed on 2024-12-20 includes every open claim: it restarts their count.
    await openReview({ year: 2024 }, ACTOR, day("2024-12-01"));
    await completeReview(2024, ACTOR, day("2024-12-20"));
    const due = (await listComingDue(day("2026-03-01"))).filter((d) => [stale, both, reviewed, settled].includes(d.claim.id));
    expect(due.map((d) => [d.claim.id, d.reason, d.dueOn])).toEqual([
      // Looked at last on 2024-12-20 (the review), so stale from 2025-12-21 on.
      [both, "stale", "2025-12-21"],
      [reviewed, "stale", "2025-12-21"],
      [stale, "stale", "2025-12-21"],
      // Its horizon's last year, 2023, ended.
      [both, "final", "2024-01-01"],
    ].sort((a, b) => b[2].localeCompare(a[2]) || a[1].localeCompare(b[1]) || a[0].localeCompare(b[0])));
    expect(due.every((d) => d.source.id === s.id && d.lastLookedAt === (d.reason === "stale" ? "2024-12-20" : d.lastLookedAt))).toBe(true);
    // Before the review's year is up, nothing is stale yet.
    expect((await listComingDue(day("2025-12-20"))).filter((d) => d.reason === "stale" && d.source.id === s.id)).toEqual([]);
    expect((await listComingDue(day("2026-03-01"), 2)).length).toBeLessThanOrEqual(2);
    expect(FEED_LIMIT).toBe(50);
  });
});
