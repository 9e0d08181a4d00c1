import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { ScorecardScope } from "@/lib/db/forecasts";
import { formatHorizon } from "@/lib/horizon";
import { loadScorecard, scopeQuery } from "@/lib/scorecard/load";

export async function PastHorizonList({ scope = {} }: { scope?: ScorecardScope }) {
  const { items: claims, total } = (await loadScorecard(scope)).pastHorizon;
  return (
    <section className="card" aria-labelledby="past-horizon-heading">
      <h2 id="past-horizon-heading">Past their horizon, no final verdict</h2>
      <p className="small muted">
        The horizon has ended, but the claim is not yet confirmed, refuted or marked unfalsifiable: ready for a final
        verdict.{total > claims.length ? ` The ${claims.length} whose horizon ended first, of ${total}.` : ""}
      </p>
      {claims.length === 0 ? (
        <p role="status">Every claim past its horizon has a final verdict.</p>
      ) : (
        <ul className="plain">
          {claims.map((c) => (
            <li key={c.id}>
              <Link href={`/predictions/${c.id}`}>{c.statement}</Link>{" "}
              <span className="small muted">(horizon {formatHorizon(c.horizon)})</span>{" "}
              <VerdictBadge grade={c.currentVerdict} />
            </li>
          ))}
        </ul>
      )}
      {total > claims.length && (
        <p>
          <Link href={`/predictions?due=final&sort=horizon${scopeQuery(scope)}`}>
            All {total} claims past their horizon without a final verdict
          </Link>
        </p>
      )}
    </section>
  );
}
