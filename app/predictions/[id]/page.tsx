import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireReader } from "@/components/auth/page-guard";
import { WriteAccessNote } from "@/components/auth/write-access-note";
import { ClaimTimelineChart } from "@/components/charts/claim-timeline-chart";
import { RevisionHistory, claimIdsIn, latestCredenceOverride } from "@/components/curation/revision-history";
import { ClaimFacts } from "@/components/predictions/claim-facts";
import { EvidenceForm } from "@/components/predictions/evidence-form";
import { EvidenceList } from "@/components/predictions/evidence-list";
import { SubClaims } from "@/components/predictions/sub-claims";
import { VerdictForm } from "@/components/predictions/verdict-form";
import { VerdictHistory } from "@/components/predictions/verdict-history";
import { logEvidence, recordVerdict } from "@/lib/actions/claim-actions";
import { canLogEvidence, canManageClaims, canRecordVerdict, canRetract } from "@/lib/auth/permissions";
import { listRevisions } from "@/lib/db/curation";
import { utcToday } from "@/lib/db/dates";
import { getPredictionDetail } from "@/lib/db/predictions";
import { buildTimeline } from "@/lib/scoring";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/predictions/[id]">): Promise<Metadata> {
  const p = await getPredictionDetail((await params).id);
  return { title: p ? p.statement : "Claim not found" };
}

export default async function PredictionPage({ params }: PageProps<"/predictions/[id]">) {
  const { id } = await params;
  const actor = await requireReader(`/predictions/${id}`);
  const [p, revisions] = await Promise.all([getPredictionDetail(id), listRevisions(id)]);
  if (!p) notFound();
  // Retracted items stay listed, marked, but no longer count or plot.
  const liveEvidence = p.evidence.filter((e) => !e.retracted);
  const timeline = buildTimeline(liveEvidence, p.verdicts.filter((v) => !v.retracted));
  const here = `/predictions/${p.id}`;
  const claimStatements = await statementsOf(claimIdsIn(revisions ?? []));
  return (
    <div className="stack">
      <h1>{p.statement}</h1>
      {canManageClaims(actor) && (
        <p>
          <Link className="button secondary" href={`/predictions/${p.id}/edit`}>
            Edit claim
          </Link>
        </p>
      )}
      <ClaimFacts p={p} credenceOverride={latestCredenceOverride(revisions ?? [])} />
      <SubClaims items={p.children} ownVerdict={p.currentVerdict} />
      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="small muted">
          Evidence plots above the axis when it supports the claim and below when it contradicts it (taller is
          stronger). Verdict changes are marked, and the line is the credence recorded with each verdict.
        </p>
        <ClaimTimelineChart points={timeline} horizon={p.horizon} />
      </section>
      <div className="grid grid-2">
        <section className="card" aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">Evidence ({liveEvidence.length})</h2>
          <EvidenceList evidence={p.evidence} predictionId={p.id} canRetract={canRetract(actor)} />
        </section>
        <section className="card">
          {canLogEvidence(actor) ? (
            <EvidenceForm action={logEvidence.bind(null, p.id)} today={utcToday()} />
          ) : (
            <>
              <h2>Log evidence</h2>
              <WriteAccessNote actor={actor} what="log evidence" returnTo={here} />
            </>
          )}
        </section>
      </div>
      <div className="grid grid-2">
        <section className="card" aria-labelledby="verdicts-heading">
          <h2 id="verdicts-heading">Verdict history</h2>
          <VerdictHistory verdicts={p.verdicts} evidence={p.evidence} predictionId={p.id} canRetract={canRetract(actor)} />
        </section>
        <section className="card">
          {canRecordVerdict(actor) ? (
            <VerdictForm action={recordVerdict.bind(null, p.id)} evidence={liveEvidence} />
          ) : (
            <>
              <h2>Record a verdict</h2>
              <WriteAccessNote actor={actor} what="record a verdict" returnTo={here} />
            </>
          )}
        </section>
      </div>
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <p className="small muted">
          Every change to the claim, oldest first: who made it, when, why, and each field before and after. The quote
          changes only through a recorded correction.
        </p>
        <RevisionHistory revisions={revisions ?? []} claimStatements={claimStatements} />
      </section>
    </div>
  );
}

/** Names the claims that parent changes in the history point at (rarely more than two). */
async function statementsOf(ids: string[]): Promise<Record<string, string>> {
  const found = await Promise.all(ids.map((cid) => getPredictionDetail(cid)));
  return Object.fromEntries(found.filter((c) => c !== null).map((c) => [c.id, c.statement]));
}
