import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState } from 'react';
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
import { saleCovering, waitingRoomSale } from './waitingRoom';

// Only shoppers who meet a sale's line load the waiting room.
const WaitingRoom = lazy(() => import('./WaitingRoom'));

interface Attempt {
  input: OrderInput;
  /** The waiting room's pass, once the shopper has been let in. */
  admissionToken?: string | null;
}

/**
 * Checkout: the order summary beside the shipping and payment form. The Idempotency-Key is kept for as long as
 * the same order is being submitted, so a double click or a retry after a lost answer places one order only.
 * On a sales day the order may first wait in the sale's line (WaitingRoom); once let in, the same order is posted by
 * itself with the admission token and the same key, so it can never be placed twice.
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
  const admission = useRef<string | null>(null);
  const [line, setLine] = useState<{ saleId: string; input: OrderInput } | null>(null);
  // The sales active now: a cart line in one of them goes through the line before posting. A failure here is no
  // reason to stop: the order route itself answers with the waiting-room problem when a line is needed.
  const sales = useQuery({ queryKey: ['waiting-room'], queryFn: ({ signal }) => api.listActiveSales(signal), staleTime: 30_000, retry: false });

  const place = useMutation({
    mutationFn: ({ input, admissionToken }: Attempt) => {
      const body = JSON.stringify(input);
      if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
      return api.placeOrder(input, attempt.current.key, admissionToken);
    },
    onSuccess: (order) => {
      queryClient.setQueryData(['order', order.id], order);
      navigate(`/orders/${order.id}`);
    },
    onError: (error, { input, admissionToken }) => {
      const saleId = waitingRoomSale(error);
      if (saleId) admission.current = null;
      // Not let in yet: join the sale's line. A pass that was refused is said in words (the form shows it).
      setLine(saleId && !admissionToken ? { saleId, input } : null);
      // Stock moved since the cart was shown: show the cart as it is now.
      if (stockMoved(error)) void queryClient.invalidateQueries({ queryKey: cartKey });
    },
  });

  const submit = (input: OrderInput) => {
    const saleId = admission.current || !cart.data ? null : saleCovering(sales.data, cart.data);
    if (saleId) {
      place.reset();
      setLine({ saleId, input });
    } else {
      place.mutate({ input, admissionToken: admission.current });
    }
  };
  const admitted = (token: string) => {
    if (!line) return;
    admission.current = token;
    place.mutate({ input: line.input, admissionToken: token });
  };

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
        {line ? (
          <Suspense fallback={<Loading />}>
            <WaitingRoom saleId={line.saleId} onAdmitted={admitted} onSaleOver={() => place.mutate({ input: line.input })} />
          </Suspense>
        ) : (
          <section aria-label="Shipping and payment">
            {place.isError && <PlaceError error={place.error} />}
            <CheckoutForm profile={user} serverErrors={serverErrors} busy={place.isPending} payment={payment} onSubmit={submit} />
          </section>
        )}
      </div>
    </div>
  );
}

function PlaceError({ error }: { error: unknown }) {
  if (stockMoved(error)) return <p className="notice notice-error" role="alert">{stockMovedText}</p>;
  if (waitingRoomSale(error)) return <ErrorNotice error={error} message={passRefusedText} />;
  return <ErrorNotice error={error} />;
}

const passRefusedText = 'Your turn to check out ran out or could not be confirmed, so the order was not placed. Place the order again to rejoin the line.';
const stockMovedText = 'Some games no longer have enough stock. Your cart now shows what is available — review it and try again.';

/** A 409 naming lines (`items[i]…`) means stock moved; a 409 without them is an attempt still in flight. */
function stockMoved(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && Object.keys(error.fieldErrors).length > 0;
}
