import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { ShopApi } from '../api/ShopApi';
import { ServicesProvider, type IdentityService } from '../AppServices';
import { AuthProvider } from '../auth/AuthProvider';
import type { UserProfile } from '../auth/profile';

export interface RenderOptions {
  /** Answers the real ShopApi's requests; defaults to a 404 for everything. */
  fetch?: typeof fetch;
  /** Who is signed in; null for nobody. */
  user?: UserProfile | null;
  /** The URL the MemoryRouter starts at. */
  route?: string;
}

/**
 * Renders a component as the app would: a real ShopApi over a stubbed fetch, a fresh query client (no retries),
 * a fake identity that is already signed in as `user`, and a MemoryRouter at `route`.
 */
export function renderWithServices(ui: ReactElement, { fetch, user = null, route = '/' }: RenderOptions = {}): RenderResult {
  const fetchImpl = fetch ?? (async () => new Response(null, { status: 404 }));
  const api = new ShopApi({ baseUrl: '', getToken: async () => (user ? 'test-token' : null), fetch: fetchImpl });
  const identity: IdentityService = {
    currentProfile: async () => user,
    idToken: async () => (user ? 'test-token' : null),
    signIn: async () => {
      throw new Error('signIn is not available in component tests.');
    },
    signUp: async () => ({ confirmed: true }),
    confirmSignUp: async () => undefined,
    signOut: () => undefined,
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <ServicesProvider services={{ api, identity }}>
        <MemoryRouter initialEntries={[route]}>
          <AuthProvider>{ui}</AuthProvider>
        </MemoryRouter>
      </ServicesProvider>
    </QueryClientProvider>,
  );
}
