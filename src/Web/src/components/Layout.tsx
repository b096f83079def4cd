import { Link, NavLink, Outlet } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { useCart } from '../cart/useCart';
import { SearchBox } from './SearchBox';

/** The frame of every page: a skip link, the header (search, cart badge, account, consoles) and the page. */
export function Layout() {
  const { user, signOut, isSeller, isAdmin } = useAuth();
  const cart = useCart();
  const units = cart.data?.itemCount ?? 0;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="header-row">
          <Link to="/" className="brand" aria-label="Git Goods home">
            Git Goods
          </Link>
          <SearchBox />
          <nav aria-label="Account" className="account-nav">
            <NavLink to="/cart" className="cart-link" aria-label={`Cart, ${units} ${units === 1 ? 'item' : 'items'}`}>
              Cart <span className="badge" aria-hidden="true">{units}</span>
            </NavLink>
            {user ? (
              <>
                <NavLink to="/orders">Orders</NavLink>
                <NavLink to="/account">Account</NavLink>
                {isSeller && <NavLink to="/seller/products">Seller</NavLink>}
                {isAdmin && <NavLink to="/admin/orders">Admin</NavLink>}
                <button type="button" className="link-button" onClick={() => void signOut()}>
                  Sign out
                </button>
              </>
            ) : (
              user === null && <NavLink to="/sign-in">Sign in</NavLink>
            )}
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Git Goods — games and gaming gear. Prices in Singapore dollars, including GST.</p>
      </footer>
    </>
  );
}
