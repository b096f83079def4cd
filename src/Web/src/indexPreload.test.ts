import { describe, expect, it } from 'vitest';
import { ShopApi } from './api/ShopApi';
import { queryFromParams } from './pages/shop/catalogQuery';
import { fakeFetch, json } from './test/fakeApi';
import indexHtml from '../index.html?raw';

// index.html preloads the home page's first listing so it downloads beside the script (decision 0037). A preload is
// only used when the page later asks for exactly the same URL: these keep the two in step.

function preloads(): { href: string; as: string | null; crossorigin: string | null }[] {
  const page = new DOMParser().parseFromString(indexHtml, 'text/html');
  return [...page.querySelectorAll('link[rel="preload"]')].map((link) => ({
    href: link.getAttribute('href') ?? '',
    as: link.getAttribute('as'),
    crossorigin: link.getAttribute('crossorigin'),
  }));
}

describe('index.html', () => {
  it('preloads, as a CORS fetch, exactly the listing the home page asks for first', async () => {
    const api = fakeFetch({ 'GET /api/products': () => json(200, { items: [], nextCursor: null }) });
    const shop = new ShopApi({ baseUrl: 'http://shop.test', getToken: async () => null, fetch: api.fetch });

    // What HomePage runs on "/" with no search parameters: its query from the URL, the first page, 24 games.
    await shop.listProducts(queryFromParams(new URLSearchParams()), null, 24);

    const listing = preloads().find((p) => p.href.startsWith('/api/'));
    expect(listing).toEqual({ href: api.calls[0]!.path, as: 'fetch', crossorigin: 'anonymous' });
  });

  it('preloads nothing that needs a token or a cart', () => {
    const api = preloads().filter((p) => p.href.startsWith('/api/'));
    expect(api.map((p) => p.href)).toEqual(['/api/products?limit=24']);
  });
});
