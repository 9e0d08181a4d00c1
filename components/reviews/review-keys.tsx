"use client";

import { useRouter } from "next/navigation";
import { useEffect, useLayoutEffect, useRef } from "react";
import { GRADE_SELECT_ID, VERDICT_FORM_ID } from "@/components/predictions/verdict-form";
import { GRADES, GRADE_DESCRIPTIONS, GRADE_LABELS } from "@/lib/domain";
import styles from "./reviews.module.css";

type Props = { previousHref: string; nextHref: string; skipHref: string };

const KEY_SHEET_ID = "review-key-sheet";

/** Inputs whose keys are text: everything but the ones that toggle or press. */
const NOT_TEXT = new Set(["checkbox", "radio", "button", "submit", "reset", "image", "file", "range", "color"]);

/** True when a key press is someone typing into a text field (or an editable region). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.has(target.type);
}

/** The review's shortcuts, one line each, for the key sheet and the help line. */
export const REVIEW_KEYS: { keys: string; what: string }[] = [
  { keys: "1 – 7", what: "pick a grade" },
  { keys: "Ctrl + Enter (⌘ + Enter on a Mac)", what: "record the verdict, even while typing" },
  { keys: "s", what: "skip this claim, leaving it not yet graded" },
  { keys: "j or →", what: "next claim" },
  { keys: "k or ←", what: "previous claim" },
  { keys: "?", what: "show this list" },
];

/**
 * The guided review's keys: 1–7 pick a grade, Ctrl/⌘+Enter records the verdict, s skips,
 * j / → and k / ← move between claims, ? opens the key sheet. Nothing fires while someone
 * types in a text field, except Ctrl/⌘+Enter; keys with other modifiers (browser and
 * screen-reader shortcuts) are left alone. Every key has a visible control that does the same.
 */
export function ReviewKeys({ previousHref, nextHref, skipHref }: Props) {
  const router = useRouter();
  // Updated in the same commit that changes the URL, so a key pressed right after moving
  // to a claim never uses the previous claim's neighbours.
  const hrefs = useRef({ previousHref, nextHref, skipHref });
  useLayoutEffect(() => {
    hrefs.current = { previousHref, nextHref, skipHref };
  }, [previousHref, nextHref, skipHref]);
  const sheet = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.isComposing) return;
      const form = document.getElementById(VERDICT_FORM_ID);
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
        if (form instanceof HTMLFormElement && !sheet.current?.open) {
          e.preventDefault();
          form.requestSubmit();
        }
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || sheet.current?.open) return;
      if (e.key === "?") {
        e.preventDefault();
        sheet.current?.showModal();
        return;
      }
      if (e.shiftKey) return;
      const select = document.getElementById(GRADE_SELECT_ID);
      const digit = /^[1-9]$/.test(e.key) ? Number(e.key) : 0;
      if (digit >= 1 && digit <= GRADES.length && select instanceof HTMLSelectElement) {
        e.preventDefault();
        select.value = GRADES[digit - 1];
        select.dispatchEvent(new Event("change", { bubbles: true }));
        select.focus({ preventScroll: true });
        return;
      }
      // Left and right arrows move between claims, even from the grade (up and down still
      // change it); a radio group keeps all four.
      const usesArrows = e.target instanceof HTMLInputElement && e.target.type === "radio";
      const { previousHref: prev, nextHref: next, skipHref: skip } = hrefs.current;
      const href =
        e.key === "s" ? skip
        : e.key === "j" || (e.key === "ArrowRight" && !usesArrows) ? next
        : e.key === "k" || (e.key === "ArrowLeft" && !usesArrows) ? prev
        : null;
      if (!href) return;
      e.preventDefault();
      router.push(href);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [router]);

  return (
    <dialog ref={sheet} id={KEY_SHEET_ID} className={styles.keySheet} aria-labelledby="review-key-sheet-heading">
      <h2 id="review-key-sheet-heading">Keyboard shortcuts</h2>
      <p className="small muted">They work anywhere on the review except while typing in a text field; Ctrl + Enter works there too.</p>
      <dl className={styles.keyList}>
        {REVIEW_KEYS.map((k) => (
          <div key={k.keys}>
            <dt>
              <kbd>{k.keys}</kbd>
            </dt>
            <dd>{k.what}</dd>
          </div>
        ))}
      </dl>
      <h3 className="heading-sm">Grades</h3>
      <ol className={styles.gradeKeys}>
        {GRADES.map((g) => (
          <li key={g}>
            <strong>{GRADE_LABELS[g]}</strong>: {GRADE_DESCRIPTIONS[g]}
          </li>
        ))}
      </ol>
      <form method="dialog">
        <button type="submit" className="button" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}

/** Opens the key sheet: the visible way to what `?` does. */
export function KeySheetButton() {
  return (
    <button
      type="button"
      className="button secondary"
      aria-keyshortcuts="?"
      aria-haspopup="dialog"
      aria-controls={KEY_SHEET_ID}
      onClick={() => (document.getElementById(KEY_SHEET_ID) as HTMLDialogElement | null)?.showModal()}
    >
      Keyboard shortcuts (?)
    </button>
  );
}
