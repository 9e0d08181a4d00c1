import { revokeTokenAction } from "@/lib/actions/account-actions";
import type { listApiTokens } from "@/lib/auth/tokens";
import { RevokeTokenForm } from "./token-forms";
import { UtcTime } from "./utc-time";
import { TableScroll } from "@/components/ui/table-scroll";

type Token = Awaited<ReturnType<typeof listApiTokens>>[number];

/** The account's API tokens; the plain values are never shown here, only their prefixes. */
export function TokenTable({ tokens, canRevoke }: { tokens: Token[]; canRevoke: boolean }) {
  if (tokens.length === 0) return <p className="muted">You have no API tokens yet.</p>;
  return (
    <TableScroll label="Your API tokens">
      <table className="data">
        <caption className="visually-hidden">Your API tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Starts with</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            {canRevoke && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.name}</th>
              <td>
                <code>{t.prefix}…</code>
              </td>
              <td>
                <UtcTime iso={t.createdAt} />
              </td>
              <td>{t.lastUsedAt ? <UtcTime iso={t.lastUsedAt} /> : <span className="muted">never</span>}</td>
              <td>
                {t.revokedAt ? (
                  <>
                    revoked <span className="small muted">(<UtcTime iso={t.revokedAt} />)</span>
                  </>
                ) : (
                  "active"
                )}
              </td>
              {canRevoke && <td>{!t.revokedAt && <RevokeTokenForm action={revokeTokenAction} tokenId={t.id} name={t.name} />}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
