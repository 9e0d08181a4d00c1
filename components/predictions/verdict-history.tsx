import { VerdictBadge } from "@/components/ui/verdict-badge";
import { retractVerdictAction } from "@/lib/actions/claim-actions";
import type { EvidenceItem, VerdictItem } from "@/lib/db/predictions";
import { RetractForm } from "./retract-form";
import { RetractedNote } from "./retracted-note";

type Props = { verdicts: VerdictItem[]; evidence: EvidenceItem[]; predictionId: string; canRetract: boolean };

/** Oldest first, the way the history accumulated; the last row is the current verdict. */
export function VerdictHistory({ verdicts, evidence, predictionId, canRetract }: Props) {
  if (verdicts.length === 0) return <p role="status">No verdicts yet.</p>;
  const titles = new Map(evidence.map((e) => [e.id, e]));
  const current = verdicts.findLast((v) => !v.retracted);
  return (
    <table className="data" data-testid="verdict-history">
      <caption className="visually-hidden">Verdict history, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Grade</th>
          <th scope="col" className="num">
            Credence
          </th>
          <th scope="col">Rationale</th>
          <th scope="col">By</th>
        </tr>
      </thead>
      <tbody>
        {verdicts.map((v) => (
          <tr key={v.id}>
            <th scope="row" style={{ fontWeight: 400, whiteSpace: "nowrap" }}>
              <time dateTime={v.madeOn}>{v.madeOn}</time>
              {v === current && <div className="small muted">current</div>}
            </th>
            <td>
              <VerdictBadge grade={v.grade} />
            </td>
            <td className="num">{v.credence === null ? "—" : `${Math.round(v.credence * 100)}%`}</td>
            <td>
              {v.retracted && <RetractedNote retraction={v.retracted} />}
              <p style={{ whiteSpace: "pre-line", marginBottom: v.evidenceIds.length ? "0.25rem" : 0 }}>
                {v.retracted ? <s>{v.rationale}</s> : v.rationale}
              </p>
              {v.evidenceIds.length > 0 && (
                <p className="small muted" style={{ marginBottom: 0 }}>
                  Cites:{" "}
                  {v.evidenceIds.map((id, j) => {
                    const e = titles.get(id);
                    return (
                      <span key={id}>
                        {j > 0 && "; "}
                        {e ? e.title : "evidence no longer listed"}
                      </span>
                    );
                  })}
                </p>
              )}
              {canRetract && !v.retracted && (
                <RetractForm action={retractVerdictAction.bind(null, predictionId, v.id)} id={v.id} what="verdict" />
              )}
            </td>
            <td className="small">{v.madeBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
