import { NextResponse } from "next/server";
import { canManageClaims } from "@/lib/auth/permissions";
import { auditActor, requireActor, requireReader } from "@/lib/api/guard";
import { csvImportFailure, readCsvImportBody } from "@/lib/api/csv-import";
import { apiError, withErrors } from "@/lib/api/respond";
import { importTemplateCsv } from "@/lib/csv/claim-import";
import { importClaims, previewClaimImport } from "@/lib/db/claim-import";
import { NotFoundError } from "@/lib/db/errors";
import { getSource } from "@/lib/db/sources";
import { fieldErrorsOf } from "@/lib/validation/common";
import { csvImportQuerySchema } from "@/lib/validation/csv";

/** The import's template: the header row and one example row. */
export async function GET(request: Request, ctx: RouteContext<"/api/sources/[id]/import">) {
  return withErrors(async () => {
    await requireReader(request);
    const { id } = await ctx.params;
    if (!(await getSource(id))) throw new NotFoundError("Source", id);
    return new Response(importTemplateCsv(), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="claims-import-template.csv"' },
    });
  });
}

/**
 * Imports claims for the source from CSV (the body itself as text/csv, or JSON `{ "csv" }`).
 * `?dryRun=1` answers the per-row preview and writes nothing; otherwise every row is created
 * in one transaction, or, if any row has an error, none is and the 400 names each row and column.
 */
export async function POST(request: Request, ctx: RouteContext<"/api/sources/[id]/import">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageClaims);
    const { id } = await ctx.params;
    const query = csvImportQuerySchema.safeParse({ dryRun: new URL(request.url).searchParams.get("dryRun") ?? undefined });
    if (!query.success) return apiError(400, "invalid_input", "The query is invalid", fieldErrorsOf(query.error));
    const body = await readCsvImportBody(request);
    if (!body.ok) return body.response;
    try {
      if (query.data.dryRun) {
        const preview = await previewClaimImport(id, body.csv);
        return NextResponse.json({ dryRun: true, ...preview });
      }
      const result = await importClaims(id, body.csv, auditActor(actor, request));
      return NextResponse.json({ imported: result.claims.length, source: result.source, predictions: result.claims }, { status: 201 });
    } catch (e) {
      const failure = csvImportFailure(e);
      if (failure) return failure;
      throw e;
    }
  });
}
