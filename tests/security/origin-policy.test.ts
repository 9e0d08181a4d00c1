// One origin policy for sign-in, sign-out and every cookie-authenticated write, tried as the
// attacks the probe made: a cross-site text/plain form shaped as JSON (login CSRF), a
// cross-site form to sign-out (logout CSRF), and a cookie write with a foreign Origin that
// names this site in X-Forwarded-Host. Real route handlers, real sessions, real database.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { auth } from "@/lib/auth/auth";
import { prisma } from "@/lib/db/client";
import { makeAccount, makeAccounts, type TestAccounts } from "../support/accounts";
import { makeClaim, makeSource } from "../support/factories";
import { discoverRoutes, loadRoute, type RouteModule } from "../support/routes";

const APP = "https://tracker.example.org";
const EVIL = "https://evil.example";

const routes: Record<string, RouteModule> = {};
let accounts: TestAccounts;
let claimId: string;

beforeAll(async () => {
  for (const { pattern, file } of discoverRoutes()) routes[pattern] = await loadRoute(file);
  accounts = await makeAccounts();
  claimId = (await makeClaim({ sourceId: (await makeSource()).id })).id;
});

beforeEach(() => {
  vi.stubEnv("BETTER_AUTH_URL", APP);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A real session for the account, as the browser would hold it: "name=value". */
async function sessionCookie(email: string, password: string): Promise<string> {
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  return headers.get("set-cookie")!.split(";")[0];
}

const isSignedIn = async (cookie: string) => (await auth.api.getSession({ headers: new Headers({ cookie }) })) !== null;

/** A request exactly as it reaches the handler, with the headers a browser or attacker sent. */
function post(path: string, headers: Record<string, string>, body?: string): Request {
  return new Request(`${APP}${path}`, { method: "POST", headers: { host: "tracker.example.org", ...headers }, body });
}
const call = (pattern: string, request: Request, params: Record<string, string> = {}) =>
  routes[pattern].POST!(request, { params: Promise.resolve(params) });

describe("attack: login CSRF, a cross-site form signs the victim into the attacker's account", () => {
  // <form method=post enctype=text/plain action=…/api/auth/sign-in>
  //   <input name='{"email":"…","password":"attacker-pass' value='word"}'>
  // sends the body {"email":"…","password":"attacker-pass=word"}: valid JSON.
  const attackerBody = (email: string, password: string) => JSON.stringify({ email, password });

  it("is refused with 403 from a foreign Origin, and no session is created", async () => {
    const attacker = await makeAccount("viewer");
    const sessions = await prisma.session.count({ where: { userId: attacker.user.id } });
    const res = await call("/api/auth/sign-in", post("/api/auth/sign-in", { origin: EVIL, "content-type": "text/plain" }, attackerBody(attacker.email, attacker.password)));
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(await prisma.session.count({ where: { userId: attacker.user.id } })).toBe(sessions);
    expect(await prisma.auditLog.count({ where: { action: "auth.sign_in", actorId: attacker.user.id } })).toBe(0);
  });

  it("is refused when the browser sends only Sec-Fetch-Site: cross-site", async () => {
    const attacker = await makeAccount("viewer");
    const res = await call("/api/auth/sign-in", post("/api/auth/sign-in", { "sec-fetch-site": "cross-site", "content-type": "application/json" }, attackerBody(attacker.email, attacker.password)));
    expect(res.status).toBe(403);
  });

  it("a text/plain body is refused with 415 even without an Origin: only JSON is read", async () => {
    const attacker = await makeAccount("viewer");
    const res = await call("/api/auth/sign-in", post("/api/auth/sign-in", { "content-type": "text/plain" }, attackerBody(attacker.email, attacker.password)));
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe("unsupported_media_type");
    expect(await prisma.session.count({ where: { userId: attacker.user.id } })).toBe(0);
  });

  it("the app's own page (same Origin, JSON) still signs in", async () => {
    const a = await makeAccount("viewer");
    const res = await call("/api/auth/sign-in", post("/api/auth/sign-in", { origin: APP, "content-type": "application/json" }, attackerBody(a.email, a.password)));
    expect(res.status).toBe(200);
  });
});

describe("attack: logout CSRF, a cross-site form signs the victim out", () => {
  it("is refused with 403 from a foreign Origin, and the session stays valid", async () => {
    const victim = await makeAccount("editor");
    const cookie = await sessionCookie(victim.email, victim.password);
    const res = await call("/api/auth/sign-out", post("/api/auth/sign-out", { origin: EVIL, cookie, "content-type": "application/x-www-form-urlencoded" }, ""));
    expect(res.status).toBe(403);
    expect(await isSignedIn(cookie)).toBe(true);
  });

  it("is refused from a sibling origin of the same site (another port), which SameSite=Lax lets the cookie reach", async () => {
    const victim = await makeAccount("editor");
    const cookie = await sessionCookie(victim.email, victim.password);
    const res = await call("/api/auth/sign-out", post("/api/auth/sign-out", { origin: "https://tracker.example.org:8443", cookie }));
    expect(res.status).toBe(403);
    expect(await isSignedIn(cookie)).toBe(true);
  });

  it("the app's own Sign out still works", async () => {
    const victim = await makeAccount("editor");
    const cookie = await sessionCookie(victim.email, victim.password);
    const res = await call("/api/auth/sign-out", post("/api/auth/sign-out", { origin: APP, cookie }));
    expect(res.status).toBe(200);
    expect(await isSignedIn(cookie)).toBe(false);
  });
});

describe("attack: a cookie write with a foreign Origin and a spoofed X-Forwarded-Host", () => {
  const evidence = () => JSON.stringify({ title: "Forged", url: "https://example.org/f", observedOn: "2024-01-01", stance: "supports", strength: "weak", summary: "Forged." });

  it("is refused: the public origin is BETTER_AUTH_URL, never X-Forwarded-Host", async () => {
    const cookie = await sessionCookie(accounts.editor.email, accounts.editor.password);
    const before = await prisma.evidence.count({ where: { predictionId: claimId } });
    const forged = post(`/api/predictions/${claimId}/evidence`, { origin: EVIL, "x-forwarded-host": "evil.example", cookie, "content-type": "application/json" }, evidence());
    const res = await call("/api/predictions/[id]/evidence", forged, { id: claimId });
    expect(res.status).toBe(403);
    expect(await prisma.evidence.count({ where: { predictionId: claimId } })).toBe(before);
  });

  it("is refused in development too, where the public origin is the Host the browser addressed", async () => {
    vi.stubEnv("BETTER_AUTH_URL", "");
    const cookie = await sessionCookie(accounts.editor.email, accounts.editor.password);
    const forged = new Request(`http://localhost:3000/api/predictions/${claimId}/evidence`, {
      method: "POST",
      headers: { host: "localhost:3000", origin: "http://evil.example", "x-forwarded-host": "evil.example", cookie, "content-type": "application/json" },
      body: evidence(),
    });
    expect((await call("/api/predictions/[id]/evidence", forged, { id: claimId })).status).toBe(403);
    const own = new Request(`http://localhost:3000/api/predictions/${claimId}/evidence`, {
      method: "POST",
      headers: { host: "localhost:3000", origin: "http://localhost:3000", cookie, "content-type": "application/json" },
      body: evidence(),
    });
    expect((await call("/api/predictions/[id]/evidence", own, { id: claimId })).status).toBe(201);
  });

  it("the same write from the app's own origin, or with a bearer token from anywhere, goes through", async () => {
    const cookie = await sessionCookie(accounts.editor.email, accounts.editor.password);
    const own = post(`/api/predictions/${claimId}/evidence`, { origin: APP, cookie, "content-type": "application/json" }, evidence());
    expect((await call("/api/predictions/[id]/evidence", own, { id: claimId })).status).toBe(201);
    const token = post(`/api/predictions/${claimId}/evidence`, { origin: EVIL, authorization: `Bearer ${accounts.editor.token}`, "content-type": "application/json" }, evidence());
    expect((await call("/api/predictions/[id]/evidence", token, { id: claimId })).status).toBe(201);
  });

  it("a cookie write with a text/plain body is refused with 415", async () => {
    const cookie = await sessionCookie(accounts.editor.email, accounts.editor.password);
    const res = await call("/api/predictions/[id]/evidence", post(`/api/predictions/${claimId}/evidence`, { cookie, "content-type": "text/plain" }, evidence()), { id: claimId });
    expect(res.status).toBe(415);
  });
});
