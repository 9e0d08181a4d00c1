import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// One palette: every colour the UI draws is a CSS custom property in app/globals.css (with a
// light and a dark value), so both themes cover everything. This finds colours written
// anywhere else in app/ and components/.
const root = path.resolve(__dirname, "..");
const PALETTE = "app/globals.css";
const COLOUR = /#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\(/;
/** An in-page link ("#main", "#added-…") looks like a hex colour but is not one. */
const ANCHOR = /href=[{"`']*#/;

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return filesUnder(rel);
    return /\.(tsx?|css)$/.test(name) ? [rel] : [];
  });
}

describe("the palette", () => {
  it("is the only place a colour is written in app/ and components/", () => {
    const offenders = [...filesUnder("app"), ...filesUnder("components")]
      .filter((f) => f !== PALETTE)
      .flatMap((f) =>
        readFileSync(path.join(root, f), "utf8")
          .split("\n")
          .flatMap((line, i) => (COLOUR.test(line) && !ANCHOR.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  it("gives every colour a light and a dark value, and lets the theme switch pick one", () => {
    const css = readFileSync(path.join(root, PALETTE), "utf8");
    const root_ = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
    const literal = root_.split("\n").filter((l) => /^\s*--[\w-]+:\s*#/.test(l));
    // Only colours that are the same in both themes may be plain (white text on a button).
    expect(literal.map((l) => l.trim())).toEqual(["--button-fg: #ffffff;"]);
    expect(root_).toMatch(/color-scheme: light dark;/);
    expect(css).toMatch(/:root\[data-theme="light"\] \{ color-scheme: light; \}/);
    expect(css).toMatch(/:root\[data-theme="dark"\] \{ color-scheme: dark; \}/);
    // No "color-scheme: light" left hard-coded for everything.
    expect(css.match(/color-scheme: light;/g)).toHaveLength(1);
  });
});
