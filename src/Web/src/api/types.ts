/** The REST contract's shapes (docs/openapi.json). Money is integer minor units. */
export interface Money {
  amount: number;
  currency: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type ProductStatus = 'ACTIVE' | 'UNLISTED';

export interface Product {
  id: string;
  title: string;
  platform: string;
  description: string;
  price: Money;
  stock: number;
  images: string[];
  sellerId: string;
  status: ProductStatus;
  createdAt: string;
  updatedAt: string;
}

export interface PlatformCount {
  platform: string;
  count: number;
}

export type ProductSort = 'relevance' | 'price' | '-price' | 'title' | 'newest';

export interface ProductQuery {
  q?: string;
  platforms?: string[];
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort?: ProductSort;
}

export interface ProductInput {
  title?: string;
  platform?: string;
  description?: string;
  price?: Money;
  stock?: number;
  images?: string[];
  status?: ProductStatus;
}

/** 201 of POST /api/seller/images: PUT the file to uploadUrl, then name imageUrl in the product's images. */
export interface ImageUpload {
  uploadUrl: string;
  method: 'PUT';
  headers: Record<string, string>;
  imageUrl: string;
  expiresAt: string;
}

export interface CartLine {
  productId: string;
  title: string;
  platform: string;
  image: string | null;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
  available: number;
}

export interface Cart {
  id: string | null;
  items: CartLine[];
  subtotal: Money;
  itemCount: number;
  expiresAt?: string;
}

export type OrderStatus = 'PENDING' | 'CONFIRMED' | 'REJECTED' | 'CANCELLED' | 'SHIPPED' | 'DELIVERED';
export type RejectionReason = 'OUT_OF_STOCK' | 'PAYMENT_DECLINED' | 'PAYMENT_ERROR';

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface Shipping {
  name: string;
  phone: string;
  address: Address;
  email?: string;
}

export interface OrderLine {
  productId: string;
  title: string;
  platform: string;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
}

export interface StatusChange {
  status: OrderStatus;
  at: string;
  reason?: RejectionReason;
}

export interface Order {
  id: string;
  status: OrderStatus;
  items: OrderLine[];
  total: Money;
  shipping?: Shipping;
  createdAt: string;
  updatedAt: string;
  statusHistory: StatusChange[];
  rejectionReason?: RejectionReason;
}

export interface OrderInput {
  shipping: Shipping;
  payment: { method: 'card'; token: string };
}

export interface DeadLetter {
  messageId: string;
  orderId?: string;
  receiveCount: number;
  sentAt: string;
  error?: string;
}

/** One calendar day of a seller's sales (the shop's time zone); the report lists every day of its range. */
export interface SalesDay {
  /** YYYY-MM-DD. */
  date: string;
  revenue: Money;
  units: number;
  orders: number;
}

export interface ProductSales {
  productId: string;
  title: string;
  units: number;
  revenue: Money;
}

/** GET /api/seller/reports/sales: CONFIRMED and later orders, net of cancellations. */
export interface SalesReport {
  currency: string;
  totals: { revenue: Money; units: number; orders: number };
  byDay: SalesDay[];
  /** Best sellers by units, at most 5. */
  topProducts: ProductSales[];
  /** Slowest sellers by units, at most 5. */
  bottomProducts: ProductSales[];
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  traceId?: string;
  errors?: Record<string, string[]>;
  /** The waiting-room problem (403 on POST /api/orders): the sale whose line the shopper must join. */
  saleId?: string;
  joinUrl?: string;
}

/** One active sale, as GET /api/waiting-room lists it (public). `productIds` null means the whole shop. */
export interface ActiveSale {
  saleId: string;
  name: string;
  startsAt: string;
  endsAt: string;
  productIds: string[] | null;
  waiting: number;
  admissionRatePerMinute: number;
}

export type WaitingState = 'WAITING' | 'ADMITTED' | 'EXPIRED';

/** A shopper's place in a sale's line (joining and checking in both answer with it). */
export interface WaitingStatus {
  saleId: string;
  position: number;
  aheadOfYou: number;
  state: WaitingState;
  positionToken: string;
  pollAfterSeconds: number;
  estimatedWaitSeconds: number;
  admissionToken: string | null;
  admissionExpiresAt: string | null;
}

/** A sale as the admin console sees it: its settings and its counters. */
export interface Sale {
  saleId: string;
  name: string;
  startsAt: string;
  endsAt: string;
  productIds: string[] | null;
  capacity: number;
  admissionRatePerMinute: number;
  admissionTtlSeconds: number;
  abandonAfterSeconds: number;
  /** Whether the sale is active now (between startsAt and endsAt). */
  active: boolean;
  issued: number;
  admitted: number;
  inCheckout: number;
  waiting: number;
  abandoned: number;
  completed: number;
}

export type SaleInput = Pick<Sale, 'name' | 'startsAt' | 'endsAt' | 'productIds' | 'capacity' | 'admissionRatePerMinute'> &
  Partial<Pick<Sale, 'admissionTtlSeconds' | 'abandonAfterSeconds'>>;
