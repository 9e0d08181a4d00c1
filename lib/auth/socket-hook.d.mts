import type { AsyncLocalStorage } from "node:async_hooks";
export function normaliseAddress(address: string | undefined): string;
export function socketAddressState(): { store: AsyncLocalStorage<string> };
