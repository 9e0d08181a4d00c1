import Link from "next/link";
import { DueFlags } from "@/components/ui/due-flags";
import { EvidenceLean } from "@/components/ui/evidence-lean";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { ClaimFamily } from "@/lib/db/claims";
import { formatHorizon } from "@/lib/horizon";
import { QuoteMatch } from "./quote-match";

type Props = {
  predictions: ClaimFamily[];
  /** The search, when there is one: each row shows where its quote matched. */
  query?: string;
  /** True when a filter is on: sub-claims listed under a parent are the matching ones. */
  isFiltered?: boolean;
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The claim list: one row per top-level claim, its sub-claims behind a disclosure in the row. */
export function PredictionTable({ predictions, query, isFiltered = false }: Props) {
  return (
    // On a phone the rows stack (app/globals.css: table.stack-on-phone), each cell labelled.
    <table className="data stack-on-phone" data-testid="prediction-table">
      <caption className="visually-hidden">Predictions matching the filters, sub-claims under their parent</caption>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Horizon</th>
          <th scope="col" className="num">
            Implied credence
          </th>
          <th scope="col">Current verdict</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {predictions.map((p) => (
          <tr key={p.id}>
            <th scope="row" className="plain-header">
              {p.parentId && <span className="small muted">Sub-claim · </span>}
              <Link href={`/predictions/${p.id}`}>{p.statement}</Link>
              <QuoteMatch quote={p.quote} query={query} />
              <div className="small muted">
                {p.source.title} · {p.section}
              </div>
              {p.tags.length > 0 && (
                <div>
                  {p.tags.map((t) => (
                    <Link key={t} className="tag" href={`/predictions?tag=${encodeURIComponent(t)}`}>
                      {t}
                    </Link>
                  ))}
                </div>
              )}
              <SubClaimList family={p} query={query} isFiltered={isFiltered} />
            </th>
            <td data-label="Horizon">{formatHorizon(p.horizon)}</td>
            <td className="num" data-label="Implied credence">
              {p.impliedCredence === null ? "—" : `${Math.round(p.impliedCredence * 100)}%`}
              {p.credenceWord && <div className="small muted">“{p.credenceWord}”</div>}
            </td>
            <td data-label="Verdict">
              <RowVerdict family={p} />
              <div>
                <DueFlags due={p.due} />
              </div>
            </td>
            <td data-label="Evidence">
              <EvidenceLean tally={p.tally} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The claim's own verdict; for a parent without one, its sub-claims' roll-up, saying so. */
function RowVerdict({ family: p }: { family: ClaimFamily }) {
  if (p.currentVerdict || !p.effectiveGrade || p.subClaimCount === 0) return <VerdictBadge grade={p.currentVerdict} />;
  return (
    <>
      <VerdictBadge grade={p.effectiveGrade} />
      <div className="small muted" data-testid="rolled-up">
        (rolled up from {plural(p.subClaimCount, "sub-claim")})
      </div>
    </>
  );
}

function SubClaimList({ family: p, query, isFiltered }: { family: ClaimFamily; query?: string; isFiltered: boolean }) {
  const { items, matching } = p.subClaims;
  if (matching === 0) return null;
  const label =
    isFiltered && matching < p.subClaimCount
      ? `${matching} of ${p.subClaimCount} sub-claims ${matching === 1 ? "matches" : "match"}`
      : plural(matching, "sub-claim");
  return (
    // A search opens it: the match may be in a sub-claim.
    <details className="sub-claims" open={Boolean(query) || undefined}>
      <summary>{label}</summary>
      <ul aria-label={`Sub-claims of “${p.statement}”`}>
        {items.map((c) => (
          <li key={c.id}>
            <Link href={`/predictions/${c.id}`}>{c.statement}</Link> <VerdictBadge grade={c.currentVerdict} />{" "}
            <EvidenceLean tally={c.tally} />
            <QuoteMatch quote={c.quote} query={query} />
          </li>
        ))}
        {matching > items.length && (
          <li className="small">
            <Link href={`/predictions/${p.id}#sub-claims-heading`}>All {plural(p.subClaimCount, "sub-claim")} on the claim’s page</Link>
          </li>
        )}
      </ul>
    </details>
  );
}
