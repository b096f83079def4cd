import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithServices } from '../../test/renderWithServices';
import { aProduct } from './fixtures';
import { MyProductsPage } from './MyProductsPage';
import { sellerUser, stubApi } from './testing';

describe('MyProductsPage', () => {
  it('unlists a listed game and shows it as unlisted', async () => {
    const listed = aProduct();
    const hidden = aProduct({ id: 'p-hidden', title: 'Old Game', status: 'UNLISTED' });
    const api = stubApi({
      'GET /api/seller/products': () => ({ status: 200, body: { items: [listed, hidden], nextCursor: null } }),
      'DELETE /api/seller/products/p-starfall': () => ({ status: 204 }),
    });
    renderWithServices(<MyProductsPage />, { fetch: api.fetch, user: sellerUser });
    const user = userEvent.setup();

    const row = (await screen.findByRole('rowheader', { name: 'Starfall Vanguard' })).closest('tr')!;
    expect(within(row).getByText(/\$59\.99/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Unlist Old Game' })).not.toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Unlist Starfall Vanguard' }));

    expect(await within(row).findByText('Unlisted')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Unlist Starfall Vanguard' })).not.toBeInTheDocument();
    expect(api.calls.some((call) => call.method === 'DELETE' && call.path === '/api/seller/products/p-starfall')).toBe(true);
  });

  it('says so when the seller has no games yet', async () => {
    const api = stubApi({ 'GET /api/seller/products': () => ({ status: 200, body: { items: [], nextCursor: null } }) });
    renderWithServices(<MyProductsPage />, { fetch: api.fetch, user: sellerUser });

    expect(await screen.findByRole('heading', { name: 'You have no games yet' })).toBeInTheDocument();
  });
});
