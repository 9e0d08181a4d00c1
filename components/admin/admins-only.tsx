import Link from "next/link";

/** What a signed-in account without the admin role sees on an admin page (a normal 200 page). */
export function AdminsOnly({ title, role }: { title: string; role: string }) {
  return (
    <div className="stack">
      <h1>{title}</h1>
      <section className="card" aria-labelledby="admins-only-heading">
        <h2 id="admins-only-heading">Admins only</h2>
        <p>
          This page is for admins. Your account’s role is <strong>{role}</strong>, so it cannot open it. Ask an admin if you need access.
        </p>
        <p>
          <Link href="/">Back to the scorecard</Link>
        </p>
      </section>
    </div>
  );
}
