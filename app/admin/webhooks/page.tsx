import type { Metadata } from "next";
import styles from "@/components/admin/admin.module.css";
import { AdminNav } from "@/components/admin/admin-nav";
import { AdminsOnly } from "@/components/admin/admins-only";
import { WebhookForm } from "@/components/admin/webhook-form";
import { WebhookTable } from "@/components/admin/webhook-table";
import { createWebhookAction } from "@/lib/actions/webhook-actions";
import { requireSignedIn } from "@/lib/auth/page-guard";
import { canManageWebhooks } from "@/lib/auth/permissions";
import { listWebhooks } from "@/lib/db/webhooks";
import { deliverySchedule, describeBackoff } from "@/lib/webhooks/schedule";

export const metadata: Metadata = { title: "Webhooks" };
export const dynamic = "force-dynamic";

export default async function AdminWebhooksPage() {
  const actor = await requireSignedIn("/admin/webhooks");
  if (!canManageWebhooks(actor)) return <AdminsOnly title="Webhooks" role={actor.role} />;
  const webhooks = await listWebhooks();
  const schedule = deliverySchedule();
  return (
    <div className="stack">
      <div className="page-intro">
        <AdminNav />
        <h1>Webhooks</h1>
        <p className="muted">
          Each webhook receives a signed JSON POST when one of its events happens. A delivery that does not get a 2xx answer within{" "}
          {schedule.timeoutMs / 1000} s is tried again after {describeBackoff(schedule)}, then marked failed. A receiver that is down never
          holds up a write.
        </p>
      </div>
      <section className={`card ${styles.scrollCard}`} aria-label="Registered webhooks">
        <WebhookTable webhooks={webhooks} />
      </section>
      <section className="card">
        <WebhookForm action={createWebhookAction} />
      </section>
    </div>
  );
}
