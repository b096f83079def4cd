import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/ApiError';
import type { Order } from '../../api/types';
import { useServices } from '../../AppServices';
import { useCartKey } from '../../cart/useCart';
import { Price } from '../../components/Price';
import { ErrorNotice, Loading } from '../../components/Status';
import { formatDateTime, shortOrderId } from '../../format/dates';
import { canCancel, rejectionText, statusLabels } from '../../format/orderStatus';
import { useCancelOrder } from './useCancelOrder';
import { usePageTitle } from '../../components/usePageTitle';

/** How often a processing order is asked for again; the workflow settles most orders well within a second. */
const pendingPollMs = 700;

/** The confirmation page: the status follows the order from PENDING to CONFIRMED or REJECTED without a reload. */
export function OrderPage() {
  const { id = '' } = useParams();
  const { api } = useServices();
  const queryClient = useQueryClient();
  const cartKey = useCartKey();
  const order = useQuery({
    queryKey: ['order', id],
    queryFn: () => api.getOrder(id),
    refetchInterval: (query) => (query.state.data?.status === 'PENDING' ? pendingPollMs : false),
  });
  const cancel = useCancelOrder(id);

  usePageTitle(`Order ${shortOrderId(id)}`);
  const status = order.data?.status;
  useEffect(() => {
    // A confirmed order takes its lines out of the cart on the server; show the cart as it is now.
    if (status === 'CONFIRMED') void queryClient.invalidateQueries({ queryKey: cartKey });
  }, [status, queryClient, cartKey]);

  if (order.isPending) return <Loading label="Loading your order…" />;
  if (order.isError) {
    const missing = order.error instanceof ApiError && order.error.status === 404;
    return (
      <div className="page">
        <h1>{missing ? 'Order not found' : 'Your order'}</h1>
        {missing ? <p>There is no order with this number on your account.</p> : <ErrorNotice error={order.error} onRetry={() => order.refetch()} />}
        <p>
          <Link to="/orders">Your orders</Link>
        </p>
      </div>
    );
  }

  const data = order.data;
  return (
    <div className="page order-page">
      <h1>Order {shortOrderId(data.id)}</h1>
      <div aria-live="polite" aria-atomic="true">
        <OrderHeadline order={data} />
      </div>
      <OrderLines order={data} />
      {data.shipping && (
        <section aria-labelledby="ship-heading">
          <h2 id="ship-heading">Delivering to</h2>
          <address>
            {data.shipping.name}
            <br />
            {data.shipping.address.line1}
            {data.shipping.address.line2 && (
              <>
                <br />
                {data.shipping.address.line2}
              </>
            )}
            <br />
            {data.shipping.address.city} {data.shipping.address.postalCode}, {data.shipping.address.country}
          </address>
        </section>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ol className="history">
          {data.statusHistory.map((change) => (
            <li key={`${change.status}-${change.at}`}>
              {statusLabels[change.status]} — {formatDateTime(change.at)}
            </li>
          ))}
        </ol>
      </section>
      {canCancel(data) && (
        <button type="button" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
          {cancel.isPending ? 'Cancelling…' : 'Cancel order'}
        </button>
      )}
      {cancel.isError && <ErrorNotice error={cancel.error} />}
      <p>
        <Link to="/orders">All your orders</Link> · <Link to="/">Keep shopping</Link>
      </p>
    </div>
  );
}

function OrderHeadline({ order }: { order: Order }) {
  switch (order.status) {
    case 'PENDING':
      return (
        <p className="order-status status-pending" role="status">
          <strong>Processing</strong> — we are reserving your games and authorising your card…
        </p>
      );
    case 'CONFIRMED':
      return (
        <p className="order-status status-confirmed" role="status">
          <strong>Confirmed</strong> — thank you! We have texted you a confirmation.
        </p>
      );
    case 'REJECTED':
      return (
        <div className="order-status status-rejected" role="alert">
          <p>
            <strong>Not placed</strong> — {rejectionText(order)}
          </p>
          <p>
            {order.rejectionReason === 'OUT_OF_STOCK' ? (
              <Link to="/cart">Review your cart</Link>
            ) : (
              <Link to="/checkout">Try again with another card</Link>
            )}
          </p>
        </div>
      );
    default:
      return (
        <p className="order-status" role="status">
          <strong>{statusLabels[order.status]}</strong>
        </p>
      );
  }
}

export function OrderLines({ order }: { order: Order }) {
  return (
    <table className="order-lines">
      <caption className="visually-hidden">Games in this order</caption>
      <thead>
        <tr>
          <th scope="col">Game</th>
          <th scope="col">Qty</th>
          <th scope="col">Price</th>
        </tr>
      </thead>
      <tbody>
        {order.items.map((line) => (
          <tr key={line.productId}>
            <td>
              {line.title} <span className="platform">({line.platform})</span>
            </td>
            <td>{line.quantity}</td>
            <td>
              <Price money={line.lineTotal} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Total
          </th>
          <td>
            <Price money={order.total} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
