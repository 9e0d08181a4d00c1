import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageReader } from "@/lib/auth/page-guard";
import Link from "next/link";
import { CsvDownloadLinks } from "@/components/predictions/csv-download-links";
import { PredictionFilters } from "@/components/predictions/prediction-filters";
import { PredictionTable } from "@/components/predictions/prediction-table";
import { Pagination, withParam } from "@/components/ui/pagination";
import { listClaimFamilies, PAGE_SIZE } from "@/lib/db/claims";
import { listTags } from "@/lib/db/tags";
import { listSources } from "@/lib/db/sources";
import { parsePageNumber, parsePredictionFilter } from "@/lib/validation/filters";
import { cleanFilterQuery } from "@/lib/validation/filter-url";

export const metadata: Metadata = { title: "Predictions" };
export const dynamic = "force-dynamic";

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

export default async function PredictionsPage({ searchParams }: PageProps<"/predictions">) {
  const query = await searchParams;
  await requirePageReader(`/predictions`);
  // A form sent without JavaScript names every field, empty or not: show the same view at its clean address.
  const clean = cleanFilterQuery(query);
  if (clean !== null) redirect(`/predictions${clean ? `?${clean}` : ""}`);
  const filter = parsePredictionFilter(query);
  const page = parsePageNumber(query);
  const [predictions, tags, sources] = await Promise.all([
    listClaimFamilies(filter, new Date(), { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    listTags(),
    listSources(),
  ]);
  const isFiltered = Boolean(filter.q || filter.verdict || filter.tag || filter.source || filter.horizon || filter.due);
  const hrefFor = (n: number) => withParam("/predictions", query, "page", n === 1 ? null : String(n));
  const { total, nestedTotal } = predictions;
  return (
    <div className="stack">
      <div className="page-intro">
        <h1>Predictions</h1>
        <p className="muted">Every tracked claim, with its horizon, the credence its wording implies and its current verdict.</p>
        <p>
          <Link href="/tags">Tags</Link>: create, rename, merge and delete the tags claims are filed under.
        </p>
      </div>
      <PredictionFilters filter={filter} tags={tags} sources={sources} />
      <p role="status" aria-live="polite" data-testid="claim-count">
        {count(total, "claim", "claims")}
        {isFiltered ? (total === 1 ? " matches these filters" : " match these filters") : ""}
        {nestedTotal > 0 &&
          `, and ${count(nestedTotal, "sub-claim", "sub-claims")} listed under ${total === 1 ? "it" : "their parents"}`}
        .
      </p>
      <CsvDownloadLinks filter={filter} isFiltered={isFiltered} />
      {predictions.items.length > 0 ? (
        <div className="card">
          {nestedTotal > 0 && (
            <p className="small muted">Pages count top-level claims only; each claim’s sub-claims open under it.</p>
          )}
          <PredictionTable predictions={predictions.items} query={filter.q} isFiltered={isFiltered} />
          <Pagination total={total} page={page} pageSize={PAGE_SIZE} hrefFor={hrefFor} label="claims" labelOne="claim" />
        </div>
      ) : total > 0 ? (
        <div className="card">
          <Pagination total={total} page={page} pageSize={PAGE_SIZE} hrefFor={hrefFor} label="claims" labelOne="claim" />
          <p>
            <Link href={hrefFor(1)}>Go to the first page</Link>
          </p>
        </div>
      ) : (
        <p className="card">No claims match. Try removing a filter.</p>
      )}
    </div>
  );
}
