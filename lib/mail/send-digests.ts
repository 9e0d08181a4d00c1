// One digest run (npm run digest): every reader due a digest gets one email, composed from
// the claims due (read once), their followed claims' new evidence and the review nudge.
// digestSentAt moves only after a successful send (or when there was nothing to say), so a
// failed send is tried again on the next run.
import type { Transporter } from "nodemailer";
import { type Digest, composeDigest, DIGEST_INTERVAL_DAYS } from "../digest";
import { listDigestRecipients, markDigestSent, readDueClaims, readFollowedEvidence, readReviewState } from "../db/digest";
import { toIsoDay } from "../db/dates";
import { publicBaseUrl } from "../webhooks/events";
import { createMailer, mailFrom } from "./mailer";

export type DigestRunReport = {
  /** "off": SMTP_URL is not set, nothing was read or sent. */
  mail: "on" | "off" | "dry-run";
  sent: number;
  /** Readers with nothing to report: no email, but their window moves on. */
  empty: number;
  failed: { email: string; error: string }[];
  /** --dry-run: what would have been sent. */
  previews: { to: string; digest: Digest }[];
};

export async function sendDueDigests(options: { now?: Date; dryRun?: boolean; transport?: Transporter | null } = {}): Promise<DigestRunReport> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const transport = options.transport === undefined ? createMailer() : options.transport;
  const report: DigestRunReport = { mail: dryRun ? "dry-run" : transport ? "on" : "off", sent: 0, empty: 0, failed: [], previews: [] };
  if (!dryRun && !transport) return report;
  const [due, review] = await Promise.all([readDueClaims(now), readReviewState()]);
  const baseUrl = publicBaseUrl();
  const from = mailFrom();
  const firstSince = new Date(now.getTime() - DIGEST_INTERVAL_DAYS * 86_400_000);
  let afterId: string | null = null;
  for (;;) {
    const batch = await listDigestRecipients(now, afterId);
    if (!batch.length) break;
    afterId = batch[batch.length - 1].id;
    for (const r of batch) {
      const since = r.digestSentAt ?? firstSince;
      const followed = await readFollowedEvidence(r.id, since);
      const digest = composeDigest({ recipient: { name: r.name, email: r.email }, today: toIsoDay(now), since: toIsoDay(since), baseUrl, due, followed, review });
      if (dryRun) {
        if (digest) report.previews.push({ to: r.email, digest });
        else report.empty += 1;
        continue;
      }
      if (!digest) {
        report.empty += 1;
        await markDigestSent(r.id, now);
        continue;
      }
      try {
        await transport!.sendMail({
          from,
          to: r.email,
          subject: digest.subject,
          text: digest.text,
          html: digest.html,
          list: { unsubscribe: digest.unsubscribeUrl },
        });
        await markDigestSent(r.id, now);
        report.sent += 1;
      } catch (e) {
        report.failed.push({ email: r.email, error: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  return report;
}
