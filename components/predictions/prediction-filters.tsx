import Link from "next/link";
import { SelectField, sourceOptions, tagOptions } from "@/components/ui/select-field";
import { GRADES, GRADE_LABELS } from "@/lib/domain";
import type { PredictionFilter } from "@/lib/validation/filters";

type Props = {
  filter: PredictionFilter;
  tags: string[];
  sources: { id: string; title: string }[];
};

/** A plain GET form: every filter lives in the URL, so views can be bookmarked and shared. */
export function PredictionFilters({ filter, tags, sources }: Props) {
  return (
    <form method="get" action="/predictions" className="card" role="search" aria-label="Filter predictions">
      <div className="row">
        <div className="field" style={{ flexBasis: 260 }}>
          <label htmlFor="f-q">Search</label>
          <input id="f-q" name="q" type="search" defaultValue={filter.q ?? ""} placeholder="Words in the quote or statement" />
        </div>
        <div className="field">
          <label htmlFor="f-verdict">Verdict</label>
          <select id="f-verdict" name="verdict" defaultValue={filter.verdict ?? ""}>
            <option value="">Any verdict</option>
            {GRADES.map((g) => (
              <option key={g} value={g}>
                {GRADE_LABELS[g]}
              </option>
            ))}
            <option value="none">Not yet graded</option>
          </select>
        </div>
        <SelectField id="f-tag" name="tag" label="Tag" value={filter.tag} anyLabel="Any tag" options={tagOptions(tags)} />
        <SelectField id="f-source" name="source" label="Source" value={filter.source} anyLabel="Any source" options={sourceOptions(sources)} />
        <div className="field">
          <label htmlFor="f-horizon">Horizon</label>
          <select id="f-horizon" name="horizon" defaultValue={filter.horizon ?? ""}>
            <option value="">Any horizon</option>
            <option value="past">Horizon has passed</option>
            <option value="current">Horizon includes this year</option>
            <option value="future">Horizon still ahead</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-due">Due</label>
          <select id="f-due" name="due" defaultValue={filter.due ?? ""}>
            <option value="">Any</option>
            <option value="stale">Not reviewed in over 12 months</option>
            <option value="final">Past horizon: ready for a final verdict</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-sort">Sort by</label>
          <select id="f-sort" name="sort" defaultValue={filter.sort ?? "position"}>
            <option value="position">Order in source</option>
            <option value="made">Date made (newest first)</option>
            <option value="horizon">Horizon (soonest first)</option>
            <option value="evidence">Most evidence</option>
            <option value="verdict">Latest verdict</option>
          </select>
        </div>
        <div className="row" style={{ flex: "0 0 auto" }}>
          <button type="submit" className="button">
            Apply
          </button>
          <Link href="/predictions" className="button secondary">
            Clear
          </Link>
        </div>
      </div>
    </form>
  );
}
