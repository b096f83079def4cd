import { Link } from 'react-router';
import type { CartLine } from '../../api/types';
import { useCart, useSetQuantity } from '../../cart/useCart';
import { Price } from '../../components/Price';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';

/** The cart: +/− per line (capped by stock, with a message at the cap), remove, subtotal and checkout. */
export function CartPage() {
  const cart = useCart();
  usePageTitle('Your cart');

  if (cart.isPending) return <Loading label="Loading your cart…" />;
  if (cart.isError) {
    return (
      <div className="page">
        <h1>Your cart</h1>
        <ErrorNotice error={cart.error} onRetry={() => cart.refetch()} />
      </div>
    );
  }
  if (cart.data.items.length === 0) {
    return (
      <div className="page">
        <h1>Your cart</h1>
        <EmptyState title="Your cart is empty">
          <p>
            <Link to="/">Browse games</Link> and add something you like.
          </p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page">
      <h1>Your cart</h1>
      <ul className="cart-lines">
        {cart.data.items.map((line) => (
          <CartLineRow key={line.productId} line={line} />
        ))}
      </ul>
      <div className="cart-summary">
        <p>
          Subtotal ({cart.data.itemCount} {cart.data.itemCount === 1 ? 'item' : 'items'}):{' '}
          <Price money={cart.data.subtotal} className="price price-large" />
        </p>
        <Link to="/checkout" className="button primary">
          Check out
        </Link>
      </div>
    </div>
  );
}

function CartLineRow({ line }: { line: CartLine }) {
  const setQuantity = useSetQuantity();
  const atLimit = line.quantity >= line.available;
  const overStock = line.quantity > line.available;
  const change = (quantity: number) => setQuantity.mutate({ productId: line.productId, quantity });

  return (
    <li className="cart-line">
      {line.image ? <img src={line.image} alt="" width={64} height={80} className="cart-thumb" /> : null}
      <div className="cart-line-text">
        <Link to={`/products/${encodeURIComponent(line.productId)}`}>{line.title}</Link>
        <span className="platform">{line.platform}</span>
        <span>
          <Price money={line.unitPrice} /> each
        </span>
      </div>
      <div className="quantity" role="group" aria-label={`Quantity of ${line.title}`}>
        <button
          type="button"
          aria-label={`One fewer ${line.title}`}
          disabled={setQuantity.isPending}
          onClick={() => change(line.quantity - 1)}
        >
          −
        </button>
        <span aria-live="polite">{line.quantity}</span>
        <button
          type="button"
          aria-label={`One more ${line.title}`}
          disabled={setQuantity.isPending || atLimit}
          onClick={() => change(line.quantity + 1)}
        >
          +
        </button>
      </div>
      <Price money={line.lineTotal} className="price line-total" />
      <button type="button" className="link-button" onClick={() => change(0)} disabled={setQuantity.isPending}>
        Remove
      </button>
      {atLimit && (
        <p className="stock-limit" role="status">
          {line.available === 0
            ? 'This game is now out of stock. Remove it to check out.'
            : overStock
              ? `Only ${line.available} left — lower the quantity to check out.`
              : `That's all we have: only ${line.available} in stock.`}
        </p>
      )}
      {setQuantity.isError && <ErrorNotice error={setQuantity.error} />}
    </li>
  );
}
