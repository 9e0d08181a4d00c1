import type { Metadata } from "next";
import { requireReader } from "@/components/auth/page-guard";
import Link from "next/link";
import { PredictionFilters } from "@/components/predictions/prediction-filters";
import { PredictionTable } from "@/components/predictions/prediction-table";
import { Pagination, withParam } from "@/components/ui/pagination";
import { PAGE_SIZE, listPredictions, listTags } from "@/lib/db/predictions";
import { utcToday } from "@/lib/db/dates";
import { listSources } from "@/lib/db/sources";
import { parsePageNumber, parsePredictionFilter } from "@/lib/validation/filters";

export const metadata: Metadata = { title: "Predictions" };
export const dynamic = "force-dynamic";

export default async function PredictionsPage({ searchParams }: PageProps<"/predictions">) {
  const query = await searchParams;
  await requireReader(`/predictions`);
  const filter = parsePredictionFilter(query);
  const page = parsePageNumber(query);
  const [predictions, tags, sources] = await Promise.all([
    listPredictions(filter, new Date(), { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    listTags(),
    listSources(),
  ]);
  const isFiltered = Boolean(filter.q || filter.verdict || filter.tag || filter.source || filter.horizon || filter.due);
  const hrefFor = (n: number) => withParam("/predictions", query, "page", n === 1 ? null : String(n));
  return (
    <div className="stack">
      <div className="page-intro">
        <h1>Predictions</h1>
        <p className="muted">Every tracked claim, with its horizon, the credence its wording implies and its current verdict.</p>
        <p>
          <Link href="/tags">Tags</Link>: create, rename and merge the tags claims are filed under.
        </p>
      </div>
      <PredictionFilters filter={filter} tags={tags} sources={sources} />
      <p role="status" aria-live="polite">
        {predictions.total} {predictions.total === 1 ? "claim" : "claims"}
        {isFiltered ? " match these filters" : ""}.
      </p>
      {predictions.items.length > 0 ? (
        <div className="card">
          <PredictionTable predictions={predictions.items} today={utcToday()} />
          <Pagination total={predictions.total} page={page} pageSize={PAGE_SIZE} hrefFor={hrefFor} label="claims" />
        </div>
      ) : predictions.total > 0 ? (
        <div className="card">
          <Pagination total={predictions.total} page={page} pageSize={PAGE_SIZE} hrefFor={hrefFor} label="claims" />
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
