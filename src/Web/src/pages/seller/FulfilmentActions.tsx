import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Order } from '../../api/types';
import { useServices } from '../../AppServices';
import { ErrorNotice } from '../../components/Status';
import { shortOrderId } from '../../format/dates';
import { replaceInPages } from './sellerQueries';

/**
 * "Mark shipped" for a confirmed order, "Mark delivered" for a shipped one; the API refuses (409) any other step.
 * Sellers use it on their orders, admins on any (the API lets admins act for every seller).
 */
export function FulfilmentActions({ order, listKey }: { order: Order; /** The cached list the answer replaces the order in. */ listKey: readonly unknown[] }) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const advance = useMutation({
    mutationFn: (action: 'ship' | 'deliver') => api.advanceOrder(order.id, action),
    onSuccess: (advanced) => replaceInPages(queryClient, listKey, advanced),
  });
  const short = shortOrderId(order.id);

  return (
    <>
      {order.status === 'CONFIRMED' && (
        <button type="button" onClick={() => advance.mutate('ship')} disabled={advance.isPending}>
          Mark shipped<span className="visually-hidden"> (order {short})</span>
        </button>
      )}
      {order.status === 'SHIPPED' && (
        <button type="button" onClick={() => advance.mutate('deliver')} disabled={advance.isPending}>
          Mark delivered<span className="visually-hidden"> (order {short})</span>
        </button>
      )}
      {advance.isError && <ErrorNotice error={advance.error} />}
    </>
  );
}
