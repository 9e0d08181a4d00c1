import type { ReactNode } from "react";

/**
 * A wide table's own scroll box: on a phone the table scrolls sideways inside it instead of
 * widening the page. Named and focusable, so a keyboard user can scroll it with the arrows.
 */
export function TableScroll({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `table-scroll ${className}` : "table-scroll"} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
