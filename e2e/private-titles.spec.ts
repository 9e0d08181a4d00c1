import { expect, test } from "@playwright/test";
import { ANONYMOUS } from "./fixtures/accounts";
import { listClaims } from "./fixtures/claims";

// Security finding 3: on a private dashboard an anonymous reader is redirected to sign in,
// and the redirect must not carry the record's title: the page and its <title> share one
// loader that checks access before it reads the record.
test("a private dashboard's redirects never carry a claim's, source's or review's title", async ({ request, playwright, baseURL }) => {
  const claims = await listClaims(request);
  const claim = claims.find((c) => c.parentId === null)!;
  const detail = (await (await request.get(`/api/predictions/${claim.id}`)).json()).prediction as {
    statement: string;
    source: { id: string; title: string };
  };
  const reviews = (await (await request.get("/api/reviews")).json()) as { reviews: { year: number; title: string }[] };
  const review = reviews.reviews[0];
  const secrets = [detail.statement, detail.source.title, review.title];
  expect((await request.put("/api/settings", { data: { readAccess: "private" } })).status()).toBe(200);
  try {
    const anon = await playwright.request.newContext({ baseURL, storageState: ANONYMOUS });
    for (const path of [
      `/predictions/${claim.id}`,
      `/predictions/${claim.id}/edit`,
      `/sources/${detail.source.id}`,
      `/reviews/${review.year}`,
    ]) {
      const res = await anon.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(307);
      expect(res.headers().location, path).toContain("/sign-in?next=");
      const body = await res.text();
      for (const secret of secrets) expect(body, `${path} leaks "${secret}"`).not.toContain(secret);
    }
    await anon.dispose();
  } finally {
    expect((await request.put("/api/settings", { data: { readAccess: "public" } })).status()).toBe(200);
  }
});
