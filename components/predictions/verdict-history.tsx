import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { EvidenceItem, VerdictItem } from "@/lib/db/predictions";

type Props = { verdicts: VerdictItem[]; evidence: EvidenceItem[] };

/** Oldest first, the way the history accumulated; the last row is the current verdict. */
export function VerdictHistory({ verdicts, evidence }: Props) {
  if (verdicts.length === 0) return <p role="status">No verdicts yet.</p>;
  const titles = new Map(evidence.map((e) => [e.id, e]));
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
        {verdicts.map((v, i) => (
          <tr key={v.id}>
            <th scope="row" style={{ fontWeight: 400, whiteSpace: "nowrap" }}>
              <time dateTime={v.madeOn}>{v.madeOn}</time>
              {i === verdicts.length - 1 && <div className="small muted">current</div>}
            </th>
            <td>
              <VerdictBadge grade={v.grade} />
            </td>
            <td className="num">{v.credence === null ? "—" : `${Math.round(v.credence * 100)}%`}</td>
            <td>
              <p style={{ whiteSpace: "pre-line", marginBottom: v.evidenceIds.length ? "0.25rem" : 0 }}>{v.rationale}</p>
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
            </td>
            <td className="small">{v.madeBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
