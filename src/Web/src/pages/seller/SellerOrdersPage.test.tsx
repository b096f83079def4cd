import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithServices } from '../../test/renderWithServices';
import { anOrder } from './fixtures';
import { SellerOrdersPage } from './SellerOrdersPage';
import { sellerUser, stubApi } from './testing';

describe('SellerOrdersPage', () => {
  it('marks a confirmed order shipped through the API and shows its new status', async () => {
    const order = anOrder();
    const api = stubApi({
      'GET /api/seller/orders': () => ({ status: 200, body: { items: [order], nextCursor: null } }),
      [`POST /api/seller/orders/${order.id}/ship`]: () => ({ status: 200, body: { ...order, status: 'SHIPPED' } }),
    });
    renderWithServices(<SellerOrdersPage />, { fetch: api.fetch, user: sellerUser });
    const user = userEvent.setup();

    const row = (await screen.findByRole('rowheader', { name: 'ABCD2345' })).closest('tr')!;
    expect(within(row).getByText('Confirmed')).toBeInTheDocument();
    expect(within(row).getByText(/2 × Starfall Vanguard/)).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Mark shipped (order ABCD2345)' }));

    expect(await within(row).findByText('Shipped')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Mark delivered (order ABCD2345)' })).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /shipped/ })).not.toBeInTheDocument();
    expect(api.calls.filter((call) => call.method === 'POST').map((call) => call.path)).toEqual([`/api/seller/orders/${order.id}/ship`]);
  });

  it('explains a refusal (409) in words', async () => {
    const order = anOrder({ status: 'SHIPPED' });
    const api = stubApi({
      'GET /api/seller/orders': () => ({ status: 200, body: { items: [order], nextCursor: null } }),
      [`POST /api/seller/orders/${order.id}/deliver`]: () => ({
        status: 409,
        body: { title: 'Conflict', status: 409, detail: 'The order is CANCELLED, so it cannot be marked DELIVERED.' },
      }),
    });
    renderWithServices(<SellerOrdersPage />, { fetch: api.fetch, user: sellerUser });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Mark delivered (order ABCD2345)' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The order is CANCELLED, so it cannot be marked DELIVERED.');
  });

  it('pages with "Show more"', async () => {
    const first = anOrder();
    const second = anOrder({ id: 'wxyz2345efgh6723ijklmnop', status: 'DELIVERED' });
    const api = stubApi({
      'GET /api/seller/orders': (call) =>
        call.query.get('cursor') === 'next'
          ? { status: 200, body: { items: [second], nextCursor: null } }
          : { status: 200, body: { items: [first], nextCursor: 'next' } },
    });
    renderWithServices(<SellerOrdersPage />, { fetch: api.fetch, user: sellerUser });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Show more' }));

    expect(await screen.findByRole('rowheader', { name: 'WXYZ2345' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'ABCD2345' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });
});
