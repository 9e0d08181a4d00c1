// A shields-style badge ("prediction | On track") as a small SVG document: two boxes, the
// message box in the grade's palette colour, its text the palette's light or dark text, at
// least AA contrast (fillWithText). It is an image to assistive technology, named by its title.
import { GRADE_LABELS, NO_VERDICT_LABEL, type Grade } from "../domain";
import { fillWithText, GRADE_PALETTE, OFFSITE_PALETTE, type PaletteColour } from "./palette";
import { escapeMarkup } from "./text";

export const BADGE_LABEL = "prediction";

/**
 * Advance widths of Verdana (the badge's font) in 1/2048 em, for printable ASCII from the
 * space (0x20) to the tilde (0x7e). Text wider than this table knows (other scripts) counts
 * as a wide letter, so a badge is never too narrow for its text.
 */
const VERDANA_WIDTHS = [
  720, 823, 1055, 1876, 1303, 2272, 1734, 604, 1049, 1049, 1303, 1876, 745, 874, 745, 1339, // space to /
  1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 903, 903, 1876, 1876, 1876, 1120, // 0 to ?
  2270, 1401, 1405, 1430, 1577, 1294, 1178, 1573, 1539, 861, 917, 1423, 1145, 1707, 1536, 1617, // @ to O
  1236, 1617, 1438, 1400, 1247, 1503, 1401, 2025, 1403, 1246, 1399, 1049, 1339, 1049, 1876, 1303, // P to _
  1303, 1229, 1276, 1063, 1276, 1208, 720, 1276, 1296, 559, 700, 1212, 559, 1989, 1296, 1227, // ` to o
  1276, 1276, 874, 1047, 807, 1296, 1212, 1675, 1212, 1212, 1052, 1306, 1049, 1306, 1876, // p to ~
];
const WIDE = 1700;
const FONT_SIZE = 11;

/** The width of `text` in pixels at 11 px Verdana, estimated from the table above. */
export function textWidth(text: string): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 0x20 && code <= 0x7e ? VERDANA_WIDTHS[code - 0x20] : WIDE;
  }
  return (units * FONT_SIZE) / 2048;
}

export type BadgeInput = { grade: Grade | null; isRolledUp?: boolean } | { message: string; colour: PaletteColour };

const PADDING = 6;

/** The badge for a grade (or no verdict), or a plain message (a private or missing claim). */
export function renderBadge(input: BadgeInput): string {
  const label = BADGE_LABEL;
  const message =
    "message" in input ? input.message : input.grade ? `${GRADE_LABELS[input.grade]}${input.isRolledUp ? " (rolled up)" : ""}` : NO_VERDICT_LABEL;
  const messageBox = fillWithText("message" in input ? input.colour : input.grade ? GRADE_PALETTE[input.grade] : OFFSITE_PALETTE.gradeNone);
  const labelBox = fillWithText(OFFSITE_PALETTE.headerBg);
  const labelWidth = Math.round(textWidth(label) + 2 * PADDING);
  const messageWidth = Math.round(textWidth(message) + 2 * PADDING);
  const width = labelWidth + messageWidth;
  const name = escapeMarkup(`${label}: ${message}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${name}">`,
    `<title>${name}</title>`,
    `<clipPath id="round"><rect width="${width}" height="20" rx="3"/></clipPath>`,
    `<g clip-path="url(#round)">`,
    `<rect width="${labelWidth}" height="20" fill="${labelBox.fill}"/>`,
    `<rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${messageBox.fill}"/>`,
    `</g>`,
    `<g text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="${FONT_SIZE}">`,
    `<text x="${labelWidth / 2}" y="14" fill="${labelBox.text}">${escapeMarkup(label)}</text>`,
    `<text x="${labelWidth + messageWidth / 2}" y="14" fill="${messageBox.text}">${escapeMarkup(message)}</text>`,
    `</g>`,
    `</svg>`,
  ].join("");
}

export const BADGE_CONTENT_TYPE = "image/svg+xml; charset=utf-8";
