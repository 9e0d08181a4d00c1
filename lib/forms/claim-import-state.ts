import type { ImportedClaim, ImportPreview } from "@/lib/db/claim-import";
import type { FieldErrors } from "@/lib/validation/common";

/**
 * What the CSV import's Server Action hands back: nothing yet, a refusal (a message, and the
 * field it concerns), the preview of every row (and the CSV it read, base64, so the import
 * writes exactly the previewed file), or the claims it added.
 */
export type ClaimImportState = {
  status: "idle" | "error" | "preview" | "done";
  message?: string;
  fieldErrors?: FieldErrors;
  /** What was pasted, handed back so a rejected form keeps it. */
  pasted?: string;
  preview?: ImportPreview;
  csvToken?: string;
  imported?: ImportedClaim[];
};

export const INITIAL_CLAIM_IMPORT_STATE: ClaimImportState = { status: "idle" };

export type ClaimImportAction = (prev: ClaimImportState, form: FormData) => Promise<ClaimImportState>;
