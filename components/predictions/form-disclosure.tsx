"use client";

import { useEffect, useRef, type ReactNode } from "react";

type Props = {
  /** The summary's text: what opening it lets you do ("Log evidence"). */
  label: string;
  /** Changes when the page has just saved through this form: the disclosure closes again. */
  savedKey?: string | null;
  children: ReactNode;
};

const ERROR_SELECTOR = '[aria-invalid="true"], .alert.error';

/**
 * A write form that opens on demand: a native <details>, so it works from the keyboard and
 * without JavaScript. A form that comes back with errors opens it (and keeps it open), so an
 * error is never hidden behind a closed disclosure.
 */
export function FormDisclosure({ label, savedKey = null, children }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const openOnError = () => {
      if (!details.open && details.querySelector(ERROR_SELECTOR)) details.open = true;
    };
    openOnError();
    const observer = new MutationObserver(openOnError);
    observer.observe(details, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-invalid", "class"] });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (savedKey && ref.current && !ref.current.querySelector(ERROR_SELECTOR)) ref.current.open = false;
  }, [savedKey]);

  return (
    <details ref={ref} className="form-disclosure">
      <summary className="button secondary">{label}</summary>
      <div className="form-panel">{children}</div>
    </details>
  );
}
