import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { UNHEDGED } from "@/lib/credence";
import type { PredictionDetail } from "@/lib/db/claims";
import { NO_HORIZON_STATED, formatHorizon } from "@/lib/horizon";

type Props = {
  p: PredictionDetail;
  /** The recorded override behind the implied credence, when it was set by hand. */
  credenceOverride?: { reason: string; editedBy: string } | null;
};

export function ClaimFacts({ p, credenceOverride = null }: Props) {
  return (
    <section className="card" aria-labelledby="claim-quote-heading">
      <h2 id="claim-quote-heading" className="visually-hidden">
        The claim as written
      </h2>
      <blockquote className="quote" cite={p.source.url}>
        <p>{p.quote}</p>
      </blockquote>
      <p className="small muted">
        From <Link href={`/sources/${p.source.id}`}>{p.source.title}</Link> by {p.source.author} ({p.source.kind},{" "}
        <time dateTime={p.source.publishedOn}>{p.source.publishedOn}</time>), section “{p.section}”.{" "}
        <a href={p.source.url} rel="noopener noreferrer nofollow" target="_blank">
          Read the source
        </a>
      </p>
      <dl className="facts">
        <dt>Current verdict</dt>
        <dd>
          <VerdictBadge grade={p.currentVerdict} />
          {p.currentVerdictOn && <span className="small muted"> since {p.currentVerdictOn}</span>}
        </dd>
        <dt>Statement</dt>
        <dd>{p.statement}</dd>
        <dt>Resolution criteria</dt>
        <dd className="pre-line">{p.criteria}</dd>
        <dt>Horizon</dt>
        <dd>
          {formatHorizon(p.horizon)}{" "}
          <span className="small muted">
            {p.horizonPhrase === NO_HORIZON_STATED
              ? "(the source states no horizon; tracked for five years)"
              : `(read from “${p.horizonPhrase}”)`}
          </span>
        </dd>
        <dt>Implied credence</dt>
        <dd>
          {p.impliedCredence === null ? "—" : `${Math.round(p.impliedCredence * 100)}%`}
          {credenceOverride ? (
            <span className="small muted">
              {" "}
              (set by hand by {credenceOverride.editedBy}: “{credenceOverride.reason}”)
            </span>
          ) : p.credenceWord === UNHEDGED.word ? (
            <span className="small muted"> (no hedge word: read as an unhedged assertion)</span>
          ) : (
            p.credenceWord && <span className="small muted"> (from the hedge “{p.credenceWord}”)</span>
          )}
        </dd>
        <dt>Made on</dt>
        <dd>
          <time dateTime={p.madeOn}>{p.madeOn}</time>
        </dd>
        {p.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>
              {p.tags.map((t) => (
                <Link key={t} className="tag" href={`/predictions?tag=${encodeURIComponent(t)}`}>
                  {t}
                </Link>
              ))}
            </dd>
          </>
        )}
        {p.parent && (
          <>
            <dt>Part of</dt>
            <dd>
              <Link href={`/predictions/${p.parent.id}`}>{p.parent.statement}</Link>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
