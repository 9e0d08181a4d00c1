"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { LIMITS, TAG_MAX } from "@/lib/validation/limits";
import styles from "./curation.module.css";
import { describe, remountKey, valueOf, type FormAction } from "@/lib/forms/form-values";
import { RowMenu } from "./row-menu";

export type TagRowData = { id: string; name: string; claimCount: number; rename: FormAction; merge: FormAction; remove: FormAction };

const claims = (n: number) => `${n.toLocaleString("en")} ${n === 1 ? "claim" : "claims"}`;

/** Every tag in a compact table: its name (renamed in place), how many claims carry it, and a row menu. */
export function TagTable({ tags, canManage }: { tags: TagRowData[]; canManage: boolean }) {
  const names = tags.map((t) => t.name);
  return (
    <table className={`data ${styles.tagTable}`} data-testid="tag-list">
      <caption className="visually-hidden">Tags, with how many claims carry each</caption>
      <thead>
        <tr>
          <th scope="col">Tag</th>
          <th scope="col" className={styles.count}>
            Claims
          </th>
          {canManage && (
            <th scope="col" className={styles.actions}>
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {tags.map((t) =>
          canManage ? (
            <ManagedTagRow key={t.id} tag={t} otherNames={names} />
          ) : (
            <tr key={t.id}>
              <th scope="row">
                <Link href={`/predictions?tag=${encodeURIComponent(t.name)}`}>{t.name}</Link>
              </th>
              <td className={styles.count}>{t.claimCount.toLocaleString("en")}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

type Mode = "view" | "rename" | "merge" | "delete";

function ManagedTagRow({ tag, otherNames }: { tag: TagRowData; otherNames: string[] }) {
  const [mode, setMode] = useState<Mode>("view");
  const [notice, setNotice] = useState<string | null>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const close = (message?: string) => {
    setMode("view");
    setNotice(message ?? null);
    // Back to where the user was, for keyboard users.
    requestAnimationFrame(() => menuButton.current?.focus());
  };
  return (
    <>
      <tr>
        <th scope="row">
          {mode === "rename" ? (
            <RenameForm tag={tag} onDone={close} />
          ) : (
            <Link href={`/predictions?tag=${encodeURIComponent(tag.name)}`}>{tag.name}</Link>
          )}
          <span role="status" className={`small ${styles.notice}`}>
            {mode === "view" && notice}
          </span>
        </th>
        <td className={styles.count}>{tag.claimCount.toLocaleString("en")}</td>
        <td className={styles.actions}>
          <RowMenu
            label={`Actions for “${tag.name}”`}
            buttonRef={menuButton}
            items={[
              { key: "rename", label: "Rename", onSelect: () => (setNotice(null), setMode("rename")) },
              { key: "merge", label: "Merge into…", onSelect: () => setMode("merge") },
              { key: "delete", label: "Delete…", onSelect: () => setMode("delete"), isDanger: true },
            ]}
          />
        </td>
      </tr>
      {(mode === "merge" || mode === "delete") && (
        <tr className={styles.panel}>
          <td colSpan={3}>
            {mode === "merge" ? (
              <MergeForm tag={tag} others={otherNames.filter((n) => n !== tag.name)} onCancel={() => close()} />
            ) : (
              <DeleteForm tag={tag} onCancel={() => close()} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}

/** In place of the name: the new name, Save, and Cancel (or Escape). */
function RenameForm({ tag, onDone }: { tag: TagRowData; onDone: (message?: string) => void }) {
  const [state, action, pending] = useActionState(tag.rename, INITIAL_FORM_STATE);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  useEffect(() => {
    if (state.status === "success") onDone(state.message);
  }, [state, onDone]);
  const error = state.fieldErrors?.name?.join(" ") ?? (state.status === "error" ? state.message : undefined);
  const id = `tag-${tag.id}-name`;
  return (
    <form action={action} className={styles.inlineForm} aria-label={`Rename “${tag.name}”`} noValidate>
      <label htmlFor={id} className="visually-hidden">
        New name for “{tag.name}”
      </label>
      <input
        ref={input}
        id={id}
        name="name"
        type="text"
        maxLength={TAG_MAX}
        required
        defaultValue={valueOf(state, "name", tag.name)}
        key={remountKey(state)}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.preventDefault();
            onDone();
          }
        }}
        {...describe(error ? `${id}-error` : undefined, Boolean(error))}
      />
      <button type="submit" className={`button ${styles.smallButton}`} disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </button>
      <button type="button" className={`button secondary ${styles.smallButton}`} onClick={() => onDone()}>
        Cancel
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error full-row" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function MergeForm({ tag, others, onCancel }: { tag: TagRowData; others: string[]; onCancel: () => void }) {
  const [state, action, pending] = useActionState(tag.merge, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  const id = `tag-${tag.id}-merge`;
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form action={action} className={styles.panelForm} aria-label={`Merge “${tag.name}”`} noValidate>
      <h3>Merge “{tag.name}” into another tag</h3>
      <p className="small muted">
        Its {claims(tag.claimCount)} move to the tag you choose, and “{tag.name}” is removed. The merge is in the audit log.
      </p>
      <FormStatus state={state} />
      <Field id={id} label={`Merge “${tag.name}” into`} errors={errors.into}>
        {(d, bad) => (
          <select ref={first} id={id} name="into" required defaultValue={valueOf(state, "into")} {...describe(d, bad)}>
            <option value="">Choose a tag…</option>
            {others.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className={styles.buttons}>
        <button type="submit" className="button" disabled={pending || others.length === 0}>
          {pending ? "Merging…" : "Merge"}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A reason always; a tag still on claims also needs the "unlink" box, so a slip deletes nothing. */
function DeleteForm({ tag, onCancel }: { tag: TagRowData; onCancel: () => void }) {
  const [state, action, pending] = useActionState(tag.remove, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  const id = `tag-${tag.id}-delete`;
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const isInUse = tag.claimCount > 0;
  return (
    <form action={action} className={styles.panelForm} aria-label={`Delete “${tag.name}”`} noValidate>
      <h3>Delete the tag “{tag.name}”</h3>
      <p className="small">
        {isInUse
          ? `It is on ${claims(tag.claimCount)}. Deleting it unlinks it from them; the claims themselves stay.`
          : "No claim carries it."}
      </p>
      <FormStatus state={state} />
      <div key={remountKey(state)} className={styles.panelForm}>
        <Field id={`${id}-reason`} label="Reason for deleting" hint="Required; kept in the audit log." errors={errors.reason}>
          {(d, bad) => (
            <input ref={first} id={`${id}-reason`} name="reason" type="text" maxLength={LIMITS.rationale} required defaultValue={valueOf(state, "reason")} {...describe(d, bad)} />
          )}
        </Field>
        {isInUse && (
          <div className="field">
            <label className="checkbox" htmlFor={`${id}-confirm`}>
              <input
                id={`${id}-confirm`}
                name="confirm"
                type="checkbox"
                value="yes"
                required
                {...describe(errors.confirm ? `${id}-confirm-error` : undefined, Boolean(errors.confirm))}
              />
              <span>Unlink it from {claims(tag.claimCount)} and delete it</span>
            </label>
            {errors.confirm && (
              <p id={`${id}-confirm-error`} className="field-error">
                {errors.confirm.join(" ")}
              </p>
            )}
          </div>
        )}
      </div>
      <div className={styles.buttons}>
        <button type="submit" className={`button ${styles.dangerButton}`} disabled={pending}>
          {pending ? "Deleting…" : "Delete tag"}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
