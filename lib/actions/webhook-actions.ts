"use server";

import { revalidatePath } from "next/cache";
import { canManageWebhooks } from "../auth/permissions";
import { createWebhook, deleteWebhook, queueWebhookPing, updateWebhook } from "../db/webhooks";
import { kickWebhookDispatch } from "../webhooks/dispatch";
import { createWebhookSchema } from "../validation/webhooks";
import { text, type FormState } from "./form-state";
import { allowAction } from "./guard";
import { FORBIDDEN_STATE, actionFailure, formToInput, read } from "./result";

const WEBHOOKS_PATH = "/admin/webhooks";
const WEBHOOK_GONE = "This webhook no longer exists.";

/** The register form's answer; `secret` is the new webhook's signing secret, shown this once. */
export type CreateWebhookState = FormState & { secret?: string; webhookUrl?: string };

/** A webhook id from a hidden input; anything odd is treated as a missing webhook. */
function webhookIdOf(form: FormData): string | null {
  const id = text(form, "webhookId") ?? "";
  return id && id.length <= 64 ? id : null;
}

export async function createWebhookAction(_prev: CreateWebhookState, form: FormData): Promise<CreateWebhookState> {
  const who = await allowAction(canManageWebhooks, WEBHOOKS_PATH);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(createWebhookSchema, form, { fields: { events: read.all() } });
  if (!parsed.ok) return parsed.state;
  try {
    const { webhook, secret } = await createWebhook(parsed.data, who.audit);
    revalidatePath(WEBHOOKS_PATH);
    return { status: "success", message: `Webhook for ${webhook.url} registered.`, secret, webhookUrl: webhook.url, createdId: webhook.id };
  } catch (e) {
    return actionFailure(e, { values: parsed.values, unexpected: "Something went wrong on our side; no webhook was registered." });
  }
}

export async function setWebhookActiveAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageWebhooks, WEBHOOKS_PATH);
  if (!who) return FORBIDDEN_STATE;
  const id = webhookIdOf(form);
  if (!id) return { status: "error", message: WEBHOOK_GONE };
  const flag = text(form, "active");
  if (flag !== "true" && flag !== "false") return { status: "error", message: "Choose to activate or deactivate the webhook." };
  try {
    const w = await updateWebhook(id, { active: flag === "true" }, who.audit);
    revalidatePath(WEBHOOKS_PATH);
    return { status: "success", message: w.active ? "Activated: it receives its events again." : "Deactivated: nothing is sent to it until it is activated." };
  } catch (e) {
    return actionFailure(e, { notFound: WEBHOOK_GONE });
  }
}

export async function deleteWebhookAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageWebhooks, WEBHOOKS_PATH);
  if (!who) return FORBIDDEN_STATE;
  const id = webhookIdOf(form);
  if (!id) return { status: "error", message: WEBHOOK_GONE };
  try {
    await deleteWebhook(id, who.audit);
  } catch (e) {
    return actionFailure(e, { notFound: WEBHOOK_GONE, unexpected: "Something went wrong on our side; the webhook was not deleted." });
  }
  revalidatePath(WEBHOOKS_PATH);
  return { status: "success", message: "Webhook and its delivery log deleted." };
}

export async function pingWebhookAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageWebhooks, WEBHOOKS_PATH);
  if (!who) return FORBIDDEN_STATE;
  const id = webhookIdOf(form);
  if (!id) return { status: "error", message: WEBHOOK_GONE };
  try {
    await queueWebhookPing(id);
  } catch (e) {
    return actionFailure(e, { notFound: WEBHOOK_GONE, unexpected: "Something went wrong on our side; no ping was queued." });
  }
  kickWebhookDispatch();
  revalidatePath(WEBHOOKS_PATH);
  return { status: "success", message: "Test ping queued; its result appears in the delivery log." };
}
