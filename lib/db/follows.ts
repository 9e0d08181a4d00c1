// Following claims: a signed-in account follows a claim, and the weekly digest tells it about
// the claim's new evidence (lib/db/digest.ts). A personal preference, so it is not audited.
import { Prisma } from "../generated/prisma/client";
import { prisma } from "./client";
import { NotFoundError } from "./errors";

export async function isFollowing(userId: string, predictionId: string): Promise<boolean> {
  return (await prisma.claimFollow.count({ where: { userId, predictionId } })) > 0;
}

/** Follows or unfollows; following twice or unfollowing a claim not followed changes nothing. */
export async function setFollowing(userId: string, predictionId: string, follow: boolean): Promise<{ following: boolean }> {
  if (!follow) {
    await prisma.claimFollow.deleteMany({ where: { userId, predictionId } });
    return { following: false };
  }
  try {
    await prisma.claimFollow.upsert({ where: { userId_predictionId: { userId, predictionId } }, create: { userId, predictionId }, update: {} });
  } catch (e) {
    // An unknown claim fails the foreign key.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2003") throw new NotFoundError("Prediction", predictionId);
    throw e;
  }
  return { following: true };
}

/** How many claims an account follows (the account page). */
export async function countFollowedClaims(userId: string): Promise<number> {
  return prisma.claimFollow.count({ where: { userId } });
}
