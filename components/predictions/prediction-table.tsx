import Link from "next/link";
import { DueFlags } from "@/components/ui/due-flags";
import { EvidenceLean } from "@/components/ui/evidence-lean";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { PredictionSummary } from "@/lib/db/predictions";
import { formatHorizon } from "@/lib/horizon";

export function PredictionTable({ predictions, today }: { predictions: PredictionSummary[]; today: string }) {
  return (
    <table className="data" data-testid="prediction-table">
      <caption className="visually-hidden">Predictions matching the filters</caption>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Horizon</th>
          <th scope="col" className="num">
            Implied credence
          </th>
          <th scope="col">Current verdict</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {predictions.map((p) => (
          <tr key={p.id}>
            <th scope="row" style={{ fontWeight: 400 }}>
              {p.parentId && <span className="small muted">Sub-claim · </span>}
              <Link href={`/predictions/${p.id}`}>{p.statement}</Link>
              <div className="small muted">
                {p.source.title} · {p.section}
              </div>
              {p.tags.length > 0 && (
                <div>
                  {p.tags.map((t) => (
                    <Link key={t} className="tag" href={`/predictions?tag=${encodeURIComponent(t)}`}>
                      {t}
                    </Link>
                  ))}
                </div>
              )}
            </th>
            <td>{formatHorizon(p.horizon)}</td>
            <td className="num">
              {p.impliedCredence === null ? "—" : `${Math.round(p.impliedCredence * 100)}%`}
              {p.credenceWord && <div className="small muted">“{p.credenceWord}”</div>}
            </td>
            <td>
              <VerdictBadge grade={p.currentVerdict} />
              <div>
                <DueFlags due={p.due} />
              </div>
            </td>
            <td>
              <EvidenceLean tally={p.tally} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
