import { socketAddressState } from "./lib/auth/socket-hook.mjs";

// Give every request its socket address from the first one on (lib/auth/client-address.ts).
socketAddressState();

const isDev = process.env.NODE_ENV !== "production";

/**
 * As tight as Next.js allows without a request proxy: a nonce-based policy needs a
 * `proxy.ts` at the top level, which this repository's fixed layout leaves out, so inline
 * scripts (Next's hydration data) are allowed by 'unsafe-inline'. Everything else is
 * same-origin only; no frames, plugins, foreign forms or base-URL tricks. Development adds
 * what React Refresh needs ('unsafe-eval' and the HMR websocket). `frameAncestors` is
 * 'none' everywhere except the embed card.
 */
function contentSecurityPolicy(frameAncestors) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/**
 * Who may frame the embed card: any site (`*`, the default), or the CSP sources listed in
 * EMBED_FRAME_ANCESTORS (e.g. "https://blog.example.org 'self'"). Read when the app is built.
 * Only a list of sources is accepted, so no other directive can be slipped in.
 */
function embedFrameAncestors(value = process.env.EMBED_FRAME_ANCESTORS) {
  const sources = value?.trim();
  if (!sources) return "*";
  if (!/^[\w.:/*'\-]+( [\w.:/*'\-]+)*$/.test(sources)) {
    throw new Error(`EMBED_FRAME_ANCESTORS must be CSP sources separated by spaces (got "${value}")`);
  }
  return sources;
}

/** The embed card (app/embed/predictions/[id]): the only path other sites may frame. */
const EMBED_CARD = "embed/predictions/[^/]+";

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
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      // Every path but the embed card: never framed. The two sources below are exact complements.
      {
        source: `/((?!${EMBED_CARD}$).*)`,
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy("'none'") },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      // The embed card: framed by other sites, so no X-Frame-Options (which cannot name them).
      {
        source: "/embed/predictions/:id",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy(embedFrameAncestors()) }],
      },
    ];
  },
};

export default nextConfig;
