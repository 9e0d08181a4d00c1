import Link from "next/link";
import { signOutAction } from "@/lib/actions/auth-actions";
import { currentActor } from "@/lib/auth/actor";
import { canManageOwnTokens, canManageUsers } from "@/lib/auth/permissions";
import styles from "./auth.module.css";

/** The header's account corner: a sign-in link, or who is signed in with their links and sign-out. */
export async function UserMenu() {
  const actor = await currentActor();
  if (!actor) {
    return (
      <div className={styles.userMenu}>
        <Link href="/sign-in">Sign in</Link>
      </div>
    );
  }
  const links = [
    ...(canManageOwnTokens(actor) ? [{ href: "/account", label: "Account" }] : []),
    ...(canManageUsers(actor) ? [{ href: "/admin", label: "Admin" }] : []),
  ];
  return (
    <div className={styles.userMenu}>
      <span className={styles.who}>
        <span className="visually-hidden">Signed in as </span>
        <span>{actor.name}</span>
        <span className={styles.role}>{actor.role}</span>
      </span>
      {links.length > 0 && (
        <nav aria-label="Account">
          <ul className={styles.menuLinks}>
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <form action={signOutAction} className={styles.signOut}>
        <button type="submit" className={styles.signOutButton}>
          Sign out
        </button>
      </form>
    </div>
  );
}
