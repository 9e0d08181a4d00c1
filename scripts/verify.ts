// Recomputes the seal of every completed review and checks the chain between them.
//   npm run verify            one line per review (OK, MISMATCH, OPEN), exit 1 on any problem
//   npm run verify -- --json  the same as GET /api/reviews/verify answers
//   npm run verify -- --seal-unsealed
//                             first seals, once, the completed reviews that have no hash
//                             (completed before reviews were sealed), then verifies
// It reads the database DATABASE_URL names (SQLite or PostgreSQL), and writes to it only
// with --seal-unsealed.
// What a seal covers, and the chain rule, are documented in lib/review-hash.ts and
// lib/db/reviews/chain.ts.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { type ReviewChainCheck, sealUnsealedReviews, verifyReviewChain } from "../lib/db/reviews/chain";
import { REVIEW_HASH_FORMAT } from "../lib/review-hash";

/** The report as lines of text, one per review, and a closing verdict. */
function formatChainCheck(check: ReviewChainCheck): string[] {
  const lines = [`Review seals (${REVIEW_HASH_FORMAT}, SHA-256):`];
  for (const r of check.reviews) {
    const state = r.status === "open" && r.ok ? "OPEN" : r.ok ? "OK" : "MISMATCH";
    const seal = r.status === "open" && r.hash === null ? "not sealed until completed" : `hash ${r.hash ?? "(none)"}  previous ${r.previousHash ?? "(none)"}`;
    lines.push(`${r.year}  ${state.padEnd(8)}  ${seal}`);
    if (r.problem) lines.push(`      ${r.problem}`);
  }
  const failed = check.reviews.filter((r) => !r.ok).map((r) => r.year);
  const sealed = check.reviews.filter((r) => r.status === "completed").length;
  if (check.reviews.length === 0) lines.push("No reviews yet: nothing to verify.");
  else if (failed.length === 0) lines.push(`All ${sealed} completed ${sealed === 1 ? "review verifies" : "reviews verify"}.`);
  else lines.push(`Verification FAILED for ${failed.join(", ")}.`);
  return lines;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { json: { type: "boolean", default: false }, "seal-unsealed": { type: "boolean", default: false } },
  });
  const db = createPrismaClient();
  try {
    if (values["seal-unsealed"]) {
      const sealed = await sealUnsealedReviews(db, "npm run verify -- --seal-unsealed");
      // On stderr, so --json output stays one JSON document.
      if (sealed.length === 0) console.error("Every completed review already has a seal.");
      for (const s of sealed) console.error(`Sealed the ${s.year} review after the fact: ${s.hash}`);
    }
    const check = await verifyReviewChain(db);
    if (values.json) console.log(JSON.stringify({ ok: check.ok, format: REVIEW_HASH_FORMAT, reviews: check.reviews }, null, 2));
    else for (const line of formatChainCheck(check)) console.log(line);
    return check.ok ? 0 : 1;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`verify: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
