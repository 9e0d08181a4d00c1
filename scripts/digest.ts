// The weekly email digest, for cron (it is on only when SMTP_URL is set).
//   npm run digest               emails every reader due one: opted in on /account, an editor or
//                                admin, and sent none in the last 7 days
//   npm run digest -- --dry-run  prints what would be sent; sends and changes nothing (no
//                                SMTP_URL needed)
// Exit codes: 0 done (also when SMTP_URL is not set: email is off, nothing is sent), 1 some
// emails failed (the rest were sent; the failed ones are tried on the next run), 2 bad usage.
import { parseArgs } from "node:util";
import { prisma } from "../lib/db/client";
import { sendDueDigests } from "../lib/mail/send-digests";

const USAGE = "usage: npm run digest [-- --dry-run]";

async function main(): Promise<number> {
  let dryRun: boolean;
  try {
    const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false }, help: { type: "boolean", default: false } } });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    dryRun = values["dry-run"] ?? false;
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  try {
    const report = await sendDueDigests({ dryRun });
    if (report.mail === "off") {
      console.log("digest: email is off (SMTP_URL is not set); nothing sent.");
      return 0;
    }
    if (report.mail === "dry-run") {
      for (const p of report.previews) {
        console.log(`To: ${p.to}\nSubject: ${p.digest.subject}\nList-Unsubscribe: <${p.digest.unsubscribeUrl}>\n\n${p.digest.text}\n${"=".repeat(72)}`);
      }
      console.log(`digest (dry run): ${report.previews.length} would be sent, ${report.empty} with nothing to report.`);
      return 0;
    }
    for (const f of report.failed) console.error(`digest: sending to ${f.email} failed: ${f.error}`);
    console.log(`digest: ${report.sent} sent, ${report.empty} with nothing to report, ${report.failed.length} failed.`);
    return report.failed.length ? 1 : 0;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`digest: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
