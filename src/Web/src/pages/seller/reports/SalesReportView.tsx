import type { SalesReport } from '../../../api/types';
import { EmptyState } from '../../../components/Status';
import { formatMoney } from '../../../format/money';
import { ChartSection } from './ChartSection';
import { BarChart } from './charts/BarChart';
import { LineChart } from './charts/LineChart';
import { shortDay, type DateRange } from './dateRange';
import { DaysTable, ProductsTable } from './ReportTables';
import { formatMoneyCompact, productsSummary, rangeText, revenueSummary } from './reportFormat';

/** One loaded report: the totals, then revenue by day and the best and slowest sellers, each with its table. */
export function SalesReportView({ report, range }: { report: SalesReport; range: DateRange }) {
  const period = rangeText(range);
  if (report.totals.orders === 0 && report.totals.units === 0) {
    return (
      <EmptyState title="No sales in this range">
        <p>No orders for your games were confirmed from {period}. Try a longer range.</p>
        <p className="muted">New orders show here within about 30 seconds of being confirmed.</p>
      </EmptyState>
    );
  }
  const best = [...report.topProducts].sort((a, b) => b.units - a.units);
  const slowest = [...report.bottomProducts].sort((a, b) => a.units - b.units);
  return (
    <>
      <div role="group" aria-label={`Totals, ${period}`}>
        <dl className="report-totals">
          <div>
            <dt>Revenue</dt>
            <dd>{formatMoney(report.totals.revenue)}</dd>
          </div>
          <div>
            <dt>Units sold</dt>
            <dd>{report.totals.units}</dd>
          </div>
          <div>
            <dt>Orders</dt>
            <dd>{report.totals.orders}</dd>
          </div>
        </dl>
      </div>
      <ChartSection
        title="Revenue by day"
        chart={
          <LineChart
            label={revenueSummary(report, range)}
            points={report.byDay.map((day) => ({ key: day.date, label: shortDay(day.date), value: day.revenue.amount }))}
            formatTick={(amount) => formatMoneyCompact({ amount, currency: report.currency })}
          />
        }
        table={<DaysTable caption={`Revenue by day, ${period}`} days={report.byDay} />}
      />
      <div className="report-pair">
        <ChartSection
          title="Best sellers"
          chart={<BarChart label={productsSummary('best', best)} bars={best.map((p) => ({ key: p.productId, label: p.title, value: p.units }))} />}
          table={<ProductsTable caption="Best sellers by units" products={best} />}
        />
        <ChartSection
          title="Slowest sellers"
          chart={<BarChart label={productsSummary('slowest', slowest)} bars={slowest.map((p) => ({ key: p.productId, label: p.title, value: p.units }))} />}
          table={<ProductsTable caption="Slowest sellers by units" products={slowest} />}
        />
      </div>
    </>
  );
}
