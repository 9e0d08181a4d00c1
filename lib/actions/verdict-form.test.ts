import { describe, expect, it } from "vitest";
import { createVerdictSchema } from "../validation/verdict";
import { parseVerdictForm } from "./verdict-form";

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
};

describe("parseVerdictForm", () => {
  it('takes the credence as a percentage: "85", "85%" and "0.85" all record 0.85', () => {
    for (const credence of ["85", "85%", "0.85"]) {
      const r = parseVerdictForm(form({ grade: "on_track", credence, rationale: "Because." }));
      expect(r.ok, credence).toBe(true);
      if (r.ok) expect(r.data.credence, credence).toBe(0.85);
    }
  });

  it("records no credence when the field is blank, and keeps the other fields", () => {
    const r = parseVerdictForm(form({ grade: "partly", credence: " ", rationale: "Half.", resolvedOn: "2025-01-02", evidenceIds: ["e1", "e2"] }));
    expect(r).toMatchObject({ ok: true, data: { grade: "partly", credence: null, rationale: "Half.", resolvedOn: "2025-01-02", evidenceIds: ["e1", "e2"] } });
  });

  it("gives a field error next to the credence, keeping what was typed", () => {
    for (const [credence, message] of [
      ["150", /between 0 and 100 %/],
      ["lots", /percentage/],
    ] as const) {
      const r = parseVerdictForm(form({ grade: "on_track", credence, rationale: "Because." }));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.state.fieldErrors?.credence?.join(" ")).toMatch(message);
        expect(r.state.values?.credence).toBe(credence);
      }
    }
  });
});

describe("the verdict schema's credence, shared with the API", () => {
  const parse = (credence: unknown) => createVerdictSchema.safeParse({ grade: "on_track", rationale: "r", credence });

  it("takes a probability from 0 to 1 as a JSON number, never a percentage or text", () => {
    expect(parse(0.85)).toMatchObject({ success: true, data: { credence: 0.85 } });
    expect(parse(null)).toMatchObject({ success: true, data: { credence: null } });
    expect(parse(undefined)).toMatchObject({ success: true, data: { credence: null } });
    expect(parse(85).success).toBe(false);
    expect(parse("85%").success).toBe(false);
  });
});
