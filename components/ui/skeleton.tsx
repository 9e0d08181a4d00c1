/** Placeholder shown while an async section streams in. */
export function Skeleton({ label, height = 160 }: { label: string; height?: number }) {
  return (
    <div className="card" aria-busy="true" style={{ minHeight: height }}>
      <span className="muted">Loading {label}…</span>
    </div>
  );
}
