import { Link } from 'react-router';
import { sellerBase } from './sellerQueries';

/**
 * Sales reports (GET /api/seller/reports/sales) are not built yet: this section says so plainly rather than
 * showing made-up figures.
 */
export function SalesReportsPage() {
  return (
    <section aria-labelledby="sales-reports-heading" className="placeholder-section">
      <h2 id="sales-reports-heading">Sales reports</h2>
      <p>
        Sales reports — revenue, units and orders by day, and your best and slowest sellers — arrive in a later release.
        Until then, your <Link to={`${sellerBase}/orders`}>orders</Link> list shows every sale.
      </p>
    </section>
  );
}
