import { socketAddressState } from "./lib/auth/socket-hook.mjs";

// Give every request its socket address from the first one on (lib/auth/client-address.ts).
socketAddressState();

const isDev = process.env.NODE_ENV !== "production";

/**
 * As tight as Next.js allows without a request proxy: a nonce-based policy needs a
 * `proxy.ts` at the top level, which this repository's fixed layout leaves out, so inline
 * scripts (Next's hydration data) are allowed by 'unsafe-inline'. Everything else is
 * same-origin only; no frames, plugins, foreign forms or base-URL tricks. Development adds
 * what React Refresh needs ('unsafe-eval' and the HMR websocket).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate output folder lets the benchmark (or a second checkout's tooling) build
  // without touching the `.next` that `npm run dev`, `npm start` and the tests use.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Native SQLite driver: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
