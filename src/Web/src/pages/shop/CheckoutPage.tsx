import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/ApiError';
import type { OrderInput } from '../../api/types';
import { useServices } from '../../AppServices';
import { useAuth } from '../../auth/AuthProvider';
import { useCart, useCartKey } from '../../cart/useCart';
import { Price } from '../../components/Price';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { CheckoutForm } from './CheckoutForm';
import { usePageTitle } from '../../components/usePageTitle';

/**
 * Checkout: the order summary beside the shipping and payment form. The Idempotency-Key is kept for as long as
 * the same order is being submitted, so a double click or a retry after a lost answer places one order only.
 */
export function CheckoutPage() {
  const { api, payment } = useServices();
  const { user } = useAuth();
  const cart = useCart();
  const cartKey = useCartKey();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  usePageTitle('Checkout');
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const place = useMutation({
    mutationFn: (input: OrderInput) => {
      const body = JSON.stringify(input);
      if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
      return api.placeOrder(input, attempt.current.key);
    },
    onSuccess: (order) => {
      queryClient.setQueryData(['order', order.id], order);
      navigate(`/orders/${order.id}`);
    },
    onError: (error) => {
      // Stock moved since the cart was shown: show the cart as it is now.
      if (stockMoved(error)) void queryClient.invalidateQueries({ queryKey: cartKey });
    },
  });

  if (cart.isPending || !user) return <Loading />;
  if (cart.isError) return <ErrorNotice error={cart.error} onRetry={() => cart.refetch()} />;
  if (cart.data.items.length === 0) {
    return (
      <div className="page">
        <h1>Checkout</h1>
        <EmptyState title="Your cart is empty">
          <p>
            <Link to="/">Browse games</Link> first.
          </p>
        </EmptyState>
      </div>
    );
  }

  const serverErrors = place.error instanceof ApiError && place.error.status === 422 ? place.error.fieldErrors : {};
  return (
    <div className="page checkout">
      <h1>Checkout</h1>
      <div className="checkout-layout">
        <section aria-labelledby="summary-heading" className="order-summary">
          <h2 id="summary-heading">Order summary</h2>
          <ul>
            {cart.data.items.map((line) => (
              <li key={line.productId}>
                <span>
                  {line.quantity} × {line.title} <span className="platform">({line.platform})</span>
                </span>
                <Price money={line.lineTotal} />
              </li>
            ))}
          </ul>
          <p className="total">
            Total <Price money={cart.data.subtotal} className="price price-large" />
          </p>
          <p className="hint">Prices are confirmed by the shop when you place the order.</p>
        </section>
        <section aria-label="Shipping and payment">
          {place.isError && (stockMoved(place.error) ? <p className="notice notice-error" role="alert">{stockMovedText}</p> : <ErrorNotice error={place.error} />)}
          <CheckoutForm profile={user} serverErrors={serverErrors} busy={place.isPending} payment={payment} onSubmit={(input) => place.mutate(input)} />
        </section>
      </div>
    </div>
  );
}

const stockMovedText = 'Some games no longer have enough stock. Your cart now shows what is available — review it and try again.';

/** A 409 naming lines (`items[i]…`) means stock moved; a 409 without them is an attempt still in flight. */
function stockMoved(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && Object.keys(error.fieldErrors).length > 0;
}
