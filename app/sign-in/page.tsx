import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import styles from "@/components/auth/auth.module.css";
import { signInAction } from "@/lib/actions/auth-actions";
import { currentActor } from "@/lib/auth/actor";
import { DEV_ADMIN } from "@/lib/auth/config";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const [params, actor] = await Promise.all([searchParams, currentActor()]);
  const next = typeof params.next === "string" ? params.next : "/";
  const isDevelopment = process.env.NODE_ENV !== "production";
  return (
    <div className={`stack ${styles.narrow}`}>
      <div className="page-intro">
        <h1>Sign in</h1>
        <p className="muted">Anyone may read the dashboard when it is public. Sign in to log evidence, record verdicts and run reviews.</p>
      </div>
      {actor && (
        <p className="alert success">
          You are already signed in as {actor.name} ({actor.role}). <Link href="/">Go to the scorecard</Link>, or sign in as someone else below.
        </p>
      )}
      <section className="card">
        <SignInForm action={signInAction} next={next} />
      </section>
      {isDevelopment && (
        <aside className={styles.devNote} aria-label="Development credentials">
          <p>
            <strong>Development only:</strong> the seeded admin is <code>{DEV_ADMIN.email}</code> with password{" "}
            <code>{DEV_ADMIN.password}</code>. These credentials are refused when <code>NODE_ENV=production</code>.
          </p>
        </aside>
      )}
      <p className="small muted">
        No account? Ask an admin to create one; there is no public sign-up.
      </p>
    </div>
  );
}
