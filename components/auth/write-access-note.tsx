import Link from "next/link";
import type { Actor } from "@/lib/auth/permissions";

/** Shown in place of a write form to readers who cannot use it, saying why and what to do. */
export function WriteAccessNote({ actor, what, returnTo }: { actor: Actor | null; what: string; returnTo: string }) {
  return (
    <p className="small muted">
      {actor ? (
        <>Your role ({actor.role}) can read but not {what}. An admin can make you an editor.</>
      ) : (
        <>
          <Link href={`/sign-in?next=${encodeURIComponent(returnTo)}`}>Sign in</Link> to {what}.
        </>
      )}
    </p>
  );
}
