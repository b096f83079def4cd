import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ShopApi } from '../api/ShopApi';
import { ServicesProvider, type IdentityService } from '../AppServices';
import { AuthProvider } from '../auth/AuthProvider';
import type { UserProfile } from '../auth/profile';
import type { PaymentConfig } from '../config';
import { shopPasswordPolicy } from './shopPasswordPolicy';

export const shopper: UserProfile = {
  sub: 'user-1',
  email: 'ana@example.com',
  name: 'Ana Tan',
  phone: '+6591234567',
  address: { line1: '1 Marina Blvd', city: 'Singapore', postalCode: '018989', country: 'SG' },
  groups: [],
};

export interface RenderOptions {
  /** Answers the real ShopApi's requests (see fakeApi.ts); defaults to a 404 for everything. */
  fetch?: typeof fetch;
  /** Who is signed in; null for nobody. */
  user?: UserProfile | null;
  /** The URL the MemoryRouter starts at. */
  route?: string;
  /** A route pattern to mount the element on, for pages that read URL parameters (`/orders/:id`). */
  path?: string;
  /** config.json's `payment` (default: none, the simulator's test cards). */
  payment?: PaymentConfig;
  /** Replaces the fake identity's answers (a vi.fn() to see the calls). */
  identity?: Partial<IdentityService>;
  /** config.json's `platforms` (default {@link testPlatforms}); null for a config without the list. */
  platforms?: readonly string[] | null;
}

/** The managed platforms component tests run with, a part of the shop's default list. */
export const testPlatforms: readonly string[] = ['PlayStation 5', 'Xbox Series X|S', 'Nintendo Switch', 'PC'];

/**
 * Renders a component as the app would: the real ShopApi over a stubbed fetch, a fresh query client (no retries),
 * a fake identity already signed in as `user`, and a MemoryRouter at `route`.
 */
export function renderWithServices(ui: ReactElement, { fetch, user = null, route = '/', path, payment, identity: overrides, platforms = testPlatforms }: RenderOptions = {}): RenderResult {
  const fetchImpl = fetch ?? (async () => new Response(null, { status: 404 }));
  const identity: IdentityService = {
    currentProfile: async () => user,
    idToken: async () => (user ? 'test-token' : null),
    signIn: async () => {
      throw new Error('signIn is not available in component tests.');
    },
    signUp: async () => ({ confirmed: true }),
    confirmSignUp: async () => undefined,
    signOut: async () => undefined,
    forgotPassword: async () => undefined,
    confirmPassword: async () => undefined,
    changePassword: async () => undefined,
    updateProfile: async (details) => ({ ...user!, ...details }),
    signOutEverywhere: async () => undefined,
    ...overrides,
  };
  const api = new ShopApi({ baseUrl: 'http://shop.test', getToken: identity.idToken, fetch: fetchImpl });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <ServicesProvider services={{ api, identity, payment, passwordPolicy: shopPasswordPolicy, platforms: platforms ?? undefined }}>
        <MemoryRouter initialEntries={[route]}>
          <AuthProvider>
            {path ? (
              <Routes>
                <Route path={path} element={ui} />
              </Routes>
            ) : (
              ui
            )}
          </AuthProvider>
        </MemoryRouter>
      </ServicesProvider>
    </QueryClientProvider>,
  );
}
