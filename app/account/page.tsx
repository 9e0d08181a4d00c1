import type { Metadata } from "next";
import { requireSignedIn } from "@/lib/auth/page-guard";
import { CreateTokenForm } from "@/components/auth/token-forms";
import { TokenTable } from "@/components/auth/token-table";
import { createTokenAction } from "@/lib/actions/account-actions";
import { changeOwnPasswordAction, updateOwnNameAction } from "@/lib/actions/profile-actions";
import { NameForm, PasswordForm } from "./account-forms";
import { DigestForm } from "@/components/account/digest-form";
import { UtcTime } from "@/components/auth/utc-time";
import { setDigestOptInAction } from "@/lib/actions/digest-actions";
import { canManageOwnTokens, canReceiveDigest } from "@/lib/auth/permissions";
import { listApiTokens } from "@/lib/auth/tokens";
import { getDigestSettings } from "@/lib/db/digest";
import { isMailConfigured } from "@/lib/mail/mailer";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const actor = await requireSignedIn("/account");
  const canManageTokens = canManageOwnTokens(actor);
  const [tokens, digest] = await Promise.all([listApiTokens(actor.id), getDigestSettings(actor.id)]);
  const mayDigest = canReceiveDigest(actor);
  return (
    <div className="stack">
      <div className="page-intro">
        <h1>Your account</h1>
      </div>
      <section className="card" aria-labelledby="account-heading">
        <h2 id="account-heading">Account</h2>
        <dl className="facts">
          <dt>Name</dt>
          <dd>{actor.name}</dd>
          <dt>Email</dt>
          <dd>{actor.email}</dd>
          <dt>Role</dt>
          <dd>{actor.role}</dd>
        </dl>
        {actor.via === "session" && (
          <div className="grid grid-2">
            <NameForm action={updateOwnNameAction} name={actor.name} />
            <PasswordForm action={changeOwnPasswordAction} email={actor.email} />
          </div>
        )}
      </section>
      <section className="card stack" aria-labelledby="digest-heading">
        <div>
          <h2 id="digest-heading">Weekly digest</h2>
          <p>
            One email a week: the claims that came due (past their horizon, or not reviewed in 12 months), new evidence on the claims you
            follow ({digest.followCount === 1 ? "1 claim" : `${digest.followCount} claims`}; use Follow on a claim&apos;s page), and a nudge a
            month before the yearly review.
          </p>
          {!isMailConfigured() && (
            <p className="alert warning">Email is not configured on this server (SMTP_URL is not set), so no digest is sent for now.</p>
          )}
          {digest.digestSentAt && (
            <p className="small muted">
              Last sent <UtcTime iso={digest.digestSentAt} />.
            </p>
          )}
        </div>
        {mayDigest ? (
          <DigestForm action={setDigestOptInAction} isOptedIn={digest.digestOptIn} />
        ) : (
          <p className="alert">The digest is for editors and admins; your role is {actor.role}.</p>
        )}
      </section>
      <section className="card stack" aria-labelledby="tokens-heading">
        <div>
          <h2 id="tokens-heading">API tokens</h2>
          <p>
            A personal token lets scripts write through the API as you, with your role. Send it in a header:{" "}
            <code>Authorization: Bearer &lt;token&gt;</code>.
          </p>
          <p className="small muted">
            Whoever runs the server can also create one from the command line with <code>npm run user -- token --email {actor.email}</code>, which
            prints the new token alone on its last line. A revoked token stops working at once.
          </p>
        </div>
        <TokenTable tokens={tokens} canRevoke={canManageTokens} />
        {canManageTokens ? (
          <CreateTokenForm action={createTokenAction} />
        ) : (
          <p className="alert">
            Your role ({actor.role}) can read but not write, so it cannot create API tokens. Ask an admin for editor access.
          </p>
        )}
      </section>
    </div>
  );
}
