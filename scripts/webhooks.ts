// Webhook deliveries from the command line (cron, or after a restart).
//   npm run webhooks -- deliver [--limit N]   sends every delivery that is due now (first
//                                             attempts and retries), prints one summary line
// Several runs at once are safe: each delivery is claimed atomically before it is sent.
// Exit codes: 0 done (failed deliveries are recorded on their rows, not an error), 1 the
// run itself failed (database), 2 bad usage.
import { parseArgs } from "node:util";
import { prisma } from "../lib/db/client";
import { formatDuration } from "../lib/links/duration";
import { deliverDueWebhooks } from "../lib/webhooks/dispatch";
import { deliverySchedule } from "../lib/webhooks/schedule";

const USAGE = "usage: npm run webhooks -- deliver [--limit N]";

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { limit: { type: "string" }, help: { type: "boolean", default: false } } });
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== "deliver") {
    console.error(USAGE);
    return 2;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    console.error(`--limit must be a whole number of at least 1\n${USAGE}`);
    return 2;
  }
  let schedule;
  try {
    schedule = deliverySchedule();
  } catch (e) {
    console.error(`webhooks: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const started = Date.now();
  try {
    const run = await deliverDueWebhooks({ limit, schedule });
    console.log(
      `webhooks deliver: ${run.attempted} sent (${run.delivered} delivered, ${run.retrying} to retry, ${run.failed} failed) in ${formatDuration(Date.now() - started)}.`,
    );
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`webhooks: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
