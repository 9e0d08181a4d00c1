"use client";

import { useEffect } from "react";

/** Moves focus to an element when it appears (a panel opened by a link), so keyboard and screen-reader users land on it. */
export function FocusOnMount({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
