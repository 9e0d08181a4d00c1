// The one way into and out of a Server Action that takes a form:
// - `formToInput(schema, form, options)` reads FormData by the zod schema's own fields (the
//   schema shared with the API), so no action lists its form's fields by hand;
// - `actionFailure(e, options)` maps any error to the form's state from the same reading of
//   it as the API's `withErrors` (expectedFailureOf, lib/failures.ts): permission, not found,
//   conflict, invalid reference (with its field), invalid input, and a generic message for
//   anything else;
// - the messages every form shares.
// A "use server" module may export only actions, so these live here.
import { z } from "zod";
import { parseCredence } from "../credence";
import { expectedFailureOf } from "../failures";
import { fieldErrorsOf, type FieldErrors } from "../validation/common";
import type { FormState } from "./form-state";

export const FIX_FIELDS = "Please fix the highlighted fields.";
export const FORBIDDEN_MESSAGE = "Your role does not allow this. An admin can change your role.";
export const FORBIDDEN_STATE = { status: "error", message: FORBIDDEN_MESSAGE } as const;
const SIGN_IN_MESSAGE = "Sign in to do this.";
const UNEXPECTED = "Something went wrong on our side; nothing was saved.";

type Values = NonNullable<FormState["values"]>;

// ---------------------------------------------------------------------------------------
// FormData → the schema's input
// ---------------------------------------------------------------------------------------

/**
 * A reader's answer for a field it could not read: the message goes beside the field, and
 * the schema sees `fallback` there so the other fields are still checked.
 */
export class FieldProblem {
  constructor(
    readonly message: string,
    readonly fallback?: unknown,
  ) {}
}

/**
 * The submitted form, read by name. Every field read is kept (as sent) to hand back to the
 * form, so a rejected form keeps what the user typed; `secret` fields (passwords) are not.
 */
export class FormFields {
  readonly values: Values = {};
  constructor(private readonly form: FormData) {}

  /** The field as sent; undefined when the form did not send it. */
  text(name: string, { secret = false } = {}): string | undefined {
    const v = this.form.get(name);
    const s = typeof v === "string" ? v : undefined;
    if (s !== undefined && !secret) this.values[name] = s;
    return s;
  }
  /** A blank field means "none": undefined, so an optional field is left out. */
  optional(name: string): string | undefined {
    const v = this.text(name);
    return v !== undefined && v.trim() !== "" ? v : undefined;
  }
  /** A number input's text; blank stays undefined so the schema reports it as missing. */
  number(name: string): number | undefined {
    const v = this.optional(name);
    return v === undefined ? undefined : Number(v);
  }
  /** Every value of a repeated field (checkboxes, multi-selects). */
  all(name: string): string[] {
    const list = this.form.getAll(name).filter((v): v is string => typeof v === "string");
    if (list.length) this.values[name] = list;
    return list;
  }
  /** "ai, policy , " → ["ai", "policy"]; the schema trims and lower-cases each. */
  list(name: string): string[] {
    return (this.text(name) ?? "")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean);
  }
  /** A checkbox: true when ticked (it sends `on`, its own value, or nothing). */
  checked(name: string, on = "on"): boolean {
    return this.text(name) === on;
  }
}

/** Reads one field of the schema from the form; `key` is the schema's name for it. */
export type FieldReader = (f: FormFields, key: string) => unknown;

/** Readers for fields whose form input differs from what the schema takes. */
export const read = {
  text: (name?: string): FieldReader => (f, key) => f.text(name ?? key),
  secret: (name?: string): FieldReader => (f, key) => f.text(name ?? key, { secret: true }),
  optional: (name?: string): FieldReader => (f, key) => f.optional(name ?? key),
  number: (name?: string): FieldReader => (f, key) => f.number(name ?? key),
  all: (name?: string): FieldReader => (f, key) => f.all(name ?? key),
  list: (name?: string): FieldReader => (f, key) => f.list(name ?? key),
  checked: (on?: string, name?: string): FieldReader => (f, key) => f.checked(name ?? key, on),
  /** A value that does not come from the form (the claim in the URL, say). */
  fixed: (value: unknown): FieldReader => () => value,
  /**
   * A credence typed as a percentage: "85", "85%" and "0.85" all mean 0.85 (lib/credence.ts),
   * the 0–1 number the schema and the API take. Blank is null.
   */
  percentage: (name?: string): FieldReader => (f, key) => {
    const c = parseCredence(f.text(name ?? key) ?? "");
    return c.ok ? c.value : new FieldProblem(c.message, null);
  },
};

/** The object schema under refinements, pipes and wrappers. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  const s = unwrap(schema);
  if (!(s instanceof z.ZodObject)) throw new Error("formToInput needs an object schema");
  return s.shape as Record<string, z.ZodType>;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = s._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };
    if (def.innerType) s = def.innerType;
    else if (def.type === "pipe") s = def.in!._zod.def.type === "transform" ? def.out! : def.in!;
    else return s;
  }
}

/** How a field is read when the action declares nothing: by what the schema takes. */
function defaultReader(key: string, field: z.ZodType): FieldReader {
  const type = unwrap(field)._zod.def.type;
  if (type === "array") return read.all();
  if (type === "number") return read.number();
  if (type === "boolean") return read.checked();
  if (type === "object") throw new Error(`formToInput: declare how the form gives "${key}" (a nested object)`);
  return read.text();
}

export type FormInput<T> = { ok: true; data: T; values: Values } | { ok: false; state: FormState };

type Readers<S extends z.ZodType> = { [K in keyof z.input<S>]?: FieldReader };

/**
 * Reads the form by the schema's fields and validates it. Each field is read by what the
 * schema takes (text, a number, a list from repeated inputs, a checkbox) unless `fields`
 * declares a reader for it. A rejected form gets FIX_FIELDS, each message under its field
 * ("horizon.to" for a nested one), and what was typed back.
 */
export function formToInput<S extends z.ZodType>(
  schema: S,
  form: FormData,
  options: { fields?: Readers<S>; message?: string } = {},
): FormInput<z.output<S>> {
  const f = new FormFields(form);
  const readers = (options.fields ?? {}) as Record<string, FieldReader | undefined>;
  const input: Record<string, unknown> = {};
  const problems: FieldErrors = {};
  for (const [key, field] of Object.entries(objectShape(schema))) {
    const v = (readers[key] ?? defaultReader(key, field))(f, key);
    if (v instanceof FieldProblem) {
      problems[key] = [v.message];
      if (v.fallback !== undefined) input[key] = v.fallback;
    } else if (v !== undefined) input[key] = v;
  }
  const parsed = schema.safeParse(input);
  if (parsed.success && Object.keys(problems).length === 0) return { ok: true, data: parsed.data, values: f.values };
  const fieldErrors = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error, { depth: 2 })), ...problems };
  return { ok: false, state: { status: "error", message: options.message ?? FIX_FIELDS, fieldErrors, values: f.values } };
}

// ---------------------------------------------------------------------------------------
// Any error → the form's state
// ---------------------------------------------------------------------------------------

/** What the form says when the row it acts on is gone, by the entity the data layer names. */
const GONE: Record<string, (id: string) => string> = {
  Prediction: () => "This claim no longer exists.",
  Source: () => "This source no longer exists.",
  Evidence: () => "This evidence item no longer exists.",
  Verdict: () => "This verdict no longer exists.",
  Review: () => "This review no longer exists.",
  User: () => "This account no longer exists.",
  Token: () => "This token no longer exists.",
  Tag: (name) => `The tag “${name}” no longer exists.`,
};

export type FailureOptions = {
  /** Handed back so the form keeps what was typed. */
  values?: FormState["values"];
  /** Says "not found" in this form's own words instead of the entity's. */
  notFound?: string;
  /** A conflict (a taken name, a tag still in use) is shown beside this field. */
  conflictField?: string;
  /** The data layer's field names that this form calls otherwise, e.g. { parentId: "childId" }. */
  fields?: Record<string, string>;
  /** What was not done, when the generic "nothing was saved" would be wrong. */
  unexpected?: string;
};

/**
 * Turns what a write threw into the form's state. Expected failures say what happened, next
 * to the field when there is one; anything else is logged here and answered with a generic
 * message that leaks no detail.
 */
export function actionFailure(e: unknown, options: FailureOptions = {}): FormState {
  const { values } = options;
  const at = (field: string, message: string): FormState => {
    // "_" is the whole form: the message above the fields says it once.
    const name = options.fields?.[field] ?? field;
    return { status: "error", message, fieldErrors: name === "_" ? undefined : { [name]: [message] }, values };
  };
  const f = expectedFailureOf(e);
  if (f) {
    switch (f.kind) {
      case "auth":
        return { status: "error", message: f.status === 401 ? SIGN_IN_MESSAGE : FORBIDDEN_MESSAGE, values };
      case "not_found":
        return { status: "error", message: options.notFound ?? GONE[f.entity]?.(f.id) ?? "What this form acts on no longer exists.", values };
      case "conflict":
        return options.conflictField ? at(options.conflictField, f.message) : { status: "error", message: f.message, values };
      case "invalid_reference":
        return at(f.field, f.message);
    }
  }
  // A schema parsed on the server (not the form's own, which formToInput reports).
  if (e instanceof z.ZodError) return { status: "error", message: FIX_FIELDS, fieldErrors: fieldErrorsOf(e, { depth: 2 }), values };
  console.error("Unhandled action error", e);
  return { status: "error", message: options.unexpected ?? UNEXPECTED, values };
}
