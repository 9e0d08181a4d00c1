import { NextResponse } from "next/server";
import { canManageClaims } from "@/lib/auth/permissions";
import { auditActor, requireActor, requireReader } from "@/lib/api/guard";
import { parseApiPage } from "@/lib/api/paging";
import { apiError, parseJsonBody, withErrors } from "@/lib/api/respond";
import { toApiPrediction, toApiPredictionDetail } from "@/lib/api/shapes";
import { prefersCsv } from "@/lib/csv/negotiate";
import { csvStream } from "@/lib/csv/stream";
import { CLAIM_CSV_COLUMNS, EVIDENCE_CSV_COLUMNS, VERDICT_CSV_COLUMNS } from "@/lib/csv/tables";
import { createPrediction, getPredictionDetail, listPredictions } from "@/lib/db/claims";
import { claimCsvPages, evidenceCsvPages, verdictCsvPages } from "@/lib/db/csv-export";
import { utcToday } from "@/lib/db/dates";
import { fieldErrorsOf } from "@/lib/validation/common";
import { type CsvTable, predictionListFormatSchema } from "@/lib/validation/csv";
import { createPredictionSchema } from "@/lib/validation/curation";
import { type PredictionFilter, parsePredictionFilter } from "@/lib/validation/filters";

/**
 * The claim list: the list's filters and sort. As JSON (the default), one page of claims
 * (`limit` ≤ 500, `cursor`) with the total. As CSV (`?format=csv`, or an Accept header that
 * prefers text/csv), every matching claim, or with `table=evidence|verdicts` the evidence or
 * verdicts of every matching claim, streamed a page at a time.
 */
export async function GET(request: Request) {
  return withErrors(async () => {
    await requireReader(request);
    const url = new URL(request.url);
    const params = Object.fromEntries(url.searchParams);
    const shape = predictionListFormatSchema.safeParse({ format: params.format, table: params.table });
    if (!shape.success) return apiError(400, "invalid_input", "The format or table is not one this list offers", fieldErrorsOf(shape.error));
    const format = shape.data.format ?? (prefersCsv(request.headers.get("accept")) ? "csv" : "json");
    const filter = parsePredictionFilter(params);
    if (format === "csv") return csvResponse(shape.data.table ?? "claims", filter);
    if (shape.data.table && shape.data.table !== "claims") {
      return apiError(400, "invalid_input", "The evidence and verdicts tables are CSV only", { table: ["table=evidence and table=verdicts need format=csv"] });
    }
    const paging = parseApiPage(request);
    if (!paging.ok) return paging.response;
    const page = await listPredictions(filter, new Date(), paging.page);
    return NextResponse.json(
      { predictions: page.items.map(toApiPrediction), total: page.total, nextCursor: page.nextCursor },
      { headers: { Vary: "Accept" } },
    );
  });
}

async function csvResponse(table: CsvTable, filter: PredictionFilter): Promise<Response> {
  const now = new Date();
  const body =
    table === "evidence"
      ? await csvStream(EVIDENCE_CSV_COLUMNS, evidenceCsvPages(filter, now))
      : table === "verdicts"
        ? await csvStream(VERDICT_CSV_COLUMNS, verdictCsvPages(filter, now))
        : await csvStream(CLAIM_CSV_COLUMNS, claimCsvPages(filter, now));
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${table}-${utcToday(now)}.csv"`,
      // A private instance's rows must not sit in a shared cache.
      "Cache-Control": "private, no-store",
      Vary: "Accept",
    },
  });
}

export async function POST(request: Request) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageClaims);
    const parsed = await parseJsonBody(request, createPredictionSchema);
    if (!parsed.ok) return parsed.response;
    const { id } = await createPrediction(parsed.data, auditActor(actor, request));
    const prediction = await getPredictionDetail(id);
    return NextResponse.json({ prediction: toApiPredictionDetail(prediction!) }, { status: 201 });
  });
}
