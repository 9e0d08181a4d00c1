// Sources: where claims are quoted from, and their recorded corrections.
import { z } from "zod";
import { IMPORT_COLUMNS } from "../../csv/claim-import";
import { CSV_IMPORT_MAX_BYTES, CSV_IMPORT_MAX_ROWS, csvImportJsonSchema, csvImportQuerySchema } from "../../validation/csv";
import { createSourceSchema, updateSourceSchema } from "../../validation/curation";
import { fieldErrorsSchema, idPath, operation, pageTotal, type RouteGroup } from "./common";
import { revisionSchema, sourceListItemSchema, sourceSchema } from "./responses";

const TAG = "Sources";
const sourcePath = idPath("source");
const sourceRef = z.object({ id: z.string(), title: z.string() });

export const importPreviewSchema = z
  .object({
    source: sourceRef,
    columns: z.array(z.string()).meta({ description: "The file's columns the import reads." }),
    ignoredColumns: z.array(z.string()).meta({ description: "Columns it does not know, left out." }),
    rows: z.array(
      z.object({
        row: z.number().int().min(1),
        values: z.record(z.string(), z.string()),
        errors: fieldErrorsSchema,
        parentRow: z.number().int().nullable(),
      }),
    ),
    valid: z.number().int().min(0),
    invalid: z.number().int().min(0),
  })
  .meta({ id: "ImportPreview", description: "Each row of the file with its errors, before anything is written." });

export const importedClaimSchema = z.object({ row: z.number().int().min(1), id: z.string(), statement: z.string() }).meta({ id: "ImportedClaim" });

const IMPORT_COLUMN_LIST = IMPORT_COLUMNS.map((c) => `\`${c.name}\`${c.required ? " (required)" : ""}`).join(", ");

export const sourcesGroup: RouteGroup = {
  tag: { name: TAG, description: "An essay, talk, report, paper, post or interview the claims are quoted from. Edits need a reason and are kept as revisions." },
  paths: {
    "/api/sources": {
      get: operation({
        operationId: "listSources",
        tag: TAG,
        summary: "Every source, oldest first, with its number of claims",
        access: "reader",
        success: { status: 200, description: "The sources.", schema: z.object({ sources: z.array(sourceListItemSchema) }) },
      }),
      post: operation({
        operationId: "createSource",
        tag: TAG,
        summary: "Add a source",
        access: "admin",
        body: createSourceSchema,
        success: { status: 201, description: "The new source.", schema: z.object({ source: sourceSchema }) },
        example: {
          body: {
            title: "The State of Machine Learning in 2022",
            author: "Daniel Langkilde",
            url: "https://example.org/essay",
            publishedOn: "2022-05-12",
            kind: "essay",
          },
        },
      }),
    },
    "/api/sources/{id}": {
      get: operation({
        operationId: "getSource",
        tag: TAG,
        summary: "A source and its latest revisions",
        access: "reader",
        path: sourcePath,
        success: {
          status: 200,
          description: "The source, its latest 50 revisions (oldest first) and how many there are.",
          schema: z.object({ source: sourceSchema, revisions: z.array(revisionSchema), revisionTotal: pageTotal }),
        },
        errors: { 404: ["not_found"] },
      }),
      patch: operation({
        operationId: "updateSource",
        tag: TAG,
        summary: "Correct a source's details with a reason",
        access: "admin",
        path: sourcePath,
        body: updateSourceSchema,
        success: {
          status: 200,
          description: "The source as it now reads, and the revision (only the fields that changed).",
          schema: z.object({ source: sourceSchema, revision: revisionSchema }),
        },
        errors: { 400: ["invalid_input"], 404: ["not_found"] },
        example: { body: { author: "D. Langkilde", reason: "The byline spells it this way." } },
      }),
    },
    "/api/sources/{id}/import": {
      get: operation({
        operationId: "getClaimImportTemplate",
        tag: TAG,
        summary: "The CSV template for importing claims",
        description: `The header row and one example row. Columns: ${IMPORT_COLUMN_LIST}.`,
        access: "reader",
        path: sourcePath,
        success: { status: 200, description: "The template, as a download.", alternatives: { "text/csv": { schema: z.string() } } },
        errors: { 404: ["not_found"] },
      }),
      post: operation({
        operationId: "importClaims",
        tag: TAG,
        summary: "Import claims for a source from CSV",
        description: `\`dryRun=1\` answers the per-row preview and writes nothing. Otherwise every row becomes a claim in one transaction, or, when any row has an error, none does and the 400 names each row and column. At most ${CSV_IMPORT_MAX_ROWS} rows and ${CSV_IMPORT_MAX_BYTES / 1024} KiB. Columns: ${IMPORT_COLUMN_LIST}.`,
        access: "admin",
        path: sourcePath,
        query: csvImportQuerySchema,
        rawBody: { mediaType: "text/csv", description: "The CSV itself (UTF-8, a header row first), or JSON `{ \"csv\": \"…\" }`.", schema: z.string() },
        body: csvImportJsonSchema,
        success: {
          status: 201,
          description: "The claims created, in the file's order.",
          schema: z.object({ imported: z.number().int().min(0), source: sourceRef, predictions: z.array(importedClaimSchema) }),
        },
        otherSuccess: { status: 200, description: "With `dryRun=1`: the preview; nothing is written.", schema: importPreviewSchema.extend({ dryRun: z.literal(true) }) },
        errors: {
          400: {
            codes: ["bad_json", "invalid_input", "invalid_csv", "invalid_rows"],
            description: "The body or query is invalid, the file cannot be read as CSV (`invalid_csv`), or rows have errors (`invalid_rows`, each under `rows.<row>.<column>` in `fields`); nothing was written.",
          },
          404: ["not_found"],
          413: { codes: ["payload_too_large"], description: `The CSV is larger than ${CSV_IMPORT_MAX_BYTES / 1024} KiB.` },
          415: { codes: ["unsupported_media_type"], description: "The body is sent neither as `text/csv` nor as `application/json`." },
        },
        example: { query: "?dryRun=1", body: { csv: "quote,statement,criteria,horizonFrom,horizonTo\n\"We will see it soon.\",\"It happens by 2027.\",\"Reported by 2027.\",2025,2027\n" } },
      }),
    },
  },
};
