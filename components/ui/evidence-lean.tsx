import { evidenceLean, type EvidenceTally } from "@/lib/scoring";

const LEAN_TEXT = {
  supports: "leans supporting",
  contradicts: "leans contradicting",
  balanced: "balanced",
  none: "no evidence yet",
} as const;

/** A compact sign of a claim's evidence balance: counts plus a small stacked bar. */
export function EvidenceLean({ tally }: { tally: EvidenceTally }) {
  const total = tally.supports + tally.contradicts + tally.mixed;
  const lean = evidenceLean(tally);
  const label = `Evidence: ${tally.supports} supporting, ${tally.contradicts} contradicting, ${tally.mixed} mixed (${LEAN_TEXT[lean]})`;
  return (
    <span title={label} className="evidence-lean">
      <span className="visually-hidden">{label}</span>
      <span aria-hidden="true" className="evidence-lean-bar">
        {total > 0 && (
          <>
            {/* Each segment's share of the bar is data, so its width stays inline. */}
            <span className="supports" style={{ width: `${(tally.supports / total) * 100}%` }} />
            <span className="mixed" style={{ width: `${(tally.mixed / total) * 100}%` }} />
            <span className="contradicts" style={{ width: `${(tally.contradicts / total) * 100}%` }} />
          </>
        )}
      </span>
      <span aria-hidden="true" className="small">
        <span className="text-supports">▲{tally.supports}</span>{" "}
        <span className="text-contradicts">▼{tally.contradicts}</span>
        {tally.mixed > 0 && <span className="muted"> ◆{tally.mixed}</span>}
      </span>
    </span>
  );
}
