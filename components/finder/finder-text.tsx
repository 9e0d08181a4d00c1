"use client";

import { useMemo } from "react";
import type { Item } from "@/lib/finder/items";
import styles from "./claim-finder.module.css";

type Props = {
  text: string;
  items: Item[];
  currentKey: string | null;
  onPick: (key: string) => void;
};

type Piece = { start: number; end: number; key: string | null };

/**
 * The text with every candidate highlighted in place. Each piece carries its offset
 * (data-start), so a selection made in it maps back to offsets in the finder's text.
 * Where highlights overlap, the current item wins, then the earlier one.
 */
export function FinderText({ text, items, currentKey, onPick }: Props) {
  const pieces = useMemo(() => {
    const visible = items.filter((i) => i.decision !== "rejected");
    const cuts = new Set<number>([0, text.length]);
    for (const i of visible) {
      cuts.add(i.start);
      cuts.add(i.end);
    }
    const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
    const out: Piece[] = [];
    for (let n = 0; n + 1 < points.length; n++) {
      const [start, end] = [points[n], points[n + 1]];
      const covering = visible.filter((i) => i.start <= start && i.end >= end);
      const top = covering.find((i) => i.key === currentKey) ?? covering.sort((a, b) => a.start - b.start)[0];
      const prev = out[out.length - 1];
      if (prev && prev.key === (top?.key ?? null)) prev.end = end;
      else out.push({ start, end, key: top?.key ?? null });
    }
    return out;
  }, [text, items, currentKey]);
  const byKey = useMemo(() => new Map(items.map((i) => [i.key, i])), [items]);

  return (
    // Focusable so the scrolled text can be read with the keyboard too.
    <div className={styles.text} data-finder-text role="region" aria-label="The text, with candidates highlighted" tabIndex={0}>
      {pieces.map((p) => {
        const chunk = text.slice(p.start, p.end);
        if (!p.key) {
          return (
            <span key={p.start} data-start={p.start}>
              {chunk}
            </span>
          );
        }
        const item = byKey.get(p.key)!;
        const cls = [styles.mark, styles[item.decision], p.key === currentKey ? styles.current : ""].join(" ");
        return (
          <mark key={p.start} data-start={p.start} data-key={p.key} className={cls} onClick={() => onPick(p.key!)}>
            {chunk}
          </mark>
        );
      })}
    </div>
  );
}

/** The offsets in the finder's text of the current selection inside `root`, or null. */
export function selectionOffsets(root: HTMLElement | null): { start: number; end: number } | null {
  const sel = typeof window === "undefined" ? null : window.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const pieceStart = (node: Node): number | null => {
    let el: Node | null = node;
    while (el && el !== root && !(el instanceof HTMLElement && el.dataset.start !== undefined)) el = el.parentNode;
    return el instanceof HTMLElement && el.dataset.start !== undefined ? Number(el.dataset.start) : null;
  };
  const at = (node: Node, offset: number): number | null => {
    if (!root.contains(node)) return null;
    if (node.nodeType === Node.TEXT_NODE) {
      const base = pieceStart(node);
      return base === null ? null : base + offset;
    }
    // An element boundary: the start of the child after it, or the end of the one before.
    const after = node.childNodes[offset];
    if (after) return at(after, 0);
    const before = node.childNodes[offset - 1];
    if (!before) return pieceStart(node);
    const base = pieceStart(before.nodeType === Node.TEXT_NODE ? before : (before.firstChild ?? before));
    return base === null ? null : base + (before.textContent ?? "").length;
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
