import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import styles from "@/components/admin/admin.module.css";
import { AdminNav } from "@/components/admin/admin-nav";
import { AdminsOnly } from "@/components/admin/admins-only";
import { WebhookDeliveries } from "@/components/admin/webhook-deliveries";
import { Pagination } from "@/components/ui/pagination";
import { requireSignedIn } from "@/lib/auth/page-guard";
import { canManageWebhooks } from "@/lib/auth/permissions";
import { getWebhook, listWebhookDeliveries } from "@/lib/db/webhooks";
import { DELIVERY_STATUSES, type DeliveryStatus } from "@/lib/validation/webhooks";

export const metadata: Metadata = { title: "Webhook deliveries" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function WebhookDeliveriesPage({ params, searchParams }: PageProps<"/admin/webhooks/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireSignedIn(`/admin/webhooks/${encodeURIComponent(id)}`);
  if (!canManageWebhooks(actor)) return <AdminsOnly title="Webhook deliveries" role={actor.role} />;
  const statusParam = one(query.status);
  const status = (DELIVERY_STATUSES as readonly string[]).includes(statusParam ?? "") ? (statusParam as DeliveryStatus) : undefined;
  const page = Math.max(1, Math.min(10_000, Math.trunc(Number(one(query.page) ?? 1)) || 1));
  const [webhook, deliveries] = await Promise.all([getWebhook(id), listWebhookDeliveries(id, { status }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })]);
  if (!webhook) notFound();
  const here = `/admin/webhooks/${webhook.id}`;
  const hrefFor = (p: number, s = status) => {
    const q = new URLSearchParams();
    if (s) q.set("status", s);
    if (p > 1) q.set("page", String(p));
    const text = q.toString();
    return text ? `${here}?${text}` : here;
  };
  return (
    <div className="stack">
      <div className="page-intro">
        <AdminNav />
        <p className="small">
          <Link href="/admin/webhooks">All webhooks</Link>
        </p>
        <h1>Deliveries to {webhook.url}</h1>
        <p className="muted">
          {webhook.active ? "Active" : "Deactivated"}; receives {webhook.events.join(", ")}.{webhook.description ? ` ${webhook.description}` : ""}
        </p>
      </div>
      <nav aria-label="Filter by status" className="small">
        {[undefined, ...DELIVERY_STATUSES].map((s, i) => (
          <span key={s ?? "all"}>
            {i > 0 && " · "}
            <Link href={hrefFor(1, s)} aria-current={s === status ? "page" : undefined}>
              {s ? `${s} (${webhook.deliveries[s]})` : "all"}
            </Link>
          </span>
        ))}
      </nav>
      <section className={`card ${styles.scrollCard}`} aria-label="Delivery log">
        <WebhookDeliveries deliveries={deliveries.items} total={deliveries.total} />
        <Pagination total={deliveries.total} page={page} pageSize={PAGE_SIZE} hrefFor={(p) => hrefFor(p)} label="deliveries" labelOne="delivery" />
      </section>
    </div>
  );
}
