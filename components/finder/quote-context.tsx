import type { QuoteContext as Context } from "@/lib/db/sources";

/** "Show in context": the quote highlighted in the text around it, from its saved offsets. */
export function QuoteContext({ context }: { context: Context }) {
  return (
    <section className="card" aria-labelledby="quote-context-heading">
      <details>
        <summary>
          <h2 id="quote-context-heading" style={{ display: "inline", fontSize: "1rem" }}>
            Show in context
          </h2>
        </summary>
        {context.isTextKept ? (
          <p style={{ whiteSpace: "pre-wrap", fontFamily: "Georgia, serif", marginTop: "0.75rem" }}>
            {context.start > context.before.length && "… "}
            {context.before}
            <mark>{context.quote}</mark>
            {context.after}
            {context.end + context.after.length < context.textLength && " …"}
          </p>
        ) : (
          <p className="small muted" style={{ marginTop: "0.75rem" }}>
            The source’s text was not kept (only its fingerprint and length were). The quote is characters {context.start + 1}–{context.end}
            {context.textLength !== null && ` of its ${context.textLength.toLocaleString("en")}`}.
          </p>
        )}
      </details>
    </section>
  );
}
