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
import { salesCovering, waitingRoomSale } from './waitingRoom';

// Only shoppers who meet a sale's line load the waiting room.
const WaitingRoom = lazy(() => import('./WaitingRoom'));

interface Attempt {
  input: OrderInput;
  /** The waiting rooms' passes, once the shopper has been let in (one per sale, comma-separated). */
  admissionToken?: string | null;
}

/**
 * Checkout: the order summary beside the shipping and payment form. The Idempotency-Key is kept for as long as
 * the same order is being submitted, so a double click or a retry after a lost answer places one order only.
 * On a sales day the order may first wait in the sale's line (WaitingRoom); once let in, the same order is posted by
 * itself with the admission token and the same key, so it can never be placed twice. A cart spanning two sales waits in
 * each sale's line in turn and sends both passes, comma-separated, as the order route asks.
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
  // The passes won so far, by sale.
  const admissions = useRef(new Map<string, string>());
  const passes = () => [...admissions.current.values()].join(',') || null;
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
    onError: (error, { input }) => {
      const saleId = waitingRoomSale(error);
      const refused = saleId !== null && admissions.current.has(saleId);
      if (refused) admissions.current.clear();
      // Not let in to that sale yet: join its line. A pass that was refused is said in words (the form shows it).
      setLine(saleId && !refused ? { saleId, input } : null);
      // Stock moved since the cart was shown: show the cart as it is now.
      if (stockMoved(error)) void queryClient.invalidateQueries({ queryKey: cartKey });
    },
  });

  // The next active sale covering the cart whose pass the shopper has not won yet, or null.
  const nextLine = () => (cart.data ? (salesCovering(sales.data, cart.data).find((id) => !admissions.current.has(id)) ?? null) : null);
  const submit = (input: OrderInput) => {
    const saleId = nextLine();
    if (saleId) {
      place.reset();
      setLine({ saleId, input });
    } else {
      place.mutate({ input, admissionToken: passes() });
    }
  };
  const admitted = (token: string) => {
    if (!line) return;
    admissions.current.set(line.saleId, token);
    const saleId = nextLine();
    if (saleId) setLine({ saleId, input: line.input });
    else place.mutate({ input: line.input, admissionToken: passes() });
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
            <WaitingRoom saleId={line.saleId} onAdmitted={admitted} onSaleOver={() => place.mutate({ input: line.input, admissionToken: passes() })} />
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
