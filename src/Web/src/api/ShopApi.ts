import { ApiError } from './ApiError';
import type {
  Cart,
  DeadLetter,
  Order,
  OrderInput,
  OrderStatus,
  Page,
  PlatformCount,
  ImageUpload,
  Problem,
  Product,
  ProductInput,
  ProductQuery,
  SalesReport,
  ActiveSale,
  Sale,
  SaleInput,
  WaitingStatus,
} from './types';

/** Gives the signed-in user's ID token (refreshed when needed), or null when nobody is signed in. */
export type TokenSource = () => Promise<string | null>;

export interface ShopApiOptions {
  baseUrl: string;
  getToken: TokenSource;
  fetch?: typeof fetch;
  storage?: Storage;
}

interface Call {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send the anonymous cart id when nobody is signed in (cart routes). */
  cart?: boolean;
  signal?: AbortSignal;
}

const cartIdKey = 'gitgoods.cartId';

/**
 * The one client of the Git Goods REST API (docs/openapi.json). It adds the bearer token, keeps the anonymous
 * cart's id (X-Cart-Id) in local storage, and turns every non-2xx answer into an {@link ApiError}.
 */
export class ShopApi {
  private readonly baseUrl: string;
  private readonly getToken: TokenSource;
  private readonly fetchImpl: typeof fetch;
  private readonly storage: Storage;

  constructor(options: ShopApiOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.getToken = options.getToken;
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.storage = options.storage ?? localStorage;
  }

  // Manifest
  listProducts(query: ProductQuery, cursor?: string | null, limit = 24, signal?: AbortSignal): Promise<Page<Product>> {
    const params = new URLSearchParams();
    if (query.q?.trim()) params.set('q', query.q.trim());
    if (query.platforms?.length) params.set('platform', query.platforms.join(','));
    if (query.minPrice !== undefined) params.set('minPrice', String(query.minPrice));
    if (query.maxPrice !== undefined) params.set('maxPrice', String(query.maxPrice));
    if (query.inStock) params.set('inStock', 'true');
    if (query.sort) params.set('sort', query.sort);
    params.set('limit', String(limit));
    if (cursor) params.set('cursor', cursor);
    return this.call(`/api/products?${params}`, { signal });
  }

  getProduct(id: string): Promise<Product> {
    return this.call(`/api/products/${encodeURIComponent(id)}`);
  }

  async listPlatforms(): Promise<PlatformCount[]> {
    const body = await this.call<{ items: PlatformCount[] }>('/api/platforms');
    return body.items;
  }

  // Cart
  getCart(): Promise<Cart> {
    return this.call('/api/cart', { cart: true });
  }

  setCartItem(productId: string, quantity: number): Promise<Cart> {
    return this.call(`/api/cart/items/${encodeURIComponent(productId)}`, { method: 'PUT', body: { quantity }, cart: true });
  }

  removeCartItem(productId: string): Promise<Cart> {
    return this.call(`/api/cart/items/${encodeURIComponent(productId)}`, { method: 'DELETE', cart: true });
  }

  /** Moves the anonymous cart's lines into the signed-in user's cart; a no-op without an anonymous cart. */
  async mergeAnonymousCart(): Promise<Cart | null> {
    const anonymousId = this.storage.getItem(cartIdKey);
    if (!anonymousId) return null;
    const cart = await this.call<Cart>('/api/cart/merge', { method: 'POST', headers: { 'X-Cart-Id': anonymousId } });
    this.storage.removeItem(cartIdKey);
    return cart;
  }

  // Orders
  /** Places the order; `admissionToken` is the waiting room's pass when a line of the cart is in an active sale (one per sale, comma-separated). */
  placeOrder(input: OrderInput, idempotencyKey: string, admissionToken?: string | null): Promise<Order> {
    const headers: Record<string, string> = { 'Idempotency-Key': idempotencyKey };
    if (admissionToken) headers['X-Admission-Token'] = admissionToken;
    return this.call('/api/orders', { method: 'POST', body: input, headers });
  }

  listOrders(cursor?: string | null): Promise<Page<Order>> {
    return this.call(`/api/orders${query({ cursor })}`);
  }

  getOrder(id: string): Promise<Order> {
    return this.call(`/api/orders/${encodeURIComponent(id)}`);
  }

  cancelOrder(id: string): Promise<Order> {
    return this.call(`/api/orders/${encodeURIComponent(id)}/cancel`, { method: 'POST' });
  }

  // Waiting room (sales days)
  async listActiveSales(signal?: AbortSignal): Promise<ActiveSale[]> {
    const body = await this.call<{ sales: ActiveSale[] }>('/api/waiting-room', { signal });
    return body.sales;
  }

  /** Joins a sale's line; joining again returns the same place while it is valid. */
  joinWaitingRoom(saleId: string, signal?: AbortSignal): Promise<WaitingStatus> {
    return this.call(`/api/waiting-room/${encodeURIComponent(saleId)}/positions`, { method: 'POST', signal });
  }

  /** The check-in: keeps the place and tells where it is (or that it was released: EXPIRED). */
  checkWaitingRoom(saleId: string, positionToken: string, signal?: AbortSignal): Promise<WaitingStatus> {
    return this.call(`/api/waiting-room/${encodeURIComponent(saleId)}/position`, { headers: { 'X-Position-Token': positionToken }, signal });
  }

  // Seller console
  listSellerProducts(cursor?: string | null): Promise<Page<Product>> {
    return this.call(`/api/seller/products${query({ cursor })}`);
  }

  createProduct(input: ProductInput): Promise<Product> {
    return this.call('/api/seller/products', { method: 'POST', body: input });
  }

  updateProduct(id: string, input: ProductInput): Promise<Product> {
    return this.call(`/api/seller/products/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
  }

  /** A pre-signed upload for one product image (JPEG, PNG or WebP, at most 2 MB). */
  createImageUpload(contentType: string, contentLength: number): Promise<ImageUpload> {
    return this.call('/api/seller/images', { method: 'POST', body: { contentType, contentLength } });
  }

  /** PUTs the file where the pre-signed URL says (the image bucket); no token is sent: the signature is the permission. */
  async uploadImage(upload: ImageUpload, file: Blob): Promise<void> {
    const response = await this.fetchImpl(upload.uploadUrl, { method: upload.method, headers: upload.headers, body: file });
    if (!response.ok) {
      throw new ApiError(response.status, { title: 'Upload refused', status: response.status, detail: `The image store refused the upload (HTTP ${response.status}).` });
    }
  }

  unlistProduct(id: string): Promise<void> {
    return this.call(`/api/seller/products/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  listSellerOrders(cursor?: string | null): Promise<Page<Order>> {
    return this.call(`/api/seller/orders${query({ cursor })}`);
  }

  advanceOrder(id: string, action: 'ship' | 'deliver'): Promise<Order> {
    return this.call(`/api/seller/orders/${encodeURIComponent(id)}/${action}`, { method: 'POST' });
  }

  /** The seller's sales over whole days `from`..`to` (YYYY-MM-DD, both included, the shop's time zone). */
  getSalesReport(from: string, to: string, signal?: AbortSignal): Promise<SalesReport> {
    return this.call(`/api/seller/reports/sales${query({ from, to })}`, { signal });
  }

  // Admin console
  listAllOrders(status?: OrderStatus | '', cursor?: string | null): Promise<Page<Order>> {
    return this.call(`/api/admin/orders${query({ status, cursor })}`);
  }

  listDeadLetters(): Promise<Page<DeadLetter>> {
    return this.call('/api/admin/dead-letters');
  }

  redriveDeadLetters(): Promise<{ redriven: number }> {
    return this.call('/api/admin/dead-letters/redrive', { method: 'POST' });
  }

  listSales(): Promise<Sale[]> {
    return this.call<{ sales: Sale[] }>('/api/admin/sales').then((body) => body.sales);
  }

  /** Creates or changes a sale; changing capacity or rate on a live sale takes effect at once. */
  saveSale(saleId: string, input: SaleInput): Promise<Sale> {
    return this.call(`/api/admin/sales/${encodeURIComponent(saleId)}`, { method: 'PUT', body: input });
  }

  endSale(saleId: string): Promise<void> {
    return this.call(`/api/admin/sales/${encodeURIComponent(saleId)}`, { method: 'DELETE' });
  }

  private async call<T>(path: string, call: Call = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...call.headers };
    const token = await this.getToken();
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    } else if (call.cart) {
      const cartId = this.storage.getItem(cartIdKey);
      if (cartId) headers['X-Cart-Id'] = cartId;
    }
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';

    const response = await this.fetchImpl(this.baseUrl + path, {
      method: call.method ?? 'GET',
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: call.signal,
    });
    if (call.cart && !token) {
      const minted = response.headers.get('X-Cart-Id');
      if (minted) this.storage.setItem(cartIdKey, minted);
    }
    if (!response.ok) {
      throw new ApiError(response.status, await problemOf(response));
    }
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
}

function query(values: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    const body = (await response.json()) as Problem & { message?: string };
    return { ...body, title: body.title ?? body.message, status: response.status };
  } catch {
    return { status: response.status };
  }
}
