import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Stripe } from '@stripe/stripe-js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json } from '../../test/fakeApi';
import { renderWithServices, shopper } from '../../test/renderWithServices';
import { CheckoutPage } from './CheckoutPage';

// The Stripe.js loader is replaced: no script from js.stripe.com in tests, and a card field we can script. (A plain
// function, not a vi.fn: vitest's spy reports a rejected return value as an error of the test even when it is handled.)
const loader = vi.hoisted(() => ({
  keys: [] as string[],
  load: (() => Promise.resolve(null)) as (key: string) => Promise<unknown>,
}));
vi.mock('@stripe/stripe-js/pure', () => ({
  loadStripe: (key: string) => {
    loader.keys.push(key);
    return loader.load(key);
  },
}));

const sgd = (amount: number) => ({ amount, currency: 'SGD' });
const cart = {
  id: 'user-1',
  items: [{ productId: 'a', title: 'Starfall Vanguard', platform: 'PlayStation 5', image: null, unitPrice: sgd(6990), quantity: 1, lineTotal: sgd(6990), available: 5 }],
  subtotal: sgd(6990),
  itemCount: 1,
};
const placed = { id: 'abcdefghijklmnopqrstuvwx', status: 'PENDING', items: [], total: sgd(6990), createdAt: '2026-11-27T10:00:00Z', updatedAt: '2026-11-27T10:00:00Z', statusHistory: [] };
const stripePayment = { provider: 'stripe' as const, publishableKey: 'pk_test_gitgoods' };

function fakeStripe() {
  const listeners: Record<string, (event: { error?: { message: string } }) => void> = {};
  const card = { mount: vi.fn(), destroy: vi.fn(), on: vi.fn((name: string, listener: (event: { error?: { message: string } }) => void) => (listeners[name] = listener)) };
  const stripe = {
    elements: vi.fn(() => ({ create: vi.fn(() => card) })),
    createPaymentMethod: vi.fn(async () => ({ paymentMethod: { id: 'pm_1TestCardFromStripe' } })),
  };
  loader.load = async () => stripe as unknown as Stripe;
  return { stripe, card, change: (event: { error?: { message: string } }) => listeners.change?.(event) };
}

describe('Checkout with Stripe configured', () => {
  beforeEach(() => {
    loader.keys = [];
  });

  it("mounts Stripe's card field instead of the test cards and orders with the PaymentMethod Stripe returns", async () => {
    const { stripe, card } = fakeStripe();
    const api = fakeFetch({ 'GET /api/cart': () => json(200, cart), 'POST /api/orders': () => json(202, placed) });
    renderWithServices(<CheckoutPage />, { fetch: api.fetch, user: shopper, payment: stripePayment });

    // The card field is a lazy chunk: give its first load time on a busy machine.
    await waitFor(() => expect(card.mount).toHaveBeenCalledWith(screen.getByTestId('stripe-card')), { timeout: 5000 });
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(loader.keys).toEqual(['pk_test_gitgoods']);
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(stripe.createPaymentMethod).toHaveBeenCalledWith({ type: 'card', card });
    const order = api.calls.find((c) => c.method === 'POST')!.body as { payment: unknown };
    expect(order.payment).toEqual({ method: 'card', token: 'pm_1TestCardFromStripe' });
  });

  it("shows Stripe's message for a card it cannot use and places no order", async () => {
    const { stripe, card } = fakeStripe();
    stripe.createPaymentMethod.mockResolvedValue({ error: { message: 'Your card number is incomplete.' } } as never);
    const api = fakeFetch({ 'GET /api/cart': () => json(200, cart), 'POST /api/orders': () => json(202, placed) });
    renderWithServices(<CheckoutPage />, { fetch: api.fetch, user: shopper, payment: stripePayment });

    await waitFor(() => expect(card.mount).toHaveBeenCalled());
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));

    expect(await screen.findByText('Your card number is incomplete.')).toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('retries a lost submission with the same PaymentMethod and Idempotency-Key, and a changed card gets a new one', async () => {
    const { stripe, card, change } = fakeStripe();
    let attempts = 0;
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cart),
      'POST /api/orders': () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch');
        return json(422, { status: 422, title: 'Unprocessable Content', errors: { 'payment.token': ['Declined.'] } });
      },
    });
    renderWithServices(<CheckoutPage />, { fetch: api.fetch, user: shopper, payment: stripePayment });
    await waitFor(() => expect(card.mount).toHaveBeenCalled());

    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));
    await screen.findByRole('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(attempts).toBe(2));
    change({});
    stripe.createPaymentMethod.mockResolvedValue({ paymentMethod: { id: 'pm_2AnotherCard' } } as never);
    await userEvent.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(attempts).toBe(3));

    const posts = api.calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => (c.body as { payment: { token: string } }).payment.token)).toEqual(['pm_1TestCardFromStripe', 'pm_1TestCardFromStripe', 'pm_2AnotherCard']);
    const keys = posts.map((c) => c.headers['Idempotency-Key']);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('says so when Stripe.js cannot load', async () => {
    loader.load = () => Promise.reject(new Error('Failed to load Stripe.js'));
    const api = fakeFetch({ 'GET /api/cart': () => json(200, cart) });
    renderWithServices(<CheckoutPage />, { fetch: api.fetch, user: shopper, payment: stripePayment });

    expect(await screen.findByRole('alert')).toHaveTextContent('The secure card field could not load.');
  });
});

describe('Checkout with the simulator (no payment config)', () => {
  it('keeps the test cards and never loads Stripe.js', async () => {
    loader.keys = [];
    const api = fakeFetch({ 'GET /api/cart': () => json(200, cart) });
    renderWithServices(<CheckoutPage />, { fetch: api.fetch, user: shopper });

    expect(await screen.findByRole('radio', { name: /Visa ending 4242/ })).toBeChecked();
    expect(loader.keys).toEqual([]);
  });
});
