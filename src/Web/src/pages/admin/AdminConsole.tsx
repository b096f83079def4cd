import { Navigate, NavLink, Route, Routes } from 'react-router';
import { adminBase } from './adminQueries';
import { AllOrdersPage } from './AllOrdersPage';
import { DeadLettersPage } from './DeadLettersPage';
import { SalesPage } from './SalesPage';
import { usePageTitle } from '../../components/usePageTitle';

/** The admin console (issue 6): every order by status, the order messages that failed processing, and the sales' waiting rooms. */
export default function AdminConsole() {
  usePageTitle('Admin console');
  return (
    <div className="page console">
      <h1>Admin console</h1>
      <nav aria-label="Admin console" className="console-nav">
        <NavLink to={`${adminBase}/orders`}>All orders</NavLink>
        <NavLink to={`${adminBase}/dead-letters`}>Dead letters</NavLink>
        <NavLink to={`${adminBase}/sales`}>Sales</NavLink>
      </nav>
      <Routes>
        <Route index element={<Navigate to={`${adminBase}/orders`} replace />} />
        <Route path="orders" element={<AllOrdersPage />} />
        <Route path="dead-letters" element={<DeadLettersPage />} />
        <Route path="sales" element={<SalesPage />} />
        <Route path="*" element={<Navigate to={`${adminBase}/orders`} replace />} />
      </Routes>
    </div>
  );
}
