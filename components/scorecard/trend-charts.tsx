import { EvidenceBalanceChart } from "@/components/charts/evidence-balance-chart";
import { VerdictMixOverTimeChart } from "@/components/charts/verdict-mix-over-time-chart";
import { getEvidenceBalance, getVerdictMixOverTime } from "@/lib/db/scorecard";

export async function TrendCharts() {
  const [mix, balance] = await Promise.all([getVerdictMixOverTime(), getEvidenceBalance()]);
  return (
    <div className="grid grid-2">
      <section className="card" aria-labelledby="mix-time-heading">
        <h2 id="mix-time-heading">Verdict mix over time</h2>
        <p className="small muted">Each claim&rsquo;s latest verdict as of the end of each quarter since May 2022.</p>
        <VerdictMixOverTimeChart rows={mix} />
      </section>
      <section className="card" aria-labelledby="balance-heading">
        <h2 id="balance-heading">Evidence balance over time</h2>
        <p className="small muted">Cumulative count of supporting and contradicting evidence, by month observed.</p>
        <EvidenceBalanceChart rows={balance} />
      </section>
    </div>
  );
}
