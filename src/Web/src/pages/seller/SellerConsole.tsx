import { Navigate, NavLink, Route, Routes } from 'react-router';
import { EditProductPage } from './EditProductPage';
import { MyProductsPage } from './MyProductsPage';
import { NewProductPage } from './NewProductPage';
import { SalesReportsPage } from './SalesReportsPage';
import { SellerOrdersPage } from './SellerOrdersPage';
import { sellerBase } from './sellerQueries';
import { usePageTitle } from '../../components/usePageTitle';

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
        <Route path="reports" element={<SalesReportsPage />} />
        <Route path="*" element={<Navigate to={`${sellerBase}/products`} replace />} />
      </Routes>
    </div>
  );
}
