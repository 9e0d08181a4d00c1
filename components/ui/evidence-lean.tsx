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
    <span title={label} style={{ display: "inline-flex", alignItems: "center", gap: "0.4rem", whiteSpace: "nowrap" }}>
      <span className="visually-hidden">{label}</span>
      <span aria-hidden="true" style={{ display: "inline-flex", width: 60, height: 8, borderRadius: 4, overflow: "hidden", background: "#eaeef2" }}>
        {total > 0 && (
          <>
            <span style={{ width: `${(tally.supports / total) * 100}%`, background: "#1a7f37" }} />
            <span style={{ width: `${(tally.mixed / total) * 100}%`, background: "#8c959f" }} />
            <span style={{ width: `${(tally.contradicts / total) * 100}%`, background: "#cf222e" }} />
          </>
        )}
      </span>
      <span aria-hidden="true" className="small">
        <span style={{ color: "#1a7f37" }}>▲{tally.supports}</span>{" "}
        <span style={{ color: "#cf222e" }}>▼{tally.contradicts}</span>
        {tally.mixed > 0 && <span className="muted"> ◆{tally.mixed}</span>}
      </span>
    </span>
  );
}
