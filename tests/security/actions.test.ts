// Every Server Action that writes must check a named permission before anything else.
// Server Actions are public HTTP endpoints, so this reads each "use server" module and
// fails for an exported action whose first statement is not a permission check.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ACTIONS_DIR = path.resolve(__dirname, "../../lib/actions");
/** Open by design: starting or ending one's own session. */
const PUBLIC_ACTIONS = new Set(["signInAction", "signOutAction"]);
const DIRECT = /\bawait (allowAction|authorizeAction)\(/;
/** A first statement that calls a helper of the same module, e.g. `const who = await authorizeTokens();`. */
const LOCAL_CALL = /^\s*(?:const \w+ = )?(?:await |return )(\w+)\(/;

function exportedActions() {
  const out: { file: string; name: string; firstStatement: string; source: string }[] = [];
  for (const file of readdirSync(ACTIONS_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const source = readFileSync(path.join(ACTIONS_DIR, file), "utf8");
    if (!/^["']use server["'];/.test(source.trimStart())) continue;
    for (const m of source.matchAll(/export async function (\w+)\([^]*?\)\s*(?::[^{]+)?\{\n([^\n]*)/g)) {
      out.push({ file, name: m[1], firstStatement: m[2], source });
    }
  }
  return out;
}

describe("Server Actions", () => {
  const actions = exportedActions();

  it("are found in lib/actions", () => {
    expect(actions.length).toBeGreaterThan(15);
  });

  it("include the open sign-in and sign-out actions, which are checked apart below", () => {
    expect(actions.filter((a) => PUBLIC_ACTIONS.has(a.name)).map((a) => a.name).sort()).toEqual([...PUBLIC_ACTIONS].sort());
  });

  it.each(actions.filter((a) => !PUBLIC_ACTIONS.has(a.name)).map((a) => [`${a.file}: ${a.name}`, a] as const))("%s checks a permission first", (_label, a) => {
    if (DIRECT.test(a.firstStatement)) return;
    // Otherwise its first statement must call a helper of the module that itself checks first.
    const callee = a.firstStatement.match(LOCAL_CALL)?.[1];
    expect(callee, `${a.name}: first statement is not a permission check: ${a.firstStatement}`).toBeDefined();
    const start = a.source.search(new RegExp(`function ${callee}\\(`));
    expect(start, `${a.name} → ${callee} is not defined in ${a.file}`).toBeGreaterThan(-1);
    const body = a.source.slice(start);
    const firstLine = body.slice(body.indexOf("{\n") + 2).split("\n")[0];
    expect(firstLine, `${a.name} → ${callee}`).toMatch(/(allowAction|authorizeAction)\(/);
  });

  // Open actions need no permission, but a cross-site form must not sign anyone in (login
  // CSRF) or out: each checks the request's origin before it touches the session.
  it.each([
    ["signInAction", "signInWithPassword("],
    ["signOutAction", "signOut("],
  ])("%s checks the request's origin before %s", (name, effect) => {
    const a = actions.find((x) => x.name === name);
    expect(a, `${name} not found`).toBeDefined();
    const start = a!.source.indexOf(`export async function ${name}(`);
    const body = a!.source.slice(start, a!.source.indexOf("\n}\n", start));
    const check = body.indexOf("isSameOriginRequest(");
    expect(check, `${name} never checks the origin`).toBeGreaterThan(-1);
    expect(body.indexOf(effect), `${name} never calls ${effect}`).toBeGreaterThan(check);
  });
});
