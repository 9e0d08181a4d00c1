// The claim list's families (lib/db/claims/families.ts): pages count top-level rows, sub-claims
// nest under a parent that is itself listed, and counts stay consistent under filters.
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditActor } from "@/lib/db/audit";
import { listClaimFamilies, SUB_CLAIMS_LISTED } from "@/lib/db/claims";
import { createVerdict } from "@/lib/db/verdicts";
import { createVerdictSchema } from "@/lib/validation/verdict";
import { day, makeClaim, makeSource, uid } from "../support/factories";

const NOW = day("2026-06-01");
const ACTOR: AuditActor = { id: null, label: "Tester" };
const verdict = (grade: string) => createVerdictSchema.parse({ grade, rationale: "r" });

let sourceId = "";
let parentId = "";
let bigParentId = "";
const marker = `famtest${uid()}`;
const CHILDREN = 3;
const BIG = SUB_CLAIMS_LISTED + 4;

beforeAll(async () => {
  const s = await makeSource();
  sourceId = s.id;
  let position = 1;
  const parent = await makeClaim({ sourceId, statement: `Parent ${marker}`, position: position++ });
  parentId = parent.id;
  for (let i = 0; i < CHILDREN; i++) {
    const child = await makeClaim({ sourceId, statement: `Child ${i} of ${marker}`, quote: i === 1 ? `Only this quote says ${marker}-needle.` : "Something.", position: position++, parentId });
    await createVerdict(child.id, verdict("confirmed"), ACTOR, { now: day("2026-01-10") });
  }
  const big = await makeClaim({ sourceId, statement: `Big parent`, position: position++ });
  bigParentId = big.id;
  for (let i = 0; i < BIG; i++) await makeClaim({ sourceId, statement: `Big child ${i}`, position: position++, parentId: bigParentId });
  for (let i = 0; i < 4; i++) await makeClaim({ sourceId, statement: `Lone ${i}`, position: position++ });
});

describe("listClaimFamilies", () => {
  it("lists top-level claims as rows, each with its sub-claims nested and counted", async () => {
    const page = await listClaimFamilies({ source: sourceId }, NOW);
    expect(page.total).toBe(6);
    expect(page.items.map((r) => r.statement)).toEqual([`Parent ${marker}`, "Big parent", "Lone 0", "Lone 1", "Lone 2", "Lone 3"]);
    expect(page.nestedTotal).toBe(CHILDREN + BIG);
    const parent = page.items[0];
    expect(parent.subClaimCount).toBe(CHILDREN);
    expect(parent.subClaims.matching).toBe(CHILDREN);
    expect(parent.subClaims.items.map((c) => c.statement)).toEqual([0, 1, 2].map((i) => `Child ${i} of ${marker}`));
    // No verdict of its own: the list shows the roll-up of its confirmed sub-claims.
    expect(parent.currentVerdict).toBeNull();
    expect(parent.effectiveGrade).toBe("confirmed");
  });

  it("lists the first sub-claims of a big family and counts them all", async () => {
    const page = await listClaimFamilies({ source: sourceId }, NOW);
    const big = page.items.find((r) => r.id === bigParentId)!;
    expect(big.subClaims.items).toHaveLength(SUB_CLAIMS_LISTED);
    expect(big.subClaims.matching).toBe(BIG);
    expect(big.subClaimCount).toBe(BIG);
  });

  it("pages over top-level rows: the pages together hold every row once", async () => {
    const first = await listClaimFamilies({ source: sourceId }, NOW, { limit: 4, offset: 0 });
    const second = await listClaimFamilies({ source: sourceId }, NOW, { limit: 4, offset: 4 });
    expect(first.total).toBe(6);
    expect(second.total).toBe(6);
    const ids = [...first.items, ...second.items].map((r) => r.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    // Sub-claims ride with their parent: the second page has none of the first page's children.
    expect(second.items.every((r) => r.parentId === null)).toBe(true);
  });

  it("lists a matching sub-claim as a row of its own when its parent does not match", async () => {
    const page = await listClaimFamilies({ source: sourceId, q: `${marker}-needle` }, NOW);
    expect(page.total).toBe(1);
    expect(page.nestedTotal).toBe(0);
    expect(page.items[0]).toMatchObject({ statement: `Child 1 of ${marker}`, parentId });
  });

  it("nests matching sub-claims under a matching parent, counting only the matching ones", async () => {
    const page = await listClaimFamilies({ source: sourceId, q: marker }, NOW);
    // The parent matches by its statement; all three children match by theirs.
    expect(page.total).toBe(1);
    expect(page.items[0].id).toBe(parentId);
    expect(page.items[0].subClaims.matching).toBe(CHILDREN);
    expect(page.nestedTotal).toBe(CHILDREN);

    const confirmed = await listClaimFamilies({ source: sourceId, verdict: "confirmed" }, NOW);
    // The parent has no verdict of its own, so its confirmed children are rows.
    expect(confirmed.items.map((r) => r.statement).sort()).toEqual([0, 1, 2].map((i) => `Child ${i} of ${marker}`));
    expect(confirmed.nestedTotal).toBe(0);
  });
});
