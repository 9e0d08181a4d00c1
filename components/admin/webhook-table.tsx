import Link from "next/link";
import { UtcTime } from "@/components/auth/utc-time";
import { TableScroll } from "@/components/ui/table-scroll";
import { deleteWebhookAction, pingWebhookAction, setWebhookActiveAction } from "@/lib/actions/webhook-actions";
import type { WebhookSummary } from "@/lib/db/webhooks";
import { WebhookRowActions } from "./webhook-row-actions";

/** Every registered webhook, newest first, with its delivery counts and controls. */
export function WebhookTable({ webhooks }: { webhooks: WebhookSummary[] }) {
  if (webhooks.length === 0) return <p className="muted">No webhooks yet. Register one below.</p>;
  return (
    <TableScroll label="Webhooks">
      <table className="data">
        <caption>
          {webhooks.length} {webhooks.length === 1 ? "webhook" : "webhooks"}
        </caption>
        <thead>
          <tr>
            <th scope="col">URL</th>
            <th scope="col">Events</th>
            <th scope="col">Status</th>
            <th scope="col">Deliveries</th>
            <th scope="col">Registered</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {webhooks.map((w) => (
            <tr key={w.id} id={`webhook-${w.id}`}>
              <th scope="row">
                <code>{w.url}</code>
                {w.description && <p className="small muted">{w.description}</p>}
              </th>
              <td>
                {w.events.map((e) => (
                  <div key={e}>
                    <code>{e}</code>
                  </div>
                ))}
              </td>
              <td>{w.active ? "active" : "deactivated"}</td>
              <td>
                <Link href={`/admin/webhooks/${w.id}`}>
                  Delivery log<span className="visually-hidden"> for {w.url}</span>
                </Link>
                <p className="small muted">
                  {w.deliveries.delivered} delivered, {w.deliveries.pending} pending, {w.deliveries.failed} failed
                </p>
              </td>
              <td>
                <UtcTime iso={w.createdAt} />
                <p className="small muted">by {w.createdBy}</p>
              </td>
              <td>
                <WebhookRowActions
                  webhookId={w.id}
                  url={w.url}
                  isActive={w.active}
                  ping={pingWebhookAction}
                  setActive={setWebhookActiveAction}
                  remove={deleteWebhookAction}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
