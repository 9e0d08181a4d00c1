// Email, on only when SMTP_URL is set (smtp://user:pass@host:587, smtps://… for TLS). Sent
// with nodemailer; MAIL_FROM names the sender (default: the tracker at the public host).
import nodemailer, { type Transporter } from "nodemailer";

type Env = Record<string, string | undefined>;

export function isMailConfigured(env: Env = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}

export function mailFrom(env: Env = process.env): string {
  const from = env.MAIL_FROM?.trim();
  if (from) return from;
  let host = "localhost";
  try {
    if (env.BETTER_AUTH_URL) host = new URL(env.BETTER_AUTH_URL).hostname;
  } catch {
    // keep localhost
  }
  return `Prediction Tracker <tracker@${host}>`;
}

/** The SMTP transport SMTP_URL names, or null when email is off. */
export function createMailer(env: Env = process.env): Transporter | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  return nodemailer.createTransport(url);
}
