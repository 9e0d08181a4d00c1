import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimTimelineChart } from "@/components/charts/claim-timeline-chart";
import { ClaimFacts } from "@/components/predictions/claim-facts";
import { EvidenceForm } from "@/components/predictions/evidence-form";
import { EvidenceList } from "@/components/predictions/evidence-list";
import { SubClaims } from "@/components/predictions/sub-claims";
import { VerdictForm } from "@/components/predictions/verdict-form";
import { VerdictHistory } from "@/components/predictions/verdict-history";
import { logEvidence, recordVerdict } from "@/lib/actions/claim-actions";
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
  const p = await getPredictionDetail(id);
  if (!p) notFound();
  const timeline = buildTimeline(p.evidence, p.verdicts);
  return (
    <div className="stack">
      <h1>{p.statement}</h1>
      <ClaimFacts p={p} />
      <SubClaims items={p.children} />
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
          <h2 id="evidence-heading">Evidence ({p.evidence.length})</h2>
          <EvidenceList evidence={p.evidence} />
        </section>
        <section className="card">
          <EvidenceForm action={logEvidence.bind(null, p.id)} today={utcToday()} />
        </section>
      </div>
      <div className="grid grid-2">
        <section className="card" aria-labelledby="verdicts-heading">
          <h2 id="verdicts-heading">Verdict history</h2>
          <VerdictHistory verdicts={p.verdicts} evidence={p.evidence} />
        </section>
        <section className="card">
          <VerdictForm action={recordVerdict.bind(null, p.id)} evidence={p.evidence} />
        </section>
      </div>
    </div>
  );
}
