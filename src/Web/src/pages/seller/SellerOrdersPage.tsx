import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Order } from '../../api/types';
import { useServices } from '../../AppServices';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { shortOrderId } from '../../format/dates';
import { OrdersTable } from './OrdersTable';
import { replaceInPages, sellerOrdersKey } from './sellerQueries';

/** Orders holding the seller's games, newest first, with the next fulfilment step for each. */
export function SellerOrdersPage() {
  const { api } = useServices();
  const orders = useInfiniteQuery({
    queryKey: sellerOrdersKey,
    queryFn: ({ pageParam }) => api.listSellerOrders(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="seller-orders-heading">
      <h2 id="seller-orders-heading">Orders</h2>
      {orders.isPending && <Loading label="Loading orders…" />}
      {orders.isError && <ErrorNotice error={orders.error} onRetry={() => orders.refetch()} />}
      {orders.isSuccess && items.length === 0 && (
        <EmptyState title="No orders yet">
          <p>Orders for your games appear here once shoppers buy them.</p>
        </EmptyState>
      )}
      {items.length > 0 && <OrdersTable orders={items} caption="Orders for your games" actions={(order) => <FulfilmentActions order={order} />} />}
      {orders.hasNextPage && (
        <button type="button" className="show-more" onClick={() => orders.fetchNextPage()} disabled={orders.isFetchingNextPage}>
          {orders.isFetchingNextPage ? 'Loading more…' : 'Show more'}
        </button>
      )}
    </section>
  );
}

/** "Mark shipped" for a confirmed order, "Mark delivered" for a shipped one; the API refuses (409) any other step. */
function FulfilmentActions({ order }: { order: Order }) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const advance = useMutation({
    mutationFn: (action: 'ship' | 'deliver') => api.advanceOrder(order.id, action),
    onSuccess: (advanced) => replaceInPages(queryClient, sellerOrdersKey, advanced),
  });
  const short = shortOrderId(order.id);

  return (
    <>
      {order.status === 'CONFIRMED' && (
        <button type="button" onClick={() => advance.mutate('ship')} disabled={advance.isPending} aria-label={`Mark order ${short} shipped`}>
          Mark shipped
        </button>
      )}
      {order.status === 'SHIPPED' && (
        <button type="button" onClick={() => advance.mutate('deliver')} disabled={advance.isPending} aria-label={`Mark order ${short} delivered`}>
          Mark delivered
        </button>
      )}
      {advance.isError && <ErrorNotice error={advance.error} />}
    </>
  );
}
