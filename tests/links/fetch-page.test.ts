// Fetching one link against a real local server: statuses, redirect chains, timeouts, size
// limits, the body's hash, and the addresses the checker refuses to fetch.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage, isFetchableUrl, isPrivateHost } from "@/lib/links/fetch-page";
import { HUGE_BYTES, OK_BODY, startPagesServer, type PagesServer } from "./pages-server";

let server: PagesServer;
const sha = (s: string) => createHash("sha256").update(s).digest("hex");
// Generous for pages that answer; the timeout tests set their own short limit.
const opts = { allowPrivate: true, timeoutMs: 5000, maxBytes: 1024 * 1024 };

beforeAll(async () => {
  server = await startPagesServer();
});
afterAll(() => server.close());

describe("fetchPage", () => {
  it("hashes a 200 page's body and reports no redirects", async () => {
    const r = await fetchPage(`${server.base}/ok`, opts);
    expect(r).toMatchObject({ status: 200, finalUrl: `${server.base}/ok`, failure: null, error: null, bytes: OK_BODY.length });
    expect(r.sha256).toBe(sha(OK_BODY));
    expect(r.hops).toEqual([{ url: `${server.base}/ok`, status: 200 }]);
  });

  it("reports 404, 410 and 500 with their status and no hash", async () => {
    for (const [path, status] of [["/missing", 404], ["/gone", 410], ["/error", 500]] as const) {
      const r = await fetchPage(`${server.base}${path}`, opts);
      expect(r, path).toMatchObject({ status, sha256: null, failure: null });
    }
  });

  it("follows a redirect chain by hand, keeping every hop and the final address", async () => {
    const r = await fetchPage(`${server.base}/hop/3`, opts);
    expect(r.hops.map((h) => [new URL(h.url).pathname, h.status])).toEqual([
      ["/hop/3", 301],
      ["/hop/2", 302],
      ["/hop/1", 301],
      ["/ok/landed", 200],
    ]);
    expect(r).toMatchObject({ status: 200, finalUrl: `${server.base}/ok/landed`, failure: null, sha256: sha(OK_BODY) });
  });

  it("gives up on a redirect loop after the hop limit", async () => {
    const before = server.requests.filter((q) => q.path === "/loop").length;
    const r = await fetchPage(`${server.base}/loop`, { ...opts, maxRedirects: 4 });
    expect(r).toMatchObject({ failure: "redirects", status: 302, error: "more than 4 redirects" });
    expect(server.requests.filter((q) => q.path === "/loop").length - before).toBe(5);
  });

  it("never follows a redirect to another scheme", async () => {
    const r = await fetchPage(`${server.base}/to-file`, opts);
    expect(r.failure).toBe("scheme");
    expect(r.error).toMatch(/non-http\(s\) URL \(file:\/\/\/etc\/passwd\)/);
  });

  it("times out on a server that never answers, and on a body that stalls", async () => {
    const t0 = Date.now();
    const r = await fetchPage(`${server.base}/hang`, { ...opts, timeoutMs: 300 });
    expect(r).toMatchObject({ failure: "timeout", status: null, finalUrl: null, error: "timeout after 0.3 s" });
    expect(Date.now() - t0).toBeLessThan(2000);
    const stalled = await fetchPage(`${server.base}/slow-body`, { ...opts, timeoutMs: 300 });
    expect(stalled).toMatchObject({ failure: "timeout", status: 200, sha256: null });
    expect(stalled.error).toMatch(/reading the page/);
  });

  it("stops reading a body over the size limit and does not hash it", async () => {
    const r = await fetchPage(`${server.base}/huge`, { ...opts, maxBytes: 256 * 1024 });
    expect(r).toMatchObject({ status: 200, failure: "too-large", sha256: null, error: "larger than 0.3 MB, not hashed" });
    expect(r.bytes).toBeLessThanOrEqual(256 * 1024);
    // With room for it, the same page is read in full and hashed.
    const full = await fetchPage(`${server.base}/huge`, { ...opts, maxBytes: HUGE_BYTES });
    expect(full).toMatchObject({ failure: null, bytes: HUGE_BYTES });
    expect(full.sha256).toBe(createHash("sha256").update(Buffer.alloc(HUGE_BYTES, 97)).digest("hex"));
  });

  it("believes a Content-Length over the limit without downloading", async () => {
    const r = await fetchPage(`${server.base}/huge-declared`, opts);
    expect(r).toMatchObject({ failure: "too-large", bytes: 0, sha256: null });
  });

  it("reports a refused connection as a network failure", async () => {
    const closed = await startPagesServer();
    await closed.close();
    const r = await fetchPage(`${closed.base}/ok`, opts);
    expect(r).toMatchObject({ failure: "network", status: null });
    expect(r.error).toMatch(/ECONNREFUSED/);
  });

  it("fetches only http(s), and no private address unless allowed", async () => {
    for (const url of ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "data:text/html,hi", "not a url"]) {
      expect(isFetchableUrl(url), url).toBe(false);
      expect((await fetchPage(url, opts)).failure, url).toBe("scheme");
    }
    const seen = server.requests.length;
    const refused = await fetchPage(`${server.base}/ok`, { ...opts, allowPrivate: false });
    expect(refused).toMatchObject({ failure: "private", status: null });
    expect(server.requests.length).toBe(seen);
    for (const host of ["localhost", "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "[::1]", "[fd00::1]", "[::ffff:127.0.0.1]"]) {
      expect(isPrivateHost(host), host).toBe(true);
    }
    for (const host of ["example.org", "8.8.8.8", "172.32.0.1", "[2001:db8::1]"]) expect(isPrivateHost(host), host).toBe(false);
  });

  it("rethrows when the caller stops the run, rather than reporting a failed link", async () => {
    const controller = new AbortController();
    const pending = fetchPage(`${server.base}/hang`, { ...opts, timeoutMs: 5000, signal: controller.signal });
    setTimeout(() => controller.abort(new Error("run stopped")), 50);
    await expect(pending).rejects.toThrow("run stopped");
  });
});
