// The finder page's working list: candidates, their sub-claims and claims added by hand,
// each with the editor's decision and edits. Pure helpers, shared by the page's parts.
import { readCredence } from "../credence";
import { NO_HORIZON_STATED, readHorizon } from "../horizon";
import type { Candidate, FinderResult } from "./find";
import type { Signal } from "./signals";
import { horizonWording } from "./signals";
import type { SaveFoundClaimsInput } from "../validation/finder";

export type Decision = "pending" | "accepted" | "rejected";

export type Item = {
  key: string;
  origin: "finder" | "sub-claim" | "added";
  /** For a sub-claim: its parent's key. */
  parentKey?: string;
  name?: string;
  start: number;
  end: number;
  quote: string;
  section: string;
  decision: Decision;
  statement: string;
  criteria: string;
  horizonFrom: string;
  horizonTo: string;
  horizonPhrase: string;
  /** True once the editor typed the years: moving the quote no longer re-reads them. */
  isHorizonEdited: boolean;
  overrideCredence: string;
  overrideReason: string;
  tags: string;
  signals: Signal[];
  score: number | null;
};

export const defaultStatement = (quote: string) => quote.trim();

export function defaultCriteria(quote: string, to: number): string {
  return `Confirmed if, by the end of ${to}, what the quote says has clearly happened: “${quote.trim()}” Partly if only part of it has. Refuted if by then it clearly has not.`;
}

export function sectionAt(result: Pick<FinderResult, "headings">, offset: number): string {
  let section = "";
  for (const h of result.headings) if (h.start <= offset) section = h.text;
  return section;
}

function newItem(
  base: Pick<Item, "key" | "origin" | "start" | "end" | "quote" | "section" | "signals" | "score"> & Partial<Item>,
  year: number,
): Item {
  const h = readHorizon(horizonWording(base.quote), year);
  return {
    decision: "pending",
    statement: defaultStatement(base.quote),
    criteria: defaultCriteria(base.quote, h.to),
    horizonFrom: String(h.from),
    horizonTo: String(h.to),
    horizonPhrase: h.rule === NO_HORIZON_STATED ? NO_HORIZON_STATED : h.rule,
    isHorizonEdited: false,
    overrideCredence: "",
    overrideReason: "",
    tags: "",
    ...base,
  };
}

/** Ranked candidates, each followed by its sub-claims. */
export function itemsFromResult(result: FinderResult, publishedOn: string): Item[] {
  const year = Number(publishedOn.slice(0, 4));
  return result.candidates.flatMap((c: Candidate) => [
    newItem({ key: c.id, origin: "finder", start: c.start, end: c.end, quote: c.quote, section: c.section, signals: c.signals, score: c.score }, year),
    ...c.subClaims.map((s, i) =>
      newItem(
        {
          key: `${c.id}-sub${i}`, origin: "sub-claim", parentKey: c.id, name: s.name, start: s.start, end: s.end, quote: s.quote,
          section: c.section, signals: [], score: null,
        },
        year,
      ),
    ),
  ]);
}

export function addedItem(result: FinderResult, publishedOn: string, start: number, end: number, serial: number): Item {
  const quote = result.text.slice(start, end);
  return {
    ...newItem({ key: `added${serial}`, origin: "added", start, end, quote, section: sectionAt(result, start), signals: [], score: null }, Number(publishedOn.slice(0, 4))),
    decision: "accepted",
  };
}

/** A new quote for an item: the horizon and default texts follow it unless the editor changed them. */
export function withBounds(item: Item, text: string, start: number, end: number, publishedOn: string): Item {
  const quote = text.slice(start, end);
  const next: Item = { ...item, start, end, quote };
  if (!item.isHorizonEdited) {
    const h = readHorizon(horizonWording(quote), Number(publishedOn.slice(0, 4)));
    next.horizonFrom = String(h.from);
    next.horizonTo = String(h.to);
    next.horizonPhrase = h.rule;
  }
  if (item.statement === defaultStatement(item.quote)) next.statement = defaultStatement(quote);
  if (item.criteria === defaultCriteria(item.quote, Number(item.horizonTo))) next.criteria = defaultCriteria(quote, Number(next.horizonTo));
  return next;
}

export const credenceOf = (quote: string) => readCredence(quote);

const numberOrNaN = (s: string) => (s.trim() === "" ? Number.NaN : Number(s));

/** The accepted items as the save schema wants them: parents first, sub-claims after. */
export function savePayload(
  items: Item[],
  source: SaveFoundClaimsInput["source"],
  text: string,
  keepText: boolean,
): { payload: SaveFoundClaimsInput; order: string[] } {
  const accepted = items.filter((i) => i.decision === "accepted");
  const acceptedKeys = new Set(accepted.map((i) => i.key));
  const isChild = (i: Item) => i.parentKey !== undefined && acceptedKeys.has(i.parentKey);
  const parents = accepted.filter((i) => !isChild(i)).sort((a, b) => a.start - b.start);
  const children = accepted.filter(isChild).sort((a, b) => a.start - b.start);
  const order = [...parents, ...children];
  const indexOf = new Map(order.map((i, n) => [i.key, n]));
  const claims = order.map((i) => ({
    start: i.start,
    end: i.end,
    quote: i.quote,
    section: i.section,
    statement: i.statement,
    criteria: i.criteria,
    horizon: { from: numberOrNaN(i.horizonFrom), to: numberOrNaN(i.horizonTo) },
    horizonPhrase: i.horizonPhrase || undefined,
    tags: i.tags.split(",").map((t) => t.trim()).filter(Boolean),
    parent: i.parentKey !== undefined && isChild(i) ? indexOf.get(i.parentKey) : undefined,
    credenceOverride:
      i.overrideCredence.trim() || i.overrideReason.trim()
        ? { credence: numberOrNaN(i.overrideCredence), reason: i.overrideReason }
        : undefined,
  }));
  return { payload: { source, text, keepText, claims }, order: order.map((i) => i.key) };
}
