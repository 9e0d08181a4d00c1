"use server";

import { canManageClaims } from "../auth/permissions";
import { type ParentCandidate, searchParentCandidates } from "../db/claims";
import { parentSearchSchema } from "../validation/curation";
import { allowAction } from "./guard";
import { FORBIDDEN_MESSAGE } from "./result";

export type ParentSearchResult = { ok: true; items: ParentCandidate[] } | { ok: false; message: string };

/**
 * The parent picker's search: at most 20 claims matching the text, the claim's own source
 * first. A read, but only the admins who may set a parent can ask.
 */
export async function searchParentClaimsAction(claimId: string, query: string): Promise<ParentSearchResult> {
  const who = await allowAction(canManageClaims, `/predictions/${encodeURIComponent(String(claimId))}/edit`);
  if (!who) return { ok: false, message: FORBIDDEN_MESSAGE };
  const parsed = parentSearchSchema.safeParse({ claimId, query });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid search" };
  try {
    const items = await searchParentCandidates(parsed.data.claimId, parsed.data.query);
    return items ? { ok: true, items } : { ok: false, message: "This claim no longer exists." };
  } catch (e) {
    console.error("Unhandled parent search error", e);
    return { ok: false, message: "The search failed on our side; try again." };
  }
}
