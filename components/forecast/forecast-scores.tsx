import type { ForecastReport } from "@/lib/db/forecasts";
import { BRIER_NOTE, LOG_SCORE_NOTE, PARTLY_RULE, VERDICT_CREDENCE_RULE, type ForecastScore } from "@/lib/forecast-scoring";
import { formatBrier, formatLogScore } from "@/lib/forecast-format";
import { TableScroll } from "@/components/ui/table-scroll";

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Kind = { key: "implied" | "verdict"; label: string; missing: string };

const KINDS: Kind[] = [
  {
    key: "implied",
    label: "Author’s implied credence",
    missing: "has an implied credence (the credence the claim’s wording implied when it was made)",
  },
  {
    key: "verdict",
    label: "Verdict credences",
    missing: "had a credence entered on a verdict before its outcome became known",
  },
];

/** Why a score is "—": nothing resolved at all, or resolved claims with no credence to score. */
function whyMissing(kind: Kind, resolved: number, hindsight: number): string {
  if (resolved === 0) {
    return `${kind.label}: not scored, because no claim in scope is resolved yet (confirmed, partly or refuted).`;
  }
  if (kind.key === "verdict" && hindsight > 0) {
    return `${kind.label}: not enough real-time forecasts yet. Every credence on the ${resolved} resolved ${resolved === 1 ? "claim" : "claims"} was entered after the outcome was known, so none is scored; the author’s implied credence, made before the outcome, is the real forecast.`;
  }
  return `${kind.label}: not scored, because none of the ${resolved} resolved ${resolved === 1 ? "claim" : "claims"} ${kind.missing}.`;
}

/** "12 credences left out as hindsight": what the verdict-credence row does not count, and why. */
export function hindsightNote(excluded: number): string | null {
  if (excluded === 0) return null;
  return `${excluded} ${excluded === 1 ? "credence was" : "credences were"} left out as hindsight: dated before the outcome became known, but entered after it.`;
}

/** The headline forecast scores, each with the n it rests on. */
export function ForecastScores({ report, total }: { report: ForecastReport; total: number }) {
  const missing = KINDS.filter((k) => report[k.key].n === 0);
  const hindsight = hindsightNote(report.excludedHindsight);
  return (
    <section className="card" aria-labelledby="forecast-scores-heading">
      <h3 id="forecast-scores-heading">Brier and log scores</h3>
      <p className="small muted">
        {report.resolved} of {total} {total === 1 ? "claim" : "claims"} in scope {report.resolved === 1 ? "is" : "are"}{" "}
        resolved (confirmed, partly or refuted). n is how many of them could be scored: resolved and with a credence of
        that kind.
      </p>
      <TableScroll label="Forecast scores">
        <table className="data">
          <caption>Forecast scores</caption>
          <thead>
            <tr>
              <th scope="col">Credence scored</th>
              <th scope="col" className="num">
                n
              </th>
              <th scope="col" className="num">
                Brier score <span className="small muted">(lower is better)</span>
              </th>
              <th scope="col" className="num">
                Log score <span className="small muted">(higher is better)</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {KINDS.map((k) => {
              const s: ForecastScore = report[k.key];
              return (
                <tr key={k.key}>
                  <th scope="row">{k.label}</th>
                  <td className="num figure-cell">
                    {s.n}
                  </td>
                  <td className="num figure-cell">
                    {formatBrier(s.brier)}
                  </td>
                  <td className="num figure-cell">
                    {formatLogScore(s.logScore)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {missing.length > 0 ? (
        <ul className="small list-indented">
          {missing.map((k) => (
            <li key={k.key}>{whyMissing(k, report.resolved, report.excludedHindsight)}</li>
          ))}
        </ul>
      ) : null}
      {hindsight ? (
        <p className="small" data-testid="excluded-hindsight">
          {hindsight}
        </p>
      ) : null}
      <div className="small muted space-above">
        <p>{BRIER_NOTE} It is the one-term Brier score, on a 0–1 scale.</p>
        <p>{LOG_SCORE_NOTE}</p>
        <p>
          <strong>How &ldquo;partly&rdquo; is scored:</strong> {capitalize(PARTLY_RULE)}.
        </p>
        <p>
          <strong>Which verdict credence:</strong> {VERDICT_CREDENCE_RULE}
        </p>
      </div>
    </section>
  );
}
