import "server-only";
// Open Graph images (1200 × 630 PNG) drawn with next/og: a claim (its quote, verdict and
// source), a source (its claims by grade) and a yearly review (its figures), or a generic
// card that says nothing about the records (a private dashboard, an unknown record).
//
// The font is Inter from @fontsource/inter, read from node_modules (never downloaded), in its
// Latin, Greek and Cyrillic subsets. next/og fetches a font or an emoji image from the network for any character
// the given fonts lack, so text is first limited to the characters they have glyphs for.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import type { ReactElement, ReactNode } from "react";
import type { ClaimCard, SourceCard } from "../db/feeds";
import type { ReviewDetail } from "../db/reviews";
import { GRADE_LABELS, GRADES, NO_VERDICT_LABEL, type Grade } from "../domain";
import { shortQuote } from "../reviews";
import { fontCoverage } from "./font-coverage";
import { GRADE_PALETTE, OFFSITE_PALETTE } from "./palette";

export const OG_SIZE = { width: 1200, height: 630 };
export const OG_CONTENT_TYPE = "image/png";

const FONT_DIR = path.join(process.cwd(), "node_modules/@fontsource/inter");
const SUBSETS = ["latin", "latin-ext", "greek", "cyrillic"] as const;
const WEIGHTS = [400, 700] as const;

type OgFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

let assets: Promise<{ fonts: OgFont[]; covered: Set<number> }> | null = null;

/** The Inter files (woff: next/og reads woff and ttf, not woff2) and the characters they have glyphs for, read once. */
function loadAssets() {
  assets ??= (async () => {
    const fonts = await Promise.all(
      SUBSETS.flatMap((subset) =>
        WEIGHTS.map(async (weight): Promise<OgFont> => ({
          // One name per subset: fonts that share a name, weight and style replace each other.
          name: `Inter ${subset}`,
          data: await readFile(path.join(FONT_DIR, "files", `inter-${subset}-${weight}-normal.woff`)),
          weight,
          style: "normal",
        })),
      ),
    );
    // Every weight is drawn, so a character counts only if each weight has it.
    const byWeight = WEIGHTS.map((w) => {
      const union = new Set<number>();
      for (const f of fonts) if (f.weight === w) for (const c of fontCoverage(f.data)) union.add(c);
      return union;
    });
    const covered = new Set([...byWeight[0]].filter((c) => byWeight.every((set) => set.has(c))));
    return { fonts, covered };
  })().catch((e) => {
    assets = null;
    throw e;
  });
  return assets;
}

/** Invisible characters with no glyph of their own (joiners, marks of direction, controls): dropped. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}]/gu;

/**
 * Text the fonts can draw: invisible characters go, whitespace runs become one space, and any
 * other character without a glyph becomes "?" (tests/feeds/og.test.ts draws every character
 * that passes and checks that nothing is fetched).
 */
export function drawable(text: string, covered: Set<number>): string {
  let out = "";
  for (const ch of text.replace(INVISIBLE, "").replace(/\s+/g, " ").trim()) out += covered.has(ch.codePointAt(0)!) ? ch : "?";
  return out;
}

/** The characters the loaded fonts have glyphs for. */
export async function drawableCharacters(): Promise<Set<number>> {
  return (await loadAssets()).covered;
}

type Draw = (text: string) => string;

const P = OFFSITE_PALETTE;
const light = (c: { light: string }) => c.light;

function Frame({ kicker, children, footer }: { kicker: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <div
      style={{
        width: OG_SIZE.width,
        height: OG_SIZE.height,
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "56px 64px",
        background: light(P.card),
        color: light(P.fg),
        fontFamily: SUBSETS.map((subset) => `"Inter ${subset}"`).join(", "),
        borderTop: `16px solid ${light(P.headerBg)}`,
      }}
    >
      <div style={{ display: "flex", fontSize: 28, color: light(P.muted), fontWeight: 700 }}>{kicker}</div>
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, justifyContent: "center" }}>{children}</div>
      {footer ? <div style={{ display: "flex", fontSize: 26, color: light(P.muted) }}>{footer}</div> : null}
    </div>
  );
}

function Dot({ colour, size = 22 }: { colour: string; size?: number }) {
  return <div style={{ width: size, height: size, borderRadius: size, background: colour, marginRight: 12 }} />;
}

function GradePill({ grade }: { grade: Grade | null }) {
  const colour = grade ? GRADE_PALETTE[grade].light : P.gradeNone.light;
  return (
    <div style={{ display: "flex", alignItems: "center", border: `4px solid ${colour}`, borderRadius: 999, padding: "8px 24px", fontSize: 34, fontWeight: 700 }}>
      <Dot colour={colour} />
      {grade ? GRADE_LABELS[grade] : NO_VERDICT_LABEL}
    </div>
  );
}

/** Claims by grade as one bar in the grades' colours, with a legend. */
function GradeBar({ counts, draw }: { counts: { grade: Grade | null; count: number }[]; draw: Draw }) {
  const order = [...GRADES, null] as (Grade | null)[];
  const shown = order.map((g) => ({ grade: g, count: counts.find((c) => c.grade === g)?.count ?? 0 })).filter((c) => c.count > 0);
  const total = shown.reduce((s, c) => s + c.count, 0);
  if (total === 0) return <div style={{ display: "flex", fontSize: 30, color: light(P.muted) }}>No claims yet.</div>;
  const colourOf = (g: Grade | null) => (g ? GRADE_PALETTE[g].light : P.gradeNone.light);
  return (
    <div style={{ display: "flex", flexDirection: "column" }}>
      <div style={{ display: "flex", width: "100%", height: 36, borderRadius: 8, overflow: "hidden", marginBottom: 20 }}>
        {shown.map((c) => (
          <div key={String(c.grade)} style={{ width: `${(c.count / total) * 100}%`, height: "100%", background: colourOf(c.grade) }} />
        ))}
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", fontSize: 26 }}>
        {shown.map((c) => (
          <div key={String(c.grade)} style={{ display: "flex", alignItems: "center", marginRight: 28, marginBottom: 8 }}>
            <Dot colour={colourOf(c.grade)} size={18} />
            {draw(`${c.grade ? GRADE_LABELS[c.grade] : NO_VERDICT_LABEL} ${c.count.toLocaleString("en")}`)}
          </div>
        ))}
      </div>
    </div>
  );
}

async function respond(render: (draw: Draw) => ReactElement, cacheControl: string, status = 200): Promise<ImageResponse> {
  const { fonts, covered } = await loadAssets();
  const draw: Draw = (text) => drawable(text, covered);
  return new ImageResponse(render(draw), { ...OG_SIZE, fonts, status, headers: { "cache-control": cacheControl } });
}

/** Five minutes for a public record; the generic card may be kept longer. */
const PUBLIC = "public, max-age=300";

/** The card that names no record: for a private dashboard (200, so nothing tells whether the record exists) or an unknown one (404). */
export function genericImage(status = 200): Promise<ImageResponse> {
  return respond(
    () => (
      <Frame kicker="Prediction Tracker">
        <div style={{ display: "flex", fontSize: 64, fontWeight: 700, lineHeight: 1.15 }}>Forecasts, held to account over years.</div>
        <div style={{ display: "flex", fontSize: 32, color: light(P.muted), marginTop: 24 }}>Claims, dated evidence and graded verdicts.</div>
      </Frame>
    ),
    status === 200 ? "public, max-age=3600" : "no-store",
    status,
  );
}

const tallyItem = (colour: string, text: string) => (
  <div style={{ display: "flex", alignItems: "center", marginRight: 32 }}>
    <Dot colour={colour} size={18} />
    {text}
  </div>
);

export function claimImage(card: ClaimCard): Promise<ImageResponse> {
  return respond((draw) => {
    const quote = shortQuote(card.quote, 220);
    const size = quote.length > 160 ? 40 : quote.length > 90 ? 48 : 56;
    return (
      <Frame
        kicker="Prediction Tracker · a claim"
        footer={
          <div style={{ display: "flex", width: "100%", justifyContent: "space-between" }}>
            <div style={{ display: "flex", maxWidth: 640 }}>{draw(`${card.source.author}, ${shortQuote(card.source.title, 60)} (${card.source.publishedOn.slice(0, 4)})`)}</div>
            <div style={{ display: "flex" }}>
              {tallyItem(P.supports.light, `${card.tally.supports} supporting`)}
              {tallyItem(P.contradicts.light, `${card.tally.contradicts} contradicting`)}
              {tallyItem(P.mixed.light, `${card.tally.mixed} mixed`)}
            </div>
          </div>
        }
      >
        <div style={{ display: "flex", fontSize: size, lineHeight: 1.25, marginBottom: 36 }}>{draw(`“${quote}”`)}</div>
        <div style={{ display: "flex", alignItems: "center" }}>
          <GradePill grade={card.grade} />
          {card.gradedOn ? <div style={{ display: "flex", fontSize: 28, color: light(P.muted), marginLeft: 24 }}>as of {card.gradedOn}</div> : null}
        </div>
      </Frame>
    );
  }, PUBLIC);
}

export function sourceImage(card: SourceCard): Promise<ImageResponse> {
  return respond(
    (draw) => (
      <Frame kicker="Prediction Tracker · a source" footer={draw(`${card.author} · ${card.kind} · published ${card.publishedOn}`)}>
        <div style={{ display: "flex", fontSize: 56, fontWeight: 700, lineHeight: 1.15, marginBottom: 28 }}>{draw(shortQuote(card.title, 110))}</div>
        <div style={{ display: "flex", fontSize: 32, marginBottom: 24 }}>
          {`${card.claims.toLocaleString("en")} ${card.claims === 1 ? "claim" : "claims"}, by current verdict`}
        </div>
        <GradeBar counts={card.byGrade} draw={draw} />
      </Frame>
    ),
    PUBLIC,
  );
}

export function reviewImage(review: ReviewDetail): Promise<ImageResponse> {
  return respond((draw) => {
    const d = review.digest;
    const rate = review.hitRate === null ? "no hit rate yet" : `hit rate ${Math.round(review.hitRate * 100)} %`;
    return (
      <Frame
        kicker="Prediction Tracker · yearly review"
        footer={review.status === "completed" ? `Completed on ${review.completedOn}` : `Open since ${review.openedOn}`}
      >
        <div style={{ display: "flex", fontSize: 60, fontWeight: 700, marginBottom: 24 }}>{draw(shortQuote(review.title, 60))}</div>
        {d ? (
          <div style={{ display: "flex", flexDirection: "column" }}>
            <div style={{ display: "flex", fontSize: 32, marginBottom: 24 }}>
              {`${d.claims.inSnapshot.toLocaleString("en")} claims · ${d.claims.graded.toLocaleString("en")} of ${d.claims.needingVerdict.toLocaleString("en")} graded · ${rate}`}
            </div>
            <GradeBar counts={[...GRADES.map((g) => ({ grade: g, count: d.byVerdict[g] })), { grade: null, count: d.withoutVerdict }]} draw={draw} />
          </div>
        ) : (
          <div style={{ display: "flex", fontSize: 36 }}>{`${review.graded.toLocaleString("en")} of ${review.total.toLocaleString("en")} claims graded so far`}</div>
        )}
      </Frame>
    );
  }, PUBLIC);
}

export const OG_ALT = {
  claim: "The claim's quote, its current verdict, its source and its evidence balance",
  source: "The source's title and author, and its claims by current verdict",
  review: "The yearly review's figures: claims, how many were graded, the hit rate and the verdict mix",
} as const;
