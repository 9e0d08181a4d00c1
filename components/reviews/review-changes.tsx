import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { ReviewDetail } from "@/lib/db/reviews";
import { DIRECTION_LABELS } from "@/lib/reviews";

type Props = { year: number; previousYear: number | null; changes: NonNullable<ReviewDetail["changes"]> };

/** The claims whose grade moved since the previous completed review, and the new evidence per claim. */
export function ReviewChanges({ year, previousYear, changes }: Props) {
  const heading = previousYear ? `What changed since the ${previousYear} review` : "What changed since the previous review";
  if (previousYear === null) {
    return (
      <section className="card" aria-labelledby="review-changes-heading">
        <h2 id="review-changes-heading">{heading}</h2>
        <p role="status">This is the first completed review, so there is no earlier review to compare it with.</p>
      </section>
    );
  }
  const { moved, unchangedCount, newEvidence } = changes;
  const count = (d: string) => moved.filter((m) => m.direction === d).length;
  const totalNew = newEvidence.reduce((s, e) => s + e.count, 0);
  return (
    <section className="card" aria-labelledby="review-changes-heading">
      <h2 id="review-changes-heading">{heading}</h2>
      <p>
        {moved.length === 1 ? "1 grade moved" : `${moved.length} grades moved`}: {count("up")} towards confirmed,{" "}
        {count("down")} towards refuted, {count("changed") + count("new")} other. {unchangedCount} unchanged.{" "}
        {totalNew === 1 ? "1 new evidence item" : `${totalNew} new evidence items`} logged since the {previousYear} review.
      </p>
      {moved.length === 0 ? (
        <p role="status">No grade moved since the {previousYear} review.</p>
      ) : (
        <div style={{ overflowX: "auto" }}>
          <table className="data" data-testid="review-changes">
            <caption>Claims whose grade moved</caption>
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Grade in {previousYear}</th>
                <th scope="col">Grade in {year}</th>
                <th scope="col">Direction</th>
                <th scope="col" className="num">
                  New evidence
                </th>
              </tr>
            </thead>
            <tbody>
              {moved.map((m) => (
                <tr key={m.predictionId}>
                  <th scope="row" style={{ fontWeight: 400 }}>
                    <Link href={`/predictions/${m.predictionId}`}>{m.statement}</Link>
                  </th>
                  <td>{m.direction === "new" ? <span className="muted">Not in that review</span> : <VerdictBadge grade={m.from} />}</td>
                  <td>
                    <VerdictBadge grade={m.to} />
                  </td>
                  <td>{DIRECTION_LABELS[m.direction]}</td>
                  <td className="num">{m.newEvidenceCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 style={{ marginTop: "1rem" }}>New evidence since the {previousYear} review</h3>
      {newEvidence.length === 0 ? (
        <p>No evidence was logged between the two reviews.</p>
      ) : (
        <div style={{ overflowX: "auto" }}>
          <table className="data">
            <caption className="visually-hidden">Claims with evidence logged since the {previousYear} review, most first</caption>
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col" className="num">
                  New evidence items
                </th>
              </tr>
            </thead>
            <tbody>
              {newEvidence.map((e) => (
                <tr key={e.predictionId}>
                  <th scope="row" style={{ fontWeight: 400 }}>
                    <Link href={`/predictions/${e.predictionId}`}>{e.statement}</Link>
                  </th>
                  <td className="num">{e.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
