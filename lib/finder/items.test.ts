import { describe, expect, it } from "vitest";
import { saveFoundClaimsSchema } from "../validation/finder";
import { findClaims } from "./find";
import { addedItem, defaultCriteria, itemsFromResult, savePayload, withBounds } from "./items";

const TEXT = "# Next\n\n**New companies are emerging.** Some favourites:\n\n* **Adept.** “agents”\n* **Cohere.** “tools”\n\nPrices will fall within three years. Costs will certainly rise.";
const SOURCE = { title: "T", author: "A", url: "https://example.org", publishedOn: "2022-05-12", kind: "essay" as const };

describe("the finder page's items", () => {
  const result = findClaims(TEXT, { publishedOn: "2022-05-12" });
  const items = itemsFromResult(result, "2022-05-12");

  it("lists each candidate followed by its sub-claims, all undecided, with horizons read from the quote", () => {
    const parent = items.findIndex((i) => i.quote === "New companies are emerging.");
    expect(items.slice(parent, parent + 3).map((i) => [i.origin, i.name ?? null])).toEqual([["finder", null], ["sub-claim", "Adept"], ["sub-claim", "Cohere"]]);
    expect(items.every((i) => i.decision === "pending")).toBe(true);
    const prices = items.find((i) => i.quote.startsWith("Prices"))!;
    expect([prices.horizonFrom, prices.horizonTo, prices.horizonPhrase]).toEqual(["2022", "2025", "within N years"]);
  });

  it("moving a boundary re-reads the horizon and the default texts, but keeps what the editor typed", () => {
    const prices = items.find((i) => i.quote.startsWith("Prices"))!;
    const shorter = withBounds(prices, result.text, prices.start, prices.start + "Prices will fall".length, "2022-05-12");
    expect([shorter.quote, shorter.horizonTo, shorter.statement]).toEqual(["Prices will fall", "2027", "Prices will fall"]);
    expect(shorter.criteria).toBe(defaultCriteria("Prices will fall", 2027));
    const typed = { ...prices, statement: "Mine", horizonTo: "2030", isHorizonEdited: true };
    const moved = withBounds(typed, result.text, prices.start, prices.start + 6, "2022-05-12");
    expect([moved.statement, moved.horizonTo]).toEqual(["Mine", "2030"]);
  });

  it("builds a save the schema accepts: parents first, sub-claims pointing at them, offsets exact", () => {
    const isPicked = (q: string) => q.startsWith("Prices") || q.startsWith("Cohere") || q === "New companies are emerging.";
    const accepted = items.map((i) => (isPicked(i.quote) ? { ...i, decision: "accepted" as const } : i));
    const extra = addedItem(result, "2022-05-12", result.text.indexOf("Costs"), result.text.length, 1);
    const { payload, order } = savePayload([...accepted, { ...extra, overrideCredence: "0.5", overrideReason: "hedged elsewhere" }], SOURCE, result.text, true);
    const parsed = saveFoundClaimsSchema.parse(payload);
    expect(parsed.claims.map((c) => c.quote)).toEqual(["New companies are emerging.", "Prices will fall within three years.", "Costs will certainly rise.", "Cohere. “tools”"]);
    expect(parsed.claims[3].parent).toBe(0);
    expect(parsed.claims[2].credenceOverride).toEqual({ credence: 0.5, reason: "hedged elsewhere" });
    expect(order).toHaveLength(4);
  });

  it("a sub-claim whose parent is not accepted is saved as a claim of its own", () => {
    const onlySub = items.map((i) => (i.name === "Adept" ? { ...i, decision: "accepted" as const } : i));
    const { payload } = savePayload(onlySub, SOURCE, result.text, false);
    expect(payload.claims.map((c) => [c.quote, c.parent])).toEqual([["Adept. “agents”", undefined]]);
  });

  it("a blank horizon year is sent as NaN, which the schema refuses", () => {
    const one = items.map((i, n) => (n === 0 ? { ...i, decision: "accepted" as const, horizonTo: "" } : i));
    expect(saveFoundClaimsSchema.safeParse(savePayload(one, SOURCE, result.text, true).payload).success).toBe(false);
  });
});
