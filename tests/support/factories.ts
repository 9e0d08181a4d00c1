// Rows for integration tests, created directly with the real Prisma client under unique names.
import { randomUUID } from "node:crypto";
import { refreshClaimSummary } from "@/lib/db/claim-summary";
import { prisma } from "@/lib/db/client";
import { recordNewClaim } from "@/lib/db/trend-summary";

export const uid = () => randomUUID().slice(0, 8);
export const day = (d: string) => new Date(`${d}T00:00:00Z`);

export async function makeSource(overrides: { publishedOn?: string } = {}) {
  return prisma.source.create({
    data: {
      title: `Source ${uid()}`,
      author: "Tester",
      url: "https://example.org/source",
      publishedOn: day(overrides.publishedOn ?? "2022-05-01"),
      kind: "essay",
    },
  });
}

export type ClaimOpts = {
  sourceId: string;
  statement?: string;
  quote?: string;
  position?: number;
  horizonFrom?: number;
  horizonTo?: number;
  tags?: string[];
  madeOn?: string;
  parentId?: string;
};

/** A claim, with the summary rows the app keeps for every new claim (its parent's roll-up, the trend). */
export async function makeClaim(o: ClaimOpts) {
  const claim = await prisma.prediction.create({
    data: {
      sourceId: o.sourceId,
      statement: o.statement ?? `Claim ${uid()}`,
      quote: o.quote ?? "Something will happen.",
      section: "Section",
      position: o.position ?? 1,
      criteria: "Check it.",
      madeOn: day(o.madeOn ?? "2022-05-01"),
      horizonPhrase: "soon",
      horizonFrom: o.horizonFrom ?? 2022,
      horizonTo: o.horizonTo ?? 2024,
      impliedCredence: 0.9,
      credenceWord: "will",
      parentId: o.parentId,
      tags: o.tags ? { connectOrCreate: o.tags.map((name) => ({ where: { name }, create: { name } })) } : undefined,
    },
  });
  await prisma.$transaction(async (tx) => {
    await refreshClaimSummary(tx, claim.id);
    await recordNewClaim(tx, claim.id);
  });
  return prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } });
}
