import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireReader } from "@/components/auth/page-guard";
import { AddClaimForm } from "@/components/curation/add-claim-form";
import { DueFlags } from "@/components/ui/due-flags";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { addClaimAction } from "@/lib/actions/curation-actions";
import { canManageClaims } from "@/lib/auth/permissions";
import { utcToday } from "@/lib/db/dates";
import { getSourceWithClaims } from "@/lib/db/sources";
import { formatHorizon } from "@/lib/horizon";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/sources/[id]">): Promise<Metadata> {
  const s = await getSourceWithClaims((await params).id);
  return { title: s ? s.title : "Source not found" };
}

export default async function SourcePage({ params, searchParams }: PageProps<"/sources/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireReader(`/sources/${id}`);
  const source = await getSourceWithClaims(id);
  if (!source) notFound();
  const today = utcToday();
  const isJustAdded = query.added === "1";
  const sections = [...new Set(source.predictions.map((p) => p.section).filter(Boolean))];
  return (
    <div className="stack">
      <div className="page-intro">
        <h1>{source.title}</h1>
        <p className="muted">
          {source.author} · {source.kind} · published <time dateTime={source.publishedOn}>{source.publishedOn}</time> ·{" "}
          <a href={source.url} rel="noopener noreferrer nofollow" target="_blank">
            Read the source
          </a>
        </p>
        <p>
          <Link href={`/predictions?source=${source.id}`}>Filter the prediction list to this source</Link> ·{" "}
          <Link href={`/?source=${source.id}`}>Scorecard and calibration for this source</Link> ·{" "}
          <a href="#add-claim-heading">Add a claim</a>
        </p>
        {isJustAdded && (
          <p className="alert success" role="status">
            Source added. Now add its claims below.
          </p>
        )}
      </div>
      <section className="card" aria-labelledby="claims-heading">
        <h2 id="claims-heading">Claims, in the order they appear ({source.predictions.length})</h2>
        {source.predictions.length === 0 ? (
          <p role="status">No claims from this source yet.</p>
        ) : (
          <ol className="plain" data-testid="source-claims">
            {source.predictions.map((p) => (
              <li key={p.id} style={p.parentId ? { paddingLeft: "1.5rem" } : undefined}>
                <div className="small muted">
                  #{p.position} · {p.section}
                  {p.parentId ? " · sub-claim" : ""}
                </div>
                <blockquote className="quote" style={{ fontSize: "1rem" }}>
                  <p style={{ margin: 0 }}>{p.quote}</p>
                </blockquote>
                <div>
                  <Link href={`/predictions/${p.id}`}>{p.statement}</Link>{" "}
                  <VerdictBadge grade={p.currentVerdict} />{" "}
                  <DueFlags
                    claim={{ currentGrade: p.currentVerdict, currentVerdictOn: p.currentVerdictOn, horizonTo: p.horizon.to, madeOn: p.madeOn }}
                    today={today}
                  />{" "}
                  <span className="small muted">
                    horizon {formatHorizon(p.horizon)} · {p.evidenceCount} evidence
                  </span>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      {canManageClaims(actor) && (
        <section className="card" style={{ maxWidth: 820 }}>
          <AddClaimForm
            action={addClaimAction.bind(null, source.id)}
            sections={sections}
            claims={source.predictions.map((p) => ({ id: p.id, statement: p.statement }))}
            madeYear={Number(source.publishedOn.slice(0, 4))}
          />
        </section>
      )}
    </div>
  );
}
