import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { guardedLoader } from "@/lib/auth/page-guard";
import { AddClaimForm } from "@/components/curation/add-claim-form";
import { DueFlags } from "@/components/ui/due-flags";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { addClaimAction } from "@/lib/actions/curation-actions";
import { canManageClaims, canManageSources } from "@/lib/auth/permissions";
import { utcToday } from "@/lib/db/dates";
import { listPredictions } from "@/lib/db/claims";
import { getSource, listSections } from "@/lib/db/sources";
import { Pagination, withParam } from "@/components/ui/pagination";
import { parsePageNumber } from "@/lib/validation/filters";
import { formatHorizon } from "@/lib/horizon";

export const dynamic = "force-dynamic";

/** The access check runs before the source is read, for the page and its title alike. */
const loadSource = guardedLoader((id) => `/sources/${id}`, (id) => getSource(id));

const CLAIMS_PER_PAGE = 100;

export async function generateMetadata({ params }: PageProps<"/sources/[id]">): Promise<Metadata> {
  const { data: s } = await loadSource((await params).id);
  if (!s) return { title: "Source not found" };
  const feed = { url: `/sources/${s.id}/feed.xml`, title: "Evidence and verdicts on this source's claims" };
  return { title: s.title, alternates: { types: { "application/atom+xml": [feed] } } };
}

export default async function SourcePage({ params, searchParams }: PageProps<"/sources/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { actor, data: source } = await loadSource(id);
  if (!source) notFound();
  const today = utcToday();
  const isJustAdded = query.added === "1";
  const page = parsePageNumber(query);
  const [claims, sections] = await Promise.all([
    listPredictions({ source: source.id }, new Date(), { limit: CLAIMS_PER_PAGE, offset: (page - 1) * CLAIMS_PER_PAGE }),
    listSections(source.id),
  ]);
  const hrefFor = (n: number) => withParam(`/sources/${source.id}`, query, "page", n === 1 ? null : String(n));
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
          <Link href={`/scorecard/forecasts?source=${source.id}`}>Forecast scores and calibration for this source</Link> ·{" "}
          <a href="#add-claim-heading">Add a claim</a>
          {canManageClaims(actor) && (
            <>
              {" · "}
              <Link href={`/sources/${source.id}/import`}>Import claims from CSV</Link>
            </>
          )}
          {canManageSources(actor) && (
            <>
              {" · "}
              <Link href={`/sources/${source.id}/edit`}>Edit source</Link>
            </>
          )}
        </p>
        {isJustAdded && (
          <p className="alert success" role="status">
            Source added. Now add its claims below.
          </p>
        )}
      </div>
      <section className="card" aria-labelledby="claims-heading">
        <h2 id="claims-heading">Claims, in the order they appear ({claims.total})</h2>
        {claims.total === 0 ? (
          <p role="status">No claims from this source yet.</p>
        ) : (
          <ol className="plain unnumbered" data-testid="source-claims">
            {claims.items.map((p, i) => (
              <li key={p.id} style={p.parentId ? { paddingLeft: "1.5rem" } : undefined}>
                <div className="small muted">
                  #{(page - 1) * CLAIMS_PER_PAGE + i + 1} · {p.section}
                  {p.parentId ? " · sub-claim" : ""}
                </div>
                <blockquote className="quote compact">
                  <p>{p.quote}</p>
                </blockquote>
                <div>
                  <Link href={`/predictions/${p.id}`}>{p.statement}</Link>{" "}
                  <VerdictBadge grade={p.currentVerdict} />{" "}
                  <DueFlags due={p.due} />{" "}
                  <span className="small muted">
                    horizon {formatHorizon(p.horizon)} · {p.evidenceCount} evidence
                  </span>
                </div>
              </li>
            ))}
          </ol>
        )}
        {claims.total > CLAIMS_PER_PAGE && (
          <Pagination total={claims.total} page={page} pageSize={CLAIMS_PER_PAGE} hrefFor={hrefFor} label="claims" labelOne="claim" />
        )}
      </section>
      {canManageClaims(actor) && (
        <section className="card measure-wide">
          <AddClaimForm
            action={addClaimAction.bind(null, source.id)}
            sections={sections}
            claims={claims.items.map((p) => ({ id: p.id, statement: p.statement }))}
            madeYear={Number(source.publishedOn.slice(0, 4))}
          />
        </section>
      )}
    </div>
  );
}
