import Link from "next/link";
import { VerdictMixChart } from "@/components/charts/verdict-mix-chart";
import { GRADES, GRADE_LABELS, NO_VERDICT_LABEL } from "@/lib/domain";
import type { ScorecardScope } from "@/lib/db/forecasts";
import { HIT_RATE_RULE } from "@/lib/scoring";
import { loadScorecard, scopeQuery } from "@/lib/scorecard/load";

const percent = (x: number) => `${Math.round(x * 100)}%`;

export async function ScorecardSummary({ scope = {} }: { scope?: ScorecardScope }) {
  const s = await loadScorecard(scope);
  // Links into the claim list keep the scope, so the counts there match the counts here.
  const q = scopeQuery(scope);
  const { rate, graded, points } = s.hitRate;
  return (
    <section aria-labelledby="headline-heading" className="stack">
      <h2 id="headline-heading" className="visually-hidden">
        Headline figures
      </h2>
      <div className="grid grid-stats">
        <div className="card">
          <div className="stat">{s.total}</div>
          <div className="muted">claims tracked</div>
        </div>
        <div className="card">
          <div className="stat" data-testid="hit-rate">
            {rate === null ? "—" : percent(rate)}
          </div>
          <div className="muted">
            hit rate {rate === null ? "(no graded claims yet)" : `(${points} of ${graded} graded)`}
          </div>
        </div>
        <div className="card">
          <div className="stat">{s.pastHorizon.total}</div>
          <div className="muted">past horizon without a final verdict</div>
        </div>
        <div className="card">
          <div className="stat">{s.ungraded}</div>
          <div className="muted">{NO_VERDICT_LABEL.toLowerCase()}</div>
        </div>
      </div>
      <section className="card" aria-labelledby="due-heading">
        <h2 id="due-heading">Due at the next review</h2>
        <ul className="plain">
          <li>
            <Link href={`/predictions?verdict=none${q}`}>
              {s.due.new} new {s.due.new === 1 ? "claim needs its" : "claims need their"} first verdict
            </Link>
          </li>
          <li>
            <Link href={`/predictions?due=stale${q}`}>
              {s.due.stale} {s.due.stale === 1 ? "claim" : "claims"} not reviewed in over 12 months
            </Link>
          </li>
          <li>
            <Link href={`/predictions?due=final${q}`}>
              {s.due.readyForFinal} {s.due.readyForFinal === 1 ? "claim" : "claims"} past {s.due.readyForFinal === 1 ? "its" : "their"} horizon: ready for a final verdict
            </Link>
          </li>
        </ul>
      </section>
      <p className="small muted" id="hit-rate-rule">
        <strong>How the hit rate is computed:</strong> {HIT_RATE_RULE}
      </p>
      <div className="grid grid-2">
        <section className="card" aria-labelledby="by-verdict-heading">
          <h2 id="by-verdict-heading">Claims by current verdict</h2>
          <table className="data" data-testid="verdict-counts">
            <caption className="visually-hidden">Number of claims by current verdict</caption>
            <thead>
              <tr>
                <th scope="col">Verdict</th>
                <th scope="col" className="num">
                  Claims
                </th>
              </tr>
            </thead>
            <tbody>
              {GRADES.map((g) => (
                <tr key={g}>
                  <th scope="row">
                    <Link href={`/predictions?verdict=${g}${q}`}>{GRADE_LABELS[g]}</Link>
                  </th>
                  <td className="num">{s.byVerdict[g]}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">
                  <Link href={`/predictions?verdict=none${q}`}>{NO_VERDICT_LABEL}</Link>
                </th>
                <td className="num">{s.ungraded}</td>
              </tr>
            </tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="mix-heading">
          <h2 id="mix-heading">Current verdict mix</h2>
          <VerdictMixChart byVerdict={s.byVerdict} ungraded={s.ungraded} />
        </section>
      </div>
    </section>
  );
}
