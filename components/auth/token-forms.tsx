"use client";

import { useActionState, useRef, useState } from "react";
import { describe, remountKey, valueOf } from "@/lib/forms/form-values";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { CreateTokenState } from "@/lib/actions/account-actions";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { LIMITS } from "@/lib/validation/limits";
import styles from "./auth.module.css";

type CreateAction = (prev: CreateTokenState, form: FormData) => Promise<CreateTokenState>;
type RevokeAction = (prev: FormState, form: FormData) => Promise<FormState>;

export function CreateTokenForm({ action }: { action: CreateAction }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE as CreateTokenState);
  const errors = state.fieldErrors ?? {};
  return (
    <div className="stack">
      <form action={formAction} className="form" aria-labelledby="create-token-heading" noValidate>
        <h3 id="create-token-heading">Create a token</h3>
        <FormStatus state={state} />
        <div key={remountKey(state)} className="row">
          <Field id="token-name" label="Token name" hint="What it is for, such as “import script”. Only you and admins see it." errors={errors.name}>
            {(d, bad) => (
              <input id="token-name" name="name" type="text" maxLength={LIMITS.name} required defaultValue={valueOf(state, "name")} {...describe(d, bad)} />
            )}
          </Field>
          <div>
            <button type="submit" className="button" disabled={pending}>
              {pending ? "Creating…" : "Create token"}
            </button>
          </div>
        </div>
      </form>
      {state.token && <NewToken token={state.token} name={state.tokenName ?? ""} />}
    </div>
  );
}

/** The plain token, shown this once: it is kept only as a hash. */
function NewToken({ token, name }: { token: string; name: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(token);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <section className="card" aria-label="Your new token">
      <div className="field">
        <label htmlFor="new-token">New token “{name}”</label>
        <span id="new-token-hint" className="hint">
          Select it and copy it (Ctrl+C or ⌘C), or use the Copy button.
        </span>
        <div className="row">
          <input
            ref={input}
            id="new-token"
            type="text"
            readOnly
            autoFocus
            value={token}
            className={`${styles.token} ${styles.tokenInput}`}
            aria-describedby="new-token-hint new-token-warning"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button secondary" onClick={copy}>
            Copy
          </button>
        </div>
        <p aria-live="polite" className={`small ${styles.flush}`}>
          {copied === "copied" ? "Copied to the clipboard." : copied === "failed" ? "Could not copy automatically: the token is selected, press Ctrl+C or ⌘C." : ""}
        </p>
      </div>
      <p id="new-token-warning" className={`alert ${styles.warning} ${styles.warningBelow}`}>
        <strong>Copy it now: it will not be shown again.</strong> Only a hash is stored. If you lose it, revoke it and create another.
      </p>
    </section>
  );
}

export function RevokeTokenForm({ action, tokenId, name }: { action: RevokeAction; tokenId: string; name: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const messageId = `revoke-${tokenId}-message`;
  return (
    <form action={formAction} className={styles.inlineForm}>
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className="button secondary" disabled={pending} aria-describedby={state.status === "error" ? messageId : undefined}>
        {pending ? "Revoking…" : "Revoke"}
        <span className="visually-hidden"> token “{name}”</span>
      </button>
      <div role="status" aria-live="polite">
        {state.status === "error" && state.message && (
          <p id={messageId} className={`field-error ${styles.message}`}>
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
