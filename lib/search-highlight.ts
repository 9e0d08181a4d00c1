// Where a search matched inside a text, as plain segments for the UI to wrap in <mark>. The
// list's search is case-insensitive and literal (lib/db/contains.ts), and so is this. Plain
// strings only: React escapes them, so no text can inject markup.

export type Segment = { text: string; isMatch: boolean };

/**
 * The text split around every case-insensitive occurrence of `query`. When `maxLength` is
 * given and the text is longer, a window around the first match is kept, with "…" where text
 * was cut. No match (or an empty query) gives null.
 */
export function matchSegments(text: string, query: string, maxLength?: number): Segment[] | null {
  const q = query.trim();
  if (!q) return null;
  const lower = text.toLowerCase();
  const needle = q.toLowerCase();
  // Lower-casing can change a string's length (e.g. "İ"); positions would no longer line up.
  if (lower.length !== text.length || needle.length !== q.length) return exactSegments(text, q, maxLength);
  return segmentsAt(text, lower, needle, maxLength);
}

function exactSegments(text: string, q: string, maxLength?: number): Segment[] | null {
  return segmentsAt(text, text, q, maxLength);
}

function segmentsAt(text: string, haystack: string, needle: string, maxLength?: number): Segment[] | null {
  const first = haystack.indexOf(needle);
  if (first < 0) return null;
  let from = 0;
  let to = text.length;
  if (maxLength !== undefined && text.length > maxLength) {
    const context = Math.max(0, Math.floor((maxLength - needle.length) / 2));
    from = Math.max(0, first - context);
    to = Math.min(text.length, from + Math.max(maxLength, needle.length));
    from = Math.max(0, Math.min(from, to - maxLength));
  }
  const out: Segment[] = [];
  if (from > 0) out.push({ text: "…", isMatch: false });
  let at = from;
  for (let i = haystack.indexOf(needle, from); i >= 0 && i < to; i = haystack.indexOf(needle, i + needle.length)) {
    const end = Math.min(to, i + needle.length);
    if (i > at) out.push({ text: text.slice(at, i), isMatch: false });
    out.push({ text: text.slice(i, end), isMatch: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), isMatch: false });
  if (to < text.length) out.push({ text: "…", isMatch: false });
  return out;
}
