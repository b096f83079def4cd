import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaitingStatus } from '../../api/types';
import { fakeFetch, json, type RecordedCall } from '../../test/fakeApi';
import { renderWithServices, shopper } from '../../test/renderWithServices';
import { CheckoutPage } from './CheckoutPage';

const sgd = (amount: number) => ({ amount, currency: 'SGD' });
const cart = {
  id: 'user-1',
  items: [{ productId: 'a', title: 'Starfall Vanguard', platform: 'PlayStation 5', image: null, unitPrice: sgd(6990), quantity: 1, lineTotal: sgd(6990), available: 5 }],
  subtotal: sgd(6990),
  itemCount: 1,
};
const placed = { id: 'abcdefghijklmnopqrstuvwx', status: 'PENDING', items: [], total: sgd(6990), createdAt: '2026-12-05T10:00:00Z', updatedAt: '2026-12-05T10:00:00Z', statusHistory: [] };
const mustWait = { type: 'https://gitgoods.dev/problems/waiting-room', title: 'Waiting room', status: 403, detail: 'This sale has a line.', saleId: 'cyber-monday', joinUrl: '/api/waiting-room/cyber-monday/positions' };
// A long check-in interval, so only the test's own clock moves the line (the fake clock also follows real time).
const poll = 30;

function status(overrides: Partial<WaitingStatus>): WaitingStatus {
  return { saleId: 'cyber-monday', position: 7, aheadOfYou: 3, state: 'WAITING', positionToken: 'pos-1', pollAfterSeconds: poll, estimatedWaitSeconds: 180, admissionToken: null, admissionExpiresAt: null, ...overrides };
}

const admitted = status({ aheadOfYou: 0, state: 'ADMITTED', admissionToken: 'pass-1', admissionExpiresAt: '2026-12-05T10:05:00Z' });

/** The shop's routes the flow crosses: checkout, then the order page. */
function renderCheckout(fetch: typeof globalThis.fetch) {
  const ui = (
    <Routes>
      <Route path="/checkout" element={<CheckoutPage />} />
      <Route path="/orders/:id" element={<p>Order page</p>} />
    </Routes>
  );
  return renderWithServices(ui, { fetch, user: shopper, route: '/checkout' });
}

/** Answers the check-ins in turn (the last one again when they run out), recording the tokens sent. */
function checkIns(...answers: Array<() => Response>) {
  let next = 0;
  return () => answers[Math.min(next++, answers.length - 1)]!();
}

const posts = (calls: RecordedCall[], path: string) => calls.filter((c) => c.method === 'POST' && c.path === path);
const checkInsOf = (calls: RecordedCall[]) => calls.filter((c) => c.path === '/api/waiting-room/cyber-monday/position');
const nextCheckIn = () => act(() => vi.advanceTimersByTimeAsync(poll * 1000));

describe('WaitingRoom (the checkout on a sales day)', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('waits in line after the 403, moves up, and once let in places the same order once with the pass and the same key', async () => {
    let orders = 0;
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cart),
      'GET /api/waiting-room': () => json(200, { sales: [] }),
      'POST /api/orders': (call) => (call.headers['X-Admission-Token'] ? (orders++, json(202, placed)) : json(403, mustWait)),
      'POST /api/waiting-room/cyber-monday/positions': () => json(201, status({})),
      'GET /api/waiting-room/cyber-monday/position': checkIns(() => json(200, status({ aheadOfYou: 1, estimatedWaitSeconds: 40 })), () => json(200, admitted)),
    });
    renderCheckout(api.fetch);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

    await user.click(await screen.findByRole('button', { name: 'Place order' }));
    expect(await screen.findByText('You are number 7 in line — 3 shoppers ahead of you, about 3 min.')).toBeInTheDocument();
    expect(screen.getByText(/You are number 7/).closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');

    await nextCheckIn();
    expect(await screen.findByText('You are number 7 in line — 1 shopper ahead of you, less than a minute to go.')).toBeInTheDocument();
    expect(checkInsOf(api.calls)[0]!.headers['X-Position-Token']).toBe('pos-1');

    await nextCheckIn();
    expect(await screen.findByText('Order page')).toBeInTheDocument();
    const sent = posts(api.calls, '/api/orders');
    expect(sent).toHaveLength(2);
    expect(sent[0]!.headers['X-Admission-Token']).toBeUndefined();
    expect(sent[1]!.headers['X-Admission-Token']).toBe('pass-1');
    expect(sent[1]!.headers['Idempotency-Key']).toBe(sent[0]!.headers['Idempotency-Key']);
    expect(sent[1]!.body).toEqual(sent[0]!.body);
    expect(orders).toBe(1);
  });

  it('joins the line before posting when an active sale covers a line of the cart, and posts once when let in at once', async () => {
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cart),
      'GET /api/waiting-room': () => json(200, { sales: [{ saleId: 'cyber-monday', name: 'Cyber Monday', startsAt: '2026-12-05T00:00:00Z', endsAt: '2026-12-06T00:00:00Z', productIds: ['a'], waiting: 0, admissionRatePerMinute: 600 }] }),
      'POST /api/orders': () => json(202, placed),
      'POST /api/waiting-room/cyber-monday/positions': () => json(201, admitted),
    });
    renderCheckout(api.fetch);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await screen.findByRole('button', { name: 'Place order' });
    await vi.waitFor(() => expect(api.calls.some((c) => c.path === '/api/waiting-room')).toBe(true));

    await user.click(screen.getByRole('button', { name: 'Place order' }));

    expect(await screen.findByText('Order page')).toBeInTheDocument();
    const sent = posts(api.calls, '/api/orders');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers['X-Admission-Token']).toBe('pass-1');
    expect(posts(api.calls, '/api/waiting-room/cyber-monday/positions')).toHaveLength(1);
  });

  it("waits in each sale's line in turn when the cart spans two sales, then posts once with both passes, comma-separated", async () => {
    const sale = (saleId: string, productId: string) => ({ saleId, name: saleId, startsAt: '2026-12-05T00:00:00Z', endsAt: '2026-12-06T00:00:00Z', productIds: [productId], waiting: 0, admissionRatePerMinute: 600 });
    const two = { ...cart, items: [cart.items[0]!, { ...cart.items[0]!, productId: 'b', title: 'Moonlit Harbor' }] };
    const api = fakeFetch({
      'GET /api/cart': () => json(200, two),
      'GET /api/waiting-room': () => json(200, { sales: [sale('winter-sale', 'b'), sale('cyber-monday', 'a')] }),
      'POST /api/orders': () => json(202, placed),
      'POST /api/waiting-room/cyber-monday/positions': () => json(201, admitted),
      'POST /api/waiting-room/winter-sale/positions': () => json(201, { ...admitted, saleId: 'winter-sale', admissionToken: 'pass-2' }),
    });
    renderCheckout(api.fetch);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await screen.findByRole('button', { name: 'Place order' });
    await vi.waitFor(() => expect(api.calls.some((c) => c.path === '/api/waiting-room')).toBe(true));

    await user.click(screen.getByRole('button', { name: 'Place order' }));

    expect(await screen.findByText('Order page')).toBeInTheDocument();
    const sent = posts(api.calls, '/api/orders');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers['X-Admission-Token']).toBe('pass-1,pass-2');
  });

  it('joins again when a check-in is refused because the position token expired (403), and says so', async () => {
    let joins = 0;
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cart),
      'GET /api/waiting-room': () => json(200, { sales: [] }),
      'POST /api/orders': () => json(403, mustWait),
      'POST /api/waiting-room/cyber-monday/positions': () => (joins++ === 0 ? json(201, status({})) : json(201, status({ position: 12, aheadOfYou: 8, positionToken: 'pos-2', estimatedWaitSeconds: 480 }))),
      'GET /api/waiting-room/cyber-monday/position': checkIns(
        () => json(200, status({ aheadOfYou: 2 })),
        () => json(403, { type: 'https://gitgoods.dev/problems/forbidden', title: 'Forbidden', status: 403 }),
        () => json(200, status({ position: 12, aheadOfYou: 7, positionToken: 'pos-2', estimatedWaitSeconds: 420 })),
      ),
    });
    renderCheckout(api.fetch);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

    await user.click(await screen.findByRole('button', { name: 'Place order' }));
    await screen.findByText(/You are number 7 in line — 3 shoppers/);
    await nextCheckIn();
    await screen.findByText(/You are number 7 in line — 2 shoppers/);
    await nextCheckIn();

    expect(await screen.findByText('You are number 12 in line — 8 shoppers ahead of you, about 8 min.')).toBeInTheDocument();
    expect(screen.getByText(/you have a new place in line/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(joins).toBe(2);
    await nextCheckIn();
    expect(await screen.findByText(/You are number 12 in line — 7 shoppers/)).toBeInTheDocument();
    expect(checkInsOf(api.calls).at(-1)!.headers['X-Position-Token']).toBe('pos-2');
  });

  it('joins again when the place was released, and says so', async () => {
    let joins = 0;
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cart),
      'GET /api/waiting-room': () => json(200, { sales: [] }),
      'POST /api/orders': () => json(403, mustWait),
      'POST /api/waiting-room/cyber-monday/positions': () => (joins++ === 0 ? json(201, status({})) : json(201, status({ position: 12, aheadOfYou: 8, positionToken: 'pos-2', estimatedWaitSeconds: 480 }))),
      'GET /api/waiting-room/cyber-monday/position': () => json(200, status({ state: 'EXPIRED', aheadOfYou: 0 })),
    });
    renderCheckout(api.fetch);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

    await user.click(await screen.findByRole('button', { name: 'Place order' }));
    expect(await screen.findByText(/You are number 7 in line/)).toBeInTheDocument();
    await nextCheckIn();

    expect(await screen.findByText('You are number 12 in line — 8 shoppers ahead of you, about 8 min.')).toBeInTheDocument();
    expect(screen.getByText(/you have a new place in line/)).toBeInTheDocument();
    expect(joins).toBe(2);
    expect(posts(api.calls, '/api/orders')).toHaveLength(1);
  });

  it('says clearly when a place cannot be confirmed (a forged or foreign token: 403), places nothing, and lets the shopper join again', async () => {
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cart),
      'GET /api/waiting-room': () => json(200, { sales: [] }),
      'POST /api/orders': () => json(403, mustWait),
      'POST /api/waiting-room/cyber-monday/positions': () => json(201, status({})),
      'GET /api/waiting-room/cyber-monday/position': () => json(403, { type: 'https://gitgoods.dev/problems/forbidden', title: 'Forbidden', status: 403 }),
    });
    renderCheckout(api.fetch);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

    await user.click(await screen.findByRole('button', { name: 'Place order' }));
    await screen.findByText(/You are number 7 in line/);
    await nextCheckIn();

    expect(await screen.findByRole('alert')).toHaveTextContent("We couldn't confirm your place in line. Join the line again to keep going — your order has not been placed.");
    expect(posts(api.calls, '/api/orders')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Join the line again' }));
    await vi.waitFor(() => expect(posts(api.calls, '/api/waiting-room/cyber-monday/positions')).toHaveLength(2));
  });

  it('says so in words when the order route refuses the pass, and does not loop', async () => {
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cart),
      'GET /api/waiting-room': () => json(200, { sales: [] }),
      'POST /api/orders': () => json(403, mustWait),
      'POST /api/waiting-room/cyber-monday/positions': () => json(201, admitted),
    });
    renderCheckout(api.fetch);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

    await user.click(await screen.findByRole('button', { name: 'Place order' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your turn to check out ran out or could not be confirmed');
    expect(posts(api.calls, '/api/orders')).toHaveLength(2);
  });

  it('stops checking in when the shopper leaves the page', async () => {
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cart),
      'GET /api/waiting-room': () => json(200, { sales: [] }),
      'POST /api/orders': () => json(403, mustWait),
      'POST /api/waiting-room/cyber-monday/positions': () => json(201, status({})),
      'GET /api/waiting-room/cyber-monday/position': () => json(200, status({})),
    });
    const page = renderCheckout(api.fetch);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(await screen.findByRole('button', { name: 'Place order' }));
    await screen.findByText(/You are number 7 in line/);
    await nextCheckIn();
    await vi.waitFor(() => expect(checkInsOf(api.calls)).toHaveLength(1));

    page.unmount();
    await act(() => vi.advanceTimersByTimeAsync(poll * 1000 * 3));

    expect(checkInsOf(api.calls)).toHaveLength(1);
  });
});
