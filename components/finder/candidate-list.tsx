"use client";

import { useState, useTransition } from "react";
import type { ClaimError, DraftState } from "@/lib/actions/finder-actions";
import { formatHorizon } from "@/lib/horizon";
import { SIGNAL_LABELS, moveBoundary } from "@/lib/finder";
import type { DraftRequest } from "@/lib/finder/llm";
import { LIMITS } from "@/lib/validation/limits";
import { credenceOf, withBounds, type Item } from "@/lib/finder/items";
import styles from "./claim-finder.module.css";

type Props = {
  items: Item[];
  text: string;
  publishedOn: string;
  currentKey: string | null;
  claimErrors: Record<string, ClaimError[]>;
  isLlmEnabled: boolean;
  onPick: (key: string) => void;
  onDecide: (key: string, decision: Item["decision"]) => void;
  onUpdate: (key: string, change: (item: Item) => Item) => void;
  onUseSelection: (key: string) => void;
  draftAction: (input: DraftRequest) => Promise<DraftState>;
};

const DECISION_LABEL: Record<Item["decision"], string> = { pending: "Not decided", accepted: "Accepted", rejected: "Rejected" };

export function CandidateList(props: Props) {
  const { items, currentKey } = props;
  return (
    <ol className={styles.list} aria-describedby="finder-keys">
      {items.map((item, n) => (
        <li
          key={item.key}
          id={`item-${item.key}`}
          className={`${styles.listItem} ${item.origin === "sub-claim" ? styles.sub : ""}`}
          data-current={item.key === currentKey}
          aria-current={item.key === currentKey ? "true" : undefined}
        >
          <CandidateSummary item={item} position={n + 1} {...props} />
          {item.key === currentKey && <CandidateEditor item={item} {...props} />}
        </li>
      ))}
    </ol>
  );
}

function CandidateSummary({ item, position, onPick, onDecide, currentKey }: Props & { item: Item; position: number }) {
  const credence = credenceOf(item.quote);
  const label = item.origin === "sub-claim" ? `Sub-claim: ${item.name}` : item.origin === "added" ? "Added by hand" : `Candidate ${position}`;
  return (
    <article aria-label={`${label}: ${item.quote.slice(0, 80)}`}>
      <p className={styles.meta}>
        {label}
        {item.score !== null && <> · score {item.score}</>}
        {item.section && <> · {item.section}</>} · {DECISION_LABEL[item.decision]}
      </p>
      <blockquote className={styles.quote}>{item.quote}</blockquote>
      <p className={styles.meta}>
        Horizon {formatHorizon({ from: Number(item.horizonFrom), to: Number(item.horizonTo) })} ({item.horizonPhrase}) · implied credence{" "}
        {Math.round(credence.credence * 100)}% ({credence.word})
        {item.signals.length > 0 && <> · {item.signals.map((s) => `${SIGNAL_LABELS[s.name]} “${s.match}”`).join(", ")}</>}
      </p>
      <div className={styles.actions}>
        <button type="button" className={styles.small} aria-pressed={item.decision === "accepted"} onClick={() => onDecide(item.key, "accepted")} aria-label={`Accept: ${item.quote.slice(0, 60)}`}>
          Accept
        </button>
        <button type="button" className={styles.small} aria-pressed={item.decision === "rejected"} onClick={() => onDecide(item.key, "rejected")} aria-label={`Reject: ${item.quote.slice(0, 60)}`}>
          Reject
        </button>
        {item.key !== currentKey && (
          <button type="button" className={styles.small} onClick={() => onPick(item.key)} aria-label={`Edit: ${item.quote.slice(0, 60)}`}>
            Edit
          </button>
        )}
      </div>
    </article>
  );
}

function CandidateEditor({ item, text, publishedOn, claimErrors, isLlmEnabled, onUpdate, onUseSelection, draftAction }: Props & { item: Item }) {
  const id = (name: string) => `fd-${item.key}-${name}`;
  const errors = claimErrors[item.key] ?? [];
  const errorFor = (field: string) => errors.filter((e) => e.field === field || e.field.startsWith(`${field}.`)).map((e) => e.message);
  const others = errors.filter((e) => !["statement", "criteria", "horizon", "credenceOverride", "tags", "quote"].some((f) => e.field.startsWith(f)));
  const [draftNote, setDraftNote] = useState("");
  const [isDrafting, startDrafting] = useTransition();
  const setField = (field: keyof Item) => (e: { target: { value: string } }) =>
    onUpdate(item.key, (i) => ({ ...i, [field]: e.target.value, ...(field === "horizonFrom" || field === "horizonTo" ? { isHorizonEdited: true, horizonPhrase: "set by the editor" } : {}) }));
  const move = (edge: "start" | "end", by: 1 | -1) =>
    onUpdate(item.key, (i) => {
      const b = moveBoundary(text, { start: i.start, end: i.end }, edge, by);
      return withBounds(i, text, b.start, b.end, publishedOn);
    });
  const described = (field: string) => (errorFor(field).length ? { "aria-describedby": id(`${field}-error`), "aria-invalid": true } : {});
  const errorLine = (field: string) =>
    errorFor(field).length > 0 && (
      <p id={id(`${field}-error`)} className="field-error">
        {errorFor(field).join(" ")}
      </p>
    );

  function draft() {
    setDraftNote("Asking the language model…");
    startDrafting(async () => {
      const state = await draftAction({
        quote: item.quote,
        section: item.section,
        horizon: { from: Number(item.horizonFrom), to: Number(item.horizonTo) },
        publishedOn,
      });
      if (state.status === "success") {
        onUpdate(item.key, (i) => ({ ...i, statement: state.draft.statement, criteria: state.draft.criteria }));
        setDraftNote("Drafted: check the statement and criteria before saving.");
      } else setDraftNote(state.message);
    });
  }

  return (
    <div className={`form ${styles.editor}`}>
      {others.length > 0 && <p className="field-error">{others.map((e) => e.message).join(" ")}</p>}
      <fieldset className="field">
        <legend>Quote boundaries</legend>
        <p className="small muted">Boundaries snap to whole words of the text.</p>
        <div className={styles.actions}>
          <button type="button" className={styles.small} onClick={() => move("start", -1)}>
            Start one word earlier
          </button>
          <button type="button" className={styles.small} onClick={() => move("start", 1)}>
            Start one word later
          </button>
          <button type="button" className={styles.small} onClick={() => move("end", -1)}>
            End one word earlier
          </button>
          <button type="button" className={styles.small} onClick={() => move("end", 1)}>
            End one word later
          </button>
          <button type="button" className={styles.small} onClick={() => onUseSelection(item.key)}>
            Use selected text
          </button>
        </div>
        {errorLine("quote")}
      </fieldset>
      <div className="field">
        <label htmlFor={id("statement")}>Statement</label>
        <textarea id={id("statement")} rows={3} maxLength={LIMITS.summary} value={item.statement} onChange={setField("statement")} {...described("statement")} />
        {errorLine("statement")}
      </div>
      <div className="field">
        <label htmlFor={id("criteria")}>Resolution criteria</label>
        <textarea id={id("criteria")} rows={4} maxLength={LIMITS.rationale} value={item.criteria} onChange={setField("criteria")} {...described("criteria")} />
        {errorLine("criteria")}
      </div>
      {isLlmEnabled && (
        <div className={styles.actions}>
          <button type="button" className={styles.small} onClick={draft} disabled={isDrafting}>
            Draft statement and criteria with the language model
          </button>
          <span role="status" aria-live="polite" className="small">
            {draftNote}
          </span>
        </div>
      )}
      <div className="row">
        <div className="field">
          <label htmlFor={id("from")}>Horizon from (year)</label>
          <input id={id("from")} type="number" inputMode="numeric" value={item.horizonFrom} onChange={setField("horizonFrom")} {...described("horizon")} />
        </div>
        <div className="field">
          <label htmlFor={id("to")}>Horizon to (year)</label>
          <input id={id("to")} type="number" inputMode="numeric" value={item.horizonTo} onChange={setField("horizonTo")} {...described("horizon")} />
        </div>
      </div>
      {errorLine("horizon")}
      <div className="row">
        <div className="field">
          <label htmlFor={id("credence")}>Credence override (0–1, optional)</label>
          <input id={id("credence")} type="number" step="0.05" min="0" max="1" value={item.overrideCredence} onChange={setField("overrideCredence")} {...described("credenceOverride")} />
        </div>
        <div className="field">
          <label htmlFor={id("reason")}>Reason for the override</label>
          <input id={id("reason")} type="text" maxLength={LIMITS.rationale} value={item.overrideReason} onChange={setField("overrideReason")} {...described("credenceOverride")} />
        </div>
      </div>
      {errorLine("credenceOverride")}
      <div className="field">
        <label htmlFor={id("tags")}>Tags (comma-separated)</label>
        <input id={id("tags")} type="text" value={item.tags} onChange={setField("tags")} {...described("tags")} />
        {errorLine("tags")}
      </div>
    </div>
  );
}
