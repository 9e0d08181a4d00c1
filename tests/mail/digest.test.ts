// The weekly digest against a local SMTP server this test starts: who gets one, what it says,
// digestSentAt moving only after a send, and nothing at all without SMTP_URL.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getDigestSettings, listDigestRecipients, setDigestOptIn } from "@/lib/db/digest";
import { createEvidence } from "@/lib/db/evidence";
import { setFollowing } from "@/lib/db/follows";
import { sendDueDigests } from "@/lib/mail/send-digests";
import { digestOptInSchema } from "@/lib/validation/webhooks";
import { stopWebhookDispatch } from "@/lib/webhooks/dispatch";
import { makeAccount } from "../support/accounts";
import { makeClaim, makeSource } from "../support/factories";

type Received = { from: string; to: string[]; raw: string };
const inbox: Received[] = [];
let server: SMTPServer;
let smtpUrl: string;

/** The decoded text/plain part of a received message, and its headers. */
function readMessage(raw: string) {
  const [head] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, " ");
  const header = (name: string) => headers.match(new RegExp(`^${name}: (.*)$`, "mi"))?.[1] ?? null;
  const boundary = headers.match(/boundary="?([^";\s]+)"?/i)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`) : [raw];
  const plainPart = parts.find((p) => /^Content-Type: text\/plain/im.test(p.trim())) ?? raw;
  const [partHead, ...rest] = plainPart.split(/\r?\n\r?\n/);
  let body = rest.join("\n\n");
  if (/quoted-printable/i.test(partHead)) {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    body = Buffer.from(bytes, "latin1").toString("utf8");
  }
  return { subject: header("Subject"), listUnsubscribe: header("List-Unsubscribe"), text: body.replace(/\r\n/g, "\n") };
}

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        inbox.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  process.env.BETTER_AUTH_URL = "https://tracker.example.org";
});

afterAll(async () => {
  await stopWebhookDispatch();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("the digest opt-in", () => {
  it("reads a checkbox as on or off, and only opted-in editors and admins not sent one this week are due", async () => {
    expect(digestOptInSchema.parse({ digestOptIn: true })).toEqual({ digestOptIn: true });
    expect(digestOptInSchema.safeParse({ digestOptIn: "yes" }).success).toBe(false);
    const editor = await makeAccount("editor");
    const viewer = await makeAccount("viewer");
    expect((await getDigestSettings(editor.user.id)).digestOptIn).toBe(false);
    await setDigestOptIn(editor.user.id, true);
    await setDigestOptIn(viewer.user.id, true);
    expect((await getDigestSettings(editor.user.id)).digestOptIn).toBe(true);
    const now = new Date();
    const due = async () => (await listDigestRecipients(now, null)).map((r) => r.id);
    expect(await due()).toContain(editor.user.id);
    expect(await due()).not.toContain(viewer.user.id);
    await prisma.user.update({ where: { id: editor.user.id }, data: { digestSentAt: new Date(now.getTime() - 6 * 86_400_000) } });
    expect(await due()).not.toContain(editor.user.id);
    await setDigestOptIn(editor.user.id, false);
    await setDigestOptIn(viewer.user.id, false);
  });
});

describe("sending digests", () => {
  it("sends nothing, reads nothing and moves nothing while SMTP_URL is unset", async () => {
    delete process.env.SMTP_URL;
    const editor = await makeAccount("editor");
    await setDigestOptIn(editor.user.id, true);
    const report = await sendDueDigests();
    expect(report).toMatchObject({ mail: "off", sent: 0 });
    expect(inbox).toHaveLength(0);
    expect((await getDigestSettings(editor.user.id)).digestSentAt).toBeNull();
    await setDigestOptIn(editor.user.id, false);
  });

  it("emails each due reader their digest over SMTP and records when it went out", async () => {
    const source = await makeSource();
    const due = await makeClaim({ sourceId: source.id, statement: "Past its horizon without a final verdict", horizonTo: 2023 });
    const followed = await makeClaim({ sourceId: source.id, statement: "A claim Ada follows", horizonTo: 2040 });
    const ada = await makeAccount("editor");
    const bob = await makeAccount("admin");
    const viewer = await makeAccount("viewer");
    for (const u of [ada, bob, viewer]) await setDigestOptIn(u.user.id, true);
    const lastWeek = new Date(Date.now() - 8 * 86_400_000);
    const yesterday = new Date(Date.now() - 86_400_000);
    await prisma.user.update({ where: { id: ada.user.id }, data: { digestSentAt: lastWeek } });
    await prisma.user.update({ where: { id: bob.user.id }, data: { digestSentAt: yesterday } });
    await setFollowing(ada.user.id, followed.id, true);
    await createEvidence(followed.id, { title: "A fresh benchmark result", url: "https://example.org/b", observedOn: "2026-01-05", stance: "supports", strength: "strong", summary: "s" }, { id: null, label: "t" });

    process.env.SMTP_URL = smtpUrl;
    process.env.MAIL_FROM = "Tracker <digest@tracker.example.org>";
    const now = new Date();
    const dry = await sendDueDigests({ now, dryRun: true });
    expect(dry.previews.map((p) => p.to)).toEqual([ada.email]);
    expect(inbox).toHaveLength(0);

    const report = await sendDueDigests({ now });
    expect(report).toMatchObject({ mail: "on", sent: 1, failed: [] });
    expect(inbox).toHaveLength(1);
    const [mail] = inbox;
    expect(mail.to).toEqual([ada.email]);
    expect(mail.from).toBe("digest@tracker.example.org");
    const msg = readMessage(mail.raw);
    expect(msg.subject).toBe("Prediction tracker weekly digest: 1 claim due, 1 new evidence item");
    expect(msg.listUnsubscribe).toBe("<https://tracker.example.org/account>");
    expect(msg.text).toContain(`Past its horizon without a final verdict (horizon 2023; no verdict yet)\n  https://tracker.example.org/predictions/${due.id}`);
    expect(msg.text).toContain(`A fresh benchmark result (supports, 2026-01-05) on “A claim Ada follows”\n  https://tracker.example.org/predictions/${followed.id}#evidence-heading`);
    expect((await getDigestSettings(ada.user.id)).digestSentAt).toBe(now.toISOString());
    expect((await getDigestSettings(bob.user.id)).digestSentAt).toBe(yesterday.toISOString());
    // Sent this week: the next run sends nothing more.
    expect((await sendDueDigests({ now })).sent).toBe(0);
    expect(inbox).toHaveLength(1);
  });
});
