import { LinkHealthNote } from "@/components/evidence/link-health";
import { retractEvidenceAction } from "@/lib/actions/claim-actions";
import { addedItemId } from "@/lib/claim-added";
import { STANCE_LABELS } from "@/lib/domain";
import { type EvidenceItem, linkHealthOf } from "@/lib/db/rows";
import { RetractForm } from "./retract-form";
import { RetractedNote } from "./retracted-note";

type Props = {
  evidence: EvidenceItem[];
  predictionId: string;
  canRetract: boolean;
  /** The number of the first item shown, counting down (the newest has the highest). */
  start?: number;
  /** The item just saved, highlighted. */
  addedId?: string | null;
};

export function EvidenceList({ evidence, predictionId, canRetract, start, addedId = null }: Props) {
  if (evidence.length === 0) {
    return <p role="status">No evidence yet.</p>;
  }
  const first = start ?? evidence.length;
  return (
    <ol className="plain" data-testid="evidence-list" reversed start={first}>
      {evidence.map((e, i) => {
        const isAdded = e.id === addedId;
        return (
          // Each item carries its own number: nothing inside it (a <summary> is a list item
          // too) can shift the count.
          <li key={e.id} id={addedItemId("evidence", e.id)} value={first - i} className={isAdded ? "just-added" : undefined} tabIndex={isAdded ? -1 : undefined}>
            <article aria-labelledby={`ev-${e.id}`} style={e.retracted ? { opacity: 0.75 } : undefined}>
              <h3 id={`ev-${e.id}`} className="evidence-title">
                {isAdded && <span className="just-added-label">Just added</span>}
                <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                  {e.retracted ? <s>{e.title}</s> : e.title}
                </a>
              </h3>
              {e.retracted && <RetractedNote retraction={e.retracted} />}
              <p className="small tight-below">
                <span className={`badge stance stance-${e.stance}`}>
                  {STANCE_LABELS[e.stance]}
                </span>{" "}
                <span className="muted">
                  {e.strength} · observed <time dateTime={e.observedOn}>{e.observedOn}</time> · recorded{" "}
                  <time dateTime={e.recordedAt} title={e.recordedAt}>
                    {e.recordedAt.slice(0, 10)}
                  </time>{" "}
                  by {e.loggedBy}
                  {e.isSeeded ? " (starter data)" : ""}
                </span>
              </p>
              <p className="flush-bottom pre-line">{e.summary}</p>
              {e.excerpt && (
                <blockquote cite={e.url} className="excerpt inline-excerpt">
                  <span className="visually-hidden">Excerpt from the source: </span>
                  {e.excerpt}
                </blockquote>
              )}
              {e.archiveUrl && (
                <p className="small evidence-meta">
                  <a href={e.archiveUrl} rel="noopener noreferrer nofollow" target="_blank">
                    Archived copy<span className="visually-hidden"> of {e.title}</span>
                  </a>
                </p>
              )}
              <LinkHealthNote link={linkHealthOf(e)} title={e.title} showArchive={false} />
              {canRetract && !e.retracted && (
                <RetractForm action={retractEvidenceAction.bind(null, predictionId, e.id)} id={e.id} what="evidence" />
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
