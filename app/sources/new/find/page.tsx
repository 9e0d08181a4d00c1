import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { requireSignedIn } from "@/lib/auth/page-guard";
import { ClaimFinder } from "@/components/finder/claim-finder";
import { draftClaimAction, findCandidatesAction, saveFoundClaimsAction } from "@/lib/actions/finder-actions";
import { canManageClaims, canManageSources } from "@/lib/auth/permissions";
import { utcToday } from "@/lib/db/dates";
import { llmConfigFromEnv } from "@/lib/finder/llm";
import { FINDER_TEXT_MAX } from "@/lib/validation/finder";

export const metadata: Metadata = { title: "Find claims in a text" };
export const dynamic = "force-dynamic";

export default async function FindClaimsPage() {
  const actor = await requireSignedIn("/sources/new/find");
  if (!canManageSources(actor) || !canManageClaims(actor)) return <AdminsOnly title="Find claims in a text" role={actor.role} />;
  return (
    <div className="stack">
      <div className="page-intro">
        <p className="small">
          <Link href="/sources/new">← Add a source by hand</Link>
        </p>
        <h1>Find claims in a text</h1>
        <p className="muted">
          Paste an essay, report or transcript. The finder proposes its forward-looking sentences as claims, best first; accept,
          adjust or reject each, add any it missed by selecting text, then save the source and its claims together.
        </p>
      </div>
      <ClaimFinder
        today={utcToday()}
        textMax={FINDER_TEXT_MAX}
        isLlmEnabled={llmConfigFromEnv() !== null}
        findAction={findCandidatesAction}
        saveAction={saveFoundClaimsAction}
        draftAction={draftClaimAction}
      />
    </div>
  );
}
