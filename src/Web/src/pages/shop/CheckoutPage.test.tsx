import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json } from '../../test/fakeApi';
import { renderWithServices, shopper } from '../../test/renderWithServices';
import { CheckoutPage } from './CheckoutPage';

const sgd = (amount: number) => ({ amount, currency: 'SGD' });
const cart = {
  id: 'user-1',
  items: [{ productId: 'a', title: 'Starfall Vanguard', platform: 'PlayStation 5', image: null, unitPrice: sgd(6990), quantity: 1, lineTotal: sgd(6990), available: 5 }],
  subtotal: sgd(6990),
  itemCount: 1,
};
const placed = { id: 'abcdefghijklmnopqrstuvwx', status: 'PENDING', items: [], total: sgd(6990), createdAt: '2026-11-27T10:00:00Z', updatedAt: '2026-11-27T10:00:00Z', statusHistory: [] };

describe('CheckoutPage', () => {
  it('retries a failed submission with the same Idempotency-Key, so one order is placed', async () => {
    let attempts = 0;
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cart),
      'POST /api/orders': () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch');
        return json(202, placed);
      },
    });
    renderWithServices(<CheckoutPage />, { fetch: api.fetch, user: shopper });

    await userEvent.click(await screen.findByRole('button', { name: 'Place order' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("We can't reach Git Goods right now");
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    const keys = api.calls.filter((c) => c.method === 'POST').map((c) => c.headers['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('uses a new key once the shopper changes the order', async () => {
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cart),
      'POST /api/orders': () => json(422, { status: 422, title: 'Unprocessable Content', errors: { 'shipping.address.line1': ['Required, at most 200 characters.'] } }),
    });
    renderWithServices(<CheckoutPage />, { fetch: api.fetch, user: shopper });

    await userEvent.click(await screen.findByRole('button', { name: 'Place order' }));
    expect(await screen.findByLabelText('Address line 1')).toHaveAccessibleDescription('Required, at most 200 characters.');
    await userEvent.type(screen.getByLabelText('Address line 1'), ' #02-01');
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    const keys = api.calls.filter((c) => c.method === 'POST').map((c) => c.headers['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('explains a stock conflict in words and reloads the cart', async () => {
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cart),
      'POST /api/orders': () => json(409, { status: 409, title: 'Conflict', detail: 'Not enough stock: a: only 0 available.', errors: { 'items[0].quantity': ['Only 0 available.'] } }),
    });
    renderWithServices(<CheckoutPage />, { fetch: api.fetch, user: shopper });

    await userEvent.click(await screen.findByRole('button', { name: 'Place order' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Some games no longer have enough stock.');
    expect(api.calls.filter((c) => c.path === '/api/cart').length).toBeGreaterThanOrEqual(2);
  });
});
