import type { ForecastScore } from "@/lib/forecast-scoring";
import { formatBrier, formatLogScore } from "@/lib/forecast-format";

/** n, Brier and log score as three table cells, n first so the figure is read with its size. */
export function ScoreCells({ score }: { score: ForecastScore }) {
  return (
    <>
      <td className="num">{score.n}</td>
      <td className="num">{formatBrier(score.brier)}</td>
      <td className="num">{formatLogScore(score.logScore)}</td>
    </>
  );
}

/** Two header rows: a group per credence kind, then n | Brier | Log score under each. */
export function ScoreHeader({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <td />
        <th scope="colgroup" colSpan={3}>
          Author&rsquo;s implied credence
        </th>
        <th scope="colgroup" colSpan={3}>
          Verdict credences
        </th>
      </tr>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="num">
          n
        </th>
        <th scope="col" className="num">
          Brier
        </th>
        <th scope="col" className="num">
          Log score
        </th>
        <th scope="col" className="num">
          n
        </th>
        <th scope="col" className="num">
          Brier
        </th>
        <th scope="col" className="num">
          Log score
        </th>
      </tr>
    </thead>
  );
}

export function ScoreColgroups() {
  return (
    <>
      <colgroup>
        <col />
      </colgroup>
      <colgroup span={3} />
      <colgroup span={3} />
    </>
  );
}
