import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aProduct } from './fixtures';
import { renderSellerConsole } from './renderSellerConsole';
import { stubApi, type Routes } from './testing';

function renderConsole(route: string, routes: Routes) {
  return renderSellerConsole(route, stubApi(routes));
}

async function fillNewGame(price: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Title'), 'Starfall Vanguard');
  await user.selectOptions(screen.getByLabelText('Platform'), 'PlayStation 5');
  await user.type(screen.getByLabelText('Description'), 'Space opera.');
  await user.type(screen.getByLabelText('Price (S$)'), price);
  await user.clear(screen.getByLabelText('Stock'));
  await user.type(screen.getByLabelText('Stock'), '12');
  await user.type(screen.getByLabelText('Image URLs'), 'https://img.example/a.jpg{Enter}https://img.example/b.jpg');
  return user;
}

describe('ProductForm', () => {
  it('sends the price in minor units and shows the API’s 422 messages beside the fields they concern', async () => {
    const api = renderConsole('/seller/products/new', {
      'POST /api/seller/products': () => ({
        status: 422,
        body: {
          title: 'Unprocessable Content',
          status: 422,
          detail: 'Some fields are not valid: title, price.amount, images[1].',
          errors: {
            title: ['That title is already taken by another of your games.'],
            'price.amount': ['Must be 1–10000000 minor units.'],
            'images[1]': ['Image 1 must be an absolute https URL of at most 2048 characters.'],
          },
        },
      }),
    });
    const user = await fillNewGame('59.99');

    await user.click(screen.getByRole('button', { name: 'Add game' }));

    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('That title is already taken by another of your games.'));
    expect(screen.getByLabelText('Price (S$)')).toHaveAccessibleDescription(expect.stringContaining('Must be 1–10000000 minor units.'));
    expect(screen.getByLabelText('Price (S$)')).toBeInvalid();
    expect(screen.getByLabelText('Image URLs')).toHaveAccessibleDescription(expect.stringContaining('Image 1 must be an absolute https URL'));
    expect(screen.getByLabelText('Platform')).toBeValid();
    expect(screen.getByLabelText('Title')).toHaveFocus();

    const post = api.calls.find((call) => call.method === 'POST');
    expect(post?.body).toEqual({
      title: 'Starfall Vanguard',
      platform: 'PlayStation 5',
      description: 'Space opera.',
      price: { amount: 5999, currency: 'SGD' },
      stock: 12,
      images: ['https://img.example/a.jpg', 'https://img.example/b.jpg'],
    });
  });

  it('blocks a price that is not dollars and cents before sending anything', async () => {
    const api = renderConsole('/seller/products/new', {});
    const user = await fillNewGame('59.999');

    await user.click(screen.getByRole('button', { name: 'Add game' }));

    expect(screen.getByLabelText('Price (S$)')).toHaveAccessibleDescription(expect.stringContaining('Enter a price in dollars, such as 59.99.'));
    expect(screen.getByLabelText('Price (S$)')).toHaveFocus();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await user.clear(screen.getByLabelText('Price (S$)'));
    await user.type(screen.getByLabelText('Price (S$)'), '100000.01');
    await user.click(screen.getByRole('button', { name: 'Add game' }));
    expect(screen.getByLabelText('Price (S$)')).toHaveAccessibleDescription(expect.stringContaining('from S$0.01 to S$100,000.00'));
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it('returns to the list naming the new game once it is created', async () => {
    const created = aProduct({ id: 'p-new', title: 'Starfall Vanguard' });
    let listed = false;
    renderConsole('/seller/products/new', {
      'POST /api/seller/products': () => {
        listed = true;
        return { status: 201, body: created };
      },
      'GET /api/seller/products': () => ({ status: 200, body: { items: listed ? [created] : [], nextCursor: null } }),
    });
    const user = await fillNewGame('59.99');

    await user.click(screen.getByRole('button', { name: 'Add game' }));

    expect(await screen.findByText('Starfall Vanguard was added to the shop.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Edit Starfall Vanguard' })).toBeInTheDocument();
  });

  it('edits a game: pre-filled, sends the chosen status, and says the changes were saved', async () => {
    const product = aProduct();
    const api = renderConsole('/seller/products/p-starfall/edit', {
      'GET /api/seller/products': () => ({ status: 200, body: { items: [product], nextCursor: null } }),
      'PATCH /api/seller/products/p-starfall': (call) => ({ status: 200, body: { ...product, ...(call.body as object) } }),
    });
    const user = userEvent.setup();

    expect(await screen.findByLabelText('Price (S$)')).toHaveValue('59.99');
    await user.selectOptions(screen.getByLabelText('Status'), 'Unlisted');
    await user.clear(screen.getByLabelText('Price (S$)'));
    await user.type(screen.getByLabelText('Price (S$)'), '49.5');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your changes to Starfall Vanguard were saved.')).toBeInTheDocument();
    const patch = api.calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toMatchObject({ price: { amount: 4950, currency: 'SGD' }, status: 'UNLISTED' });
  });

  it('says "not found" when the game is not one of the seller’s', async () => {
    renderConsole('/seller/products/p-other/edit', {
      'GET /api/seller/products': (call) =>
        call.query.get('cursor')
          ? { status: 200, body: { items: [aProduct({ id: 'p-2', title: 'Second' })], nextCursor: null } }
          : { status: 200, body: { items: [aProduct()], nextCursor: 'page-2' } },
    });

    expect(await screen.findByRole('heading', { name: 'Game not found' })).toBeInTheDocument();
  });
});
