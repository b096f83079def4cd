import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import type { OrderStatus } from '../../api/types';
import { useServices } from '../../AppServices';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { statusLabels } from '../../format/orderStatus';
import { FulfilmentActions } from '../seller/FulfilmentActions';
import { OrdersTable } from '../seller/OrdersTable';
import { adminOrdersKey } from './adminQueries';

const statuses = Object.keys(statusLabels) as OrderStatus[];

function statusFrom(param: string | null): OrderStatus | '' {
  return statuses.find((status) => status === param) ?? '';
}

/** Every order, newest first, optionally in one status; the filter is kept in the URL (?status=SHIPPED) so it can be shared. */
export function AllOrdersPage() {
  const { api } = useServices();
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get('status'));
  const selectId = useId();
  const orders = useInfiniteQuery({
    queryKey: adminOrdersKey(status),
    queryFn: ({ pageParam }) => api.listAllOrders(status, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];

  function choose(next: string) {
    const updated = new URLSearchParams(params);
    if (next) updated.set('status', next);
    else updated.delete('status');
    setParams(updated);
  }

  return (
    <section aria-labelledby="all-orders-heading">
      <h2 id="all-orders-heading">All orders</h2>
      <div className="field console-filter">
        <label htmlFor={selectId}>Status</label>
        <select id={selectId} value={status} onChange={(event) => choose(event.target.value)}>
          <option value="">All</option>
          {statuses.map((value) => (
            <option key={value} value={value}>
              {statusLabels[value]}
            </option>
          ))}
        </select>
      </div>
      {orders.isPending && <Loading label="Loading orders…" />}
      {orders.isError && <ErrorNotice error={orders.error} onRetry={() => orders.refetch()} />}
      {orders.isSuccess && items.length === 0 && (
        <EmptyState title={status ? `No ${statusLabels[status].toLowerCase()} orders` : 'No orders yet'} />
      )}
      {items.length > 0 && (
        <OrdersTable
          orders={items}
          caption={status ? `${statusLabels[status]} orders` : 'All orders'}
          linkOrders
          actions={(order) => <FulfilmentActions order={order} listKey={adminOrdersKey(status)} />}
        />
      )}
      {orders.hasNextPage && (
        <button type="button" className="show-more" onClick={() => orders.fetchNextPage()} disabled={orders.isFetchingNextPage}>
          {orders.isFetchingNextPage ? 'Loading more…' : 'Show more'}
        </button>
      )}
    </section>
  );
}
