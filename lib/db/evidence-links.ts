// Evidence links: what the link checker and the archive step read and write, the editors'
// link-health list, and the lock that keeps two runs of one step apart. No "server-only" guard:
// the `npm run links` command uses it outside React.
//
// Every walk is a keyset walk a page at a time (never all rows, never a growing list of ids),
// and every result is one UPDATE of one row, so a run stopped at any point has recorded every
// item it finished.
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { LinkProblem, LinkUpdate } from "../links/assess";
import type { LinkHealth } from "../links/describe";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "./client";

/** What the checker needs of one item: its URL, and what the last check stored. */
export type LinkCheckTarget = { id: string; url: string; contentSha256: string | null; linkChangedAt: Date | null };

const targetSelect = { id: true, url: true, contentSha256: true, linkChangedAt: true } satisfies Prisma.EvidenceSelect;

/**
 * Live evidence due a check: never checked, or last checked before `cutoff`. A run sets
 * cutoff ≤ its own start, so every item it records drops out of this set; running again with
 * the same cutoff rule picks up where a stopped run left off.
 */
const dueWhere = (cutoff: Date, host?: string) =>
  ({ retractedAt: null, OR: [{ linkCheckedAt: null }, { linkCheckedAt: { lt: cutoff } }], AND: onHost(host) }) satisfies Prisma.EvidenceWhereInput;

/** Only the links on one host ("example.org", "127.0.0.1:8080"), when one is named. */
function onHost(host: string | undefined): Prisma.EvidenceWhereInput[] {
  if (!host) return [];
  return [{ OR: ["http", "https"].flatMap((scheme) => [{ url: `${scheme}://${host}` }, { url: { startsWith: `${scheme}://${host}/` } }]) }];
}

/** A host as `--host` takes it: a name or an IP address, with an optional port. */
export function isHostName(value: string): boolean {
  return /^([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(:\d{1,5})?$/i.test(value);
}

export function countEvidenceToCheck(cutoff: Date, host?: string): Promise<number> {
  return prisma.evidence.count({ where: dueWhere(cutoff, host) });
}

/**
 * The items due a check, least recently checked first: the never-checked by id, then the
 * checked by (linkCheckedAt, id). Read `pageSize` rows at a time, each page strictly after the
 * last row handed out, so items in flight are never handed out twice. Each page is one short
 * index range (measured at 200,000 rows: under a millisecond a page on SQLite).
 */
export async function* walkEvidenceToCheck(cutoff: Date, pageSize = 200, host?: string): AsyncGenerator<LinkCheckTarget> {
  let afterId = "";
  for (;;) {
    const ids = await neverCheckedIds(afterId, pageSize, host);
    if (ids.length > 0) {
      const rows = await prisma.evidence.findMany({ where: { id: { in: ids } }, select: targetSelect });
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const id of ids) {
        const row = byId.get(id);
        if (row) yield row;
      }
    }
    if (ids.length < pageSize) break;
    afterId = ids[ids.length - 1];
  }
  let after: { at: Date; id: string } | undefined;
  for (;;) {
    const rows = await prisma.evidence.findMany({
      // One index range on linkCheckedAt (the keyset's tie on the time is a filter within it),
      // so a page never sorts more than the rows of one timestamp.
      where: {
        retractedAt: null,
        linkCheckedAt: { lt: cutoff, ...(after ? { gte: after.at } : {}) },
        AND: [...onHost(host), ...(after ? [{ OR: [{ linkCheckedAt: { gt: after.at } }, { id: { gt: after.id } }] }] : [])],
      },
      orderBy: [{ linkCheckedAt: "asc" }, { id: "asc" }],
      take: pageSize,
      select: { ...targetSelect, linkCheckedAt: true },
    });
    for (const { linkCheckedAt: _checkedAt, ...target } of rows) yield target;
    if (rows.length < pageSize) break;
    const last = rows[rows.length - 1];
    after = { at: last.linkCheckedAt!, id: last.id };
  }
}

/**
 * One page of never-checked ids after `afterId`, in id order. The COALESCE keeps both SQLite
 * and PostgreSQL from answering "IS NULL" through the linkCheckedAt index, which would sort
 * every never-checked row on each page; walking the primary key instead reads each row once
 * over the whole walk.
 */
async function neverCheckedIds(afterId: string, limit: number, host?: string): Promise<string[]> {
  const onHostSql = host
    ? Prisma.sql` AND ("url" IN (${`http://${host}`}, ${`https://${host}`}) OR "url" LIKE ${`http://${likeEscape(host)}/%`} ESCAPE '!' OR "url" LIKE ${`https://${likeEscape(host)}/%`} ESCAPE '!')`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT "id" FROM "Evidence"
    WHERE "retractedAt" IS NULL AND COALESCE("linkCheckedAt", NULL) IS NULL AND "id" > ${afterId}${onHostSql}
    ORDER BY "id" LIMIT ${limit}`);
  return rows.map((r) => r.id);
}

/** For LIKE … ESCAPE '!': the pattern characters taken literally. */
const likeEscape = (s: string) => s.replace(/[!%_]/g, (c) => `!${c}`);

/** Records one check: one UPDATE of the item's link columns. */
export async function recordLinkCheck(id: string, update: LinkUpdate): Promise<void> {
  await prisma.evidence.updateMany({ where: { id }, data: update });
}

/** Live items with no archived copy, except links known to be broken (a copy of a 404 page helps nobody). */
const toArchiveWhere = {
  retractedAt: null,
  archiveUrl: null,
  OR: [{ linkProblem: null }, { linkProblem: { not: "broken" } }],
} satisfies Prisma.EvidenceWhereInput;

export function countEvidenceToArchive(): Promise<number> {
  return prisma.evidence.count({ where: toArchiveWhere });
}

export async function* walkEvidenceToArchive(pageSize = 200): AsyncGenerator<{ id: string; url: string }> {
  let afterId: string | undefined;
  for (;;) {
    const rows = await prisma.evidence.findMany({
      where: { ...toArchiveWhere, ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: "asc" },
      take: pageSize,
      select: { id: true, url: true },
    });
    yield* rows;
    if (rows.length < pageSize) break;
    afterId = rows[rows.length - 1].id;
  }
}

/** Stores a snapshot's address, unless the item got one meanwhile. Returns whether it did. */
export async function recordArchiveUrl(id: string, archiveUrl: string): Promise<boolean> {
  const { count } = await prisma.evidence.updateMany({ where: { id, archiveUrl: null }, data: { archiveUrl } });
  return count === 1;
}

// ---- the link-health list and the claim page's flag

/** The columns a link-health flag needs; spread into an evidence select. */
export const linkHealthSelect = {
  url: true,
  archiveUrl: true,
  linkProblem: true,
  linkStatus: true,
  linkError: true,
  linkFinalUrl: true,
  linkCheckedAt: true,
  linkChangedAt: true,
} satisfies Prisma.EvidenceSelect;

export function toLinkHealth(row: Prisma.EvidenceGetPayload<{ select: typeof linkHealthSelect }>): LinkHealth {
  return {
    url: row.url,
    archiveUrl: row.archiveUrl,
    linkProblem: row.linkProblem,
    linkStatus: row.linkStatus,
    linkError: row.linkError,
    linkFinalUrl: row.linkFinalUrl,
    linkCheckedAt: row.linkCheckedAt?.toISOString() ?? null,
    linkChangedAt: row.linkChangedAt?.toISOString() ?? null,
  };
}

export type LinkHealthItem = {
  id: string;
  title: string;
  observedOn: string;
  claim: { id: string; statement: string };
  link: LinkHealth;
};

export type LinkHealthPage = {
  items: LinkHealthItem[];
  /** Items in the list as filtered. */
  total: number;
  /** Live items flagged, by problem, whatever the filter. */
  counts: Record<LinkProblem, number>;
};

export const LINK_HEALTH_PAGE_SIZE = 50;

/**
 * One numbered page of the live evidence whose link has a problem (optionally one kind), by
 * problem (unreachable, changed, broken) and then the most recently checked first, with each
 * item's claim; and the count of each kind. Both read only the flagged rows, through the
 * (linkProblem, linkCheckedAt) index.
 */
export async function listLinkHealth(filter: { problem?: LinkProblem }, page: number, pageSize = LINK_HEALTH_PAGE_SIZE): Promise<LinkHealthPage> {
  const where = { retractedAt: null, linkProblem: filter.problem ?? { not: null } } satisfies Prisma.EvidenceWhereInput;
  const [rows, grouped] = await Promise.all([
    prisma.evidence.findMany({
      where,
      orderBy: [{ linkProblem: "desc" }, { linkCheckedAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * pageSize,
      take: pageSize,
      select: { id: true, title: true, observedOn: true, ...linkHealthSelect, prediction: { select: { id: true, statement: true } } },
    }),
    prisma.evidence.groupBy({ by: ["linkProblem"], where: { retractedAt: null, linkProblem: { not: null } }, _count: { _all: true } }),
  ]);
  const counts: Record<LinkProblem, number> = { broken: 0, unreachable: 0, changed: 0 };
  for (const g of grouped) if (g.linkProblem && g.linkProblem in counts) counts[g.linkProblem as LinkProblem] = g._count._all;
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      observedOn: r.observedOn.toISOString().slice(0, 10),
      claim: { id: r.prediction.id, statement: r.prediction.statement },
      link: toLinkHealth(r),
    })),
    // From the counts: a COUNT over "linkProblem IS NOT NULL" would scan the whole table on SQLite.
    total: filter.problem ? counts[filter.problem] : counts.broken + counts.unreachable + counts.changed,
    counts,
  };
}

// ---- one run at a time

/** A lock not refreshed for this long belongs to a run that died; the next run takes it over. */
export const LOCK_STALE_MS = 10 * 60_000;

export type LinksLock = {
  /** Refreshes the lock; false if another run has taken it over (this one should stop). */
  refresh(): Promise<boolean>;
  release(): Promise<void>;
};

/** Who holds a step's lock, for the message a refused run prints. */
export type LockHolder = { holder: string; since: string };

const lockKey = (step: string) => `links.lock.${step}`;

const isUniqueViolation = (e: unknown) => e instanceof Error && "code" in e && (e as { code?: unknown }).code === "P2002";

/**
 * Takes the lock of one step ("check", "archive") as a row in Setting: created if absent (the
 * key is unique, so of two runs starting together one wins), or taken over when its holder has
 * not refreshed it for LOCK_STALE_MS. Returns the lock, or who holds it.
 */
export async function acquireLinksLock(step: string, now = new Date()): Promise<{ lock: LinksLock } | { heldBy: LockHolder }> {
  const key = lockKey(step);
  const value = JSON.stringify({ host: hostname(), pid: process.pid, token: randomUUID(), since: now.toISOString() });
  const tryCreate = async () => {
    try {
      await prisma.setting.create({ data: { key, value } });
      return true;
    } catch (e) {
      if (isUniqueViolation(e)) return false;
      throw e;
    }
  };
  let taken = await tryCreate();
  if (!taken) {
    await prisma.setting.deleteMany({ where: { key, updatedAt: { lt: new Date(now.getTime() - LOCK_STALE_MS) } } });
    taken = await tryCreate();
  }
  if (!taken) {
    const row = await prisma.setting.findUnique({ where: { key } });
    let holder = "another run";
    try {
      const parsed = JSON.parse(row?.value ?? "{}") as { host?: string; pid?: number };
      if (parsed.host) holder = `pid ${parsed.pid} on ${parsed.host}`;
    } catch {
      // A hand-written value: name nobody.
    }
    return { heldBy: { holder, since: row?.updatedAt.toISOString() ?? "" } };
  }
  return {
    lock: {
      async refresh() {
        const { count } = await prisma.setting.updateMany({ where: { key, value }, data: { value } });
        return count === 1;
      },
      async release() {
        await prisma.setting.deleteMany({ where: { key, value } });
      },
    },
  };
}
