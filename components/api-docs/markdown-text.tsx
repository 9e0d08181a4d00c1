import { Fragment, type ReactNode } from "react";

// The few Markdown marks the API document's descriptions use: `code`, **bold**, paragraphs
// and "- " lists. Rendered as React elements (never as HTML), so nothing in a description
// can inject markup.

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*)/g;

export function InlineText({ text }: { text: string }) {
  const parts = text.split(INLINE).filter(Boolean);
  return (
    <>
      {parts.map((part, i) => {
        if (part.startsWith("`") && part.endsWith("`") && part.length > 1) return <code key={i}>{part.slice(1, -1)}</code>;
        if (part.startsWith("**") && part.endsWith("**") && part.length > 3) return <strong key={i}>{part.slice(2, -2)}</strong>;
        return <Fragment key={i}>{part}</Fragment>;
      })}
    </>
  );
}

/** Paragraphs (split on blank lines) and lists (lines starting "- "). */
export function BlockText({ text, className }: { text: string; className?: string }) {
  if (!text.trim()) return null;
  const blocks: ReactNode[] = text.split(/\n\s*\n/).map((block, i) => {
    const lines = block.split("\n").filter((l) => l.trim());
    if (lines.length && lines.every((l) => l.trimStart().startsWith("- "))) {
      return (
        <ul key={i}>
          {lines.map((l, j) => (
            <li key={j}>
              <InlineText text={l.trimStart().slice(2)} />
            </li>
          ))}
        </ul>
      );
    }
    return (
      <p key={i}>
        <InlineText text={lines.join(" ")} />
      </p>
    );
  });
  return <div className={className}>{blocks}</div>;
}
