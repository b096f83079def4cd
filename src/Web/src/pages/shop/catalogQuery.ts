import type { ProductQuery, ProductSort } from '../../api/types';

const sorts: ProductSort[] = ['relevance', 'price', '-price', 'title', 'newest'];

function wholeNumber(text: string | null): number | undefined {
  if (text === null || !/^\d{1,9}$/.test(text)) return undefined;
  return Number(text);
}

/** The home grid's query lives in the URL (shareable, back-button friendly); prices there are minor units like the API's. */
export function queryFromParams(params: URLSearchParams): ProductQuery {
  const sort = params.get('sort') as ProductSort | null;
  return {
    q: params.get('q') ?? undefined,
    platforms: params.get('platform')?.split(',').filter(Boolean) ?? [],
    minPrice: wholeNumber(params.get('minPrice')),
    maxPrice: wholeNumber(params.get('maxPrice')),
    inStock: params.get('inStock') === 'true',
    sort: sort && sorts.includes(sort) ? sort : undefined,
  };
}

export function paramsFromQuery(query: ProductQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.platforms?.length) params.set('platform', query.platforms.join(','));
  if (query.minPrice !== undefined) params.set('minPrice', String(query.minPrice));
  if (query.maxPrice !== undefined) params.set('maxPrice', String(query.maxPrice));
  if (query.inStock) params.set('inStock', 'true');
  if (query.sort) params.set('sort', query.sort);
  return params;
}
