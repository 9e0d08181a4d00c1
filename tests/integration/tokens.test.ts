// An API token's "last used" stamp: set on first use, then at most once a minute, so a burst
// of requests with one token does not turn every read into a write.
import { describe, expect, it } from "vitest";
import { LAST_USED_RESOLUTION_MS, resolveApiToken } from "@/lib/auth/tokens";
import { prisma } from "@/lib/db/client";
import { makeAccount } from "../support/accounts";

describe("resolveApiToken", () => {
  it("stamps lastUsedAt on first use and again only once the minute has passed", async () => {
    const { token, user } = await makeAccount("editor");
    const stamp = async () => (await prisma.apiToken.findFirstOrThrow({ where: { userId: user.id } })).lastUsedAt?.toISOString() ?? null;
    expect(await stamp()).toBeNull();
    const t0 = new Date("2026-11-29T10:00:00.000Z");
    expect(await resolveApiToken(token, t0)).toMatchObject({ id: user.id });
    expect(await stamp()).toBe(t0.toISOString());
    await resolveApiToken(token, new Date(t0.getTime() + LAST_USED_RESOLUTION_MS - 1));
    expect(await stamp()).toBe(t0.toISOString());
    const later = new Date(t0.getTime() + LAST_USED_RESOLUTION_MS);
    await resolveApiToken(token, later);
    expect(await stamp()).toBe(later.toISOString());
  });

  it("refuses an unknown token without writing anything", async () => {
    expect(await resolveApiToken("not-a-token")).toBeNull();
  });
});
