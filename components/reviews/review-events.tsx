import type { ReviewDetail } from "@/lib/db/reviews";
import styles from "./reviews.module.css";

const KIND_LABELS: Record<string, string> = { opened: "Opened", completed: "Completed", reopened: "Reopened", sealed: "Sealed after the fact" };

/** What an event's hash is: the seal a completion made, or the one a reopening set aside. */
const HASH_LABELS: Record<string, string> = { completed: "Sealed", reopened: "Set aside", sealed: "Sealed" };

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** Opening, completing and reopening the review: who, when, why, and the seal each made or set aside. */
export function ReviewEvents({ events }: { events: ReviewDetail["events"] }) {
  return (
    <section className="card" aria-labelledby="review-events-heading">
      <h2 id="review-events-heading">History of this review</h2>
      {events.length === 0 ? (
        <p>No events recorded.</p>
      ) : (
        <table className="data" data-testid="review-events">
          <caption className="visually-hidden">Events of this review, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">By</th>
              <th scope="col">When</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              <tr key={i}>
                <th scope="row">
                  {KIND_LABELS[e.kind] ?? e.kind}
                  {e.hash && (
                    <div className="small muted plain-weight">
                      {HASH_LABELS[e.kind] ?? "Hash"} <code className={styles.hash}>{e.hash}</code>
                    </div>
                  )}
                </th>
                <td>{e.by}</td>
                <td>
                  <time dateTime={e.at}>{when(e.at)}</time>
                </td>
                <td className="pre-line">{e.reason ?? <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
