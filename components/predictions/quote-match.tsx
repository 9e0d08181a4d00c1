import { matchSegments } from "@/lib/search-highlight";

/**
 * Where a search matched a claim's quote: the quote (or a window of it) with each match in a
 * <mark>. The segments are plain strings, so the quote's text can never become markup.
 */
export function QuoteMatch({ quote, query, maxLength = 240 }: { quote: string; query: string | undefined; maxLength?: number }) {
  const segments = query ? matchSegments(quote, query, maxLength) : null;
  if (!segments) return null;
  return (
    <blockquote className="quote-match small" data-testid="quote-match">
      <span className="visually-hidden">Matching quote: </span>“
      {segments.map((s, i) => (s.isMatch ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}”
    </blockquote>
  );
}
