import { UtcTime } from "@/components/auth/utc-time";
import { TableScroll } from "@/components/ui/table-scroll";
import type { DeliveryLogItem } from "@/lib/db/webhooks";

/** One page of a webhook's delivery log: what was sent, how it went, and when it is tried next. */
export function WebhookDeliveries({ deliveries, total }: { deliveries: DeliveryLogItem[]; total: number }) {
  if (total === 0) return <p className="muted">Nothing sent yet.</p>;
  return (
    <TableScroll label="Deliveries">
      <table className="data">
        <caption>
          {total} {total === 1 ? "delivery" : "deliveries"}, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Queued</th>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Attempts
            </th>
            <th scope="col">Last answer</th>
            <th scope="col">Next attempt</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <UtcTime iso={d.createdAt} />
                <p className="small muted">
                  <code>{d.id}</code>
                </p>
              </th>
              <td>
                <code>{d.event}</code>
              </td>
              <td>
                {d.status}
                {d.deliveredAt && (
                  <p className="small muted">
                    <UtcTime iso={d.deliveredAt} />
                  </p>
                )}
              </td>
              <td className="num">{d.attempts}</td>
              <td>
                {d.lastStatusCode !== null && <>HTTP {d.lastStatusCode}</>}
                {d.lastError && <p className="small">{d.lastError}</p>}
                {d.lastStatusCode === null && !d.lastError && <span className="muted">none yet</span>}
              </td>
              <td>{d.status === "pending" && d.nextAttemptAt ? <UtcTime iso={d.nextAttemptAt} /> : <span className="muted">none</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
