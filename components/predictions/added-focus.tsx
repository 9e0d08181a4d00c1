"use client";

import { useEffect } from "react";

/**
 * After a save, the page names the new item (`?added=`): bring it into view and move focus
 * to it, so keyboard and screen-reader users land on what they just recorded.
 */
export function AddedFocus({ elementId }: { elementId: string }) {
  useEffect(() => {
    const el = document.getElementById(elementId);
    if (!el) return;
    el.scrollIntoView({ block: "center", behavior: "instant" });
    el.focus({ preventScroll: true });
  }, [elementId]);
  return null;
}
