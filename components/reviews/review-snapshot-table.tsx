import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { listSnapshotEntries, type ReviewDetail } from "@/lib/db/reviews";
import { GRADES, GRADE_LABELS } from "@/lib/domain";
import { CHANGE_FILTERS, CHANGE_FILTER_LABELS, DIRECTION_LABELS, SNAPSHOT_PAGE_SIZE, shortQuote, type SnapshotFilter } from "@/lib/reviews";
import type { SnapshotView } from "@/lib/validation/review-query";
import { snapshotHref } from "@/lib/review-links";
import { percent } from "./review-status-badge";

const RATIONALE_CHARS = 280;

/** The table's name, saying which claims it holds. */
function captionOf(year: number, previousYear: number | null, filter: SnapshotFilter): string {
  const grade = filter.grade === "none" ? "with no verdict" : filter.grade ? `graded ${GRADE_LABELS[filter.grade]}` : null;
  if (filter.changed && previousYear !== null) {
    const now = grade ? `, now ${grade}` : "";
    if (filter.changed === "new") return `Claims new since the ${previousYear} review${now}`;
    if (filter.changed === "first") return `Claims that got their first verdict since the ${previousYear} review${now}`;
    const how = filter.changed === "1" ? "" : ` (${DIRECTION_LABELS[filter.changed]})`;
    return `Claims whose grade moved since the ${previousYear} review${how}${now}`;
  }
  return grade ? `Claims ${grade} in the ${year} snapshot` : `Every claim in the ${year} snapshot`;
}

type Props = { review: ReviewDetail; view: SnapshotView };

/**
 * The claims as frozen in the snapshot, a page at a time, filtered by verdict and by how the
 * grade moved since the previous review. The filters and page live in the URL.
 */
export async function ReviewSnapshotTable({ review, view }: Props) {
  const { year } = review;
  const previousYear = review.previous?.year ?? null;
  const filter: SnapshotFilter = { grade: view.grade, changed: previousYear === null ? undefined : view.changed };
  const page = view.page ?? 1;
  const { items, total } = await listSnapshotEntries({
    review,
    filter,
    page: { limit: SNAPSHOT_PAGE_SIZE, offset: (page - 1) * SNAPSHOT_PAGE_SIZE },
  });
  const caption = captionOf(year, previousYear, filter);
  const isFiltered = Boolean(filter.grade || filter.changed);
  const pagination = (
    <Pagination
      total={total}
      page={page}
      pageSize={SNAPSHOT_PAGE_SIZE}
      hrefFor={(p) => snapshotHref(year, { ...filter, page: p })}
      label={isFiltered ? "claims shown" : "claims in the snapshot"}
    />
  );
  return (
    <section className="card" aria-labelledby="review-claims-heading" id="review-claims">
      <h2 id="review-claims-heading">The snapshot</h2>
      <p className="small muted">
        Each claim’s verdict and credence as they stood when the review was completed. Later verdicts and edits do not
        change it.
      </p>
      <form method="get" action={`/reviews/${year}#review-claims`} role="search" aria-label="Filter the snapshot">
        <div className="row">
          <div className="field">
            <label htmlFor="snapshot-grade">Verdict</label>
            <select id="snapshot-grade" name="grade" defaultValue={filter.grade ?? ""}>
              <option value="">Any verdict</option>
              {GRADES.map((g) => (
                <option key={g} value={g}>
                  {GRADE_LABELS[g]}
                </option>
              ))}
              <option value="none">No verdict</option>
            </select>
          </div>
          {previousYear !== null && (
            <div className="field">
              <label htmlFor="snapshot-changed">Since the {previousYear} review</label>
              <select id="snapshot-changed" name="changed" defaultValue={filter.changed ?? ""}>
                <option value="">Every claim</option>
                {CHANGE_FILTERS.map((c) => (
                  <option key={c} value={c}>
                    {CHANGE_FILTER_LABELS[c]}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="row fixed">
            <button type="submit" className="button">
              Apply
            </button>
            {isFiltered && (
              <Link href={snapshotHref(year, {})} className="button secondary">
                Clear
              </Link>
            )}
          </div>
        </div>
      </form>
      <p role="status" className="small">
        {total.toLocaleString("en")} {total === 1 ? "claim" : "claims"}
        {isFiltered ? (total === 1 ? " matches these filters" : " match these filters") : " in the snapshot"}.
      </p>
      {items.length === 0 ? (
        total === 0 ? (
          <p>{isFiltered ? "No claim matches. Try removing a filter." : "The snapshot holds no claims."}</p>
        ) : (
          pagination
        )
      ) : (
        <>
          <div className="table-scroll" role="region" aria-label="Snapshot table" tabIndex={0}>
            <table className="data" data-testid="review-snapshot">
              <caption className={isFiltered ? undefined : "visually-hidden"}>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">Quote</th>
                  {previousYear !== null && <th scope="col">Grade in {previousYear}</th>}
                  <th scope="col">{previousYear !== null ? `Grade in ${year}` : "Grade"}</th>
                  {previousYear !== null && <th scope="col">Change</th>}
                  <th scope="col" className="num">
                    Credence
                  </th>
                  <th scope="col" className="num">
                    New evidence
                  </th>
                  <th scope="col">Rationale</th>
                </tr>
              </thead>
              <tbody>
                {items.map((e) => (
                  <tr key={e.predictionId}>
                    <th scope="row" className="plain-header">
                      <Link href={`/predictions/${e.predictionId}`}>{e.statement}</Link>
                    </th>
                    <td className="small">“{shortQuote(e.quote)}”</td>
                    {previousYear !== null && (
                      <td>{!e.inPrevious ? <span className="muted">Not in that review</span> : <VerdictBadge grade={e.previousGrade} />}</td>
                    )}
                    <td>
                      <VerdictBadge grade={e.grade} />
                    </td>
                    {previousYear !== null && (
                      <td data-direction={e.direction}>
                        {e.direction === "same" ? <span className="muted">Unchanged</span> : DIRECTION_LABELS[e.direction]}
                      </td>
                    )}
                    <td className="num">{e.credence === null ? "—" : percent(e.credence)}</td>
                    <td className="num">{e.newEvidenceCount.toLocaleString("en")}</td>
                    <td className="small">{e.rationale ? shortQuote(e.rationale, RATIONALE_CHARS) : <span className="muted">No verdict</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pagination}
        </>
      )}
    </section>
  );
}
