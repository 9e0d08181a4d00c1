// A local web server on 127.0.0.1 with one page of each kind the link checker meets. It records
// every request (path, start and end time) so tests can check politeness.
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type PagesServer = {
  base: string;
  /** Every request seen, in arrival order. */
  requests: { path: string; at: number; endedAt: number | null }[];
  /** What /changing answers next. */
  setChangingBody(body: string): void;
  close(): Promise<void>;
};

export const OK_BODY = "<html><body>The cited page.</body></html>";
/** /huge streams this many bytes with no Content-Length. */
export const HUGE_BYTES = 3 * 1024 * 1024;

export async function startPagesServer(opts: { slowMs?: number } = {}): Promise<PagesServer> {
  const requests: PagesServer["requests"] = [];
  let changing = "version 1";
  const hanging = new Set<ServerResponse>();

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const entry = { path: url.pathname, at: Date.now(), endedAt: null as number | null };
    requests.push(entry);
    res.on("close", () => (entry.endedAt = Date.now()));
    const send = (status: number, body = "", headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "text/html; charset=utf-8", ...headers });
      res.end(body);
    };
    const p = url.pathname;
    if (p === "/ok" || p.startsWith("/ok/")) return send(200, OK_BODY);
    if (p === "/missing") return send(404, "not here");
    if (p === "/gone") return send(410, "gone");
    if (p === "/error") return send(500, "oops");
    if (p === "/changing") return send(200, changing);
    // /hop/3 → /hop/2 → /hop/1 → /ok/landed (relative and absolute Location headers)
    const hop = p.match(/^\/hop\/(\d+)$/);
    if (hop) {
      const n = Number(hop[1]);
      const next = n <= 1 ? "/ok/landed" : `/hop/${n - 1}`;
      return send(n % 2 ? 301 : 302, "", { location: n % 2 ? next : `http://127.0.0.1:${(server.address() as AddressInfo).port}${next}` });
    }
    if (p === "/loop") return send(302, "", { location: "/loop" });
    if (p === "/to-file") return send(302, "", { location: "file:///etc/passwd" });
    if (p === "/hang") {
      hanging.add(res);
      return; // never answers
    }
    if (p === "/slow-body") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html>starts, then stalls");
      hanging.add(res);
      return;
    }
    if (p === "/slow") {
      setTimeout(() => send(200, OK_BODY), opts.slowMs ?? 50);
      return;
    }
    if (p === "/huge") {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      const chunk = Buffer.alloc(64 * 1024, 97);
      let sent = 0;
      const pump = () => {
        while (sent < HUGE_BYTES) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("error", () => {});
      return pump();
    }
    if (p === "/huge-declared") return send(200, "small", { "content-length": String(50 * 1024 * 1024) });
    return send(404, "no such page");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    setChangingBody: (body) => (changing = body),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
