import type { UserProfile } from '../../auth/profile';
import { fakeFetch, json, type RecordedCall } from '../../test/fakeApi';

/** One request the stubbed API received, with the path and query apart. */
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

function apiCall(call: RecordedCall): ApiCall {
  const [path = '', query = ''] = call.path.split('?');
  return { method: call.method, path, query: new URLSearchParams(query), body: call.body };
}

/** The console tests' view of {@link fakeFetch}: replies as status + body. */
export function stubApi(routes: Routes): { fetch: typeof fetch; readonly calls: ApiCall[] } {
  const fake = fakeFetch(
    Object.fromEntries(
      Object.entries(routes).map(([key, answer]) => [
        key,
        (call: RecordedCall) => {
          const reply = answer(apiCall(call));
          return reply.body === undefined ? new Response(null, { status: reply.status }) : json(reply.status, reply.body);
        },
      ]),
    ),
  );
  return {
    fetch: fake.fetch,
    get calls() {
      return fake.calls.map(apiCall);
    },
  };
}

export const sellerUser: UserProfile = { sub: 'seller-1', email: 'seller@gitgoods.local', name: 'Sam Seller', groups: ['sellers'] };
export const adminUser: UserProfile = { sub: 'admin-1', email: 'admin@gitgoods.local', name: 'Ada Admin', groups: ['admins'] };
