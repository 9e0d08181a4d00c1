"use client";

import { useSyncExternalStore } from "react";
import { THEME_CHOICES, THEME_STORAGE_KEY, type ThemeChoice } from "./theme-script";

const LABELS: Record<ThemeChoice, string> = { light: "Light", dark: "Dark", system: "System" };

// The choice lives on <html data-theme>, set before the first paint by the inline script;
// this component reads it there and writes both the attribute and localStorage.
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function readChoice(): ThemeChoice {
  const value = document.documentElement.dataset.theme;
  return (THEME_CHOICES as readonly string[]).includes(value ?? "") ? (value as ThemeChoice) : "system";
}

function choose(choice: ThemeChoice) {
  document.documentElement.dataset.theme = choice;
  try {
    if (choice === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage can be off (private mode, blocked): the choice then lasts for this page only.
  }
  for (const l of listeners) l();
}

/** Light, dark or the system's setting; the choice is remembered in this browser. */
export function ThemeSwitch() {
  // On the server (and in the first client render) no choice is known: nothing is pressed.
  const current = useSyncExternalStore(subscribe, readChoice, () => null);
  return (
    <div className="theme-switch" role="group" aria-label="Colour theme">
      {THEME_CHOICES.map((c) => (
        <button key={c} type="button" aria-pressed={current === c} onClick={() => choose(c)}>
          {LABELS[c]}
        </button>
      ))}
    </div>
  );
}
