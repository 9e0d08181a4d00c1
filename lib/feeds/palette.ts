// The palette's colours for what is drawn outside the app's pages, where its CSS custom
// properties cannot reach: the badge SVG, the embed card's own stylesheet and the Open Graph
// images. Each is the same light and dark pair as the property named in app/globals.css, and
// tests/feeds/palette.test.ts fails if one drifts from it.
import type { Grade } from "../domain";

export type PaletteColour = { property: string; light: string; dark: string };

const c = (property: string, light: string, dark: string): PaletteColour => ({ property, light, dark });

export const OFFSITE_PALETTE = {
  fg: c("--fg", "#1f2328", "#e6edf3"),
  muted: c("--muted", "#57606a", "#9da7b3"),
  border: c("--border", "#d0d7de", "#3d444d"),
  bg: c("--bg", "#f6f8fa", "#0d1117"),
  card: c("--card", "#ffffff", "#151b23"),
  accent: c("--accent", "#0550ae", "#58a6ff"),
  headerBg: c("--header-bg", "#24292f", "#010409"),
  headerFg: c("--header-fg", "#ffffff", "#f0f6fc"),
  gradeNone: c("--grade-none-stroke", "#6e7781", "#8b949e"),
  supports: c("--stance-supports", "#1a7f37", "#3fb950"),
  contradicts: c("--stance-contradicts", "#cf222e", "#ff7b72"),
  mixed: c("--stance-mixed", "#6e7781", "#9da7b3"),
} as const;

export const GRADE_PALETTE: Record<Grade, PaletteColour> = {
  confirmed: c("--grade-confirmed", "#1a7f37", "#3fb950"),
  partly: c("--grade-partly", "#7fb800", "#a5d63f"),
  on_track: c("--grade-on_track", "#2f81f7", "#4493f8"),
  too_early: c("--grade-too_early", "#8c959f", "#8b949e"),
  off_track: c("--grade-off_track", "#d4a72c", "#d29922"),
  refuted: c("--grade-refuted", "#cf222e", "#f85149"),
  unfalsifiable: c("--grade-unfalsifiable", "#8250df", "#ab7df8"),
};

/** A colour as CSS that follows the colour scheme, like the palette itself. */
export const lightDark = (colour: PaletteColour) => `light-dark(${colour.light}, ${colour.dark})`;

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Of the palette's light text and dark text, the one that reads better on `background`. */
export function textOn(background: string): string {
  const light = OFFSITE_PALETTE.headerFg.light;
  const dark = OFFSITE_PALETTE.fg.light;
  return contrastRatio(light, background) >= contrastRatio(dark, background) ? light : dark;
}

/** WCAG AA for normal-size text. */
export const AA_CONTRAST = 4.5;

/**
 * A filled box in a palette colour with text on it (the badge): the colour's light value with
 * the better-reading text, unless that falls below AA, then its dark value (on track's blue
 * reaches AA only there).
 */
export function fillWithText(colour: PaletteColour): { fill: string; text: string } {
  for (const fill of [colour.light, colour.dark]) {
    const text = textOn(fill);
    if (contrastRatio(fill, text) >= AA_CONTRAST) return { fill, text };
  }
  return { fill: colour.light, text: textOn(colour.light) };
}
