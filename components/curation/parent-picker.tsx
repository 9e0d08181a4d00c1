"use client";

import { useEffect, useId, useRef, useState, useTransition, type KeyboardEvent } from "react";
import type { ParentSearchResult } from "@/lib/actions/curation-picker-actions";
import styles from "./curation.module.css";

type Candidate = Extract<ParentSearchResult, { ok: true }>["items"][number];
export type PickedClaim = { id: string; statement: string };

type Props = {
  /** The claim whose parent is being chosen (left out of the results). */
  claimId: string;
  /** The field's name in the form: the chosen claim's id, or "" for none. */
  name: string;
  inputId: string;
  label: string;
  hint: string;
  initial: PickedClaim | null;
  search: (claimId: string, query: string) => Promise<ParentSearchResult>;
  describedBy?: string;
  isInvalid?: boolean;
};

const DEBOUNCE_MS = 200;

/**
 * A searchable picker (ARIA 1.2 combobox with a list box): typing asks the server for at most
 * 20 matching claims, the same source's first. ↓/↑ move through them, Enter chooses, Escape
 * closes. The choice is shown apart from the search text and sent as a hidden field, so typing
 * without choosing never changes it.
 */
export function ParentPicker({ claimId, name, inputId, label, hint, initial, search, describedBy, isInvalid }: Props) {
  const [picked, setPicked] = useState<PickedClaim | null>(initial);
  const [query, setQuery] = useState("");
  const [items, setItems] = useState<Candidate[]>([]);
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState<string | null>(null);
  const [isSearching, startSearch] = useTransition();
  const asked = useRef(0);
  const listId = useId();
  const statusId = useId();
  const hintId = `${inputId}-picker-hint`;
  const optionId = (i: number) => `${listId}-opt-${i}`;

  // Each search answers only if it is still the latest one asked; reopening the list on the
  // same text keeps its results and highlight instead of asking again.
  const [answered, setAnswered] = useState<string | null>(null);
  useEffect(() => {
    if (!isOpen || answered === query) return;
    const ticket = ++asked.current;
    const timer = setTimeout(() => {
      startSearch(async () => {
        const res = await search(claimId, query);
        if (ticket !== asked.current) return;
        setAnswered(query);
        if (res.ok) {
          setItems(res.items);
          setMessage(null);
        } else {
          setItems([]);
          setMessage(res.message);
        }
        setActive(-1);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, isOpen, answered, claimId, search]);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  });

  const choose = (c: Candidate) => {
    setPicked({ id: c.id, statement: c.statement });
    setIsOpen(false);
    setQuery("");
    setActive(-1);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!isOpen) setIsOpen(true);
      else setActive((a) => Math.min(items.length - 1, a + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === "Enter") {
      // Enter chooses the highlighted claim instead of submitting the form.
      if (isOpen && active >= 0 && items[active]) {
        e.preventDefault();
        choose(items[active]);
      } else if (isOpen) {
        e.preventDefault();
      }
    } else if (e.key === "Escape") {
      if (isOpen) {
        e.preventDefault();
        setIsOpen(false);
        setActive(-1);
      }
    }
  };

  const sameSource = items.filter((c) => c.isSameSource);
  const others = items.filter((c) => !c.isSameSource);
  const statusText = !isOpen
    ? ""
    : isSearching || answered !== query
      ? "Searching…"
      : message
        ? message
        : items.length === 0
          ? "No claims match."
          : `${items.length} ${items.length === 1 ? "claim" : "claims"}${items.length === 20 ? " (the first 20; type more to narrow)" : ""}. Use the arrow keys to choose.`;

  // The WAI-ARIA practices' grouped list box: each group labelled by its first, presentational item.
  const renderGroup = (label: string, list: Candidate[], offset: number) =>
    list.length > 0 && (
      <ul role="group" aria-labelledby={`${listId}-${offset}-label`} className={styles.pickerGroup}>
        <li role="presentation" id={`${listId}-${offset}-label`} className={styles.pickerGroupLabel}>
          {label}
        </li>
        {list.map((c, j) => {
          const i = offset + j;
          return (
            <li
              key={c.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? `${styles.pickerOption} ${styles.pickerActive}` : styles.pickerOption}
              // mousedown, not click: the input keeps focus, so the list does not close first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(c);
              }}
            >
              {c.statement}
              {!c.isSameSource && <span className="small muted"> · {c.source.title}</span>}
            </li>
          );
        })}
      </ul>
    );

  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <span id={hintId} className="hint">
        {hint}
      </span>
      <div className={styles.picker}>
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          placeholder="Search claims by statement or quote…"
          maxLength={200}
          aria-expanded={isOpen}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={isOpen && active >= 0 ? optionId(active) : undefined}
          aria-describedby={[hintId, `${inputId}-chosen`, describedBy].filter(Boolean).join(" ")}
          aria-invalid={isInvalid || undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setIsOpen(true);
          }}
          onFocus={() => setIsOpen(true)}
          onBlur={() => setIsOpen(false)}
          onKeyDown={onKey}
        />
        <div id={listId} role="listbox" aria-label={`${label}: matching claims`} className={styles.pickerList} hidden={!isOpen || items.length === 0}>
          {renderGroup("From this source", sameSource, 0)}
          {renderGroup("Other sources", others, sameSource.length)}
        </div>
      </div>
      <p id={statusId} role="status" className="small muted flush" aria-live="polite">
        {statusText}
      </p>
      <p className="small flush">
        {picked ? (
          <>
            <span id={`${inputId}-chosen`}>
              Chosen: <strong>{picked.statement}</strong>
            </span>{" "}
            <button type="button" className={`button secondary ${styles.smallButton}`} onClick={() => setPicked(null)}>
              Make it top-level instead
            </button>
          </>
        ) : (
          <span id={`${inputId}-chosen`}>Chosen: none (a top-level claim)</span>
        )}
      </p>
      <input type="hidden" name={name} value={picked?.id ?? ""} />
    </div>
  );
}
