import Link from "next/link";
import type { ReactNode } from "react";
import { CHANGE_GROUP_TEXT, type ChangeFilter, type NewEvidenceLeader, type ReviewDigest } from "@/lib/reviews";
import { snapshotHref } from "@/lib/review-links";

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

type Props = { digest: ReviewDigest | null; children?: ReactNode };

/**
 * What changed since the previous completed review, from the review's one summary (the
 * report and the API give the same counts). Grade moves, first verdicts and new claims are
 * separate groups; each number links to the claim table filtered to those claims.
 */
export function ReviewChanges({ digest, children }: Props) {
  const previousYear = digest?.previousYear ?? null;
  const heading = previousYear ? `What changed since the ${previousYear} review` : "What changed since the previous review";
  const c = digest?.changes ?? null;
  if (!digest || !c || previousYear === null) {
    return (
      <section className="card" aria-labelledby="review-changes-heading">
        <h2 id="review-changes-heading">{heading}</h2>
        <p role="status">This is the first completed review, so there is no earlier review to compare it with.</p>
      </section>
    );
  }
  const link = (count: number, changed: ChangeFilter, text: string, figure: string) => (
    <span data-figure={figure} data-count={count}>
      {count > 0 ? <Link href={snapshotHref(digest.year, { changed })}>{text}</Link> : text}
    </span>
  );
  const t = CHANGE_GROUP_TEXT;
  return (
    <section className="card" aria-labelledby="review-changes-heading" data-testid="review-changes">
      <h2 id="review-changes-heading">{heading}</h2>
      <p>
        {link(c.moved, "1", t.moved(c.moved), "moved")}
        {c.moved > 0 ? ":" : "."}
      </p>
      {c.moved > 0 && (
        <ul>
          <li>{link(c.up, "up", t.up(c.up), "up")}</li>
          <li>{link(c.down, "down", t.down(c.down), "down")}</li>
          <li>{link(c.sideways, "changed", `${t.sideways(c.sideways)} (to or from unfalsifiable)`, "sideways")}</li>
          <li>{link(c.reopened, "reopened", `${t.reopened(c.reopened)} (left the hit rate)`, "reopened")}</li>
        </ul>
      )}
      <ul>
        <li>{link(c.newClaims, "new", t.newClaims(c.newClaims, c.newClaimsWithoutVerdict, previousYear), "newClaims")}</li>
        <li>{link(c.firstVerdicts, "first", t.firstVerdicts(c.firstVerdicts), "firstVerdicts")}</li>
        <li>
          <span data-figure="unchanged" data-count={c.unchanged}>
            {t.unchanged(c.unchanged)}
          </span>
        </li>
      </ul>
      <p className="small muted">
        A claim “reopened” moved from a settled grade (confirmed, partly true or refuted) to one that is not, so it left
        the hit rate; it is not counted as a move towards refuted.
      </p>
      <p>
        <span data-figure="newEvidence.items" data-count={c.newEvidence.items}>
          {plural(c.newEvidence.items, "new evidence item", "new evidence items")}
        </span>{" "}
        on{" "}
        <span data-figure="newEvidence.claims" data-count={c.newEvidence.claims}>
          {plural(c.newEvidence.claims, "claim", "claims")}
        </span>{" "}
        logged since the {previousYear} review.
      </p>
      {children}
    </section>
  );
}

/** The few claims with the most evidence logged between the two reviews, as frozen with the counts. */
export function MostNewEvidence({ leaders, previousYear }: { leaders: NewEvidenceLeader[]; previousYear: number }) {
  return (
    <>
      <h3 className="space-above-lg">Most new evidence since the {previousYear} review</h3>
      {leaders.length === 0 ? (
        <p>No evidence was logged between the two reviews.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Most new evidence" tabIndex={0}>
          <table className="data">
            <caption className="visually-hidden">
              The claims with the most evidence logged since the {previousYear} review, most first
            </caption>
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col" className="num">
                  New evidence items
                </th>
              </tr>
            </thead>
            <tbody>
              {leaders.map((e) => (
                <tr key={e.predictionId}>
                  <th scope="row" className="plain-header">
                    <Link href={`/predictions/${e.predictionId}`}>{e.statement}</Link>
                  </th>
                  <td className="num">{e.count.toLocaleString("en")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
