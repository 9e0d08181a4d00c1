"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { canManageTags } from "../auth/permissions";
import { createTag, deleteTag, mergeTags, renameTag } from "../db/tags";
import { createTagSchema, deleteTagSchema, mergeTagSchema, renameTagSchema } from "../validation/curation";
import type { FormState } from "./form-state";
import { allowAction } from "./guard";
import { FORBIDDEN_STATE, actionFailure, formToInput, read } from "./result";

// ---------------------------------------------------------------------------------------
// Tags
// ---------------------------------------------------------------------------------------

function refreshTags() {
  revalidatePath("/tags");
  revalidatePath("/predictions");
  revalidatePath("/predictions/[id]", "page");
}

export async function createTagAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageTags, "/tags");
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(createTagSchema, form);
  if (!parsed.ok) return parsed.state;
  try {
    await createTag(parsed.data.name, who.audit);
  } catch (e) {
    return actionFailure(e, { values: parsed.values, conflictField: "name" });
  }
  refreshTags();
  return { status: "success", message: `Tag “${parsed.data.name}” created.` };
}

export async function renameTagAction(from: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageTags, "/tags");
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(renameTagSchema, form);
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  if (parsed.data.name === from) {
    const message = `The tag is already called “${from}”`;
    return { status: "error", message, fieldErrors: { name: [message] }, values };
  }
  try {
    await renameTag(from, parsed.data.name, who.audit);
  } catch (e) {
    return actionFailure(e, { values, conflictField: "name" });
  }
  refreshTags();
  return { status: "success", message: `Renamed “${from}” to “${parsed.data.name}”.` };
}

export async function mergeTagAction(from: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageTags, "/tags");
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(mergeTagSchema, form);
  if (!parsed.ok) return parsed.state;
  let moved: number;
  try {
    ({ moved } = await mergeTags(from, parsed.data.into, who.audit));
  } catch (e) {
    return actionFailure(e, { values: parsed.values });
  }
  refreshTags();
  // The merged tag's row is gone once this returns, so the page says what happened.
  const params = new URLSearchParams({ merged: from, into: parsed.data.into, moved: String(moved) });
  redirect(`/tags?${params}`);
}

/** Deletes a tag with a reason; one still on claims needs the "unlink" box ticked. */
export async function deleteTagAction(name: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageTags, "/tags");
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(deleteTagSchema, form, { fields: { confirm: read.checked("yes") } });
  if (!parsed.ok) return parsed.state;
  let unlinked: number;
  try {
    ({ unlinked } = await deleteTag(name, parsed.data, who.audit));
  } catch (e) {
    // The one conflict is a tag still on claims, answered by the "unlink" box.
    return actionFailure(e, { values: parsed.values, conflictField: "confirm" });
  }
  refreshTags();
  const params = new URLSearchParams({ deleted: name, unlinked: String(unlinked) });
  redirect(`/tags?${params}`);
}
