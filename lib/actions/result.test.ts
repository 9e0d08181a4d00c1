import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AuthError } from "../auth/permissions";
import { ConflictError, InvalidReferenceError, NotFoundError } from "../db/errors";
import { createEvidenceSchema } from "../validation/evidence";
import { createPredictionSchema, deleteTagSchema, updateSourceSchema } from "../validation/curation";
import { createUserSchema } from "../validation/users";
import { FIX_FIELDS, FORBIDDEN_MESSAGE, actionFailure, formToInput, read, type FormFields } from "./result";

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
};

describe("formToInput reads a form by its schema's fields", () => {
  const evidence = {
    title: "A report",
    url: "https://example.org/r",
    observedOn: "2024-03-01",
    stance: "supports",
    strength: "strong",
    summary: "It happened.",
  };

  it("passes text fields through and reads a blank optional field as none", () => {
    const r = formToInput(createEvidenceSchema, form({ ...evidence, excerpt: "", archiveUrl: " " }));
    expect(r).toMatchObject({ ok: true, data: { ...evidence, excerpt: null, archiveUrl: null } });
  });

  it("ignores fields the schema does not name (no 'unknown field' from a form's extras)", () => {
    const r = formToInput(createEvidenceSchema, form({ ...evidence, $ACTION_ID_x: "", next: "/" }));
    expect(r.ok).toBe(true);
  });

  it("rejects with the one message, each error under its field, and what was typed", () => {
    const r = formToInput(createEvidenceSchema, form({ ...evidence, title: " ", url: "ftp://x" }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.state.status).toBe("error");
    expect(r.state.message).toBe(FIX_FIELDS);
    expect(r.state.fieldErrors?.title).toEqual(["Title is required"]);
    expect(r.state.fieldErrors?.url?.join(" ")).toMatch(/http/);
    expect(r.state.values).toMatchObject({ title: " ", url: "ftp://x", summary: "It happened." });
  });

  it("keys a nested field's error by its path, and reads declared readers (numbers, lists, fixed values)", () => {
    const fields = {
      sourceId: read.fixed("src-1"),
      horizon: (f: FormFields) => ({ from: f.number("horizonFrom"), to: f.number("horizonTo") }),
      tags: read.list(),
      credenceOverride: read.fixed(undefined),
    };
    const claim = { quote: "Q", statement: "S", criteria: "C", tags: "ai, Policy ,", section: "" };
    const r = formToInput(createPredictionSchema, form({ ...claim, horizonFrom: "2030", horizonTo: "2029" }), { fields });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.state.fieldErrors ?? {})).toEqual(["horizon.to"]);
    const ok = formToInput(createPredictionSchema, form({ ...claim, horizonFrom: "2029", horizonTo: "2030" }), { fields });
    expect(ok).toMatchObject({ ok: true, data: { sourceId: "src-1", horizon: { from: 2029, to: 2030 }, tags: ["ai", "policy"] } });
  });

  it("refuses to guess how a form gives a nested object the action did not declare", () => {
    expect(() => formToInput(createPredictionSchema, form({}))).toThrow(/declare how the form gives "horizon"/);
  });

  it("keeps a blank required field as blank, so a form that sends every field is told it is required", () => {
    const r = formToInput(updateSourceSchema, form({ title: "", author: "A", url: "https://a.example", publishedOn: "2020-01-01", kind: "essay", reason: "r" }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.state.fieldErrors?.title).toEqual(["Title is required"]);
  });

  it("never hands a secret field back, and reads a checkbox by its value", () => {
    const r = formToInput(createUserSchema, form({ email: "x", password: "hunter2", role: "editor", name: "" }), {
      fields: { password: read.secret(), name: read.optional() },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.state.values).toEqual({ email: "x", role: "editor", name: "" });
      expect(Object.keys(r.state.fieldErrors ?? {}).sort()).toEqual(["email", "password"]);
    }
    expect(formToInput(deleteTagSchema, form({ reason: "r", confirm: "yes" }), { fields: { confirm: read.checked("yes") } })).toMatchObject({ ok: true, data: { confirm: true } });
    expect(formToInput(deleteTagSchema, form({ reason: "r" }), { fields: { confirm: read.checked("yes") } })).toMatchObject({ ok: true, data: { confirm: false } });
  });

  it("puts a reader's own problem beside its field, with the schema's errors for the others", () => {
    const schema = z.strictObject({ credence: z.number().nullable(), note: z.string().min(1, "Note is required") });
    const r = formToInput(schema, form({ credence: "lots", note: "" }), { fields: { credence: read.percentage() } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.state.fieldErrors?.credence?.join(" ")).toMatch(/percentage/);
      expect(r.state.fieldErrors?.note).toEqual(["Note is required"]);
    }
  });

  it("uses the form's own message when it declares one", () => {
    const r = formToInput(z.strictObject({ reason: z.string().min(1) }), form({ reason: "" }), { message: "Please give a reason." });
    expect(!r.ok && r.state.message).toBe("Please give a reason.");
  });
});

describe("actionFailure maps an error to the form's state, as the API's withErrors does", () => {
  afterEach(() => vi.restoreAllMocks());
  const values = { name: "typed" };

  it("a missing row: in the entity's words, or the form's own", () => {
    expect(actionFailure(new NotFoundError("Prediction", "p1"), { values })).toEqual({ status: "error", message: "This claim no longer exists.", values });
    expect(actionFailure(new NotFoundError("Evidence", "e1")).message).toBe("This evidence item no longer exists.");
    expect(actionFailure(new NotFoundError("Tag", "ai")).message).toBe("The tag “ai” no longer exists.");
    expect(actionFailure(new NotFoundError("User", "u1"), { notFound: "Gone." }).message).toBe("Gone.");
  });

  it("a conflict: its message, beside a field when the form names one", () => {
    const e = new ConflictError("tag_exists", "The tag already exists");
    expect(actionFailure(e, { values })).toEqual({ status: "error", message: e.message, values });
    expect(actionFailure(e, { values, conflictField: "name" }).fieldErrors).toEqual({ name: [e.message] });
  });

  it("an invalid reference: beside its field (renamed when the form calls it otherwise), or above the form for '_'", () => {
    expect(actionFailure(new InvalidReferenceError("evidenceIds", "Unknown")).fieldErrors).toEqual({ evidenceIds: ["Unknown"] });
    expect(actionFailure(new InvalidReferenceError("parentId", "Loop"), { fields: { parentId: "childId" } }).fieldErrors).toEqual({ childId: ["Loop"] });
    const whole = actionFailure(new InvalidReferenceError("_", "Nothing changed"));
    expect(whole.message).toBe("Nothing changed");
    expect(whole.fieldErrors).toBeUndefined();
  });

  it("a permission error: sign in (401) or not allowed (403); a schema's error: the one message, under each field", () => {
    expect(actionFailure(new AuthError(403, "no")).message).toBe(FORBIDDEN_MESSAGE);
    expect(actionFailure(new AuthError(401, "no")).message).toMatch(/sign in/i);
    const zod = z.strictObject({ a: z.string() }).safeParse({});
    expect(actionFailure(zod.error)).toMatchObject({ message: FIX_FIELDS, fieldErrors: { a: [expect.any(String)] } });
  });

  it("anything else: logged, and a generic message that leaks nothing", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const r = actionFailure(new Error("SQLITE_BUSY: secret detail"), { values, unexpected: "Nothing was changed." });
    expect(r).toEqual({ status: "error", message: "Nothing was changed.", values });
    expect(actionFailure(new Error("x")).message).toBe("Something went wrong on our side; nothing was saved.");
    expect(log).toHaveBeenCalledTimes(2);
  });
});
