"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import styles from "./curation.module.css";

export type RowMenuItem = { key: string; label: string; onSelect: () => void; isDanger?: boolean };

/**
 * A menu button (WAI-ARIA menu pattern): Enter, Space or ↓ opens it on the first item, ↑ on
 * the last; arrows, Home and End move; Escape closes and returns focus to the button; Tab or a
 * click elsewhere closes it.
 */
export function RowMenu({ label, items, buttonRef }: { label: string; items: RowMenuItem[]; buttonRef?: React.RefObject<HTMLButtonElement | null> }) {
  const [openAt, setOpenAt] = useState<number | null>(null);
  const ownRef = useRef<HTMLButtonElement>(null);
  const button = buttonRef ?? ownRef;
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const wrapRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const isOpen = openAt !== null;

  useEffect(() => {
    if (openAt !== null) itemRefs.current[openAt]?.focus();
  }, [openAt]);

  useEffect(() => {
    if (!isOpen) return;
    const onPointer = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpenAt(null);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [isOpen]);

  const close = (refocus: boolean) => {
    setOpenAt(null);
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpenAt(0);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setOpenAt(items.length - 1);
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const at = openAt ?? 0;
    const last = items.length - 1;
    const moves: Record<string, number> = { ArrowDown: at === last ? 0 : at + 1, ArrowUp: at === 0 ? last : at - 1, Home: 0, End: last };
    if (e.key in moves) {
      e.preventDefault();
      setOpenAt(moves[e.key]);
    } else if (e.key === "Escape") {
      e.preventDefault();
      close(true);
    } else if (e.key === "Tab") {
      setOpenAt(null);
    }
  };

  return (
    <div className={styles.menuWrap} ref={wrapRef}>
      <button
        ref={button}
        type="button"
        className={`button secondary ${styles.smallButton}`}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        aria-label={label}
        onClick={() => (isOpen ? close(false) : setOpenAt(0))}
        onKeyDown={onButtonKey}
      >
        Actions <span aria-hidden="true">▾</span>
      </button>
      {isOpen && (
        <div id={menuId} role="menu" aria-label={label} className={styles.menu} onKeyDown={onMenuKey}>
          {items.map((item, i) => (
            <button
              key={item.key}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={i === openAt ? 0 : -1}
              className={item.isDanger ? `${styles.menuItem} ${styles.danger}` : styles.menuItem}
              onClick={() => {
                setOpenAt(null);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
