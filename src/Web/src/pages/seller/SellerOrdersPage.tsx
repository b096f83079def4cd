import { useInfiniteQuery } from '@tanstack/react-query';
import { useServices } from '../../AppServices';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { FulfilmentActions } from './FulfilmentActions';
import { OrdersTable } from './OrdersTable';
import { sellerOrdersKey } from './sellerQueries';

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
      {items.length > 0 && <OrdersTable orders={items} caption="Orders for your games" actions={(order) => <FulfilmentActions order={order} listKey={sellerOrdersKey} />} />}
      {orders.hasNextPage && (
        <button type="button" className="show-more" onClick={() => orders.fetchNextPage()} disabled={orders.isFetchingNextPage}>
          {orders.isFetchingNextPage ? 'Loading more…' : 'Show more'}
        </button>
      )}
    </section>
  );
}
