"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize, canFindClaims, canManageClaims, canManageSources } from "../auth/permissions";
import { createSourceWithClaims } from "../db/sources";
import { findClaims, type FinderResult } from "../finder";
import { LlmError, draftClaim, llmConfigFromEnv, type ClaimDraft, type DraftRequest } from "../finder/llm";
import { fieldErrorsOf, type FieldErrors } from "../validation/common";
import { horizonSchema } from "../validation/curation";
import { finderInputSchema, saveFoundClaimsSchema, type FinderInput, type SaveFoundClaimsInput } from "../validation/finder";
import { allowAction } from "./guard";
import { FIX_FIELDS, FORBIDDEN_MESSAGE, actionFailure } from "./result";

export type FindState = { status: "success"; result: FinderResult } | { status: "error"; message: string; fieldErrors?: FieldErrors };
/** A problem with one claim of the list, by its index in the saved list. */
export type ClaimError = { index: number; field: string; message: string };
export type SaveState = { status: "error"; message: string; fieldErrors?: FieldErrors; claimErrors?: ClaimError[] };
export type DraftState = { status: "success"; draft: ClaimDraft } | { status: "error"; message: string };

const PAGE = "/sources/new/find";

/** Runs the finder on the pasted text; writes nothing. */
export async function findCandidatesAction(input: FinderInput): Promise<FindState> {
  const who = await allowAction(canFindClaims, PAGE);
  if (!who) return { status: "error", message: FORBIDDEN_MESSAGE };
  const parsed = finderInputSchema.safeParse(input);
  if (!parsed.success) return { status: "error", message: FIX_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) };
  const { text, publishedOn, format } = parsed.data;
  return { status: "success", result: findClaims(text, { publishedOn, format }) };
}

/** Creates the source and every accepted claim in one transaction, then opens the source. */
export async function saveFoundClaimsAction(input: SaveFoundClaimsInput): Promise<SaveState> {
  const who = await allowAction(canManageSources, PAGE);
  if (!who) return { status: "error", message: FORBIDDEN_MESSAGE };
  try {
    authorize(who.actor, canManageClaims);
  } catch {
    return { status: "error", message: FORBIDDEN_MESSAGE };
  }
  const parsed = saveFoundClaimsSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    const claimErrors: ClaimError[] = [];
    for (const issue of parsed.error.issues) {
      const [head, index, ...rest] = issue.path;
      if (head === "claims" && typeof index === "number") {
        claimErrors.push({ index, field: rest.filter((p) => typeof p === "string").join(".") || "_", message: issue.message });
      } else {
        const key = head === "source" ? String(index ?? "_") : String(head ?? "_");
        (fieldErrors[key] ??= []).push(issue.message);
      }
    }
    return { status: "error", message: "Some claims or source details need fixing; nothing was saved.", fieldErrors, claimErrors };
  }
  let id: string;
  try {
    ({ id } = await createSourceWithClaims(parsed.data, who.audit));
  } catch (e) {
    const f = actionFailure(e, { notFound: "A parent claim no longer exists." });
    return { status: "error", message: f.message ?? "Nothing was saved.", fieldErrors: f.fieldErrors };
  }
  revalidatePath("/sources");
  revalidatePath("/predictions");
  revalidatePath("/");
  redirect(`/sources/${id}?added=1`);
}

/** Asks the configured language model for a statement and criteria; never needed to save. */
export async function draftClaimAction(input: DraftRequest): Promise<DraftState> {
  const who = await allowAction(canFindClaims, PAGE);
  if (!who) return { status: "error", message: FORBIDDEN_MESSAGE };
  const config = llmConfigFromEnv();
  if (!config) return { status: "error", message: "No language model is configured." };
  const quote = typeof input?.quote === "string" ? input.quote.slice(0, 2000) : "";
  const horizon = horizonSchema.safeParse(input?.horizon);
  if (!quote.trim() || !horizon.success) return { status: "error", message: "A quote and a horizon are needed to draft." };
  try {
    const draft = await draftClaim(config, {
      quote,
      section: typeof input.section === "string" ? input.section.slice(0, 200) : "",
      horizon: horizon.data,
      publishedOn: typeof input.publishedOn === "string" ? input.publishedOn.slice(0, 10) : "",
    });
    return { status: "success", draft };
  } catch (e) {
    if (e instanceof LlmError) return { status: "error", message: `${e.message}; write the statement and criteria by hand.` };
    console.error("Unexpected drafting error", e);
    return { status: "error", message: "Drafting failed; write the statement and criteria by hand." };
  }
}
