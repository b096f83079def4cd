import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Cart, CartLine } from '../../api/types';
import { fakeFetch, json } from '../../test/fakeApi';
import { renderWithServices } from '../../test/renderWithServices';
import { CartPage } from './CartPage';

const sgd = (amount: number) => ({ amount, currency: 'SGD' });

function line(productId: string, title: string, quantity: number, available: number, unit = 5990): CartLine {
  return { productId, title, platform: 'PlayStation 5', image: null, unitPrice: sgd(unit), quantity, lineTotal: sgd(unit * quantity), available };
}

function cartOf(...items: CartLine[]): Cart {
  return {
    id: 'cart-1',
    items,
    subtotal: sgd(items.reduce((sum, l) => sum + l.lineTotal.amount, 0)),
    itemCount: items.reduce((sum, l) => sum + l.quantity, 0),
  };
}

describe('CartPage', () => {
  it('shows each line, the subtotal and a way to check out', async () => {
    const api = fakeFetch({ 'GET /api/cart': () => json(200, cartOf(line('a', 'Starfall Vanguard', 2, 50), line('b', 'Pocket Harvest', 1, 50, 3990))) });
    renderWithServices(<CartPage />, { fetch: api.fetch });

    expect(await screen.findByRole('link', { name: 'Starfall Vanguard' })).toBeInTheDocument();
    expect(screen.getByText(/Subtotal \(3 items\)/)).toHaveTextContent('$159.70');
    expect(screen.getByRole('link', { name: 'Check out' })).toHaveAttribute('href', '/checkout');
  });

  it('adds one unit with + and shows the cart the API answers', async () => {
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cartOf(line('a', 'Starfall Vanguard', 1, 10))),
      'PUT /api/cart/items/a': (call) => json(200, cartOf(line('a', 'Starfall Vanguard', (call.body as { quantity: number }).quantity, 10))),
    });
    renderWithServices(<CartPage />, { fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: 'One more Starfall Vanguard' }));

    const quantity = screen.getByRole('group', { name: 'Quantity of Starfall Vanguard' });
    expect(await within(quantity).findByText('2')).toBeInTheDocument();
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({ quantity: 2 });
    expect(screen.getByText(/Subtotal \(2 items\)/)).toHaveTextContent('$119.80');
  });

  it('stops + at the stock limit and says how many there are', async () => {
    const api = fakeFetch({ 'GET /api/cart': () => json(200, cartOf(line('a', 'Starfall Vanguard', 3, 3))) });
    renderWithServices(<CartPage />, { fetch: api.fetch });

    expect(await screen.findByRole('button', { name: 'One more Starfall Vanguard' })).toBeDisabled();
    expect(screen.getByText("That's all we have: only 3 in stock.")).toBeInTheDocument();
  });

  it('asks to lower a line that stock no longer covers', async () => {
    const api = fakeFetch({ 'GET /api/cart': () => json(200, cartOf(line('a', 'Starfall Vanguard', 4, 2))) });
    renderWithServices(<CartPage />, { fetch: api.fetch });

    expect(await screen.findByText('Only 2 left — lower the quantity to check out.')).toBeInTheDocument();
  });

  it("removes a line with − from one unit and then shows the empty cart", async () => {
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cartOf(line('a', 'Starfall Vanguard', 1, 10))),
      'DELETE /api/cart/items/a': () => json(200, cartOf()),
    });
    renderWithServices(<CartPage />, { fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: 'One fewer Starfall Vanguard' }));

    expect(await screen.findByRole('heading', { name: 'Your cart is empty' })).toBeInTheDocument();
    expect(api.calls.some((c) => c.method === 'DELETE' && c.path === '/api/cart/items/a')).toBe(true);
  });

  it("shows the API's stock conflict in words and keeps the line", async () => {
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cartOf(line('a', 'Starfall Vanguard', 1, 10))),
      'PUT /api/cart/items/a': () => json(409, { title: 'Conflict', status: 409, detail: "Only 1 units of 'Starfall Vanguard' are available." }),
    });
    renderWithServices(<CartPage />, { fetch: api.fetch });

    await userEvent.click(await screen.findByRole('button', { name: 'One more Starfall Vanguard' }));

    expect(await screen.findByRole('alert')).toHaveTextContent("Only 1 units of 'Starfall Vanguard' are available.");
    expect(screen.getByRole('link', { name: 'Starfall Vanguard' })).toBeInTheDocument();
  });

  it('sends the anonymous cart id it was given back on the next call', async () => {
    const api = fakeFetch({
      'GET /api/cart': () => json(200, cartOf(line('a', 'Starfall Vanguard', 1, 10))),
      'PUT /api/cart/items/a': () => json(200, cartOf(line('a', 'Starfall Vanguard', 2, 10)), { 'X-Cart-Id': 'anon-42' }),
    });
    renderWithServices(<CartPage />, { fetch: api.fetch });
    await userEvent.click(await screen.findByRole('button', { name: 'One more Starfall Vanguard' }));
    await screen.findByText(/Subtotal \(2 items\)/);

    await userEvent.click(screen.getByRole('button', { name: 'One more Starfall Vanguard' }));

    expect(api.calls.filter((c) => c.method === 'PUT').at(-1)?.headers['X-Cart-Id']).toBe('anon-42');
    expect(localStorage.getItem('gitgoods.cartId')).toBe('anon-42');
  });

  it('shows an error with a retry when the cart cannot load', async () => {
    const api = fakeFetch({ 'GET /api/cart': () => json(503, { title: 'Service Unavailable', status: 503, traceId: 'abc123' }) });
    renderWithServices(<CartPage />, { fetch: api.fetch });

    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side. Please try again (reference abc123).');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
