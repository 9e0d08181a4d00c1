import { z } from "zod";
import { LIMITS } from "./limits";

export { LIMITS };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** True for a real calendar day written YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * Free text is stored exactly as sent (it reads back byte for byte), but it must hold more
 * than whitespace and be well-formed Unicode (no lone surrogates, which no database keeps).
 */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .refine((v) => v.trim().length > 0, `${label} is required`)
    .refine((v) => v.length <= max, `${label} must be at most ${max} characters`)
    .refine((v) => v.isWellFormed(), `${label} contains characters that are not valid text`)
    // For the OpenAPI document: refinements do not show in a JSON Schema, metadata does.
    .meta({ maxLength: max });

/** Optional free text, stored exactly as sent; may be empty. */
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .refine((v) => v.length <= max, `${label} must be at most ${max} characters`)
    .refine((v) => v.isWellFormed(), `${label} contains characters that are not valid text`)
    .meta({ maxLength: max });

export const httpUrl = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(LIMITS.url, `${label} must be at most ${LIMITS.url} characters`)
    .refine(isHttpUrl, `${label} must be a full http:// or https:// address`)
    .meta({ format: "uri", description: "A full http:// or https:// address." });

/** A past or present UTC day, YYYY-MM-DD. "Today" is the UTC date when the input is checked. */
export const pastDay = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .refine(isIsoDay, `${label} must be a real date written YYYY-MM-DD`)
    .refine((v) => !isIsoDay(v) || v <= todayIso(), `${label} cannot be in the future`)
    .meta({ format: "date", description: "A day written YYYY-MM-DD, not in the future." });

/** Options for z.strictObject: an unknown field is reported under its own name. */
export const STRICT = {
  error: (iss: { code?: string; keys?: string[] }) =>
    iss.code === "unrecognized_keys" ? `Unknown field: ${iss.keys?.join(", ")}` : undefined,
};

export type FieldErrors = Record<string, string[]>;

/**
 * Maps zod issues to { field: [messages] }; issues on the whole object go under "_".
 * With depth 2, nested fields keep their own key ("horizon.to") so a form can show each
 * message next to its input; list indexes fold into the list's key.
 * Keys come from the caller's input (an unknown field is reported under its own name), so
 * the messages are gathered on a prototype-free object: "__proto__", "constructor" or
 * "toString" are plain keys there, never Object.prototype's. The result is a plain object
 * with those keys as its own data properties (Server Actions cannot return null prototypes).
 */
export function fieldErrorsOf(error: z.ZodError, { depth = 1 }: { depth?: number } = {}): FieldErrors {
  const out: FieldErrors = Object.create(null);
  for (const issue of error.issues) {
    const base = issue.path.filter((p) => typeof p === "string").slice(0, depth).join(".");
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((k) => (base ? `${base}.${k}` : k)) : [base || "_"];
    for (const key of keys) (out[key] ??= []).push(issue.message);
  }
  return Object.fromEntries(Object.entries(out));
}
