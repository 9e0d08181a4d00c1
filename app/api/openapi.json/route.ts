import { NextResponse } from "next/server";
import { withErrors } from "@/lib/api/respond";
import { openApiDocument } from "@/lib/api/openapi/document";

/**
 * The OpenAPI 3.1 document of this API, generated from the routes' zod schemas. It describes
 * the API and holds no data, so it is public (even on a private instance) and cacheable.
 */
export async function GET() {
  return withErrors(async () =>
    NextResponse.json(openApiDocument(), {
      headers: { "cache-control": "public, max-age=3600, stale-while-revalidate=86400" },
    }),
  );
}
