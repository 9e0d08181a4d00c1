// The "Part of" picker's search on a real database: at most 20 claims, the same source's first,
// never the claim itself or its own sub-claims, matching the text as typed.
import { describe, expect, it } from "vitest";
import { PARENT_CHOICES_MAX, searchParentCandidates } from "@/lib/db/claims";
import { makeClaim, makeSource, uid } from "../support/factories";

describe("searchParentCandidates", () => {
  it("lists the claim's own source first, in source order, and leaves out itself and its sub-claims", async () => {
    const tag = uid();
    const other = await makeSource({ publishedOn: "2020-01-01" });
    const mine = await makeSource({ publishedOn: "2023-01-01" });
    const elsewhere = await makeClaim({ sourceId: other.id, statement: `Elsewhere ${tag}`, position: 1 });
    const second = await makeClaim({ sourceId: mine.id, statement: `Second ${tag}`, position: 2 });
    const first = await makeClaim({ sourceId: mine.id, statement: `First ${tag}`, position: 1 });
    const me = await makeClaim({ sourceId: mine.id, statement: `Me ${tag}`, position: 3 });
    await makeClaim({ sourceId: mine.id, statement: `My child ${tag}`, position: 4, parentId: me.id });
    const found = await searchParentCandidates(me.id, tag);
    expect(found?.map((c) => c.id)).toEqual([first.id, second.id, elsewhere.id]);
    expect(found?.map((c) => c.isSameSource)).toEqual([true, true, false]);
    expect(found?.[2].source).toEqual({ id: other.id, title: other.title });
  });

  it("matches statement or quote case-insensitively, with % and _ taken literally", async () => {
    const s = await makeSource();
    const tag = uid();
    const me = await makeClaim({ sourceId: s.id, statement: `Subject ${tag}` });
    const byQuote = await makeClaim({ sourceId: s.id, statement: `Plain ${tag}`, quote: "Revenue grows 100% by 2030." });
    await makeClaim({ sourceId: s.id, statement: `Other ${tag}`, quote: "Revenue grows 1000 by 2030." });
    expect((await searchParentCandidates(me.id, "GROWS 100%"))?.map((c) => c.id)).toEqual([byQuote.id]);
    expect((await searchParentCandidates(me.id, `plain ${tag.toUpperCase()}`))?.map((c) => c.id)).toEqual([byQuote.id]);
  });

  it("answers at most 20 claims, and null for an unknown claim", async () => {
    const s = await makeSource();
    const tag = uid();
    const me = await makeClaim({ sourceId: s.id, statement: `Many ${tag} me` });
    for (let i = 0; i < 25; i++) await makeClaim({ sourceId: s.id, statement: `Many ${tag} ${i}`, position: i + 10 });
    expect(await searchParentCandidates(me.id, `many ${tag}`)).toHaveLength(PARENT_CHOICES_MAX);
    expect(await searchParentCandidates(me.id, `many ${tag}`, 5000)).toHaveLength(PARENT_CHOICES_MAX);
    expect((await searchParentCandidates(me.id, ""))?.length).toBeLessThanOrEqual(PARENT_CHOICES_MAX);
    expect(await searchParentCandidates("no-such-claim", "x")).toBeNull();
  });
});
