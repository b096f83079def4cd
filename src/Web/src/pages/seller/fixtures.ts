import type { Order, Product } from '../../api/types';

/** Test data for the console component tests. */
export function aProduct(overrides: Partial<Product> = {}): Product {
  return {
    id: 'p-starfall',
    title: 'Starfall Vanguard',
    platform: 'PlayStation 5',
    description: 'Space opera.',
    price: { amount: 5999, currency: 'SGD' },
    stock: 12,
    images: ['https://img.example/starfall.jpg'],
    sellerId: 'seller-1',
    status: 'ACTIVE',
    createdAt: '2026-03-01T02:00:00Z',
    updatedAt: '2026-03-01T02:00:00Z',
    ...overrides,
  };
}

export function anOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: 'abcd2345efgh6723ijklmnop',
    status: 'CONFIRMED',
    items: [
      {
        productId: 'p-starfall',
        title: 'Starfall Vanguard',
        platform: 'PlayStation 5',
        unitPrice: { amount: 5999, currency: 'SGD' },
        quantity: 2,
        lineTotal: { amount: 11998, currency: 'SGD' },
      },
    ],
    total: { amount: 11998, currency: 'SGD' },
    createdAt: '2026-03-02T03:04:05Z',
    updatedAt: '2026-03-02T03:04:05Z',
    statusHistory: [{ status: 'CONFIRMED', at: '2026-03-02T03:04:06Z' }],
    ...overrides,
  };
}
