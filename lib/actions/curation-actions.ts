"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { correctQuote, createPrediction, overrideCredence, setParent, updatePrediction } from "../db/claims";
import { createSource, updateSource } from "../db/sources";
import {
  createPredictionSchema,
  createSourceSchema,
  credenceOverrideSchema,
  quoteCorrectionSchema,
  setParentSchema,
  updatePredictionSchema,
  updateSourceSchema,
} from "../validation/curation";
import { canManageClaims, canManageSources } from "../auth/permissions";
import type { FormState } from "./form-state";
import { allowAction } from "./guard";
import { FORBIDDEN_STATE, actionFailure, formToInput, read, type FieldReader } from "./result";

function refreshClaim(...ids: (string | null | undefined)[]) {
  for (const id of ids) if (id) revalidatePath(`/predictions/${id}`);
  revalidatePath("/predictions/[id]", "page");
  revalidatePath("/predictions");
  revalidatePath("/sources/[id]", "page");
  revalidatePath("/");
}

/** The horizon's two number inputs, as the schema's `{ from, to }`. */
const horizonFields: FieldReader = (f) => ({ from: f.number("horizonFrom"), to: f.number("horizonTo") });

/** A parent's sub-claim forms: the shared schema, plus the claim chosen in the form. */
const childFormSchema = (missing: string) =>
  setParentSchema.extend({ childId: z.string({ error: missing }).trim().min(1, missing).max(64, missing) });

/** On a parent's sub-claim forms the choice the user made is the child, so the data layer's parent errors go there. */
const CHILD_FAILURE = { fields: { parentId: "childId" }, notFound: "That claim no longer exists." };

// ---------------------------------------------------------------------------------------
// Sources and new claims
// ---------------------------------------------------------------------------------------

export async function createSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageSources, "/sources/new");
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(createSourceSchema, form);
  if (!parsed.ok) return parsed.state;
  let id: string;
  try {
    ({ id } = await createSource(parsed.data, who.audit));
  } catch (e) {
    return actionFailure(e, { values: parsed.values });
  }
  revalidatePath("/sources");
  redirect(`/sources/${id}?added=1`);
}

/** Saves a source's details; the form sends every field, and only the changed ones are recorded. */
export async function updateSourceAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageSources, `/sources/${id}/edit`);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(updateSourceSchema, form);
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  let changed: string[];
  try {
    changed = Object.keys((await updateSource(id, parsed.data, who.audit)).changes);
  } catch (e) {
    return actionFailure(e, { values });
  }
  revalidatePath(`/sources/${id}`);
  revalidatePath(`/sources/${id}/edit`);
  revalidatePath("/sources");
  revalidatePath("/predictions/[id]", "page");
  return {
    status: "success",
    message: `Saved: ${changed.join(", ")} changed. The edit is in the source’s history.`,
    values: { ...values, reason: "" },
  };
}

export async function addClaimAction(sourceId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageClaims, `/sources/${sourceId}`);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(createPredictionSchema, form, {
    fields: {
      sourceId: read.fixed(sourceId),
      horizon: horizonFields,
      horizonPhrase: read.optional(),
      tags: read.list(),
      parentId: read.optional(),
      // Either half of an override brings in the other, so a credence without a reason is refused.
      credenceOverride: (f) =>
        f.optional("overrideCredence") !== undefined || f.optional("overrideReason") !== undefined
          ? { credence: f.number("overrideCredence"), reason: f.text("overrideReason") }
          : undefined,
    },
  });
  if (!parsed.ok) return parsed.state;
  let id: string;
  try {
    ({ id } = await createPrediction(parsed.data, who.audit));
  } catch (e) {
    return actionFailure(e, { values: parsed.values });
  }
  revalidatePath(`/sources/${sourceId}`);
  refreshClaim(parsed.data.parentId);
  return {
    status: "success",
    message: `Claim “${parsed.data.statement}” added.`,
    // Keep what is likely to repeat for the next claim from the same source.
    values: { section: parsed.data.section, addedId: id },
  };
}

// ---------------------------------------------------------------------------------------
// Editing a claim: every change is a revision with a reason
// ---------------------------------------------------------------------------------------

export async function updateClaimAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageClaims, `/predictions/${id}/edit`);
  if (!who) return FORBIDDEN_STATE;
  // The form always sends every field; the data layer records only those that changed.
  const parsed = formToInput(updatePredictionSchema, form, { fields: { horizon: horizonFields, tags: read.list() } });
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  let changed: string[];
  try {
    changed = Object.keys((await updatePrediction(id, parsed.data, who.audit)).changes);
  } catch (e) {
    return actionFailure(e, { values });
  }
  refreshClaim(id);
  return {
    status: "success",
    message: `Saved: ${changed.join(", ")} changed. The edit is in the claim’s history.`,
    values: { ...values, reason: "" },
  };
}

export async function correctQuoteAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageClaims, `/predictions/${id}/edit`);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(quoteCorrectionSchema, form);
  if (!parsed.ok) return parsed.state;
  try {
    await correctQuote(id, parsed.data, who.audit);
  } catch (e) {
    return actionFailure(e, { values: parsed.values });
  }
  refreshClaim(id);
  return { status: "success", message: "Quote corrected. The correction is in the claim’s history." };
}

export async function overrideCredenceAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageClaims, `/predictions/${id}/edit`);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(credenceOverrideSchema, form);
  if (!parsed.ok) return parsed.state;
  try {
    await overrideCredence(id, parsed.data, who.audit);
  } catch (e) {
    return actionFailure(e, { values: parsed.values });
  }
  refreshClaim(id);
  return {
    status: "success",
    message: `Implied credence set to ${Math.round(parsed.data.credence * 100)}%. The override is in the claim’s history.`,
  };
}

/** Attaches the claim `id` under the chosen parent, or detaches it when none is chosen. */
export async function setParentAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageClaims, `/predictions/${id}/edit`);
  if (!who) return FORBIDDEN_STATE;
  // No parent chosen detaches the claim.
  const parsed = formToInput(setParentSchema, form, { fields: { parentId: (f) => f.optional("parentId") ?? null } });
  if (!parsed.ok) return parsed.state;
  let before: unknown;
  try {
    before = (await setParent(id, parsed.data, who.audit)).changes.parentId?.before;
  } catch (e) {
    return actionFailure(e, { values: parsed.values });
  }
  refreshClaim(id, parsed.data.parentId, typeof before === "string" ? before : null);
  return {
    status: "success",
    message: parsed.data.parentId ? "Attached as a sub-claim." : "Detached: this is now a top-level claim.",
    values: { parentId: parsed.data.parentId ?? "" },
  };
}

/** On a parent: makes an existing claim (`childId` in the form) one of its sub-claims. */
export async function addChildAction(parentId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageClaims, `/predictions/${parentId}/edit`);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(childFormSchema("Choose the claim to add as a sub-claim"), form, { fields: { parentId: read.fixed(parentId) } });
  if (!parsed.ok) return parsed.state;
  const { childId, ...change } = parsed.data;
  try {
    await setParent(childId, change, who.audit);
  } catch (e) {
    return actionFailure(e, { values: parsed.values, ...CHILD_FAILURE });
  }
  refreshClaim(parentId, childId);
  return { status: "success", message: "Sub-claim added." };
}

/** On a parent: detaches one of its sub-claims (`childId` in the form), making it top-level. */
export async function detachChildAction(parentId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageClaims, `/predictions/${parentId}/edit`);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(childFormSchema("Choose the sub-claim to detach"), form, { fields: { parentId: read.fixed(null) } });
  if (!parsed.ok) return parsed.state;
  const { childId, ...change } = parsed.data;
  try {
    await setParent(childId, change, who.audit);
  } catch (e) {
    return actionFailure(e, { values: parsed.values, ...CHILD_FAILURE });
  }
  refreshClaim(parentId, childId);
  return { status: "success", message: "Sub-claim detached: it is now a top-level claim." };
}
