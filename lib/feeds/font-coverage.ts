// Which characters a WOFF font has a glyph for, read from its character map (the `cmap`
// table, formats 4 and 12). The Open Graph images draw only these: next/og would otherwise
// fetch a fallback font from the network for the rest.
import { inflateSync } from "node:zlib";

/** The cmap table's bytes from a WOFF 1.0 file (tables may be zlib-compressed). */
function cmapOf(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("Not a WOFF 1.0 font");
  const numTables = woff.readUInt16BE(12);
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    if (woff.toString("latin1", entry, entry + 4) !== "cmap") continue;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const data = woff.subarray(offset, offset + compLength);
    return compLength < origLength ? inflateSync(data) : Buffer.from(data);
  }
  throw new Error("The font has no cmap table");
}

/** Every code point the font maps to a glyph other than .notdef. */
export function fontCoverage(woff: Buffer): Set<number> {
  const cmap = cmapOf(woff);
  const covered = new Set<number>();
  const records = cmap.readUInt16BE(2);
  for (let r = 0; r < records; r++) {
    const platform = cmap.readUInt16BE(4 + r * 8);
    const encoding = cmap.readUInt16BE(6 + r * 8);
    // Unicode subtables only: platform 0 (Unicode), or 3 (Windows) with encoding 1 or 10.
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const at = cmap.readUInt32BE(8 + r * 8);
    const format = cmap.readUInt16BE(at);
    if (format === 12) readFormat12(cmap, at, covered);
    else if (format === 4) readFormat4(cmap, at, covered);
  }
  return covered;
}

function readFormat12(cmap: Buffer, at: number, covered: Set<number>) {
  const groups = cmap.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const base = at + 16 + g * 12;
    const start = cmap.readUInt32BE(base);
    const end = cmap.readUInt32BE(base + 4);
    const glyph = cmap.readUInt32BE(base + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) covered.add(c);
  }
}

function readFormat4(cmap: Buffer, at: number, covered: Set<number>) {
  const segments = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = cmap.readUInt16BE(ends + s * 2);
    const start = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const index = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        glyph = cmap.readUInt16BE(index);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(c);
    }
  }
}
