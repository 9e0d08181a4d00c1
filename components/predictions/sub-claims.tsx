import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { PredictionDetail } from "@/lib/db/predictions";

export function SubClaims({ items }: { items: PredictionDetail["children"] }) {
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="sub-claims-heading">
      <h2 id="sub-claims-heading">Sub-claims</h2>
      <ul className="plain">
        {items.map((c) => (
          <li key={c.id}>
            <Link href={`/predictions/${c.id}`}>{c.statement}</Link> <VerdictBadge grade={c.currentVerdict} />
          </li>
        ))}
      </ul>
    </section>
  );
}
