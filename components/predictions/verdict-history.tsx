import { VerdictBadge } from "@/components/ui/verdict-badge";
import { retractVerdictAction } from "@/lib/actions/claim-actions";
import type { VerdictItem } from "@/lib/db/rows";
import { addedItemId } from "@/lib/claim-added";
import { RetractForm } from "./retract-form";
import { RetractedNote } from "./retracted-note";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = {
  verdicts: VerdictItem[];
  isNewestPage: boolean;
  predictionId: string;
  canRetract: boolean;
  /** The verdict just saved, highlighted. */
  addedId?: string | null;
};

/** Newest first; on the first page the first live row is the current verdict. */
export function VerdictHistory({ verdicts, isNewestPage, predictionId, canRetract, addedId = null }: Props) {
  if (verdicts.length === 0) return <p role="status">No verdicts yet.</p>;
  const current = isNewestPage ? verdicts.find((v) => !v.retracted) : undefined;
  return (
    <TableScroll label="Verdict history">
      <table className="data verdict-history stack-on-phone" data-testid="verdict-history">
        <caption className="visually-hidden">Verdict history, newest first</caption>
        <thead>
          <tr>
            <th scope="col">As of</th>
            <th scope="col">Grade</th>
            <th scope="col" className="num">
              Credence
            </th>
            <th scope="col" className="rationale">
              Rationale
            </th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          {verdicts.map((v) => (
            <tr
              key={v.id}
              id={addedItemId("verdict", v.id)}
              className={v.id === addedId ? "just-added" : undefined}
              tabIndex={v.id === addedId ? -1 : undefined}
            >
              <th scope="row" className="plain-header nowrap">
                {v.id === addedId && (
                  <div>
                    <span className="just-added-label">Just added</span>
                  </div>
                )}
                <time dateTime={v.madeOn}>{v.madeOn}</time>
                {v === current && <div className="small muted">current</div>}
                <div className="small muted">
                  recorded{" "}
                  <time dateTime={v.recordedAt} title={v.recordedAt}>
                    {v.recordedAt.slice(0, 10)}
                  </time>
                </div>
                {v.hindsight && (
                  <div className="small">
                    <span className="badge" title="Dated more than 7 days before it was entered: its credence is not scored as a forecast">
                      Hindsight
                    </span>
                  </div>
                )}
              </th>
              <td data-label="Grade">
                <VerdictBadge grade={v.grade} />
                {v.resolvedOn && (
                  <div className="small muted">
                    outcome known <time dateTime={v.resolvedOn}>{v.resolvedOn}</time>
                  </div>
                )}
              </td>
              <td className="num" data-label="Credence">{v.credence === null ? "—" : `${Math.round(v.credence * 100)}%`}</td>
              <td className="rationale">
                {v.retracted && <RetractedNote retraction={v.retracted} />}
                <p className={`pre-line ${v.citations.length ? "tight-below" : "flush-bottom"}`}>
                  {v.retracted ? <s>{v.rationale}</s> : v.rationale}
                </p>
                {v.citations.length > 0 && (
                  <p className="small muted flush-bottom">
                    Cites:{" "}
                    {v.citations.map((e, j) => (
                      <span key={e.id}>
                        {j > 0 && "; "}
                        {e.title}
                      </span>
                    ))}
                  </p>
                )}
                {canRetract && !v.retracted && (
                  <RetractForm action={retractVerdictAction.bind(null, predictionId, v.id)} id={v.id} what="verdict" />
                )}
              </td>
              <td className="small" data-label="By">{v.madeBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
