// The embed card: a complete, small HTML document (inline CSS, no script, no site header)
// that other sites frame with <iframe>. It shows the claim's quote and source, its current
// verdict and its evidence balance, and links back in a new tab. Colours are the palette's
// light and dark pairs, so it follows the reader's colour scheme like the app.
import type { ClaimCard } from "../db/feeds";
import { GRADE_LABELS, NO_VERDICT_LABEL } from "../domain";
import { shortQuote } from "../reviews";
import { GRADE_PALETTE, lightDark, OFFSITE_PALETTE } from "./palette";
import { claimPath } from "./site";
import { escapeMarkup as esc } from "./text";

export const EMBED_CONTENT_TYPE = "text/html; charset=utf-8";

/** Quotes longer than this are shortened on the card; the claim page has them whole. */
const QUOTE_CHARS = 400;

const STYLE = [
  ":root{color-scheme:light dark;",
  `--fg:${lightDark(OFFSITE_PALETTE.fg)};--muted:${lightDark(OFFSITE_PALETTE.muted)};--border:${lightDark(OFFSITE_PALETTE.border)};`,
  `--card:${lightDark(OFFSITE_PALETTE.card)};--accent:${lightDark(OFFSITE_PALETTE.accent)};`,
  `--supports:${lightDark(OFFSITE_PALETTE.supports)};--contradicts:${lightDark(OFFSITE_PALETTE.contradicts)};--mixed:${lightDark(OFFSITE_PALETTE.mixed)};`,
  `--none:${lightDark(OFFSITE_PALETTE.gradeNone)};`,
  ...Object.entries(GRADE_PALETTE).map(([g, c]) => `--grade-${g}:${lightDark(c)};`),
  "}",
  "*{box-sizing:border-box}",
  "body{margin:0;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--fg);background:var(--card)}",
  "main{padding:14px 16px;border:1px solid var(--border);border-radius:8px;min-height:100vh}",
  "h1{font-size:15px;margin:0 0 8px;font-weight:600}",
  "blockquote{margin:0 0 6px;padding-left:10px;border-left:3px solid var(--border);font-style:italic}",
  "p{margin:0 0 8px}",
  ".muted{color:var(--muted);font-size:13px}",
  ".badge{display:inline-block;padding:1px 8px;border:1px solid var(--badge);border-radius:999px;font-size:13px;font-weight:600}",
  ".dot{color:var(--badge)}",
  ".balance span{white-space:nowrap}",
  ".supports{color:var(--supports)}.contradicts{color:var(--contradicts)}.mixed{color:var(--mixed)}",
  "a{color:var(--accent)}",
  ...Object.keys(GRADE_PALETTE).map((g) => `.grade-${g}{--badge:var(--grade-${g})}`),
  ".grade-none{--badge:var(--none)}",
].join("");

function page(title: string, body: string): string {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    `<body>${body}</body>`,
    "</html>",
  ].join("\n");
}

/** The card for one claim; `origin` makes the link back absolute. */
export function renderEmbed(card: ClaimCard, origin: string): string {
  const grade = card.grade ? GRADE_LABELS[card.grade] : NO_VERDICT_LABEL;
  const gradeClass = card.grade ? `grade-${card.grade}` : "grade-none";
  const asOf = card.gradedOn ? ` <span class="muted">as of <time datetime="${card.gradedOn}">${card.gradedOn}</time></span>` : "";
  const rolledUp = card.isRolledUp ? ' <span class="muted">(rolled up from its sub-claims)</span>' : "";
  const { supports, contradicts, mixed } = card.tally;
  const total = supports + contradicts + mixed;
  const balance =
    total === 0
      ? "No evidence logged yet."
      : [
          `<span class="supports"><span aria-hidden="true">▲</span> ${supports.toLocaleString("en")} supporting</span>`,
          `<span class="contradicts"><span aria-hidden="true">▼</span> ${contradicts.toLocaleString("en")} contradicting</span>`,
          `<span class="mixed"><span aria-hidden="true">◆</span> ${mixed.toLocaleString("en")} mixed</span>`,
        ].join(" · ");
  const year = card.source.publishedOn.slice(0, 4);
  const body = [
    "<main>",
    `<h1>${esc(card.statement)}</h1>`,
    `<blockquote><p>“${esc(shortQuote(card.quote, QUOTE_CHARS))}”</p></blockquote>`,
    `<p class="muted">${esc(card.source.author)}, <cite>${esc(card.source.title)}</cite> (${year})</p>`,
    `<p>Current verdict: <span class="badge ${gradeClass}"><span class="dot" aria-hidden="true">●</span> ${esc(grade)}</span>${asOf}${rolledUp}</p>`,
    `<p class="balance">Evidence: ${balance}</p>`,
    `<p><a href="${esc(origin + claimPath(card.id))}" target="_blank" rel="noopener">See its evidence and verdicts on Prediction Tracker<span class="muted"> (opens in a new tab)</span></a></p>`,
    "</main>",
  ].join("\n");
  return page(`${card.statement} · Prediction Tracker`, body);
}

/** A card that says only why there is nothing to show (a private dashboard, an unknown claim). */
export function renderEmbedMessage(message: string): string {
  return page("Prediction Tracker", `<main><h1>Prediction Tracker</h1><p>${esc(message)}</p></main>`);
}
