import type { Metadata } from "next";
import { requirePageReader } from "@/lib/auth/page-guard";
import { CreateTagForm } from "@/components/curation/tag-forms";
import { TagTable } from "@/components/curation/tag-table";
import { canManageTags } from "@/lib/auth/permissions";
import { createTagAction, deleteTagAction, mergeTagAction, renameTagAction } from "@/lib/actions/tag-actions";
import { listTagsWithCounts } from "@/lib/db/tags";

export const metadata: Metadata = { title: "Tags" };
export const dynamic = "force-dynamic";

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
const claims = (n: number) => `${n} ${n === 1 ? "claim" : "claims"}`;

export default async function TagsPage({ searchParams }: PageProps<"/tags">) {
  const actor = await requirePageReader("/tags");
  const [tags, query] = await Promise.all([listTagsWithCounts(), searchParams]);
  const isAdmin = canManageTags(actor);
  const merged = one(query.merged);
  const into = one(query.into);
  const moved = Number(one(query.moved) ?? "0") || 0;
  const deleted = one(query.deleted);
  const unlinked = Number(one(query.unlinked) ?? "0") || 0;
  return (
    <div className="stack">
      <div className="page-intro">
        <h1>Tags</h1>
        <p className="muted">
          Tags group claims by topic. Follow a tag to filter the prediction list by it.
          {isAdmin && " Use a tag’s Actions menu to rename it, merge it into another when two mean the same thing, or delete it."}
        </p>
      </div>
      <div role="status" aria-live="polite">
        {merged && into && (
          <p className="alert success">
            Merged “{merged}” into “{into}”: {claims(moved)} moved.
          </p>
        )}
        {deleted && (
          <p className="alert success">
            Deleted the tag “{deleted}”{unlinked > 0 ? `; it was unlinked from ${claims(unlinked)}` : ""}.
          </p>
        )}
      </div>
      {isAdmin && (
        <section className="card measure">
          <CreateTagForm action={createTagAction} />
        </section>
      )}
      <section className="card" aria-labelledby="all-tags-heading">
        <h2 id="all-tags-heading">All tags ({tags.length})</h2>
        {tags.length === 0 ? (
          <p>No tags yet.</p>
        ) : (
          <TagTable
            canManage={isAdmin}
            tags={tags.map((t) => ({
              ...t,
              rename: renameTagAction.bind(null, t.name),
              merge: mergeTagAction.bind(null, t.name),
              remove: deleteTagAction.bind(null, t.name),
            }))}
          />
        )}
      </section>
    </div>
  );
}
