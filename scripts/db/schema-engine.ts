// Loads Prisma's schema engine compiled to Wasm (@prisma/schema-engine-wasm). Prisma's
// native engines are downloaded at install time, which fails on air-gapped machines; the
// Wasm build ships inside the npm package. Its ESM entry imports the .wasm directly, which
// Node 20 cannot do, so the module is instantiated by hand, exactly once per process
// (re-instantiating with the same JS glue crashes the engine).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
let ready: Promise<void> | undefined;

function instantiate(): Promise<void> {
  return (ready ??= (async () => {
    // The Rust panic hook reports through this global, as in Prisma's own CLI.
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
    g.PRISMA_WASM_PANIC_REGISTRY ??= {
      message: "",
      set_message(this: { message: string }, m: string) {
        this.message = `RuntimeError: ${m}`;
      },
    };
    const wasmPath = require
      .resolve("@prisma/schema-engine-wasm/schema_engine_bg")
      .replace(/\.js$/, ".wasm");
    const mod = new WebAssembly.Module(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(mod, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    const bg = glue as unknown as { __wbg_set_wasm(e: WebAssembly.Exports): void };
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  })());
}

export type SchemaEngine = Awaited<ReturnType<typeof glue.SchemaEngine.new>>;

export async function loadSchemaEngine(
  schemaFiles: [string, string][],
  factory: SqlMigrationAwareDriverAdapterFactory,
  verbose = false,
): Promise<SchemaEngine> {
  await instantiate();
  const log = (msg: string) => {
    if (verbose) process.stderr.write(`[schema-engine] ${msg}\n`);
  };
  return glue.SchemaEngine.new(
    { datamodels: schemaFiles },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}
