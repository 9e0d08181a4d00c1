"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  correctQuote,
  createPrediction,
  createSource,
  overrideCredence,
  setParent,
  updatePrediction,
} from "../db/curation";
import { InvalidReferenceError } from "../db/errors";
import { updateSource } from "../db/sources";
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
import { FIX_FIELDS, failure, invalid, nestedFieldErrors, numberOf, optional, tagsOf } from "./curation-form";
import { text, type FormState } from "./form-state";
import { FORBIDDEN_STATE, allowAction } from "./guard";

function refreshClaim(...ids: (string | null | undefined)[]) {
  for (const id of ids) if (id) revalidatePath(`/predictions/${id}`);
  revalidatePath("/predictions/[id]", "page");
  revalidatePath("/predictions");
  revalidatePath("/sources/[id]", "page");
  revalidatePath("/");
}

// ---------------------------------------------------------------------------------------
// Sources and new claims
// ---------------------------------------------------------------------------------------

export async function createSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageSources, "/sources/new");
  if (!who) return FORBIDDEN_STATE;
  const values = {
    title: text(form, "title") ?? "",
    author: text(form, "author") ?? "",
    url: text(form, "url") ?? "",
    publishedOn: text(form, "publishedOn") ?? "",
    kind: text(form, "kind") ?? "",
  };
  const parsed = createSourceSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  let id: string;
  try {
    ({ id } = await createSource(parsed.data, who.audit));
  } catch (e) {
    return failure(e, values);
  }
  revalidatePath("/sources");
  redirect(`/sources/${id}?added=1`);
}

/** Saves a source's details; the form sends every field, and only the changed ones are recorded. */
export async function updateSourceAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageSources, `/sources/${id}/edit`);
  if (!who) return FORBIDDEN_STATE;
  const values = {
    title: text(form, "title") ?? "",
    author: text(form, "author") ?? "",
    url: text(form, "url") ?? "",
    publishedOn: text(form, "publishedOn") ?? "",
    kind: text(form, "kind") ?? "",
    reason: text(form, "reason") ?? "",
  };
  const parsed = updateSourceSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  let changed: string[];
  try {
    changed = Object.keys((await updateSource(id, parsed.data, who.audit)).changes);
  } catch (e) {
    return failure(e, values, "This source no longer exists.");
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
  const values = {
    quote: text(form, "quote") ?? "",
    section: text(form, "section") ?? "",
    statement: text(form, "statement") ?? "",
    criteria: text(form, "criteria") ?? "",
    horizonPhrase: text(form, "horizonPhrase") ?? "",
    horizonFrom: text(form, "horizonFrom") ?? "",
    horizonTo: text(form, "horizonTo") ?? "",
    tags: text(form, "tags") ?? "",
    parentId: text(form, "parentId") ?? "",
    overrideCredence: text(form, "overrideCredence") ?? "",
    overrideReason: text(form, "overrideReason") ?? "",
  };
  const tags = tagsOf(values.tags);
  const isOverriding = optional(values.overrideCredence) !== undefined || optional(values.overrideReason) !== undefined;
  const parsed = createPredictionSchema.safeParse({
    sourceId,
    quote: values.quote,
    section: values.section,
    statement: values.statement,
    criteria: values.criteria,
    horizon: { from: numberOf(values.horizonFrom), to: numberOf(values.horizonTo) },
    horizonPhrase: optional(values.horizonPhrase),
    tags: tags.length ? tags : undefined,
    parentId: optional(values.parentId),
    // Either half of an override brings in the other, so a credence without a reason is refused.
    credenceOverride: isOverriding
      ? { credence: numberOf(values.overrideCredence), reason: values.overrideReason }
      : undefined,
  });
  if (!parsed.success) return invalid(parsed.error, values);
  let id: string;
  try {
    ({ id } = await createPrediction(parsed.data, who.audit));
  } catch (e) {
    return failure(e, values, "This source no longer exists.");
  }
  revalidatePath(`/sources/${sourceId}`);
  refreshClaim(parsed.data.parentId);
  return {
    status: "success",
    message: `Claim “${parsed.data.statement}” added.`,
    // Keep what is likely to repeat for the next claim from the same source.
    values: { section: values.section, addedId: id },
  };
}

// ---------------------------------------------------------------------------------------
// Editing a claim: every change is a revision with a reason
// ---------------------------------------------------------------------------------------

export async function updateClaimAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageClaims, `/predictions/${id}/edit`);
  if (!who) return FORBIDDEN_STATE;
  const values = {
    statement: text(form, "statement") ?? "",
    criteria: text(form, "criteria") ?? "",
    horizonFrom: text(form, "horizonFrom") ?? "",
    horizonTo: text(form, "horizonTo") ?? "",
    tags: text(form, "tags") ?? "",
    reason: text(form, "reason") ?? "",
  };
  // The form always sends every field; the data layer records only those that changed.
  const parsed = updatePredictionSchema.safeParse({
    statement: values.statement,
    criteria: values.criteria,
    horizon: { from: numberOf(values.horizonFrom), to: numberOf(values.horizonTo) },
    tags: tagsOf(values.tags),
    reason: values.reason,
  });
  if (!parsed.success) return invalid(parsed.error, values);
  let changed: string[];
  try {
    changed = Object.keys((await updatePrediction(id, parsed.data, who.audit)).changes);
  } catch (e) {
    return failure(e, values);
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
  const values = {
    quote: text(form, "quote") ?? "",
    reason: text(form, "reason") ?? "",
  };
  const parsed = quoteCorrectionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await correctQuote(id, parsed.data, who.audit);
  } catch (e) {
    return failure(e, values);
  }
  refreshClaim(id);
  return { status: "success", message: "Quote corrected. The correction is in the claim’s history." };
}

export async function overrideCredenceAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageClaims, `/predictions/${id}/edit`);
  if (!who) return FORBIDDEN_STATE;
  const values = {
    credence: text(form, "credence") ?? "",
    reason: text(form, "reason") ?? "",
  };
  const parsed = credenceOverrideSchema.safeParse({
    credence: numberOf(values.credence),
    reason: values.reason,
  });
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await overrideCredence(id, parsed.data, who.audit);
  } catch (e) {
    return failure(e, values);
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
  const values = {
    parentId: text(form, "parentId") ?? "",
    reason: text(form, "reason") ?? "",
  };
  const parsed = setParentSchema.safeParse({
    parentId: optional(values.parentId) ?? null,
    reason: values.reason,
  });
  if (!parsed.success) return invalid(parsed.error, values);
  let before: unknown;
  try {
    before = (await setParent(id, parsed.data, who.audit)).changes.parentId?.before;
  } catch (e) {
    return failure(e, values);
  }
  refreshClaim(id, parsed.data.parentId, typeof before === "string" ? before : null);
  return {
    status: "success",
    message: parsed.data.parentId ? "Attached as a sub-claim." : "Detached: this is now a top-level claim.",
    values: { parentId: values.parentId },
  };
}

/** On a parent: makes an existing claim (`childId` in the form) one of its sub-claims. */
export async function addChildAction(parentId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageClaims, `/predictions/${parentId}/edit`);
  if (!who) return FORBIDDEN_STATE;
  const values = {
    childId: text(form, "childId") ?? "",
    reason: text(form, "reason") ?? "",
  };
  const parsed = setParentSchema.safeParse({ parentId, reason: values.reason });
  const childId = optional(values.childId);
  if (!parsed.success || !childId) {
    const fieldErrors = parsed.success ? {} : nestedFieldErrors(parsed.error);
    if (!childId) fieldErrors.childId = ["Choose the claim to add as a sub-claim"];
    return { status: "error", message: FIX_FIELDS, fieldErrors, values };
  }
  try {
    await setParent(childId, parsed.data, who.audit);
  } catch (e) {
    // The data layer names the parent as the bad field; here the choice the user made is the child.
    if (e instanceof InvalidReferenceError && e.field === "parentId") {
      return { status: "error", message: e.message, fieldErrors: { childId: [e.message] }, values };
    }
    return failure(e, values, "That claim no longer exists.");
  }
  refreshClaim(parentId, childId);
  return { status: "success", message: "Sub-claim added." };
}

/** On a parent: detaches one of its sub-claims (`childId` in the form), making it top-level. */
export async function detachChildAction(parentId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageClaims, `/predictions/${parentId}/edit`);
  if (!who) return FORBIDDEN_STATE;
  const values = {
    childId: text(form, "childId") ?? "",
    reason: text(form, "reason") ?? "",
  };
  const parsed = setParentSchema.safeParse({ parentId: null, reason: values.reason });
  const childId = optional(values.childId);
  if (!parsed.success || !childId) {
    const fieldErrors = parsed.success ? {} : nestedFieldErrors(parsed.error);
    if (!childId) fieldErrors.childId = ["Choose the sub-claim to detach"];
    return { status: "error", message: FIX_FIELDS, fieldErrors, values };
  }
  try {
    await setParent(childId, parsed.data, who.audit);
  } catch (e) {
    if (e instanceof InvalidReferenceError) {
      return { status: "error", message: e.message, fieldErrors: { childId: [e.message] }, values };
    }
    return failure(e, values, "That claim no longer exists.");
  }
  refreshClaim(parentId, childId);
  return { status: "success", message: "Sub-claim detached: it is now a top-level claim." };
}
