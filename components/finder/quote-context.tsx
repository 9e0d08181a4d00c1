import type { QuoteContext as Context } from "@/lib/db/sources";

/** "Show in context": the quote highlighted in the text around it, from its saved offsets. */
export function QuoteContext({ context }: { context: Context }) {
  return (
    <section className="card" aria-labelledby="quote-context-heading">
      <details>
        <summary>
          <h2 id="quote-context-heading" className="title-inline">
            Show in context
          </h2>
        </summary>
        {context.isTextKept ? (
          <p className="serif-text">
            {context.start > context.before.length && "… "}
            {context.before}
            <mark>{context.quote}</mark>
            {context.after}
            {context.end + context.after.length < context.textLength && " …"}
          </p>
        ) : (
          <p className="small muted space-above">
            The source’s text was not kept (only its fingerprint and length were). The quote is characters {context.start + 1}–{context.end}
            {context.textLength !== null && ` of its ${context.textLength.toLocaleString("en")}`}.
          </p>
        )}
      </details>
    </section>
  );
}
