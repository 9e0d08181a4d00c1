import { Suspense, type ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { WidgetBoundary } from "./widget-boundary";

type Props = {
  /** What the widget is, for its loading and error states: "Headline figures". */
  title: string;
  /** Changes when the scope does, so a new scope neither reuses the old widget nor its error. */
  resetKey?: string;
  /** The skeleton's height, close to the widget's, so the page does not jump. */
  height?: number;
  /** The level of the widget's own heading, for the error state's heading. */
  level?: 2 | 3;
  children: ReactNode;
};

/**
 * One scorecard widget: an async server component that loads its own data, streamed in its own
 * Suspense boundary, inside its own error boundary. If it fails, only it shows an error; on
 * the server the failure stays inside its Suspense boundary, and in the browser the error
 * boundary catches it when that boundary renders, so the rest of the page keeps working.
 */
export function Widget({ title, resetKey, height, level, children }: Props) {
  return (
    <WidgetBoundary key={resetKey} title={title} level={level}>
      <Suspense fallback={<Skeleton label={title.toLowerCase()} height={height} />}>{children}</Suspense>
    </WidgetBoundary>
  );
}
