import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useServices } from '../../AppServices';

/** Cancels an order; the answer replaces the cached order and the history is fetched again. */
export function useCancelOrder(id: string) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.cancelOrder(id),
    onSuccess: (cancelled) => {
      queryClient.setQueryData(['order', id], cancelled);
      void queryClient.invalidateQueries({ queryKey: ['orders'] });
    },
  });
}
