import { lazy, Suspense } from 'react';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { EditProductPage } from './EditProductPage';
import { MyProductsPage } from './MyProductsPage';
import { NewProductPage } from './NewProductPage';
import { SellerOrdersPage } from './SellerOrdersPage';
import { sellerBase } from './sellerQueries';
import { Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';

// The reports and their charts are a chunk of their own: only sellers who open them load it (docs/decisions/0020).
const SalesReportsPage = lazy(() => import('./reports/SalesReportsPage'));

/** The seller console (issue 6): my products (add, edit, unlist), orders to ship and deliver, and sales reports. */
export default function SellerConsole() {
  usePageTitle('Seller console');
  return (
    <div className="page console">
      <h1>Seller console</h1>
      <nav aria-label="Seller console" className="console-nav">
        <NavLink to={`${sellerBase}/products`}>My products</NavLink>
        <NavLink to={`${sellerBase}/orders`}>Orders</NavLink>
        <NavLink to={`${sellerBase}/reports`}>Sales reports</NavLink>
      </nav>
      <Routes>
        <Route index element={<Navigate to={`${sellerBase}/products`} replace />} />
        <Route path="products" element={<MyProductsPage />} />
        <Route path="products/new" element={<NewProductPage />} />
        <Route path="products/:id/edit" element={<EditProductPage />} />
        <Route path="orders" element={<SellerOrdersPage />} />
        <Route
          path="reports"
          element={
            <Suspense fallback={<Loading label="Loading sales reports…" />}>
              <SalesReportsPage />
            </Suspense>
          }
        />
        <Route path="*" element={<Navigate to={`${sellerBase}/products`} replace />} />
      </Routes>
    </div>
  );
}
