import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { RequireAuth } from './components/RequireAuth';
import { Loading } from './components/Status';
import { CartPage } from './pages/shop/CartPage';
import { CheckoutPage } from './pages/shop/CheckoutPage';
import { HomePage } from './pages/shop/HomePage';
import { NotFoundPage } from './pages/shop/NotFoundPage';
import { OrderPage } from './pages/shop/OrderPage';
import { OrdersPage } from './pages/shop/OrdersPage';
import { ProductPage } from './pages/shop/ProductPage';
import { SignInPage } from './pages/shop/SignInPage';
import { SignUpPage } from './pages/shop/SignUpPage';

// The consoles are loaded only by the sellers and admins who open them, keeping the shop's bundle small.
const SellerConsole = lazy(() => import('./pages/seller/SellerConsole'));
const AdminConsole = lazy(() => import('./pages/admin/AdminConsole'));
// So are the account pages: only signed-in shoppers, and those who forgot their password, open them.
const AccountPage = lazy(() => import('./pages/shop/AccountPage'));
const ForgotPasswordPage = lazy(() => import('./pages/shop/ForgotPasswordPage'));

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="products/:id" element={<ProductPage />} />
        <Route path="cart" element={<CartPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route
          path="forgot-password"
          element={
            <Suspense fallback={<Loading />}>
              <ForgotPasswordPage />
            </Suspense>
          }
        />
        <Route
          path="account"
          element={
            <RequireAuth>
              <Suspense fallback={<Loading />}>
                <AccountPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route path="checkout" element={<RequireAuth><CheckoutPage /></RequireAuth>} />
        <Route path="orders" element={<RequireAuth><OrdersPage /></RequireAuth>} />
        <Route path="orders/:id" element={<RequireAuth><OrderPage /></RequireAuth>} />
        <Route
          path="seller/*"
          element={
            <RequireAuth group="sellers">
              <Suspense fallback={<Loading />}>
                <SellerConsole />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="admin/*"
          element={
            <RequireAuth group="admins">
              <Suspense fallback={<Loading />}>
                <AdminConsole />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
