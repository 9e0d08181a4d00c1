import Link from "next/link";
import { listRecentEvidence } from "@/lib/db/scorecard";
import { STANCE_LABELS } from "@/lib/domain";

/** Always covers every claim: listRecentEvidence does not take a scope yet. */
export async function RecentEvidenceList({ isScoped = false }: { isScoped?: boolean }) {
  const items = await listRecentEvidence(8);
  return (
    <section className="card" aria-labelledby="recent-evidence-heading">
      <h2 id="recent-evidence-heading">Most recent evidence</h2>
      {isScoped ? <p className="small muted">On any claim, not only the ones in scope.</p> : null}
      {items.length === 0 ? (
        <p role="status">No evidence logged yet. Open a claim to log the first item.</p>
      ) : (
        <ul className="plain">
          {items.map((e) => (
            <li key={e.id}>
              <div>
                <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                  {e.title}
                </a>{" "}
                <span className="small muted">
                  ({STANCE_LABELS[e.stance].toLowerCase()}, observed <time dateTime={e.observedOn}>{e.observedOn}</time>)
                </span>
              </div>
              <div className="small">
                on <Link href={`/predictions/${e.prediction.id}`}>{e.prediction.statement}</Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
