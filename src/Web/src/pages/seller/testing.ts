import type { UserProfile } from '../../auth/profile';

/** One request the stubbed API received. */
export interface ApiCall {
  method: string;
  /** Path without the query, for example `/api/seller/orders/abc/ship`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
}

/** Answers by "METHOD /path" (no query); anything unlisted is a 404 problem. */
export type Routes = Record<string, (call: ApiCall) => Reply>;

/** A fetch for the real ShopApi that answers from `routes` and records every call, for console component tests. */
export function stubApi(routes: Routes): { fetch: typeof fetch; calls: ApiCall[] } {
  const calls: ApiCall[] = [];
  const fetchStub = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://shop.test');
    const method = init?.method ?? 'GET';
    const call: ApiCall = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const route = routes[`${method} ${url.pathname}`];
    const reply = route ? route(call) : { status: 404, body: { title: 'Not Found', status: 404, detail: 'No such route in the test.' } };
    const text = reply.body === undefined ? null : JSON.stringify(reply.body);
    const contentType = reply.status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(text, { status: reply.status, headers: text ? { 'Content-Type': contentType } : {} });
  };
  return { fetch: fetchStub as typeof fetch, calls };
}

export const sellerUser: UserProfile = { sub: 'seller-1', email: 'seller@gitgoods.local', name: 'Sam Seller', groups: ['sellers'] };
export const adminUser: UserProfile = { sub: 'admin-1', email: 'admin@gitgoods.local', name: 'Ada Admin', groups: ['admins'] };
