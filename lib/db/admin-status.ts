import "server-only";
import { ROLES, type Role } from "../roles";
import { prisma } from "./client";
import { toIsoDay } from "./dates";

export type AdminStatus = {
  claims: { total: number; graded: number; subClaims: number };
  sources: number;
  tags: number;
  evidence: { live: number; retracted: number };
  verdicts: { live: number; retracted: number };
  users: { byRole: Record<Role, number>; disabled: number };
  openReview: { year: number; title: string; openedOn: string } | null;
  lastCompletedReview: { year: number; title: string; completedOn: string } | null;
  /** Live evidence whose last link check found a problem, by kind; zero when none. */
  linkProblems: { total: number; byKind: Record<string, number> };
};

/**
 * The figures the admin overview shows, each counted in SQL (counts and group-bys over indexed
 * columns), so the page costs the same few queries at any size.
 */
export async function getAdminStatus(): Promise<AdminStatus> {
  const [claims, graded, subClaims, sources, tags, liveEvidence, allEvidence, verdicts, allVerdicts, roles, disabled, openReview, lastCompleted, links] = await Promise.all([
    prisma.prediction.count(),
    prisma.prediction.count({ where: { effectiveGrade: { not: null } } }),
    prisma.prediction.count({ where: { parentId: { not: null } } }),
    prisma.source.count(),
    prisma.tag.count(),
    prisma.evidence.count({ where: { retractedAt: null } }),
    prisma.evidence.count(),
    prisma.verdict.count({ where: { retractedAt: null } }),
    prisma.verdict.count(),
    prisma.user.groupBy({ by: ["role"], _count: { _all: true } }),
    prisma.user.count({ where: { disabledAt: { not: null } } }),
    prisma.review.findFirst({ where: { status: "open" }, select: { year: true, title: true, openedOn: true } }),
    prisma.review.findFirst({
      where: { status: "completed" },
      orderBy: { completedOn: "desc" },
      select: { year: true, title: true, completedOn: true },
    }),
    prisma.evidence.groupBy({ by: ["linkProblem"], where: { retractedAt: null, linkProblem: { not: null } }, _count: { _all: true } }),
  ]);
  const byRole = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const g of roles) if ((ROLES as readonly string[]).includes(g.role)) byRole[g.role as Role] = g._count._all;
  const byKind: Record<string, number> = {};
  for (const g of links) if (g.linkProblem) byKind[g.linkProblem] = g._count._all;
  return {
    claims: { total: claims, graded, subClaims },
    sources,
    tags,
    evidence: { live: liveEvidence, retracted: allEvidence - liveEvidence },
    verdicts: { live: verdicts, retracted: allVerdicts - verdicts },
    users: { byRole, disabled },
    openReview: openReview ? { year: openReview.year, title: openReview.title, openedOn: toIsoDay(openReview.openedOn) } : null,
    lastCompletedReview:
      lastCompleted?.completedOn ? { year: lastCompleted.year, title: lastCompleted.title, completedOn: toIsoDay(lastCompleted.completedOn) } : null,
    linkProblems: { total: Object.values(byKind).reduce((a, b) => a + b, 0), byKind },
  };
}
