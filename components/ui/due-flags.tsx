import { dueFlags } from "@/lib/reviews";
import type { Grade } from "@/lib/domain";

type Props = {
  claim: { currentGrade: Grade | null; currentVerdictOn: string | null; horizonTo: number; madeOn: string };
  today: string;
};

/** Flags a claim that is due for attention at the next review. */
export function DueFlags({ claim, today }: Props) {
  const { isStale, isReadyForFinal } = dueFlags(claim, today);
  if (!isStale && !isReadyForFinal) return null;
  return (
    <span style={{ display: "inline-flex", gap: "0.25rem", flexWrap: "wrap" }}>
      {isStale && (
        <span className="badge due" style={{ borderColor: "#bf8700", color: "#1f2328", background: "#fff8c5" }}>
          Not reviewed in over 12 months
        </span>
      )}
      {isReadyForFinal && (
        <span className="badge due" style={{ borderColor: "#bc4c00", color: "#1f2328", background: "#fff1e5" }}>
          Past its horizon: ready for a final verdict
        </span>
      )}
    </span>
  );
}
