import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { testPlatforms } from '../../test/renderWithServices';
import { aProduct } from './fixtures';
import { toProductInput, emptyValues } from './productRules';
import { renderSellerConsole } from './renderSellerConsole';
import { stubApi, type Routes } from './testing';

function renderConsole(route: string, routes: Routes, platforms?: readonly string[] | null) {
  return renderSellerConsole(route, stubApi(routes), platforms);
}

const valid = { ...emptyValues, title: 'Moon Farm', price: '19.90', stock: '3' };

describe('the platform field', () => {
  it('offers exactly the managed platforms from config.json, in their order, and sends the one chosen', async () => {
    const api = renderConsole('/seller/products/new', {
      'POST /api/seller/products': () => ({ status: 201, body: aProduct({ platform: 'Nintendo Switch' }) }),
      'GET /api/seller/products': () => ({ status: 200, body: { items: [], nextCursor: null } }),
    });
    const user = userEvent.setup();

    const platform = await screen.findByLabelText('Platform');
    expect(platform.tagName).toBe('SELECT');
    expect(within(platform).getAllByRole('option', { hidden: true }).filter((o) => !(o as HTMLOptionElement).disabled).map((o) => o.textContent)).toEqual([
      ...testPlatforms,
    ]);
    await user.type(screen.getByLabelText('Title'), 'Moon Farm');
    await user.type(screen.getByLabelText('Price (S$)'), '19.90');
    await user.selectOptions(platform, 'Nintendo Switch');
    await user.click(screen.getByRole('button', { name: 'Add game' }));

    await waitFor(() => expect(api.calls.find((call) => call.method === 'POST')?.body).toMatchObject({ platform: 'Nintendo Switch' }));
  });

  it('blocks a new game without a platform before sending anything', async () => {
    const api = renderConsole('/seller/products/new', {});
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Title'), 'Moon Farm');
    await user.type(screen.getByLabelText('Price (S$)'), '19.90');
    await user.click(screen.getByRole('button', { name: 'Add game' }));

    expect(screen.getByLabelText('Platform')).toHaveAccessibleDescription(expect.stringContaining("Choose one of the shop's platforms."));
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it('shows a platform the list no longer holds as retired, and saves only once a managed one is chosen', async () => {
    const product = aProduct({ platform: 'Switch' });
    const api = renderConsole('/seller/products/p-starfall/edit', {
      'GET /api/seller/products': () => ({ status: 200, body: { items: [product], nextCursor: null } }),
      'PATCH /api/seller/products/p-starfall': (call) => ({ status: 200, body: { ...product, ...(call.body as object) } }),
    });
    const user = userEvent.setup();

    const platform = await screen.findByLabelText('Platform');
    expect(platform).toHaveDisplayValue('Switch (no longer offered)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(platform).toHaveAccessibleDescription(expect.stringContaining("Choose one of the shop's platforms."));
    expect(api.calls.filter((call) => call.method === 'PATCH')).toHaveLength(0);

    await user.selectOptions(platform, 'Nintendo Switch');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Your changes to Starfall Vanguard were saved.')).toBeInTheDocument();
    expect(api.calls.find((call) => call.method === 'PATCH')?.body).toMatchObject({ platform: 'Nintendo Switch' });
  });

  it('shows the API’s 422 platform message beside the field', async () => {
    renderConsole('/seller/products/new', {
      'POST /api/seller/products': () => ({
        status: 422,
        body: {
          title: 'Unprocessable Content',
          status: 422,
          detail: 'Some fields are not valid: platform.',
          errors: { platform: ['Must be one of: PlayStation 5, PC.'] },
          allowedPlatforms: ['PlayStation 5', 'PC'],
        },
      }),
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Title'), 'Moon Farm');
    await user.type(screen.getByLabelText('Price (S$)'), '19.90');
    await user.selectOptions(screen.getByLabelText('Platform'), 'Nintendo Switch');
    await user.click(screen.getByRole('button', { name: 'Add game' }));

    await waitFor(() => expect(screen.getByLabelText('Platform')).toHaveAccessibleDescription(expect.stringContaining('Must be one of: PlayStation 5, PC.')));
  });

  it('takes free text when config.json has no platform list (an older deployment)', async () => {
    renderConsole('/seller/products/new', {}, null);

    expect((await screen.findByLabelText('Platform')).tagName).toBe('INPUT');
  });
});

describe('toProductInput platform rule', () => {
  it('accepts only a managed platform when the list is known, exactly as the API does', () => {
    expect(toProductInput({ ...valid, platform: 'PC' }, false, testPlatforms).input?.platform).toBe('PC');
    expect(toProductInput({ ...valid, platform: 'Switch' }, false, testPlatforms).errors.platform).toEqual(["Choose one of the shop's platforms."]);
    expect(toProductInput({ ...valid, platform: 'pc' }, false, testPlatforms).errors.platform).toBeDefined();
    expect(toProductInput({ ...valid, platform: 'Sega Saturn' }, false).input?.platform).toBe('Sega Saturn');
  });
});
