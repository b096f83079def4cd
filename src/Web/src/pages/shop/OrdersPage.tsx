import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Order } from '../../api/types';
import { useServices } from '../../AppServices';
import { Price } from '../../components/Price';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { formatDateTime, shortOrderId } from '../../format/dates';
import { canCancel, statusLabels } from '../../format/orderStatus';
import { useCancelOrder } from './useCancelOrder';
import { usePageTitle } from '../../components/usePageTitle';

/** The shopper's order history, newest first, with Cancel where the order still allows it. */
export function OrdersPage() {
  usePageTitle('Your orders');
  const { api } = useServices();
  const orders = useInfiniteQuery({
    queryKey: ['orders'],
    queryFn: ({ pageParam }) => api.listOrders(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="page">
      <h1>Your orders</h1>
      {orders.isPending && <Loading label="Loading your orders…" />}
      {orders.isError && <ErrorNotice error={orders.error} onRetry={() => orders.refetch()} />}
      {orders.isSuccess && items.length === 0 && (
        <EmptyState title="No orders yet">
          <p>
            <Link to="/">Find a game</Link> to start.
          </p>
        </EmptyState>
      )}
      {items.length > 0 && (
        <ul className="order-list">
          {items.map((order) => (
            <OrderRow key={order.id} order={order} />
          ))}
        </ul>
      )}
      {orders.hasNextPage && (
        <button type="button" onClick={() => orders.fetchNextPage()} disabled={orders.isFetchingNextPage}>
          Show older orders
        </button>
      )}
    </div>
  );
}

function OrderRow({ order }: { order: Order }) {
  const cancel = useCancelOrder(order.id);
  const units = order.items.reduce((sum, line) => sum + line.quantity, 0);

  return (
    <li className="order-row">
      <Link to={`/orders/${order.id}`}>Order {shortOrderId(order.id)}</Link>
      <span>{formatDateTime(order.createdAt)}</span>
      <span className={`order-status status-${order.status.toLowerCase()}`}>{statusLabels[order.status]}</span>
      <span>
        {units} {units === 1 ? 'item' : 'items'} · <Price money={order.total} />
      </span>
      {canCancel(order) && (
        <button type="button" onClick={() => cancel.mutate()} disabled={cancel.isPending} aria-label={`Cancel order ${shortOrderId(order.id)}`}>
          Cancel
        </button>
      )}
      {cancel.isError && <ErrorNotice error={cancel.error} />}
    </li>
  );
}
