import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithServices } from '../../test/renderWithServices';
import { anOrder } from '../seller/fixtures';
import { adminUser, stubApi } from '../seller/testing';
import { AllOrdersPage } from './AllOrdersPage';

function Where() {
  const location = useLocation();
  return <output aria-label="Location">{location.pathname + location.search}</output>;
}

describe('AllOrdersPage', () => {
  it('filters by status, keeping the choice in the URL', async () => {
    const api = stubApi({
      'GET /api/admin/orders': (call) => ({
        status: 200,
        body: { items: call.query.get('status') === 'SHIPPED' ? [anOrder({ status: 'SHIPPED' })] : [anOrder()], nextCursor: null },
      }),
    });
    renderWithServices(
      <>
        <AllOrdersPage />
        <Where />
      </>,
      { fetch: api.fetch, user: adminUser, route: '/admin/orders' },
    );
    const user = userEvent.setup();

    expect(await screen.findByText('Confirmed')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Status'), 'Shipped');

    expect(await screen.findByText('Shipped', { selector: '.order-status' })).toBeInTheDocument();
    expect(screen.getByLabelText('Location')).toHaveTextContent('/admin/orders?status=SHIPPED');
    expect(api.calls.map((call) => call.query.get('status'))).toEqual([null, 'SHIPPED']);
  });

  it('reads the filter from the URL', async () => {
    const api = stubApi({ 'GET /api/admin/orders': () => ({ status: 200, body: { items: [], nextCursor: null } }) });
    renderWithServices(<AllOrdersPage />, { fetch: api.fetch, user: adminUser, route: '/admin/orders?status=CANCELLED' });

    expect(await screen.findByRole('heading', { name: 'No cancelled orders' })).toBeInTheDocument();
    expect(screen.getByLabelText('Status')).toHaveValue('CANCELLED');
    expect(api.calls[0]?.query.get('status')).toBe('CANCELLED');
  });

  it('lets an admin mark any confirmed order shipped', async () => {
    const order = anOrder();
    const api = stubApi({
      'GET /api/admin/orders': () => ({ status: 200, body: { items: [order], nextCursor: null } }),
      [`POST /api/seller/orders/${order.id}/ship`]: () => ({ status: 200, body: { ...order, status: 'SHIPPED' } }),
    });
    renderWithServices(<AllOrdersPage />, { fetch: api.fetch, user: adminUser, route: '/admin/orders' });

    await userEvent.click(await screen.findByRole('button', { name: /^Mark shipped \(order \w+\)$/ }));

    expect(await screen.findByText('Shipped', { selector: '.order-status' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Mark delivered \(order \w+\)$/ })).toBeInTheDocument();
  });
});
