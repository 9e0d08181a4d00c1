"use client";

import { useRouter } from "next/navigation";
import { useEffect, useLayoutEffect, useRef } from "react";

type Props = { previousHref: string; nextHref: string };

/** True when a key press belongs to something the user is typing into or choosing in. */
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])") !== null;
}

/**
 * j / → moves to the next claim, k / ← to the previous one. Keys typed into a field, or
 * pressed with a modifier (browser and screen-reader shortcuts), are left alone.
 */
export function ReviewKeyboardNav({ previousHref, nextHref }: Props) {
  const router = useRouter();
  // Updated in the same commit that changes the URL, so a key pressed right after moving
  // to a claim never uses the previous claim's neighbours.
  const hrefs = useRef({ previousHref, nextHref });
  useLayoutEffect(() => {
    hrefs.current = { previousHref, nextHref };
  }, [previousHref, nextHref]);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (isEditing(e.target)) return;
      const { previousHref: prev, nextHref: next } = hrefs.current;
      const href = e.key === "j" || e.key === "ArrowRight" ? next : e.key === "k" || e.key === "ArrowLeft" ? prev : null;
      if (!href) return;
      e.preventDefault();
      router.push(href);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [router]);
  return null;
}
