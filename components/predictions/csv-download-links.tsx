import { filterQueryString } from "@/lib/validation/filter-url";
import type { PredictionFilter } from "@/lib/validation/filters";
import { CSV_TABLES, type CsvTable } from "@/lib/validation/csv";

const NAMES: Record<CsvTable, string> = { claims: "claims", evidence: "evidence", verdicts: "verdicts" };

/** The claim list's filters (not its page) as a CSV download of each table. */
export function csvDownloadHref(filter: PredictionFilter, table: CsvTable): string {
  const filters = filterQueryString({ ...filter });
  return `/api/predictions?${[filters, "format=csv", table === "claims" ? "" : `table=${table}`].filter(Boolean).join("&")}`;
}

/** "Download CSV: claims · evidence · verdicts", each carrying the list's current filters. */
export function CsvDownloadLinks({ filter, isFiltered }: { filter: PredictionFilter; isFiltered: boolean }) {
  const which = isFiltered ? "matching " : "";
  return (
    <p className="small" data-testid="csv-downloads">
      Download CSV:{" "}
      {CSV_TABLES.map((table, i) => (
        <span key={table}>
          {i > 0 && " · "}
          <a href={csvDownloadHref(filter, table)} download aria-label={`Download ${table === "claims" ? `the ${which}claims` : `the ${NAMES[table]} of the ${which}claims`} as CSV`}>
            {NAMES[table]}
          </a>
        </span>
      ))}
      {isFiltered ? " (with these filters)" : ""}
    </p>
  );
}
