// Installs, once per process, the hook that gives every HTTP request its socket address
// (lib/auth/client-address.ts reads it). Plain JavaScript so that next.config.mjs can load it
// when the server starts, before the first request arrives; the app's own code loads the same
// module later and finds the hook already in place.
import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import https from "node:https";

const STATE = Symbol.for("prediction-tracker.socket-address");

/** "::ffff:203.0.113.5" (an IPv4 client on a dual-stack socket) is 203.0.113.5. */
export function normaliseAddress(address) {
  if (!address) return "unknown";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/** @returns {{ store: AsyncLocalStorage<string> }} */
export function socketAddressState() {
  const globals = /** @type {Record<symbol, { store: AsyncLocalStorage<string> } | undefined>} */ (globalThis);
  if (globals[STATE]) return globals[STATE];
  const store = new AsyncLocalStorage();
  for (const proto of [http.Server.prototype, https.Server.prototype]) {
    const emit = proto.emit;
    proto.emit = function (event, ...args) {
      if (event !== "request") return emit.call(this, event, ...args);
      const address = normaliseAddress(args[0]?.socket?.remoteAddress);
      return store.run(address, () => emit.call(this, event, ...args));
    };
  }
  globals[STATE] = { store };
  return globals[STATE];
}
