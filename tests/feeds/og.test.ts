// The Open Graph images, drawn for real with next/og and the locally shipped Inter font.
// next/og downloads a font or an emoji image for any character its fonts lack, which would
// send user text to a third party (and fail offline): so every character the images let
// through is drawn here while fetch is watched, and hostile text must not make it fetch.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ClaimCard } from "@/lib/db/feeds";
import { claimImage, drawable, drawableCharacters, genericImage, sourceImage } from "@/lib/feeds/og";

const PNG = [0x89, 0x50, 0x4e, 0x47];

async function pngOf(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 4)]).toEqual(PNG);
  // Width and height from the IHDR chunk.
  const view = new DataView(bytes.buffer);
  return { width: view.getUint32(16), height: view.getUint32(20), size: bytes.length };
}

const card = (quote: string, title = "A source"): ClaimCard => ({
  id: "c1",
  statement: "A statement",
  quote,
  grade: "on_track",
  isRolledUp: false,
  gradedOn: "2025-12-15",
  tally: { supports: 2, contradicts: 1, mixed: 0 },
  source: { id: "s1", title, author: "An author", publishedOn: "2022-05-12" },
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Watches fetch: next/og loads its own wasm through a data: URL, so only network addresses count. */
function watchFetch() {
  const spy = vi.spyOn(globalThis, "fetch");
  return () => spy.mock.calls.map(([input]) => (input instanceof Request ? input.url : String(input))).filter((u) => !u.startsWith("data:"));
}

describe("Open Graph images", () => {
  it("draw a claim as a 1200 × 630 PNG without fetching anything", async () => {
    const fetched = watchFetch();
    const response = await claimImage(card("It is just a matter of time — “soon”, maybe by 2027."));
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(await pngOf(response)).toMatchObject({ width: 1200, height: 630 });
    expect(fetched()).toEqual([]);
  });

  it("draw every character they let through with the local font alone, and replace the rest", async () => {
    const covered = await drawableCharacters();
    const text = drawable([...covered].map((c) => String.fromCodePoint(c)).join(""), covered);
    expect(text.length).toBeGreaterThan(700);
    expect(drawable("a 🚀 日本 x\u200dy \u0007 Ünï “q” – ok", covered)).toBe("a ? ?? xy Ünï “q” – ok");
    const fetched = watchFetch();
    // In slices, so each image stays small; every slice goes through the same drawing path.
    for (let i = 0; i < text.length; i += 400) {
      await pngOf(await sourceImage({ id: "s", title: text.slice(i, i + 400), author: "a", kind: "essay", publishedOn: "2022-05-12", claims: 0, byGrade: [] }));
    }
    await pngOf(await claimImage(card("Emoji 🚀👩‍🔬, CJK 日本語, Greek Ελληνικά, Cyrillic Кириллица, a bell \u0007.", "Source 🚀 <b>&amp;")));
    expect(fetched()).toEqual([]);
  });

  it("have a generic card that names nothing, 404 for an unknown record", async () => {
    const ok = await genericImage();
    expect(ok.status).toBe(200);
    await pngOf(ok);
    const missing = await genericImage(404);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
  });
});
