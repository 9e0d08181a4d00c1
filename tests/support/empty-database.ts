// One way for a test file to start from nothing: every claim and everything that hangs off it
// (sources, tags, evidence, verdicts, reviews, revisions) and the trend summaries built from
// them, deleted children first so no foreign key objects. Accounts, sessions, settings and the
// audit log stay: the files that need them make their own under unique names.
import { prisma } from "@/lib/db/client";

export async function emptyDatabase() {
  await prisma.reviewEntry.deleteMany();
  await prisma.reviewEvent.deleteMany();
  await prisma.verdictEvidence.deleteMany();
  await prisma.verdict.deleteMany();
  await prisma.review.deleteMany();
  await prisma.evidence.deleteMany();
  await prisma.predictionRevision.deleteMany();
  await prisma.claimFollow.deleteMany();
  await prisma.prediction.updateMany({ data: { parentId: null } });
  await prisma.tag.deleteMany(); // also drops the claim↔tag links
  await prisma.prediction.deleteMany();
  await prisma.sourceRevision.deleteMany();
  await prisma.source.deleteMany();
  await prisma.evidenceMonth.deleteMany();
  await prisma.gradeChange.deleteMany();
}
