import Link from "next/link";
import type { ScorecardScope } from "@/lib/db/forecasts";
import { scopeQuery } from "@/lib/scorecard/load";

export const SCORECARD_VIEWS = [
  { key: "overview", href: "/", label: "Overview" },
  { key: "forecasts", href: "/scorecard/forecasts", label: "Forecast scores" },
] as const;
export type ScorecardView = (typeof SCORECARD_VIEWS)[number]["key"];

/** "?tag=…&source=…" for the current scope, or "". */
export function scopeSearch(scope: ScorecardScope): string {
  const q = scopeQuery(scope);
  return q ? `?${q.slice(1)}` : "";
}

/** The scorecard's views as links: each view is its own URL, and the scope carries over. */
export function ScorecardTabs({ current, scope }: { current: ScorecardView; scope: ScorecardScope }) {
  const search = scopeSearch(scope);
  return (
    <nav aria-label="Scorecard views">
      <ul className="view-tabs">
        {SCORECARD_VIEWS.map((v) => (
          <li key={v.key}>
            <Link href={`${v.href}${search}`} aria-current={v.key === current ? "page" : undefined}>
              {v.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
