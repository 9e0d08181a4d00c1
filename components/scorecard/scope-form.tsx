import Link from "next/link";
import { SelectField, sourceOptions, tagOptions } from "@/components/ui/select-field";
import type { ScorecardScope } from "@/lib/db/forecasts";
import { listTags } from "@/lib/db/tags";
import { listSources } from "@/lib/db/sources";
import { isScoped, loadScorecard } from "@/lib/scorecard/load";

const claims = (n: number) => `${n} ${n === 1 ? "claim" : "claims"}`;

/**
 * Narrows the whole scorecard to one tag and/or one source. A plain GET form, so a scoped
 * scorecard is a shareable URL and works without JavaScript. `path` is the view it scopes.
 */
export async function ScopeForm({ scope, path = "/" }: { scope: ScorecardScope; path?: string }) {
  const [tags, sources, scorecard] = await Promise.all([listTags(), listSources(), loadScorecard(scope)]);
  const sourceTitle = scope.source ? sources.find((s) => s.id === scope.source)?.title : undefined;
  const parts: string[] = [];
  if (scope.tag) parts.push(`tagged “${scope.tag}”`);
  if (scope.source) parts.push(`from ${sourceTitle ? `“${sourceTitle}”` : `an unknown source (${scope.source})`}`);
  const line = !isScoped(scope)
    ? `Scoring all ${claims(scorecard.total)}.`
    : scorecard.total === 0
      ? `No claims are ${parts.join(" and ")}, so there is nothing to score.`
      : `Scoring ${claims(scorecard.total)} ${parts.join(" and ")}.`;

  return (
    <section className="card" aria-labelledby="scope-heading">
      <h2 id="scope-heading" className="visually-hidden">
        Scope
      </h2>
      <form method="get" action={path} role="search" aria-label="Scorecard scope">
        <div className="row">
          <SelectField id="scope-tag" name="tag" label="Tag" value={scope.tag} anyLabel="All tags" options={tagOptions(tags)} />
          <SelectField
            id="scope-source"
            name="source"
            label="Source"
            value={scope.source}
            anyLabel="All sources"
            options={sourceOptions(sources)}
          />
          <div className="row fixed">
            <button type="submit" className="button">
              Apply
            </button>
            <Link href={path} className="button secondary">
              Show all
            </Link>
          </div>
        </div>
      </form>
      <p data-testid="scope-line" className="scope-line">
        {line}
      </p>
    </section>
  );
}
