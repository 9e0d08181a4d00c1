import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { PredictionDetail } from "@/lib/db/claims";
import type { Grade } from "@/lib/domain";
import { ROLLUP_RULE, rollUpGrade } from "@/lib/scoring";

const percent = (n: number, total: number) => `${Math.round((n / total) * 100)}%`;

type Props = {
  /** The first sub-claims, listed by name. */
  items: PredictionDetail["children"];
  /** How many sub-claims there are, and how many hold each current grade (all of them, counted in SQL). */
  total: number;
  gradeCounts: PredictionDetail["childGradeCounts"];
  /** The parent's own current verdict: when it has one, the scorecard uses it instead of the roll-up. */
  ownVerdict?: Grade | null;
};

export function SubClaims({ items, total, gradeCounts, ownVerdict = null }: Props) {
  if (total === 0) return null;
  const rollUp = rollUpGrade(gradeCounts.flatMap((g) => Array<Grade | null>(g.count).fill(g.grade)));
  const rows = [
    { label: "Confirmed", n: rollUp.confirmed },
    { label: "Partly true", n: rollUp.partly },
    { label: "Refuted", n: rollUp.refuted },
    { label: "Not resolved yet", n: rollUp.total - rollUp.confirmed - rollUp.partly - rollUp.refuted },
  ];
  return (
    <section className="card" aria-labelledby="sub-claims-heading">
      <h2 id="sub-claims-heading">Sub-claims ({total})</h2>
      {total > items.length && <p className="small muted">The first {items.length} are listed; the roll-up counts all {total}.</p>}
      <ul className="plain" data-testid="sub-claims">
        {items.map((c) => (
          <li key={c.id}>
            <Link href={`/predictions/${c.id}`}>{c.statement}</Link> <VerdictBadge grade={c.currentVerdict} />
          </li>
        ))}
      </ul>
      <h3 id="rollup-heading" className="space-above-lg">
        Roll-up
      </h3>
      <table className="data measure-narrow" aria-labelledby="rollup-heading" data-testid="sub-claim-rollup">
        <thead>
          <tr>
            <th scope="col">Sub-claims</th>
            <th scope="col" className="num">
              Count
            </th>
            <th scope="col" className="num">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="num">{r.n}</td>
              <td className="num">{percent(r.n, rollUp.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="space-above">
        Rolled-up grade: <VerdictBadge grade={rollUp.grade} />{" "}
        <span className="small muted">
          {ownVerdict
            ? "This claim has a verdict of its own, so the scorecard uses that rather than the roll-up."
            : "This claim has no verdict of its own, so the scorecard counts it by this roll-up."}
        </span>
      </p>
      <p className="small muted">{ROLLUP_RULE}</p>
    </section>
  );
}
