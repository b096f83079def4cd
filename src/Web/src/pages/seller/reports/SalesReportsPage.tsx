import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../api/ApiError';
import { errorMessage } from '../../../api/errorMessages';
import { useServices } from '../../../AppServices';
import { ErrorNotice, Loading } from '../../../components/Status';
import { sellerSalesKey } from '../sellerQueries';
import { rangeFromSearch, shopTimeZone, todayIn, type DateRange } from './dateRange';
import { RangePicker } from './RangePicker';
import { SalesReportView } from './SalesReportView';
import './SalesReports.css';

/** The API's own words for a refused report (a bad range, say), else the app's usual ones. */
function reportError(error: unknown): string {
  return error instanceof ApiError && error.status !== 401 && error.problem.detail ? error.problem.detail : errorMessage(error);
}

/**
 * Sales reports (GET /api/seller/reports/sales): revenue by day, the best and slowest sellers and the totals over
 * a range kept in the address (`?from=&to=`), by default the last 30 days. Loaded on demand with its charts, so
 * neither the shop nor the rest of the console carries them.
 */
export default function SalesReportsPage() {
  const { api } = useServices();
  const [search, setSearch] = useSearchParams();
  const [today] = useState(() => todayIn(shopTimeZone));
  const range = rangeFromSearch(search, today);
  const report = useQuery({
    queryKey: sellerSalesKey(range.from, range.to),
    queryFn: ({ signal }) => api.getSalesReport(range.from, range.to, signal),
  });

  function show(next: DateRange) {
    setSearch({ from: next.from, to: next.to });
  }

  return (
    <section aria-labelledby="sales-reports-heading" className="sales-reports">
      <h2 id="sales-reports-heading">Sales reports</h2>
      <RangePicker range={range} today={today} onChange={show} />
      {report.isPending && <Loading label="Loading sales…" />}
      {report.isError && <ErrorNotice error={report.error} message={reportError(report.error)} onRetry={() => report.refetch()} />}
      {report.isSuccess && <SalesReportView report={report.data} range={range} />}
    </section>
  );
}
