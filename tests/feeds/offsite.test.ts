// What leaves the app for other sites, as pure functions: the Atom writer's escaping, the
// badge SVG, the embed card's HTML and the palette colours they draw with.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ClaimCard } from "@/lib/db/feeds";
import { GRADES } from "@/lib/domain";
import { renderAtom } from "@/lib/feeds/atom";
import { renderBadge, textWidth } from "@/lib/feeds/badge";
import { renderEmbed, renderEmbedMessage } from "@/lib/feeds/embed";
import { AA_CONTRAST, contrastRatio, fillWithText, GRADE_PALETTE, OFFSITE_PALETTE } from "@/lib/feeds/palette";
import { tagUri } from "@/lib/feeds/site";
import { escapeMarkup } from "@/lib/feeds/text";
import { HOSTILE, HOSTILE_AS_SENT, htmlText, parseAtom, parseXml, textOf } from "./support";

describe("the Atom writer", () => {
  it("carries hostile text in every field exactly, in well-formed XML", () => {
    const xml = renderAtom({
      self: "https://t.example/feed.xml?a=1&b=2",
      link: "https://t.example/",
      title: `Feed ${HOSTILE}`,
      subtitle: `Sub ${HOSTILE}`,
      updatedWhenEmpty: new Date("2020-01-01T00:00:00Z"),
      entries: [
        {
          id: tagUri("https://t.example", "evidence", "a&b c"),
          title: `Title ${HOSTILE}`,
          updated: new Date("2024-05-06T07:08:09Z"),
          link: "https://t.example/predictions/x#evidence-1",
          author: `Author ${HOSTILE}`,
          contentHtml: `<p>${escapeMarkup(`Body ${HOSTILE}`)}</p>`,
        },
      ],
    });
    // "]]>" may appear only as the end of the package's own CDATA sections.
    expect(xml.match(/]]>/g)!.length).toBe(xml.match(/<!\[CDATA\[/g)!.length);
    const feed = parseAtom(xml);
    expect(feed.id).toBe("https://t.example/feed.xml?a=1&b=2");
    expect(textOf(feed.title)).toBe(`Feed ${HOSTILE_AS_SENT}`);
    expect(textOf(feed.subtitle)).toBe(`Sub ${HOSTILE_AS_SENT}`);
    expect(feed.updated).toBe("2024-05-06T07:08:09.000Z");
    const [entry] = feed.entry!;
    expect(entry.id).toBe("tag:t.example,2026:evidence/a%26b%20c");
    expect(htmlText(entry.title)).toBe(`Title ${HOSTILE_AS_SENT}`);
    expect(htmlText(entry.content)).toBe(`Body ${HOSTILE_AS_SENT}`);
    expect(entry.author![0].name).toBe(`Author ${HOSTILE_AS_SENT}`);
  });

  it("dates an empty feed by its subject", () => {
    const feed = parseAtom(
      renderAtom({ self: "https://t.example/f.xml", link: "https://t.example/", title: "T", subtitle: "S", updatedWhenEmpty: new Date("2020-01-01T00:00:00Z"), entries: [] }),
    );
    expect(feed.updated).toBe("2020-01-01T00:00:00.000Z");
    expect(feed.entry).toBeUndefined();
  });
});

describe("the badge", () => {
  const svgOf = (xml: string) => parseXml(xml).svg as Record<string, string> & { title: string; g: { text: { "#text": string }[] }[] };

  it("is an accessible SVG image naming the grade, in its palette colour", () => {
    const xml = renderBadge({ grade: "on_track" });
    const svg = svgOf(xml);
    expect(svg["@_xmlns"]).toBe("http://www.w3.org/2000/svg");
    expect(svg["@_role"]).toBe("img");
    expect(svg["@_aria-label"]).toBe("prediction: On track");
    expect(svg.title).toBe("prediction: On track");
    expect(svg.g[1].text.map((t) => t["#text"])).toEqual(["prediction", "On track"]);
    expect(xml).toContain(`fill="${fillWithText(GRADE_PALETTE.on_track).fill}"`);
    expect(svgOf(renderBadge({ grade: null }))["@_aria-label"]).toBe("prediction: No verdict yet");
    expect(svgOf(renderBadge({ grade: "partly", isRolledUp: true }))["@_aria-label"]).toBe("prediction: Partly true (rolled up)");
  });

  it("sizes each box to its text, and escapes what it is given", () => {
    const width = (xml: string) => Number(svgOf(xml)["@_width"]);
    expect(width(renderBadge({ grade: "unfalsifiable" }))).toBeGreaterThan(width(renderBadge({ grade: "refuted" })));
    // Verdana at 11 px: "prediction" is about 58 px wide; a capital is wider than an "i".
    expect(textWidth("prediction")).toBeGreaterThan(50);
    expect(textWidth("prediction")).toBeLessThan(65);
    expect(textWidth("W")).toBeGreaterThan(textWidth("i"));
    expect(textWidth("日本")).toBeGreaterThan(textWidth("ab"));
    const hostile = svgOf(renderBadge({ message: HOSTILE, colour: OFFSITE_PALETTE.gradeNone }));
    expect(hostile["@_aria-label"]).toBe(`prediction: ${HOSTILE_AS_SENT}`);
  });

  it("keeps every grade's text at AA contrast or better", () => {
    for (const colour of [...Object.values(GRADE_PALETTE), OFFSITE_PALETTE.gradeNone, OFFSITE_PALETTE.headerBg]) {
      const { fill, text } = fillWithText(colour);
      expect([colour.light, colour.dark]).toContain(fill);
      expect(contrastRatio(fill, text), colour.property).toBeGreaterThanOrEqual(AA_CONTRAST);
    }
  });
});

const CARD: ClaimCard = {
  id: "claim-1",
  statement: `Statement ${HOSTILE}`,
  quote: `Quote ${HOSTILE}`,
  grade: "off_track",
  isRolledUp: false,
  gradedOn: "2025-12-15",
  tally: { supports: 3, contradicts: 1, mixed: 0 },
  source: { id: "s1", title: `Source ${HOSTILE}`, author: "Author", publishedOn: "2022-05-12" },
};

describe("the embed card", () => {
  it("is a whole HTML document without script, showing the quote, source, verdict and balance, linking back in a new tab", () => {
    const html = renderEmbed(CARD, "https://t.example");
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain(HOSTILE);
    const text = htmlText(html.slice(html.indexOf("<body>")));
    for (const part of [`Quote ${HOSTILE_AS_SENT}`, `Source ${HOSTILE_AS_SENT}`, "Off track", "as of 2025-12-15", "3 supporting", "1 contradicting", "0 mixed"]) {
      expect(text).toContain(part);
    }
    expect(html).toContain('<a href="https://t.example/predictions/claim-1" target="_blank" rel="noopener">');
    expect(renderEmbed({ ...CARD, tally: { supports: 0, contradicts: 0, mixed: 0 }, grade: null, gradedOn: null }, "https://t.example")).toContain(
      "No evidence logged yet.",
    );
  });

  it("says only why there is nothing to show", () => {
    const html = renderEmbedMessage("This dashboard is private.");
    expect(htmlText(html.slice(html.indexOf("<body>"))).trim()).toBe("Prediction TrackerThis dashboard is private.");
  });
});

describe("the off-site palette", () => {
  it("holds the same light and dark values as app/globals.css, property by property", () => {
    const css = readFileSync(path.resolve(__dirname, "../../app/globals.css"), "utf8");
    const root = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
    const valueOf = (property: string) => {
      const m = root.match(new RegExp(`^\\s*${property}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\);`, "im"));
      expect(m, `${property} in app/globals.css`).not.toBeNull();
      return { light: m![1].toLowerCase(), dark: m![2].toLowerCase() };
    };
    const colours = [...Object.values(OFFSITE_PALETTE), ...GRADES.map((g) => GRADE_PALETTE[g])];
    for (const c of colours) {
      // headerFg is white in the light theme: "#ffffff" on both sides.
      expect({ light: c.light, dark: c.dark }, c.property).toEqual(valueOf(c.property));
    }
  });
});
