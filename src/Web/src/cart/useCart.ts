import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useServices } from '../AppServices';
import { useAuth } from '../auth/AuthProvider';
import type { Cart } from '../api/types';

/** One cache entry per cart owner, so signing in or out never shows the other cart. */
export function useCartKey(): readonly unknown[] {
  const { user } = useAuth();
  return ['cart', user?.sub ?? 'anonymous'];
}

export function useCart() {
  const { api } = useServices();
  const { user } = useAuth();
  const key = useCartKey();
  return useQuery({ queryKey: key, queryFn: () => api.getCart(), enabled: user !== undefined, staleTime: 5_000 });
}

/** Sets a line's quantity (0 removes it); the answer is the whole cart, which replaces the cached one. */
export function useSetQuantity() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const key = useCartKey();
  return useMutation({
    mutationFn: ({ productId, quantity }: { productId: string; quantity: number }) =>
      quantity === 0 ? api.removeCartItem(productId) : api.setCartItem(productId, quantity),
    onSuccess: (cart: Cart) => queryClient.setQueryData(key, cart),
  });
}
