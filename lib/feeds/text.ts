// Text that leaves the app as XML or HTML (feeds, badges, embeds): characters XML 1.0 cannot
// carry at all are replaced, and the rest is escaped for where it goes.

/**
 * Characters no XML 1.0 document may contain, even escaped: C0 controls other than tab, line
 * feed and carriage return, U+FFFE/U+FFFF, and lone surrogate halves.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** User text made safe to carry in XML: each character XML forbids becomes U+FFFD. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, "\uFFFD");

/** Escaped for HTML or XML text and attribute values (both quote kinds). */
export function escapeMarkup(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Only http(s) addresses become links; anything else is shown as text. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
