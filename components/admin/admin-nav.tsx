import Link from "next/link";

const LINKS = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/links", label: "Link health" },
] as const;

export type AdminSection = (typeof LINKS)[number]["href"];

/** Links between the admin pages; the current one is marked for assistive technology. */
export function AdminNav({ current }: { current?: AdminSection }) {
  return (
    <nav aria-label="Admin" className="small">
      <Link href="/admin">Admin</Link>
      {" · "}
      {LINKS.map((l, i) => (
        <span key={l.href}>
          {i > 0 && " · "}
          <Link href={l.href} aria-current={l.href === current ? "page" : undefined}>
            {l.label}
          </Link>
        </span>
      ))}
    </nav>
  );
}
