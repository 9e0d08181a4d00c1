"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { RowMessage } from "./row-message";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

type Props = { webhookId: string; url: string; isActive: boolean; ping: Action; setActive: Action; remove: Action };

/** Per-webhook controls: a test ping, deactivate/activate, and delete behind a confirm step. */
export function WebhookRowActions({ webhookId, url, isActive, ping, setActive, remove }: Props) {
  const [pingState, pingAction, pinging] = useActionState(ping, INITIAL_FORM_STATE);
  const [activeState, activeAction, switching] = useActionState(setActive, INITIAL_FORM_STATE);
  const [deleteState, deleteAction, deleting] = useActionState(remove, INITIAL_FORM_STATE);
  const base = `webhook-${webhookId}`;
  return (
    <div className="form">
      {isActive && (
        <form action={pingAction}>
          <input type="hidden" name="webhookId" value={webhookId} />
          <button type="submit" className="button secondary" disabled={pinging} aria-describedby={pingState.message ? `${base}-ping` : undefined}>
            {pinging ? "Queuing…" : "Send test ping"}
            <span className="visually-hidden"> to {url}</span>
          </button>
        </form>
      )}
      <RowMessage id={`${base}-ping`} state={pingState} />
      <form action={activeAction}>
        <input type="hidden" name="webhookId" value={webhookId} />
        <input type="hidden" name="active" value={isActive ? "false" : "true"} />
        <button type="submit" className="button secondary" disabled={switching} aria-describedby={activeState.message ? `${base}-active` : undefined}>
          {switching ? "Saving…" : isActive ? "Deactivate" : "Activate"}
          <span className="visually-hidden"> {url}</span>
        </button>
      </form>
      <RowMessage id={`${base}-active`} state={activeState} />
      <details>
        <summary>
          Delete…<span className="visually-hidden"> {url}</span>
        </summary>
        <form action={deleteAction} className="form">
          <input type="hidden" name="webhookId" value={webhookId} />
          <p className="small">Its delivery log is deleted with it. Deactivate it instead to keep the log.</p>
          <div>
            <button type="submit" className="button secondary" disabled={deleting} aria-describedby={deleteState.message ? `${base}-delete` : undefined}>
              {deleting ? "Deleting…" : "Delete webhook"}
            </button>
          </div>
        </form>
      </details>
      <RowMessage id={`${base}-delete`} state={deleteState} />
    </div>
  );
}
