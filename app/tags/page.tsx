import type { Metadata } from "next";
import Link from "next/link";
import { requireReader } from "@/components/auth/page-guard";
import { CreateTagForm, TagActions } from "@/components/curation/tag-forms";
import { canManageTags } from "@/lib/auth/permissions";
import { createTagAction, mergeTagAction, renameTagAction } from "@/lib/actions/tag-actions";
import { listTagsWithCounts } from "@/lib/db/curation";

export const metadata: Metadata = { title: "Tags" };
export const dynamic = "force-dynamic";

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function TagsPage({ searchParams }: PageProps<"/tags">) {
  const actor = await requireReader("/tags");
  const [tags, query] = await Promise.all([listTagsWithCounts(), searchParams]);
  const isAdmin = canManageTags(actor);
  const merged = one(query.merged);
  const into = one(query.into);
  const moved = Number(one(query.moved) ?? "0");
  return (
    <div className="stack">
      <div className="page-intro">
        <h1>Tags</h1>
        <p className="muted">
          Tags group claims by topic. Follow a tag to filter the prediction list by it; rename a tag, or merge it into
          another when two mean the same thing.
        </p>
      </div>
      <div role="status" aria-live="polite">
        {merged && into && (
          <p className="alert success">
            Merged “{merged}” into “{into}”: {moved} {moved === 1 ? "claim" : "claims"} moved.
          </p>
        )}
      </div>
      {isAdmin && (
        <section className="card" style={{ maxWidth: 720 }}>
          <CreateTagForm action={createTagAction} />
        </section>
      )}
      <section className="card" aria-labelledby="all-tags-heading">
        <h2 id="all-tags-heading">All tags ({tags.length})</h2>
        {tags.length === 0 ? (
          <p>No tags yet.</p>
        ) : (
          <ul className="plain" data-testid="tag-list">
            {tags.map((t) => (
              <li key={t.id}>
                <h3 style={{ margin: "0 0 0.5rem" }}>
                  <Link href={`/predictions?tag=${encodeURIComponent(t.name)}`}>{t.name}</Link>{" "}
                  <span className="small muted" style={{ fontWeight: 400 }}>
                    {t.claimCount} {t.claimCount === 1 ? "claim" : "claims"}
                  </span>
                </h3>
                {isAdmin && (
                  <TagActions
                    tagId={t.id}
                    name={t.name}
                    otherTags={tags.filter((o) => o.id !== t.id).map((o) => o.name)}
                    rename={renameTagAction.bind(null, t.name)}
                    merge={mergeTagAction.bind(null, t.name)}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
