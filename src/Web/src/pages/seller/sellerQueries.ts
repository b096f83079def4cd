import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { ShopApi } from '../../api/ShopApi';
import type { Page, Product } from '../../api/types';

/** Where the console lives; its pages link with absolute paths under it. */
export const sellerBase = '/seller';

export const sellerProductsKey = ['seller', 'products'] as const;
export const sellerProductKey = (id: string) => ['seller', 'product', id] as const;
export const sellerOrdersKey = ['seller', 'orders'] as const;
export const sellerSalesKey = (from: string, to: string) => ['seller', 'reports', 'sales', from, to] as const;

type Pages<T> = InfiniteData<Page<T>, string | null>;

/** Replaces one item (matched by id) in every cached page of a paged list, so a change shows without refetching. */
export function replaceInPages<T extends { id: string }>(client: QueryClient, key: readonly unknown[], item: T): void {
  client.setQueryData<Pages<T>>(key, (data) =>
    data && {
      ...data,
      pages: data.pages.map((page) => ({ ...page, items: page.items.map((old) => (old.id === item.id ? item : old)) })),
    },
  );
}

/** A product from the cached list, if the seller has just been looking at it. */
export function cachedProduct(client: QueryClient, id: string): Product | undefined {
  return client
    .getQueryData<Pages<Product>>(sellerProductsKey)
    ?.pages.flatMap((page) => page.items)
    .find((product) => product.id === id);
}

/**
 * One of the seller's own products, read fresh from their list (the public product endpoint hides unlisted
 * games); null when the seller has no product with that id.
 */
export async function findSellerProduct(api: ShopApi, id: string): Promise<Product | null> {
  let cursor: string | null = null;
  do {
    const page: Page<Product> = await api.listSellerProducts(cursor);
    const found = page.items.find((product) => product.id === id);
    if (found) return found;
    cursor = page.nextCursor;
  } while (cursor);
  return null;
}

