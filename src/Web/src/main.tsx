import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { ShopApi } from './api/ShopApi';
import { ServicesProvider } from './AppServices';
import { AuthProvider } from './auth/AuthProvider';
import { lazyIdentity } from './auth/lazyIdentity';
import { ErrorBoundary } from './components/ErrorBoundary';
import { loadConfig } from './config';
import { ApiError } from './api/ApiError';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

async function start() {
  const config = await loadConfig();
  const identity = lazyIdentity(config);
  const api = new ShopApi({ baseUrl: config.apiBaseUrl, getToken: () => identity.idToken() });
  const queryClient = new QueryClient({
    defaultOptions: {
      // Retry what may pass on a second try (network, 5xx, 429), never a refusal the shopper must act on.
      queries: { retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500 && error.status !== 429) },
    },
  });
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <ServicesProvider services={{ api, identity, payment: config.payment, passwordPolicy: config.passwordPolicy, platforms: config.platforms }}>
            <BrowserRouter>
              <AuthProvider>
                <App />
              </AuthProvider>
            </BrowserRouter>
          </ServicesProvider>
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  root.render(
    <div className="notice notice-error page" role="alert">
      <h1>Git Goods can't start</h1>
      <p>{error instanceof Error ? error.message : 'The shop could not start.'} Please reload the page in a moment.</p>
    </div>,
  );
});
