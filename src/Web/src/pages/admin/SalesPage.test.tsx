import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Sale } from '../../api/types';
import { renderWithServices } from '../../test/renderWithServices';
import { adminUser, stubApi } from '../seller/testing';
import { SalesPage } from './SalesPage';

const sale: Sale = {
  saleId: 'cyber-monday', name: 'Cyber Monday', startsAt: '2026-12-07T00:00:00Z', endsAt: '2026-12-08T00:00:00Z', productIds: ['a', 'b'],
  capacity: 1, admissionRatePerMinute: 6, admissionTtlSeconds: 300, abandonAfterSeconds: 30,
  active: true, issued: 40, admitted: 3, inCheckout: 1, waiting: 37, abandoned: 2, completed: 2,
};

describe('SalesPage', () => {
  it('opens the doors of a live sale: capacity and rate go up, the times and products stay', async () => {
    let current = sale;
    const api = stubApi({
      'GET /api/admin/sales': () => ({ status: 200, body: { sales: [current] } }),
      'PUT /api/admin/sales/cyber-monday': (call) => {
        current = { ...current, ...(call.body as Partial<Sale>) };
        return { status: 200, body: current };
      },
    });
    renderWithServices(<SalesPage />, { fetch: api.fetch, user: adminUser });
    const user = userEvent.setup();

    const row = await screen.findByRole('row', { name: /Cyber Monday/ });
    expect(within(row).getByText('37')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Change Cyber Monday' }));
    expect(screen.getByLabelText('Sale id')).toBeDisabled();
    await user.clear(screen.getByLabelText('Shoppers checking out at once'));
    await user.type(screen.getByLabelText('Shoppers checking out at once'), '50');
    await user.clear(screen.getByLabelText('Shoppers let in per minute'));
    await user.type(screen.getByLabelText('Shoppers let in per minute'), '600');
    await user.click(screen.getByRole('button', { name: 'Save sale' }));

    expect(await screen.findByText('Sale cyber-monday saved.')).toBeInTheDocument();
    const put = api.calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({
      name: 'Cyber Monday', startsAt: sale.startsAt.replace('Z', '.000Z'), endsAt: sale.endsAt.replace('Z', '.000Z'), productIds: ['a', 'b'],
      capacity: 50, admissionRatePerMinute: 600, admissionTtlSeconds: 300, abandonAfterSeconds: 30,
    });
  });

  it('creates a whole-shop sale, shows the server’s field errors, and ends a sale', async () => {
    const api = stubApi({
      'GET /api/admin/sales': () => ({ status: 200, body: { sales: [sale] } }),
      'PUT /api/admin/sales/black-friday': () => ({ status: 422, body: { status: 422, title: 'Unprocessable Content', errors: { capacity: ['At least 1.'] } } }),
      'DELETE /api/admin/sales/cyber-monday': () => ({ status: 204 }),
    });
    renderWithServices(<SalesPage />, { fetch: api.fetch, user: adminUser });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'New sale' }));
    await user.type(screen.getByLabelText('Sale id'), 'black-friday');
    await user.type(screen.getByLabelText('Name'), 'Black Friday');
    await user.clear(screen.getByLabelText('Shoppers checking out at once'));
    await user.type(screen.getByLabelText('Shoppers checking out at once'), '0');
    await user.click(screen.getByRole('button', { name: 'Save sale' }));

    expect(await screen.findByLabelText('Shoppers checking out at once')).toHaveAccessibleDescription('At least 1.');
    expect((api.calls.find((c) => c.method === 'PUT')!.body as { productIds: unknown }).productIds).toBeNull();

    await user.click(screen.getByRole('button', { name: 'End Cyber Monday' }));
    expect(await screen.findByText('Sale ended.')).toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/api/admin/sales/cyber-monday']);
  });
});
