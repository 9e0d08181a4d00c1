// The whole record as one JSON document, out and back in (README "Export and import").
//   npm run --silent data -- export [--with-users] [--out FILE]
//   npm run data -- import FILE [--merge] [--dry-run]
// Exit codes: 0 done, 1 failed (nothing written: the database holds data and --merge was not
// given, or a database error), 2 bad usage or a bad document (nothing written).
// On a terminal a progress bar goes to stderr; the document alone goes to stdout.
import { once } from "node:events";
import { createWriteStream, existsSync, renameSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { prisma } from "../lib/db/client";
import { writeDataDocument } from "../lib/data/export";
import { DataDocumentError, ImportRefusedError, REPORT_TABLES, importDataDocument, parseDataDocument, stripNpmHeader, type ImportReport } from "../lib/data/import";

const USAGE = `usage: npm run data -- <export|import> [options]
  export            writes the whole record as one JSON document to stdout
    --with-users    also accounts (never a password or token hash), claim follows and the audit log
    --out FILE      write to FILE instead (refuses to overwrite; written whole or not at all)
  import FILE       loads a document ("-" reads stdin) into an empty database, or one holding
                    only the untouched seed (npm run db:reset), which it replaces
    --merge         into a database with data: add what is missing, matched on stable ids
                    (id; seedKey, tag name, review year, account email); never changes a row
    --dry-run       report what would be added and skipped, write nothing
  both              --progress (draw the bar without a terminal) | --quiet (no bar)
Use "npm run --silent data -- export > file.json" (or --out): without --silent, npm prints
its own header lines to stdout before the document (import skips them).
exit codes: 0 done, 1 failed (nothing written, e.g. the database is not empty),
            2 bad usage or a bad document (nothing written)`;

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

class UsageError extends Error {}

function parseCommandLine(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "with-users": { type: "boolean" },
      out: { type: "string" },
      merge: { type: "boolean" },
      "dry-run": { type: "boolean" },
      progress: { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return { command: "help" as const, values, file: undefined };
  const [command, file, ...rest] = positionals;
  if (command === "export") {
    if (file !== undefined) throw new UsageError(`export takes no file argument (use --out ${file})\n${USAGE}`);
    for (const name of ["merge", "dry-run"] as const) if (values[name]) throw new UsageError(`--${name} is an option of import, not export`);
    return { command, values, file: undefined };
  }
  if (command === "import") {
    if (!file || rest.length) throw new UsageError(`import takes one file\n${USAGE}`);
    for (const name of ["with-users", "out"] as const) if (values[name] !== undefined) throw new UsageError(`--${name} is an option of export, not import`);
    return { command, values, file };
  }
  throw new UsageError(USAGE);
}

/** The bar on stderr when it is a terminal (or --progress), else nothing. */
function progressBar(label: string, show: boolean) {
  if (!show) return null;
  return new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} rows | {duration_formatted} elapsed, {eta_formatted} left`,
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 500,
      hideCursor: process.stderr.isTTY ? true : null,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function runExport(withUsers: boolean, out: string | undefined, showBar: boolean): Promise<number> {
  if (out !== undefined && existsSync(out)) throw new UsageError(`--out ${out}: the file exists; export never overwrites one`);
  const partial = out === undefined ? null : `${out}.part`;
  const stream = partial === null ? process.stdout : createWriteStream(partial, { flags: "wx" });
  const write = async (chunk: string) => {
    if (!stream.write(chunk)) await once(stream, "drain");
  };
  const bar = progressBar("data export", showBar);
  let started = false;
  const began = Date.now();
  try {
    const summary = await writeDataDocument(prisma, { withUsers }, write, (p) => {
      if (!started) {
        bar?.start(p.total, 0);
        started = true;
      }
      bar?.setTotal(p.total);
      bar?.update(p.done);
    });
    bar?.stop();
    if (partial !== null && out !== undefined) {
      await new Promise<void>((resolve, reject) => (stream as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? reject(e) : resolve())));
      renameSync(partial, out);
    }
    const t = summary.tables;
    console.error(
      `data export: ${summary.rows} rows (${t.sources ?? 0} sources, ${t.claims ?? 0} claims, ${t.evidence ?? 0} evidence items, ${t.verdicts ?? 0} verdicts, ${t.reviews ?? 0} reviews${withUsers ? `, ${t.users ?? 0} users, ${t.audit ?? 0} audit rows` : ""}) ` +
        `to ${out ?? "stdout"} in ${seconds(began)}.`,
    );
    return EXIT.ok;
  } catch (e) {
    if (partial !== null) {
      (stream as ReturnType<typeof createWriteStream>).destroy();
      rmSync(partial, { force: true });
    }
    throw e;
  } finally {
    bar?.stop();
  }
}

async function readInput(file: string): Promise<string> {
  if (file !== "-") return readFile(file, "utf8");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const MODE_TEXT: Record<ImportReport["mode"], string> = {
  load: "into an empty database",
  replace_seed: "replacing the untouched seed",
  merge: "merged: existing rows kept",
};

function printReport(report: ImportReport, began: number) {
  const verb = report.dryRun ? "would add" : "added";
  console.log(
    `data import${report.dryRun ? " (dry run, nothing written)" : ""}: ${verb} ${report.added} rows, skipped ${report.skipped} already there, ${MODE_TEXT[report.mode]}, in ${seconds(began)}.`,
  );
  const rows = REPORT_TABLES.filter((t) => report.tables[t].added || report.tables[t].skipped);
  const width = Math.max(...rows.map((t) => t.length), 5);
  if (rows.length) console.log(`  ${"table".padEnd(width)}  ${report.dryRun ? "would add" : "added"}  skipped`);
  for (const t of rows) {
    const c = report.tables[t];
    console.log(`  ${t.padEnd(width)}  ${String(c.added).padStart(report.dryRun ? 9 : 5)}  ${String(c.skipped).padStart(7)}`);
  }
}

async function runImport(file: string, merge: boolean, dryRun: boolean, showBar: boolean): Promise<number> {
  const began = Date.now();
  // The text is dropped as soon as it is parsed: a large document's text alone is hundreds of MB.
  const doc = parseDataDocument(
    stripNpmHeader(
      await readInput(file).catch((e: unknown) => {
        throw new UsageError(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
      }),
    ),
  );
  const bar = progressBar("data import", showBar && !dryRun);
  try {
    let started = false;
    const report = await importDataDocument(prisma, doc, {
      merge,
      dryRun,
      onProgress: (p) => {
        if (!started) {
          bar?.start(p.total, 0);
          started = true;
        }
        bar?.update(p.done);
      },
    });
    bar?.stop();
    printReport(report, began);
    return EXIT.ok;
  } finally {
    bar?.stop();
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return EXIT.usage;
  }
  if (parsed.command === "help") {
    console.log(USAGE);
    return EXIT.ok;
  }
  const v = parsed.values;
  const showBar = !v.quiet && (Boolean(v.progress) || process.stderr.isTTY === true);
  try {
    return parsed.command === "export"
      ? await runExport(Boolean(v["with-users"]), v.out, showBar)
      : await runImport(parsed.file as string, Boolean(v.merge), Boolean(v["dry-run"]), showBar);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return EXIT.usage;
    }
    if (e instanceof DataDocumentError) {
      console.error(`data import: not a valid document, nothing written. ${e.message}`);
      return EXIT.usage;
    }
    if (e instanceof ImportRefusedError) {
      console.error(`data import: ${e.message}`);
      return EXIT.failed;
    }
    console.error(`data ${parsed.command}: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.failed;
  }
}

// A reader that stops early (`| head`) closes the pipe: stop quietly rather than with a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(EXIT.failed);
  throw e;
});

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .finally(() => prisma.$disconnect());
