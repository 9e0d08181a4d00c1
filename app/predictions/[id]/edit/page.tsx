import type { Metadata } from "next";
import { AdminsOnly } from "@/components/admin/admins-only";
import { guardedLoader, requireSignedIn } from "@/lib/auth/page-guard";
import { canManageClaims } from "@/lib/auth/permissions";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CredenceOverrideForm } from "@/components/curation/credence-override-form";
import { EditClaimForm } from "@/components/curation/edit-claim-form";
import { QuoteCorrectionForm } from "@/components/curation/quote-correction-form";
import { AddChildForm, DetachChildForm, SetParentForm } from "@/components/curation/sub-claim-forms";
import { latestCredenceOverride } from "@/lib/revisions";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import {
  addChildAction,
  correctQuoteAction,
  detachChildAction,
  overrideCredenceAction,
  setParentAction,
  updateClaimAction,
} from "@/lib/actions/curation-actions";
import { searchParentClaimsAction } from "@/lib/actions/curation-picker-actions";
import { getPredictionDetail, listPredictions, listRevisions, searchClaims } from "@/lib/db/claims";

export const dynamic = "force-dynamic";

/** The access check runs before the claim is read, for the page and its title alike. */
const loadClaim = guardedLoader((id) => `/predictions/${id}/edit`, (id) => getPredictionDetail(id), requireSignedIn);

/** How many claims the parent and sub-claim pickers offer at once. */
const CHOICES = 50;

export async function generateMetadata({ params }: PageProps<"/predictions/[id]/edit">): Promise<Metadata> {
  const { data: p } = await loadClaim((await params).id);
  return { title: p ? `Edit: ${p.statement}` : "Claim not found" };
}

export default async function EditClaimPage({ params, searchParams }: PageProps<"/predictions/[id]/edit">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { actor, data: p } = await loadClaim(id);
  if (!actor) return null; // unreachable: the guard sends anyone signed out to sign-in
  if (!canManageClaims(actor)) return <AdminsOnly title="Edit claim" role={actor.role} />;
  if (!p) notFound();
  // The pickers offer the claims of the same source, or the ones a search finds: never every claim.
  const find = (Array.isArray(query.find) ? query.find[0] : query.find)?.trim().slice(0, 200) ?? "";
  const [candidates, revisions] = await Promise.all([
    find
      ? searchClaims(find, { exclude: [p.id], take: CHOICES })
      : listPredictions({ source: p.source.id }, new Date(), { limit: CHOICES + 1 }).then((page) => page.items),
    listRevisions(id),
  ]);
  const override = latestCredenceOverride(revisions ?? []);
  const others = candidates
    .filter((c) => c.id !== p.id)
    .map((c) => ({ id: c.id, statement: c.statement, source: c.source, parentId: c.parentId }));
  const childChoices = others.filter((c) => c.parentId !== p.id && c.id !== p.parentId);
  return (
    <div className="stack">
      <div className="page-intro">
        <p className="small">
          <Link href={`/predictions/${p.id}`}>← Back to the claim</Link>
        </p>
        <h1>Edit claim</h1>
        <p className="muted">
          Every change here is recorded in the claim’s history with who made it, when and why.
        </p>
      </div>
      <section className="card" aria-labelledby="saved-quote-heading">
        <h2 id="saved-quote-heading">The saved quote</h2>
        <blockquote className="quote" cite={p.source.url}>
          <p>{p.quote}</p>
        </blockquote>
        <p className="small muted">
          From <Link href={`/sources/${p.source.id}`}>{p.source.title}</Link>, section “{p.section}”. Read-only: use
          “Correct the quote” below if it was saved wrongly.
        </p>
      </section>
      <div className="grid grid-2">
        <section className="card">
          <EditClaimForm
            action={updateClaimAction.bind(null, p.id)}
            claim={{ statement: p.statement, criteria: p.criteria, horizon: p.horizon, tags: p.tags }}
          />
        </section>
        <div>
          <section className="card">
            <QuoteCorrectionForm action={correctQuoteAction.bind(null, p.id)} quote={p.quote} />
          </section>
          <section className="card">
            <CredenceOverrideForm
              action={overrideCredenceAction.bind(null, p.id)}
              current={p.impliedCredence}
              word={override ? null : p.credenceWord}
              overrideReason={override?.reason ?? null}
            />
          </section>
        </div>
      </div>
      <section className="card stack" aria-labelledby="edit-sub-claims-heading">
        <h2 id="edit-sub-claims-heading">Sub-claims</h2>
        <p className="small muted">
          {p.parent ? (
            <>
              This claim is part of <Link href={`/predictions/${p.parent.id}`}>{p.parent.statement}</Link>.
            </>
          ) : (
            "This is a top-level claim."
          )}{" "}
          A parent with no verdict of its own is scored by the roll-up of its sub-claims.
        </p>
        <form method="get" role="search" aria-label="Find a claim to add as a sub-claim" className="row">
          <label htmlFor="find-claim">Find a claim</label>
          <input id="find-claim" name="find" type="search" defaultValue={find} maxLength={200} />
          <button type="submit" className="button secondary">Find</button>
          <p className="small muted full-row flush">
            {find
              ? `“Add a sub-claim” below offers the ${others.length === CHOICES ? `first ${CHOICES}` : others.length} claims matching “${find}”.`
              : `“Add a sub-claim” below offers claims from the same source; search to find one from another source.`}
          </p>
        </form>
        <SetParentForm
          action={setParentAction.bind(null, p.id)}
          claimId={p.id}
          parent={p.parent ? { id: p.parent.id, statement: p.parent.statement } : null}
          search={searchParentClaimsAction}
        />
        <div>
          <h3>This claim’s sub-claims ({p.childCount})</h3>
          {p.children.length === 0 ? (
            <p className="small muted">None yet.</p>
          ) : (
            <ul className="plain">
              {p.children.map((c) => (
                <li key={c.id}>
                  <Link href={`/predictions/${c.id}`}>{c.statement}</Link> <VerdictBadge grade={c.currentVerdict} />
                </li>
              ))}
            </ul>
          )}
        </div>
        <DetachChildForm action={detachChildAction.bind(null, p.id)} subClaims={p.children} />
        <AddChildForm action={addChildAction.bind(null, p.id)} claims={childChoices} />
      </section>
    </div>
  );
}
