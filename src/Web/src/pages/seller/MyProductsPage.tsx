import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import type { Product } from '../../api/types';
import { useServices } from '../../AppServices';
import { Price } from '../../components/Price';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../components/Status';
import { replaceInPages, sellerBase, sellerProductKey, sellerProductsKey } from './sellerQueries';

/** What the product form leaves in the history state for this page to announce. */
export interface ProductsNotice {
  notice?: string;
}

export const productStatusLabels: Record<Product['status'], string> = { ACTIVE: 'Listed', UNLISTED: 'Unlisted' };

/** The seller's games in every status, newest first, with Edit and (for listed ones) Unlist. */
export function MyProductsPage() {
  const { api } = useServices();
  const location = useLocation();
  const notice = (location.state as ProductsNotice | null)?.notice;
  const products = useInfiniteQuery({
    queryKey: sellerProductsKey,
    queryFn: ({ pageParam }) => api.listSellerProducts(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = products.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="my-products-heading">
      <div className="console-heading">
        <h2 id="my-products-heading">My products</h2>
        <Link to={`${sellerBase}/products/new`} className="button primary">
          Add a game
        </Link>
      </div>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {products.isPending && <Loading label="Loading your games…" />}
      {products.isError && <ErrorNotice error={products.error} onRetry={() => products.refetch()} />}
      {products.isSuccess && items.length === 0 && (
        <EmptyState title="You have no games yet">
          <p>
            <Link to={`${sellerBase}/products/new`}>Add your first game</Link> to start selling.
          </p>
        </EmptyState>
      )}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Your games</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Platform</th>
                <th scope="col">Price</th>
                <th scope="col">Stock</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((product) => (
                <ProductRow key={product.id} product={product} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {products.hasNextPage && (
        <button type="button" className="show-more" onClick={() => products.fetchNextPage()} disabled={products.isFetchingNextPage}>
          {products.isFetchingNextPage ? 'Loading more…' : 'Show more'}
        </button>
      )}
      {products.isFetchNextPageError && <ErrorNotice error={products.error} />}
    </section>
  );
}

function ProductRow({ product }: { product: Product }) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const unlist = useMutation({
    mutationFn: () => api.unlistProduct(product.id),
    onSuccess: () => {
      const unlisted: Product = { ...product, status: 'UNLISTED' };
      replaceInPages(queryClient, sellerProductsKey, unlisted);
      queryClient.setQueryData(sellerProductKey(product.id), unlisted);
    },
  });

  return (
    <tr>
      <th scope="row">{product.title}</th>
      <td>{product.platform}</td>
      <td>
        <Price money={product.price} />
      </td>
      <td>{product.stock}</td>
      <td>
        <span className={`product-status product-status-${product.status.toLowerCase()}`}>{productStatusLabels[product.status]}</span>
      </td>
      <td>
        <div className="row-actions">
          <Link to={`${sellerBase}/products/${encodeURIComponent(product.id)}/edit`} aria-label={`Edit ${product.title}`}>
            Edit
          </Link>
          {product.status === 'ACTIVE' && (
            <button type="button" onClick={() => unlist.mutate()} disabled={unlist.isPending} aria-label={`Unlist ${product.title}`}>
              {unlist.isPending ? 'Unlisting…' : 'Unlist'}
            </button>
          )}
        </div>
        {unlist.isError && <ErrorNotice error={unlist.error} />}
      </td>
    </tr>
  );
}
