// A small HTTP client on node:http, so the benchmark controls its connections exactly
// (one keep-alive socket for sequential reads, N sockets for N concurrent writers).
import http from "node:http";
import zlib from "node:zlib";

export type Reply = { status: number; ms: number; body: Buffer; wireBytes: number; error?: string };

export function createAgent(connections: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
}

/** One request; resolves with status 0 and the error text when the connection fails. */
export function send(
  agent: http.Agent,
  port: number,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string; decode?: boolean } = {},
): Promise<Reply> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const fail = (e: Error) => resolve({ status: 0, ms: performance.now() - t0, body: Buffer.alloc(0), wireBytes: 0, error: e.message });
    const req = http.request({ host: "127.0.0.1", port, method, path, agent, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", fail);
      res.on("end", () => {
        const ms = performance.now() - t0;
        const raw = Buffer.concat(chunks);
        let body = raw;
        if (options.decode !== false) {
          const encoding = res.headers["content-encoding"];
          if (encoding === "gzip") body = zlib.gunzipSync(raw);
          else if (encoding === "br") body = zlib.brotliDecompressSync(raw);
          else if (encoding === "deflate") body = zlib.inflateSync(raw);
        }
        resolve({ status: res.statusCode ?? 0, ms, body, wireBytes: raw.length });
      });
    });
    req.on("error", fail);
    req.setTimeout(120_000, () => req.destroy(new Error("no answer within 120 s")));
    req.end(options.body);
  });
}

/** Nearest-rank percentile of samples (milliseconds). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
