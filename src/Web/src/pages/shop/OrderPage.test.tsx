import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Order, OrderStatus, RejectionReason } from '../../api/types';
import { fakeFetch, json } from '../../test/fakeApi';
import { renderWithServices, shopper } from '../../test/renderWithServices';
import { OrderPage } from './OrderPage';

const id = 'abcdefghijklmnopqrstuvwx';
const sgd = (amount: number) => ({ amount, currency: 'SGD' });

function order(status: OrderStatus, rejectionReason?: RejectionReason): Order {
  return {
    id,
    status,
    rejectionReason,
    items: [{ productId: 'a', title: 'Starfall Vanguard', platform: 'PlayStation 5', unitPrice: sgd(6990), quantity: 1, lineTotal: sgd(6990) }],
    total: sgd(6990),
    createdAt: '2026-11-27T10:00:00Z',
    updatedAt: '2026-11-27T10:00:01Z',
    statusHistory: [{ status: 'PENDING', at: '2026-11-27T10:00:00Z' }],
  };
}

function renderOrder(answers: Order[], extra: Parameters<typeof fakeFetch>[0] = {}) {
  let next = 0;
  const api = fakeFetch({
    [`GET /api/orders/${id}`]: () => json(200, answers[Math.min(next++, answers.length - 1)]),
    'GET /api/cart': () => json(200, { id: 'user-1', items: [], subtotal: sgd(0), itemCount: 0 }),
    ...extra,
  });
  renderWithServices(<OrderPage />, { fetch: api.fetch, user: shopper, route: `/orders/${id}`, path: '/orders/:id' });
  return api;
}

describe('OrderPage', () => {
  it('follows a processing order until it is confirmed, without a reload', async () => {
    const api = renderOrder([order('PENDING'), order('PENDING'), order('CONFIRMED')]);

    expect(await screen.findByText(/we are reserving your games/)).toBeInTheDocument();
    expect(await screen.findByText('Confirmed', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Order ABCDEFGH' })).toBeInTheDocument();
    const polls = api.calls.filter((c) => c.path === `/api/orders/${id}`).length;
    expect(polls).toBe(3);
  });

  it('says in plain words why a declined order was not placed', async () => {
    renderOrder([order('REJECTED', 'PAYMENT_DECLINED')]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Your card was declined. You have not been charged');
    expect(screen.getByRole('link', { name: 'Try again with another card' })).toHaveAttribute('href', '/checkout');
    expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument();
  });

  it('cancels a confirmed order and shows it cancelled', async () => {
    renderOrder([order('CONFIRMED')], { [`POST /api/orders/${id}/cancel`]: () => json(200, order('CANCELLED')) });
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel order' }));
    expect(await screen.findByText('Cancelled')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument();
  });

  it("treats another shopper's order as not found", async () => {
    const api = fakeFetch({ [`GET /api/orders/${id}`]: () => json(404, { status: 404, title: 'Not Found' }), 'GET /api/cart': () => json(200, { items: [] }) });
    renderWithServices(<OrderPage />, { fetch: api.fetch, user: shopper, route: `/orders/${id}`, path: '/orders/:id' });
    expect(await screen.findByRole('heading', { name: 'Order not found' })).toBeInTheDocument();
  });
});
