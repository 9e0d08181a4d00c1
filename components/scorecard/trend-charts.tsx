import { EvidenceBalanceChart } from "@/components/charts/evidence-balance-chart";
import { VerdictMixOverTimeChart } from "@/components/charts/verdict-mix-over-time-chart";
import { getEvidenceBalance, getVerdictMixOverTime } from "@/lib/db/scorecard";

// These two queries do not take a scope yet, so a scoped scorecard says so rather than
// letting these charts pass for the scoped figures.
const UNSCOPED_NOTE = "Covers all claims, not only the ones in scope.";

export async function TrendCharts({ isScoped = false }: { isScoped?: boolean }) {
  const [mix, balance] = await Promise.all([getVerdictMixOverTime(), getEvidenceBalance()]);
  return (
    <div className="grid grid-2">
      <section className="card" aria-labelledby="mix-time-heading">
        <h2 id="mix-time-heading">Verdict mix over time</h2>
        <p className="small muted">
          Each claim&rsquo;s latest verdict as of the end of each quarter since May 2022.
          {isScoped ? <strong> {UNSCOPED_NOTE}</strong> : null}
        </p>
        <VerdictMixOverTimeChart rows={mix} />
      </section>
      <section className="card" aria-labelledby="balance-heading">
        <h2 id="balance-heading">Evidence balance over time</h2>
        <p className="small muted">
          Cumulative count of supporting and contradicting evidence, by month observed.
          {isScoped ? <strong> {UNSCOPED_NOTE}</strong> : null}
        </p>
        <EvidenceBalanceChart rows={balance} />
      </section>
    </div>
  );
}
