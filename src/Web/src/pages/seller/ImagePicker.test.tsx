import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, type RecordedCall } from '../../test/fakeApi';
import { aProduct } from './fixtures';
import { renderSellerConsole } from './renderSellerConsole';

const imageUrl = '/images/products/0123456789abcdef0123456789abcdef';
const upload = {
  uploadUrl: 'https://uploads.test/put-here?X-Amz-Signature=abc',
  method: 'PUT',
  headers: { 'Content-Type': 'image/png' },
  imageUrl,
  expiresAt: '2026-12-05T09:05:00Z',
};
const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], 'cover.png', { type: 'image/png' });

function renderConsole(route: string, routes: Record<string, (call: RecordedCall) => Response>) {
  return renderSellerConsole(route, fakeFetch(routes));
}

async function fillNewGame() {
  const user = userEvent.setup({ applyAccept: false });
  await user.type(await screen.findByLabelText('Title'), 'Starfall Vanguard');
  await user.selectOptions(screen.getByLabelText('Platform'), 'PlayStation 5');
  await user.type(screen.getByLabelText('Price (S$)'), '59.99');
  return user;
}

describe('ImagePicker', () => {
  it('previews the picked image, uploads it with the pre-signed PUT, and sends its URL first in images', async () => {
    const api = renderConsole('/seller/products/new', {
      'POST /api/seller/images': () => json(201, upload),
      'PUT /put-here': () => new Response(null, { status: 200 }),
      'POST /api/seller/products': (call) => json(201, aProduct({ id: 'p-new', ...(call.body as object) })),
      'GET /api/seller/products': () => json(200, { items: [], nextCursor: null }),
    });
    const user = await fillNewGame();

    await user.upload(screen.getByLabelText('Cover image'), png());

    expect(await screen.findByText('Uploaded: save to show it in the shop.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Cover preview' }).getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(api.calls.find((call) => call.path === '/api/seller/images')?.body).toEqual({ contentType: 'image/png', contentLength: 11 });
    const put = api.calls.find((call) => call.method === 'PUT')!;
    expect(put.path).toBe('/put-here?X-Amz-Signature=abc');
    expect(put.headers).toEqual({ 'Content-Type': 'image/png' });
    expect(put.headers).not.toHaveProperty('Authorization');

    await user.type(screen.getByLabelText('Image URLs'), 'https://img.example/b.jpg');
    await user.click(screen.getByRole('button', { name: 'Add game' }));

    await waitFor(() => expect(api.calls.some((call) => call.path === '/api/seller/products' && call.method === 'POST')).toBe(true));
    const post = api.calls.find((call) => call.path === '/api/seller/products' && call.method === 'POST')!;
    expect((post.body as { images: string[] }).images).toEqual([imageUrl, 'https://img.example/b.jpg']);
  }, 30_000);

  const refused: Record<string, () => File> = {
    'anim.gif': () => new File(['GIF89a'], 'anim.gif', { type: 'image/gif' }),
    'huge.png': () => new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'huge.png', { type: 'image/png' }),
  };
  it.each([
    ['anim.gif', 'anim.gif is not a JPEG, PNG or WebP image.'],
    ['huge.png', 'huge.png is 2.0 MB; images can be at most 2 MB.'],
  ])('refuses %s before uploading anything, with a clear message', async (name, message) => {
    const file = refused[name]!();
    const api = renderConsole('/seller/products/new', {});
    const user = await fillNewGame();

    await user.upload(screen.getByLabelText('Cover image'), file);

    expect(screen.getByLabelText('Cover image')).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.getByLabelText('Cover image')).toBeInvalid();
    expect(screen.queryByRole('img', { name: 'Cover preview' })).not.toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });

  it('says so when the image store refuses the upload, and keeps no preview', async () => {
    renderConsole('/seller/products/new', {
      'POST /api/seller/images': () => json(201, upload),
      'PUT /put-here': () => new Response('<Error><Code>SignatureDoesNotMatch</Code></Error>', { status: 403 }),
    });
    const user = await fillNewGame();

    await user.upload(screen.getByLabelText('Cover image'), png());

    await waitFor(() => expect(screen.getByLabelText('Cover image')).toHaveAccessibleDescription(expect.stringContaining('could not be uploaded')));
    expect(screen.queryByRole('img', { name: 'Cover preview' })).not.toBeInTheDocument();
  });

  it('shows the current cover when editing, and removing it sends images without it', async () => {
    const product = aProduct({ images: [imageUrl, 'https://img.example/other.jpg'] });
    const api = renderConsole('/seller/products/p-starfall/edit', {
      'GET /api/seller/products': () => json(200, { items: [product], nextCursor: null }),
      'PATCH /api/seller/products/p-starfall': (call) => json(200, { ...product, ...(call.body as object) }),
    });
    const user = userEvent.setup();

    expect(await screen.findByRole('img', { name: 'Cover preview' })).toHaveAttribute('src', imageUrl);
    expect(screen.getByLabelText('Image URLs')).toHaveValue('https://img.example/other.jpg');
    await user.click(screen.getByRole('button', { name: 'Remove image' }));
    expect(screen.queryByRole('img', { name: 'Cover preview' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(api.calls.some((call) => call.method === 'PATCH')).toBe(true));
    expect((api.calls.find((call) => call.method === 'PATCH')!.body as { images: string[] }).images).toEqual(['https://img.example/other.jpg']);
  });

  it('puts a 422 about the uploaded image beside the picker', async () => {
    renderConsole('/seller/products/new', {
      'POST /api/seller/images': () => json(201, upload),
      'PUT /put-here': () => new Response(null, { status: 200 }),
      'POST /api/seller/products': () =>
        json(422, { title: 'Unprocessable Content', status: 422, errors: { images: [`Image 0 (${imageUrl}) is not a JPEG, PNG or WebP image (by its first bytes).`] } }),
    });
    const user = await fillNewGame();
    await user.upload(screen.getByLabelText('Cover image'), png());
    await screen.findByText('Uploaded: save to show it in the shop.');

    await user.click(screen.getByRole('button', { name: 'Add game' }));

    await waitFor(() => expect(screen.getByLabelText('Cover image')).toHaveAccessibleDescription(expect.stringContaining('is not a JPEG, PNG or WebP image')));
    expect(screen.getByLabelText('Image URLs')).toBeValid();
  });
});
