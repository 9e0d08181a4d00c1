import { describe, expect, it } from "vitest";
import type { Revision } from "./db/rows";
import { claimIdsIn, latestCredenceOverride } from "./revisions";

const revision = (kind: string, changes: Revision["changes"], id = kind): Revision => ({ id, kind, changes, reason: "r", editedBy: "Ada", createdAt: "2025-01-01T00:00:00.000Z" });

describe("claimIdsIn", () => {
  it("names every claim a parent change points at, before or after, once each", () => {
    const revisions = [
      revision("created", { statement: { before: null, after: "S" } }),
      revision("parent_change", { parentId: { before: null, after: "p1" } }, "a"),
      revision("parent_change", { parentId: { before: "p1", after: "p2" } }, "b"),
      revision("edit", { criteria: { before: "x", after: "y" } }),
    ];
    expect(claimIdsIn(revisions)).toEqual(["p1", "p2"]);
    expect(claimIdsIn([])).toEqual([]);
  });
});

describe("latestCredenceOverride", () => {
  it("is the last override, which still applies after later edits; null when there is none", () => {
    const first = revision("credence_override", { impliedCredence: { before: 0.9, after: 0.6 } }, "o1");
    const second = revision("credence_override", { impliedCredence: { before: 0.6, after: 0.4 } }, "o2");
    expect(latestCredenceOverride([first, revision("edit", {}), second, revision("quote_correction", {})])).toBe(second);
    expect(latestCredenceOverride([revision("edit", {})])).toBeNull();
  });
});
