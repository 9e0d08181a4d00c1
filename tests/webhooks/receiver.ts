// A local HTTP receiver for webhook tests, on 127.0.0.1: each path behaves as the test says
// (answer a status, answer a list of statuses in turn, or hang), and every request is kept.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { path: string; headers: IncomingHttpHeaders; body: string; at: number };
type Behaviour = { statuses: number[] } | "hang";

export type Receiver = {
  url: (path: string) => string;
  received: Received[];
  on: (path: string, behaviour: Behaviour) => void;
  /** Resolves once `n` requests have reached `path` (or rejects after `ms`). */
  waitFor: (path: string, n: number, ms?: number) => Promise<Received[]>;
  close: () => Promise<void>;
};

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const behaviours = new Map<string, Behaviour>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      const b = behaviours.get(path) ?? { statuses: [200] };
      if (b === "hang") return; // never answers
      const status = b.statuses.length > 1 ? b.statuses.shift()! : b.statuses[0];
      res.writeHead(status, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    on: (path, behaviour) => behaviours.set(path, behaviour),
    waitFor: async (path, n, ms = 5000) => {
      const until = Date.now() + ms;
      for (;;) {
        const got = received.filter((r) => r.path === path);
        if (got.length >= n) return got;
        if (Date.now() > until) throw new Error(`${path}: ${got.length} of ${n} requests after ${ms} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls until `check` answers something truthy (or throws after `ms`). */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error(`not reached within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 15));
  }
}
