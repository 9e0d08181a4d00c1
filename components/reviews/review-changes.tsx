import Link from "next/link";
import type { ReactNode } from "react";
import { movedCount, type ChangeFilter, type ChangeSummary, type NewEvidenceLeader } from "@/lib/reviews";
import { snapshotHref } from "./review-links";

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

type Props = { year: number; changes: ChangeSummary | null; children?: ReactNode };

/**
 * What moved since the previous completed review, in numbers frozen at completion; each
 * number links to the claim table filtered to those claims.
 */
export function ReviewChanges({ year, changes, children }: Props) {
  const previousYear = changes?.previousYear ?? null;
  const heading = previousYear ? `What changed since the ${previousYear} review` : "What changed since the previous review";
  if (!changes || previousYear === null) {
    return (
      <section className="card" aria-labelledby="review-changes-heading">
        <h2 id="review-changes-heading">{heading}</h2>
        <p role="status">This is the first completed review, so there is no earlier review to compare it with.</p>
      </section>
    );
  }
  const moved = movedCount(changes);
  const link = (count: number, changed: ChangeFilter, text: string) =>
    count > 0 ? <Link href={snapshotHref(year, { changed })}>{text}</Link> : <span>{text}</span>;
  return (
    <section className="card" aria-labelledby="review-changes-heading">
      <h2 id="review-changes-heading">{heading}</h2>
      <p>
        {link(moved, "1", moved === 1 ? "1 grade moved" : `${moved.toLocaleString("en")} grades moved`)}
        {moved > 0 ? ":" : "."} {changes.unchanged.toLocaleString("en")} unchanged.
      </p>
      {moved > 0 && (
        <ul>
          <li>{link(changes.up, "up", `${changes.up.toLocaleString("en")} towards confirmed`)}</li>
          <li>{link(changes.down, "down", `${changes.down.toLocaleString("en")} towards refuted`)}</li>
          <li>{link(changes.changed, "changed", `${changes.changed.toLocaleString("en")} sideways (to or from unfalsifiable, or to no verdict)`)}</li>
          <li>{link(changes.new, "new", `${plural(changes.new, "claim", "claims")} new since then, or graded for the first time`)}</li>
        </ul>
      )}
      <p>
        {plural(changes.newEvidence.items, "new evidence item", "new evidence items")} on{" "}
        {plural(changes.newEvidence.claims, "claim", "claims")} logged since the {previousYear} review.
      </p>
      {children}
    </section>
  );
}

/** The few claims with the most evidence logged between the two reviews, as frozen with the counts. */
export function MostNewEvidence({ leaders, previousYear }: { leaders: NewEvidenceLeader[]; previousYear: number }) {
  return (
    <>
      <h3 style={{ marginTop: "1rem" }}>Most new evidence since the {previousYear} review</h3>
      {leaders.length === 0 ? (
        <p>No evidence was logged between the two reviews.</p>
      ) : (
        <div style={{ overflowX: "auto" }}>
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
                  <th scope="row" style={{ fontWeight: 400 }}>
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
