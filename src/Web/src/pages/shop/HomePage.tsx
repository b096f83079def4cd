import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ProductQuery } from '../../api/types';
import { useServices } from '../../AppServices';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { paramsFromQuery, queryFromParams } from './catalogQuery';
import { Filters } from './Filters';
import { ProductCard } from './ProductCard';
import { usePageTitle } from '../../components/usePageTitle';

/** The shop's front: the grid of games for the query in the URL, with filters and "Show more" paging. */
export function HomePage() {
  const { api } = useServices();
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  usePageTitle(query.q ? `Search: ${query.q}` : 'Games');
  const [filtersOpen, setFiltersOpen] = useState(false);

  const platforms = useQuery({ queryKey: ['platforms'], queryFn: () => api.listPlatforms(), staleTime: 60_000 });
  const products = useInfiniteQuery({
    queryKey: ['products', paramsFromQuery(query).toString()],
    queryFn: ({ pageParam, signal }) => api.listProducts(query, pageParam, 24, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

  const items = products.data?.pages.flatMap((page) => page.items) ?? [];
  const change = (next: ProductQuery) => setParams(paramsFromQuery(next));

  return (
    <div className="page shop">
      <h1>{query.q ? `Results for “${query.q}”` : 'Games'}</h1>
      <div className="shop-layout">
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="filters"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          {filtersOpen ? 'Hide filters' : 'Filters and sort'}
        </button>
        <Filters id="filters" open={filtersOpen} query={query} platforms={platforms.data ?? []} onChange={change} />
        <section aria-label="Games" className="results">
          {products.isPending && <Loading label="Loading games…" />}
          {products.isError && <ErrorNotice error={products.error} onRetry={() => products.refetch()} />}
          {products.isSuccess && items.length === 0 && (
            <EmptyState title="No games match">
              <p>Try other words, or clear some filters.</p>
              <button type="button" onClick={() => setParams(new URLSearchParams())}>
                Clear all filters
              </button>
            </EmptyState>
          )}
          {items.length > 0 && (
            <>
              <p className="muted" role="status">
                Showing {items.length} {items.length === 1 ? 'game' : 'games'}
              </p>
              <ul className="product-grid">
                {items.map((product) => (
                  <ProductCard key={product.id} product={product} />
                ))}
              </ul>
            </>
          )}
          {products.hasNextPage && (
            <button
              type="button"
              className="show-more"
              onClick={() => products.fetchNextPage()}
              disabled={products.isFetchingNextPage}
            >
              {products.isFetchingNextPage ? 'Loading…' : 'Show more games'}
            </button>
          )}
          {products.isFetchNextPageError && <ErrorNotice error={products.error} />}
        </section>
      </div>
    </div>
  );
}
