import { GRADE_COLORS, GRADE_LABELS, NO_VERDICT_LABEL, type Grade } from "@/lib/domain";

/** A claim's grade. The colour is a cue only; the label always carries the meaning. */
export function VerdictBadge({ grade }: { grade: Grade | null }) {
  if (!grade) {
    return (
      <span className="badge" style={{ borderColor: "#8c959f", color: "#57606a" }}>
        {NO_VERDICT_LABEL}
      </span>
    );
  }
  return (
    <span className="badge" style={{ borderColor: GRADE_COLORS[grade], color: "#1f2328" }}>
      <span aria-hidden="true" style={{ color: GRADE_COLORS[grade] }}>
        ●{" "}
      </span>
      {GRADE_LABELS[grade]}
    </span>
  );
}
