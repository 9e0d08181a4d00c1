"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { Field } from "@/components/ui/field";
import type { ClaimError, DraftState, FindState, SaveState } from "@/lib/actions/finder-actions";
import { SOURCE_KINDS } from "@/lib/domain";
import { snapToWords, type FinderResult, type InputFormat } from "@/lib/finder";
import type { DraftRequest } from "@/lib/finder/llm";
import type { FieldErrors } from "@/lib/validation/common";
import type { FinderInput, SaveFoundClaimsInput } from "@/lib/validation/finder";
import { LIMITS } from "@/lib/validation/limits";
import { CandidateList } from "./candidate-list";
import { FinderText, selectionOffsets } from "./finder-text";
import { addedItem, itemsFromResult, savePayload, withBounds, type Item } from "@/lib/finder/items";
import styles from "./claim-finder.module.css";

type Props = {
  today: string;
  textMax: number;
  isLlmEnabled: boolean;
  findAction: (input: FinderInput) => Promise<FindState>;
  saveAction: (input: SaveFoundClaimsInput) => Promise<SaveState>;
  draftAction: (input: DraftRequest) => Promise<DraftState>;
};

type SourceFields = SaveFoundClaimsInput["source"];

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = { md: "markdown", markdown: "markdown", txt: "text", html: "html", htm: "html" };

/** True when a key press belongs to something the user is typing into or choosing in. */
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])") !== null;
}

export function ClaimFinder({ today, textMax, isLlmEnabled, findAction, saveAction, draftAction }: Props) {
  const [source, setSource] = useState<SourceFields>({ title: "", author: "", url: "", publishedOn: "", kind: "essay" });
  const [input, setInput] = useState("");
  const [format, setFormat] = useState<"" | InputFormat>("");
  const [keepText, setKeepText] = useState(true);
  const [fileNote, setFileNote] = useState("");
  const [findErrors, setFindErrors] = useState<FieldErrors>({});
  const [findMessage, setFindMessage] = useState("");
  const [result, setResult] = useState<FinderResult | null>(null);
  const [readOn, setReadOn] = useState("");
  const [items, setItems] = useState<Item[]>([]);
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [saveState, setSaveState] = useState<SaveState | null>(null);
  const [claimErrors, setClaimErrors] = useState<Record<string, ClaimError[]>>({});
  const [selectionNote, setSelectionNote] = useState("");
  const [isFinding, startFinding] = useTransition();
  const [isSaving, startSaving] = useTransition();
  const textRef = useRef<HTMLDivElement>(null);
  const addedSerial = useRef(0);

  const set = (field: keyof SourceFields) => (e: { target: { value: string } }) => setSource((s) => ({ ...s, [field]: e.target.value }) as SourceFields);

  async function onFile(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    const ext = file.name.split(".").pop()?.toLowerCase() ?? "";
    const detected = FORMAT_BY_EXTENSION[ext];
    if (!detected) {
      setFileNote(`“${file.name}” is not a .md, .txt or .html file.`);
      return;
    }
    const content = await file.text();
    setInput(content);
    setFormat(detected);
    setFileNote(`Read “${file.name}” (${content.length.toLocaleString("en")} characters) as ${detected === "text" ? "plain text" : detected === "html" ? "HTML" : "Markdown"}.`);
  }

  function find(e: React.FormEvent) {
    e.preventDefault();
    setFindMessage("");
    startFinding(async () => {
      const state = await findAction({ text: input, publishedOn: source.publishedOn, ...(format ? { format } : {}) });
      if (state.status === "error") {
        setFindErrors(state.fieldErrors ?? {});
        setFindMessage(state.message);
        return;
      }
      setFindErrors({});
      const r = state.result;
      setResult(r);
      setReadOn(source.publishedOn);
      const next = itemsFromResult(r, source.publishedOn);
      setItems(next);
      setCurrentKey(next[0]?.key ?? null);
      setSaveState(null);
      setClaimErrors({});
      setSource((s) => ({
        ...s,
        title: s.title || r.metadata.title || "",
        author: s.author || r.metadata.author || "",
      }));
      setFindMessage(`${r.candidates.length} candidate claims found, best first.`);
    });
  }

  const update = useCallback((key: string, change: (item: Item) => Item) => {
    setItems((all) => all.map((i) => (i.key === key ? change(i) : i)));
  }, []);

  const step = useCallback(
    (by: 1 | -1) => {
      setCurrentKey((key) => {
        if (!items.length) return key;
        const at = items.findIndex((i) => i.key === key);
        const next = items[Math.max(0, Math.min(items.length - 1, (at < 0 ? -1 : at) + by))];
        setAnnouncement(`Candidate ${items.indexOf(next) + 1} of ${items.length}: ${next.quote}`);
        return next.key;
      });
    },
    [items],
  );

  const decide = useCallback(
    (key: string, decision: Item["decision"]) => update(key, (i) => ({ ...i, decision: i.decision === decision ? "pending" : decision })),
    [update],
  );

  // j / → next, k / ← previous, a accept, r reject: as in the guided review.
  useEffect(() => {
    if (!result) return;
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (isEditing(e.target)) return;
      if (e.key === "j" || e.key === "ArrowRight") step(1);
      else if (e.key === "k" || e.key === "ArrowLeft") step(-1);
      else if ((e.key === "a" || e.key === "r") && currentKey) decide(currentKey, e.key === "a" ? "accepted" : "rejected");
      else return;
      e.preventDefault();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [result, step, decide, currentKey]);

  // Keep the current candidate in view, in the text and in the list.
  useEffect(() => {
    if (!currentKey) return;
    document.querySelector(`[data-key="${CSS.escape(currentKey)}"]`)?.scrollIntoView?.({ block: "nearest" });
    document.getElementById(`item-${currentKey}`)?.scrollIntoView?.({ block: "nearest" });
  }, [currentKey]);

  /** The selection in the text, snapped to whole words; null when nothing is selected there. */
  function selectedBounds(text: string) {
    const sel = selectionOffsets(textRef.current);
    if (!sel) return null;
    const b = snapToWords(text, sel.start, sel.end);
    return b.end > b.start ? b : null;
  }

  function addSelection() {
    if (!result) return;
    const sel = selectedBounds(result.text);
    if (!sel) {
      setSelectionNote("Select some words in the text first, then add them as a claim.");
      return;
    }
    const item = addedItem(result, readOn, sel.start, sel.end, ++addedSerial.current);
    const snapped = withBounds(item, result.text, sel.start, sel.end, readOn);
    setItems((all) => [...all, snapped]);
    setCurrentKey(snapped.key);
    setSelectionNote(`Added “${snapped.quote}” as a claim.`);
  }

  function setBoundsFromSelection(key: string) {
    if (!result) return;
    const sel = selectedBounds(result.text);
    if (!sel) {
      setSelectionNote("Select the words for the quote in the text first.");
      return;
    }
    update(key, (i) => withBounds(i, result.text, sel.start, sel.end, readOn));
  }

  const accepted = useMemo(() => items.filter((i) => i.decision === "accepted"), [items]);

  function save() {
    if (!result) return;
    const { payload, order } = savePayload(items, source, result.text, keepText);
    startSaving(async () => {
      const state = await saveAction(payload);
      // On success the action redirects to the new source's page.
      setSaveState(state);
      const byKey: Record<string, ClaimError[]> = {};
      for (const err of state.claimErrors ?? []) (byKey[order[err.index]] ??= []).push(err);
      setClaimErrors(byKey);
      const firstBad = Object.keys(byKey)[0];
      if (firstBad) setCurrentKey(firstBad);
    });
  }

  const sourceErrors = saveState?.fieldErrors ?? {};
  const errorsFor = (field: keyof SourceFields) => [...(findErrors[field] ?? []), ...(sourceErrors[field] ?? [])];

  return (
    <div className="stack">
      <section className="card" aria-labelledby="finder-input-heading">
        <form className="form" onSubmit={find} aria-labelledby="finder-input-heading" noValidate>
          <h2 id="finder-input-heading">Text and source</h2>
          <div className="row">
            <Field id="fd-title" label="Title" errors={errorsFor("title")}>
              {(d, bad) => <input id="fd-title" type="text" value={source.title} onChange={set("title")} maxLength={LIMITS.title} aria-describedby={d} aria-invalid={bad || undefined} />}
            </Field>
            <Field id="fd-author" label="Author" errors={errorsFor("author")}>
              {(d, bad) => <input id="fd-author" type="text" value={source.author} onChange={set("author")} maxLength={LIMITS.name * 2} aria-describedby={d} aria-invalid={bad || undefined} />}
            </Field>
          </div>
          <div className="row">
            <Field id="fd-url" label="URL" hint="Where the source can be read." errors={errorsFor("url")}>
              {(d, bad) => <input id="fd-url" type="url" inputMode="url" placeholder="https://" value={source.url} onChange={set("url")} aria-describedby={d} aria-invalid={bad || undefined} />}
            </Field>
            <Field id="fd-published" label="Date published" hint="Horizons are read from this year." errors={errorsFor("publishedOn")}>
              {(d, bad) => <input id="fd-published" type="date" max={today} value={source.publishedOn} onChange={set("publishedOn")} aria-describedby={d} aria-invalid={bad || undefined} />}
            </Field>
            <Field id="fd-kind" label="Kind" errors={errorsFor("kind")}>
              {(d, bad) => (
                <select id="fd-kind" value={source.kind} onChange={set("kind")} aria-describedby={d} aria-invalid={bad || undefined}>
                  {SOURCE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {k[0].toUpperCase() + k.slice(1)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="row">
            <Field id="fd-file" label="Upload a file" hint=".md, .txt or .html; its text replaces what is pasted below.">
              {(d) => <input id="fd-file" type="file" accept=".md,.markdown,.txt,.html,.htm,text/markdown,text/plain,text/html" onChange={onFile} aria-describedby={d} />}
            </Field>
            <Field id="fd-format" label="Format">
              {(d) => (
                <select id="fd-format" value={format} onChange={(e) => setFormat(e.target.value as "" | InputFormat)} aria-describedby={d}>
                  <option value="">Detect (Markdown unless HTML)</option>
                  <option value="markdown">Markdown</option>
                  <option value="html">HTML</option>
                  <option value="text">Plain text</option>
                </select>
              )}
            </Field>
          </div>
          <p className="small muted" role="status" aria-live="polite">
            {fileNote}
          </p>
          <Field id="fd-text" label="Text" hint={`Paste the essay, report or transcript (at most ${textMax.toLocaleString("en")} characters).`} errors={findErrors.text}>
            {(d, bad) => (
              <textarea id="fd-text" rows={10} value={input} onChange={(e) => setInput(e.target.value)} aria-describedby={d} aria-invalid={bad || undefined} />
            )}
          </Field>
          <label className="checkbox" htmlFor="fd-keep">
            <input id="fd-keep" type="checkbox" checked={keepText} onChange={(e) => setKeepText(e.target.checked)} />
            <span>Keep the full text with the source (untick when its licence forbids storing it: only its fingerprint and length are kept)</span>
          </label>
          <div>
            <button type="submit" className="button" disabled={isFinding}>
              {isFinding ? "Finding…" : "Find claims"}
            </button>
          </div>
          <div role="status" aria-live="polite">
            {findMessage && <p className={`alert ${Object.keys(findErrors).length ? "error" : "success"}`}>{findMessage}</p>}
          </div>
        </form>
      </section>

      {result && (
        <section aria-labelledby="finder-review-heading" className="stack">
          <div className={styles.toolbar}>
            <div>
              <h2 id="finder-review-heading">Candidates</h2>
              <p className="small muted" id="finder-keys">
                Keys: <kbd className={styles.kbd}>j</kbd>/<kbd className={styles.kbd}>→</kbd> next, <kbd className={styles.kbd}>k</kbd>/
                <kbd className={styles.kbd}>←</kbd> previous, <kbd className={styles.kbd}>a</kbd> accept, <kbd className={styles.kbd}>r</kbd> reject.
              </p>
            </div>
            <div className={styles.actions}>
              <button type="button" className="button secondary" onClick={addSelection}>
                Add selected text as a claim
              </button>
              <button type="button" className="button" onClick={save} disabled={isSaving || accepted.length === 0}>
                {isSaving ? "Saving…" : `Save source and ${accepted.length} ${accepted.length === 1 ? "claim" : "claims"}`}
              </button>
            </div>
          </div>
          <div role="status" aria-live="polite" className="small">
            {selectionNote}
          </div>
          <div role="status" aria-live="polite">
            {saveState?.status === "error" && <p className="alert error">{saveState.message}</p>}
          </div>
          <p className="visually-hidden" aria-live="polite">
            {announcement}
          </p>
          <div className={styles.layout}>
            <section aria-labelledby="finder-text-heading">
              <h3 id="finder-text-heading">Text</h3>
              <div ref={textRef}>
                <FinderText text={result.text} items={items} currentKey={currentKey} onPick={setCurrentKey} />
              </div>
            </section>
            <section aria-labelledby="finder-list-heading">
              <h3 id="finder-list-heading">
                {items.length} candidates, {accepted.length} accepted
              </h3>
              <CandidateList
                items={items}
                text={result.text}
                publishedOn={readOn}
                currentKey={currentKey}
                claimErrors={claimErrors}
                isLlmEnabled={isLlmEnabled}
                onPick={setCurrentKey}
                onDecide={decide}
                onUpdate={update}
                onUseSelection={setBoundsFromSelection}
                draftAction={draftAction}
              />
            </section>
          </div>
        </section>
      )}
    </div>
  );
}
