import { requireActor } from "@/lib/api/guard";
import { apiError, withErrors } from "@/lib/api/respond";
import { canExportData } from "@/lib/auth/permissions";
import { writeDataDocument } from "@/lib/data/export";
import { createPrismaClient } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/validation/common";
import { exportQuerySchema } from "@/lib/validation/data-document";

/**
 * The whole record as one data document (admins; `?users=1` adds accounts without any
 * credential, claim follows and the audit log), streamed as it is read. The same document
 * as `npm run data -- export`.
 */
export async function GET(request: Request) {
  return withErrors(async () => {
    await requireActor(request, canExportData);
    const query = exportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return apiError(400, "invalid_input", "Some query parameters are invalid", fieldErrorsOf(query.error));
    const withUsers = query.data.users === "1";
    const now = new Date();

    // A client of its own: the export reads one snapshot in a long read transaction, which on
    // SQLite would otherwise hold this process's writer connection until the download ends.
    const db = createPrismaClient();
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>(undefined, undefined, { highWaterMark: 8 });
    const writer = writable.getWriter();
    const encoder = new TextEncoder();
    let markStarted = () => {};
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    const outcome = writeDataDocument(db, { withUsers, now }, async (chunk) => {
      markStarted();
      await writer.ready;
      await writer.write(encoder.encode(chunk));
    })
      .then(
        () => writer.close(),
        async (e: unknown) => {
          await writer.abort(e).catch(() => {});
          throw e;
        },
      )
      .finally(() => db.$disconnect());
    // A failure before the first byte is still an error response; later ones end the stream.
    await Promise.race([started, outcome]);
    outcome.catch((e: unknown) => console.error("Export stopped", e));

    const name = `prediction-tracker-${now.toISOString().slice(0, 10)}${withUsers ? "-with-users" : ""}.json`;
    return new Response(readable, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${name}"`,
        "cache-control": "no-store",
      },
    });
  });
}
