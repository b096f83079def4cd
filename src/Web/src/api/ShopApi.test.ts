import { describe, expect, it } from 'vitest';
import { fakeFetch, json } from '../test/fakeApi';
import { ApiError } from './ApiError';
import { errorMessage } from './errorMessages';
import { ShopApi } from './ShopApi';

function client(routes: Parameters<typeof fakeFetch>[0], token: string | null = null) {
  const api = fakeFetch(routes);
  return { shop: new ShopApi({ baseUrl: 'http://shop.test/', getToken: async () => token, fetch: api.fetch }), calls: api.calls };
}

describe('ShopApi', () => {
  it('sends the query the catalogue understands', async () => {
    const { shop, calls } = client({ 'GET /api/products': () => json(200, { items: [], nextCursor: null }) });
    await shop.listProducts({ q: ' star ', platforms: ['PlayStation 5', 'Xbox'], minPrice: 0, maxPrice: 5000, inStock: true, sort: '-price' }, 'c1', 12);
    expect(calls[0]!.path).toBe('/api/products?q=star&platform=PlayStation+5%2CXbox&minPrice=0&maxPrice=5000&inStock=true&sort=-price&limit=12&cursor=c1');
  });

  it('sends the bearer token and never the anonymous cart id when signed in', async () => {
    localStorage.setItem('gitgoods.cartId', 'anon-1');
    const { shop, calls } = client({ 'GET /api/cart': () => json(200, { items: [] }) }, 'jwt');
    await shop.getCart();
    expect(calls[0]!.headers.Authorization).toBe('Bearer jwt');
    expect(calls[0]!.headers['X-Cart-Id']).toBeUndefined();
  });

  it('merges the anonymous cart once and forgets its id', async () => {
    localStorage.setItem('gitgoods.cartId', 'anon-1');
    const { shop, calls } = client({ 'POST /api/cart/merge': () => json(200, { items: [] }) }, 'jwt');
    await shop.mergeAnonymousCart();
    await shop.mergeAnonymousCart();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.headers['X-Cart-Id']).toBe('anon-1');
    expect(localStorage.getItem('gitgoods.cartId')).toBeNull();
  });

  it('turns problem details into an ApiError with the field messages', async () => {
    const { shop } = client({
      'POST /api/seller/products': () => json(422, { status: 422, title: 'Unprocessable Content', detail: 'Some fields are not valid: title.', errors: { title: ['Required.'] } }),
    }, 'jwt');
    const error = await shop.createProduct({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).fieldErrors).toEqual({ title: ['Required.'] });
    expect(errorMessage(error)).toBe('Some details need fixing — see the highlighted fields.');
  });

  it("reads API Gateway's own 401 body", async () => {
    const { shop } = client({ 'GET /api/orders': () => json(401, { message: 'Unauthorized' }) });
    const error = await shop.listOrders().catch((e: unknown) => e);
    expect((error as ApiError).problem.title).toBe('Unauthorized');
    expect(errorMessage(error)).toBe('Please sign in to continue.');
  });

  it('copes with an error that has no JSON body', async () => {
    const { shop } = client({ 'GET /api/orders': () => new Response('<html>bad gateway</html>', { status: 502 }) }, 'jwt');
    const error = await shop.listOrders().catch((e: unknown) => e);
    expect(errorMessage(error)).toBe('Something went wrong on our side. Please try again.');
  });
});
