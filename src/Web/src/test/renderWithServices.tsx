import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ShopApi } from '../api/ShopApi';
import { ServicesProvider, type IdentityService } from '../AppServices';
import { AuthProvider } from '../auth/AuthProvider';
import type { UserProfile } from '../auth/profile';

export const shopper: UserProfile = {
  sub: 'user-1',
  email: 'ana@example.com',
  name: 'Ana Tan',
  phone: '+6591234567',
  address: { line1: '1 Marina Blvd', city: 'Singapore', postalCode: '018989', country: 'SG' },
  groups: [],
};

interface Options {
  fetch: typeof fetch;
  user?: UserProfile | null;
  /** The URL the app starts at, and the route pattern the element is mounted on. */
  route?: string;
  path?: string;
}

/** Renders a page with the real API client over a fake fetch, a signed-in (or anonymous) user and a router. */
export function renderWithServices(ui: ReactElement, { fetch, user = null, route = '/', path = '*' }: Options) {
  const identity: IdentityService = {
    currentProfile: async () => user,
    idToken: async () => (user ? 'test-token' : null),
    signIn: async () => {
      throw new Error('not used');
    },
    signUp: async () => ({ confirmed: true }),
    confirmSignUp: async () => {},
    signOut: () => {},
  };
  const api = new ShopApi({ baseUrl: 'http://shop.test', getToken: identity.idToken, fetch });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <ServicesProvider services={{ api, identity }}>
        <MemoryRouter initialEntries={[route]}>
          <AuthProvider>
            <Routes>
              <Route path={path} element={ui} />
            </Routes>
          </AuthProvider>
        </MemoryRouter>
      </ServicesProvider>
    </QueryClientProvider>,
  );
}
