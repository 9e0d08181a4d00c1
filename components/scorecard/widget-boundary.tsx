"use client";

import { catchError, type ErrorInfo } from "next/error";

/**
 * What a scorecard widget shows when its data or render fails: the widget's name, that the
 * rest of the page is fine, and a retry (which re-fetches the widget's server component).
 * Next's catchError lets redirect() and notFound() pass through, and clears on navigation.
 */
function WidgetError({ title, level = 2 }: { title: string; level?: 2 | 3 }, { retry }: ErrorInfo) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className="card widget-error" role="status" data-testid="widget-error">
      <Heading>{title} could not be loaded</Heading>
      <p>Something went wrong while loading this part of the page. The rest of the page is unaffected.</p>
      <button type="button" className="button secondary" onClick={() => retry()}>
        Try again
      </button>
    </section>
  );
}

export const WidgetBoundary = catchError(WidgetError);
