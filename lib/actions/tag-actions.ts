"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { canManageTags } from "../auth/permissions";
import { TagInUseError, createTag, deleteTag, mergeTags, renameTag } from "../db/curation";
import { ConflictError } from "../db/errors";
import { createTagSchema, deleteTagSchema, mergeTagSchema, renameTagSchema } from "../validation/curation";
import { failure, invalid } from "./curation-form";
import { text, type FormState } from "./form-state";
import { FORBIDDEN_STATE, allowAction } from "./guard";

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
  const values = { name: text(form, "name") ?? "" };
  const parsed = createTagSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await createTag(parsed.data.name, who.audit);
  } catch (e) {
    if (e instanceof ConflictError) return { status: "error", message: e.message, fieldErrors: { name: [e.message] }, values };
    return failure(e, values);
  }
  refreshTags();
  return { status: "success", message: `Tag “${parsed.data.name}” created.` };
}

export async function renameTagAction(from: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageTags, "/tags");
  if (!who) return FORBIDDEN_STATE;
  const values = { name: text(form, "name") ?? "" };
  const parsed = renameTagSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  if (parsed.data.name === from) {
    const message = `The tag is already called “${from}”`;
    return { status: "error", message, fieldErrors: { name: [message] }, values };
  }
  try {
    await renameTag(from, parsed.data.name, who.audit);
  } catch (e) {
    if (e instanceof ConflictError) return { status: "error", message: e.message, fieldErrors: { name: [e.message] }, values };
    return failure(e, values, `The tag “${from}” no longer exists.`);
  }
  refreshTags();
  return { status: "success", message: `Renamed “${from}” to “${parsed.data.name}”.` };
}

export async function mergeTagAction(from: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageTags, "/tags");
  if (!who) return FORBIDDEN_STATE;
  const values = { into: text(form, "into") ?? "" };
  const parsed = mergeTagSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  let moved: number;
  try {
    ({ moved } = await mergeTags(from, parsed.data.into, who.audit));
  } catch (e) {
    return failure(e, values, `The tag “${from}” no longer exists.`);
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
  const values = { reason: text(form, "reason") ?? "", confirm: text(form, "confirm") ?? "" };
  const parsed = deleteTagSchema.safeParse({ reason: values.reason, confirm: values.confirm === "yes" });
  if (!parsed.success) return invalid(parsed.error, values);
  let unlinked: number;
  try {
    ({ unlinked } = await deleteTag(name, parsed.data, who.audit));
  } catch (e) {
    if (e instanceof TagInUseError) return { status: "error", message: e.message, fieldErrors: { confirm: [e.message] }, values };
    return failure(e, values, `The tag “${name}” no longer exists.`);
  }
  refreshTags();
  const params = new URLSearchParams({ deleted: name, unlinked: String(unlinked) });
  redirect(`/tags?${params}`);
}
