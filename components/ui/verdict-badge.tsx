import { GRADE_LABELS, NO_VERDICT_LABEL, type Grade } from "@/lib/domain";

/** A claim's grade. The colour (--grade-… in app/globals.css) is a cue only; the label always carries the meaning. */
export function VerdictBadge({ grade }: { grade: Grade | null }) {
  if (!grade) {
    return <span className="badge no-verdict">{NO_VERDICT_LABEL}</span>;
  }
  return (
    <span className={`badge grade grade-${grade}`}>
      <span aria-hidden="true" className="grade-dot">
        ●{" "}
      </span>
      {GRADE_LABELS[grade]}
    </span>
  );
}
