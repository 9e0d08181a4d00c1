import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { guardedLoader } from "@/lib/auth/page-guard";
import { WriteAccessNote } from "@/components/auth/write-access-note";
import { ClaimTimelineChart } from "@/components/charts/claim-timeline-chart";
import { QuoteContext } from "@/components/finder/quote-context";
import { RevisionHistory } from "@/components/curation/revision-history";
import { claimIdsIn, latestCredenceOverride } from "@/lib/revisions";
import { ClaimFacts } from "@/components/predictions/claim-facts";
import { EvidenceForm } from "@/components/predictions/evidence-form";
import { EvidenceList } from "@/components/predictions/evidence-list";
import { HistoryPager } from "@/components/predictions/history-pager";
import { SubClaims } from "@/components/predictions/sub-claims";
import { AddedFocus } from "@/components/predictions/added-focus";
import { FormDisclosure } from "@/components/predictions/form-disclosure";
import { VerdictForm } from "@/components/predictions/verdict-form";
import { VerdictHistory } from "@/components/predictions/verdict-history";
import { logEvidenceOnClaimPage, recordVerdictOnClaimPage } from "@/lib/actions/claim-page-actions";
import { addedItemId } from "@/lib/claim-added";
import { canLogEvidence, canManageClaims, canRecordVerdict, canRetract, canRunReview } from "@/lib/auth/permissions";
import { ReopenClaimForm } from "@/components/predictions/reopen-claim";
import { reopenClaimAction } from "@/lib/actions/claim-actions";
import { isFinal } from "@/lib/reviews";
import { claimStatements, getClaimTimeline, getPredictionDetail, listRevisions, type PredictionDetail, TIMELINE_LIMIT } from "@/lib/db/claims";
import { getQuoteContext } from "@/lib/db/sources";
import { utcToday } from "@/lib/db/dates";
import { InvalidCursorError } from "@/lib/db/keyset";
import { listCitableEvidence } from "@/lib/db/evidence";
import { buildTimeline } from "@/lib/scoring";
import { FollowButton } from "@/components/predictions/follow-button";
import { setFollowingAction } from "@/lib/actions/follow-actions";
import { isFollowing } from "@/lib/db/follows";

export const dynamic = "force-dynamic";

type Pages = { evidence?: string; verdicts?: string };

/**
 * The access check runs before the claim is read, for the page and its title alike. A cursor
 * that is not one this page handed out (a mangled bookmark) shows the newest items instead.
 */
const loadClaim = guardedLoader(
  (key) => `/predictions/${JSON.parse(key).id}`,
  async (key): Promise<{ claim: PredictionDetail | null; staleCursor: boolean }> => {
    const { id, evidence, verdicts } = JSON.parse(key) as { id: string } & Pages;
    try {
      return { claim: await getPredictionDetail(id, { evidence: { cursor: evidence }, verdicts: { cursor: verdicts } }), staleCursor: false };
    } catch (e) {
      if (!(e instanceof InvalidCursorError)) throw e;
      return { claim: await getPredictionDetail(id), staleCursor: true };
    }
  },
);

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const keyOf = (id: string, q: Record<string, string | string[] | undefined>) =>
  JSON.stringify({ id, evidence: one(q.evidence), verdicts: one(q.verdicts) });

export async function generateMetadata({ params, searchParams }: PageProps<"/predictions/[id]">): Promise<Metadata> {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { data } = await loadClaim(keyOf(id, query));
  if (!data.claim) return { title: "Claim not found" };
  const feed = { url: `/predictions/${data.claim.id}/feed.xml`, title: "This claim's evidence and verdicts" };
  return { title: data.claim.statement, alternates: { types: { "application/atom+xml": [feed] } } };
}

export default async function PredictionPage({ params, searchParams }: PageProps<"/predictions/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { actor, data } = await loadClaim(keyOf(id, query));
  const p = data.claim;
  if (!p) notFound();
  const [revisions, timeline, citable, context, following] = await Promise.all([listRevisions(id), getClaimTimeline(id), listCitableEvidence(id), getQuoteContext(id), actor ? isFollowing(actor.id, id) : false]);
  const points = buildTimeline(timeline.evidence, timeline.verdicts);
  const here = `/predictions/${p.id}`;
  const statements = await claimStatements(claimIdsIn(revisions ?? []));
  const olderEvidence = one(query.evidence) !== undefined && !data.staleCursor;
  const olderVerdicts = one(query.verdicts) !== undefined && !data.staleCursor;
  const plotted = timeline.evidence.length < p.evidenceCount || timeline.verdicts.length < timeline.verdictTotal;
  // The item just saved (the forms redirect here with ?added=<id>), when it is on this page.
  const addedParam = one(query.added);
  const addedEvidence = addedParam ? p.evidence.find((e) => e.id === addedParam) : undefined;
  const addedVerdict = addedParam && !addedEvidence ? p.verdicts.find((v) => v.id === addedParam) : undefined;
  const addedElement = addedEvidence ? addedItemId("evidence", addedEvidence.id) : addedVerdict ? addedItemId("verdict", addedVerdict.id) : null;
  // The newest live verdict: the form offers its credence as the starting point.
  const latestVerdict = timeline.verdicts[timeline.verdicts.length - 1];
  const mayLog = canLogEvidence(actor);
  const mayGrade = canRecordVerdict(actor);
  return (
    <div className="stack">
      <h1>{p.statement}</h1>
      {actor && <FollowButton action={setFollowingAction.bind(null, p.id)} isFollowing={following} />}
      {canManageClaims(actor) && (
        <p>
          <Link className="button secondary" href={`/predictions/${p.id}/edit`}>
            Edit claim
          </Link>
        </p>
      )}
      {!mayLog && !mayGrade && (
        <div className="write-invite" data-testid="write-invite">
          <WriteAccessNote actor={actor} what="log evidence or record a verdict" returnTo={here} />
        </div>
      )}
      {data.staleCursor && (
        <p className="alert" role="status">
          That link to older items no longer fits this claim’s history, so the newest items are shown.
        </p>
      )}
      <div role="status" aria-live="polite">
        {addedEvidence && (
          <p className="alert success">
            Evidence “{addedEvidence.title}” logged. It is highlighted in the evidence list below.
          </p>
        )}
        {addedVerdict && <p className="alert success">Verdict recorded. It is highlighted at the top of the verdict history below.</p>}
      </div>
      {addedElement && <AddedFocus elementId={addedElement} />}
      <ClaimFacts p={p} credenceOverride={latestCredenceOverride(revisions ?? [])} />
      {context && <QuoteContext context={context} />}
      <SubClaims items={p.children} total={p.childCount} gradeCounts={p.childGradeCounts} ownVerdict={p.currentVerdict} />
      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        {plotted && (
          <p className="small muted">
            It plots the newest {TIMELINE_LIMIT} evidence items and verdicts; the lists below hold them all.
          </p>
        )}
        <ClaimTimelineChart
          points={points}
          horizon={p.horizon}
          madeOn={p.madeOn}
          impliedCredence={p.impliedCredence}
          today={utcToday()}
        />
      </section>
      <section className="card" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence ({p.evidenceCount})</h2>
        {mayLog ? (
          <FormDisclosure label="Log evidence" savedKey={addedEvidence?.id}>
            <EvidenceForm action={logEvidenceOnClaimPage.bind(null, p.id)} today={utcToday()} />
          </FormDisclosure>
        ) : (
          mayGrade && <WriteAccessNote actor={actor} what="log evidence" returnTo={here} />
        )}
        <p className="small muted">
          Newest first{p.evidencePage.total > p.evidenceCount ? `; ${p.evidencePage.total - p.evidenceCount} retracted items stay listed, marked` : ""}.
        </p>
        <EvidenceList
          evidence={p.evidence}
          predictionId={p.id}
          canRetract={canRetract(actor)}
          start={p.evidencePage.remaining}
          addedId={addedEvidence?.id}
        />
        <HistoryPager
          what="evidence"
          shown={p.evidence.length}
          total={p.evidencePage.total}
          isOlderPage={olderEvidence}
          newestHref={hrefWith(here, query, "evidence", null)}
          olderHref={p.evidencePage.nextCursor ? hrefWith(here, query, "evidence", p.evidencePage.nextCursor) : null}
          anchor="evidence-heading"
        />
      </section>
      <section className="card" aria-labelledby="verdicts-heading">
        <h2 id="verdicts-heading">Verdict history ({p.verdictPage.total})</h2>
        {mayGrade ? (
          <FormDisclosure label="Record a verdict" savedKey={addedVerdict?.id}>
            <VerdictForm
              action={recordVerdictOnClaimPage.bind(null, p.id)}
              evidence={citable}
              liveEvidenceCount={p.evidenceCount}
              currentGrade={p.currentVerdict}
              previousCredence={latestVerdict?.credence ?? null}
            />
          </FormDisclosure>
        ) : (
          mayLog && <WriteAccessNote actor={actor} what="record a verdict" returnTo={here} />
        )}
        {p.reopened && (
          <p className="alert" data-testid="claim-reopened">
            Reopened on <time dateTime={p.reopened.at}>{p.reopened.at.slice(0, 10)}</time>: {p.reopened.reason} The next
            verdict settles it.
          </p>
        )}
        {canRunReview(actor) && !p.reopened && isFinal(p.currentVerdict) && (
          <FormDisclosure label="Reopen this claim">
            <ReopenClaimForm action={reopenClaimAction.bind(null, p.id)} />
          </FormDisclosure>
        )}
        <p className="small muted">Newest first; the first live row is the current verdict.</p>
        <VerdictHistory
          verdicts={p.verdicts}
          isNewestPage={!olderVerdicts}
          predictionId={p.id}
          canRetract={canRetract(actor)}
          addedId={addedVerdict?.id}
        />
        <HistoryPager
          what="verdicts"
          shown={p.verdicts.length}
          total={p.verdictPage.total}
          isOlderPage={olderVerdicts}
          newestHref={hrefWith(here, query, "verdicts", null)}
          olderHref={p.verdictPage.nextCursor ? hrefWith(here, query, "verdicts", p.verdictPage.nextCursor) : null}
          anchor="verdicts-heading"
        />
      </section>
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <p className="small muted">
          Every change to the claim, oldest first: who made it, when, why, and each field before and after. The quote
          changes only through a recorded correction.
        </p>
        <RevisionHistory revisions={revisions ?? []} claimStatements={statements} />
      </section>
    </div>
  );
}

function hrefWith(path: string, query: Record<string, string | string[] | undefined>, key: keyof Pages, value: string | null): string {
  const q = new URLSearchParams();
  for (const k of ["evidence", "verdicts"] as const) {
    const v = k === key ? value : one(query[k]);
    if (v) q.set(k, v);
  }
  const s = q.toString();
  return `${path}${s ? `?${s}` : ""}#${key === "evidence" ? "evidence-heading" : "verdicts-heading"}`;
}
