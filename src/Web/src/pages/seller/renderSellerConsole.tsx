import { Route, Routes as RouterRoutes } from 'react-router';
import { renderWithServices } from '../../test/renderWithServices';
import SellerConsole from './SellerConsole';
import { sellerUser } from './testing';

/** Renders the seller console at `route` for the test seller, its API answered by `api.fetch`; returns `api`. */
export function renderSellerConsole<Api extends { fetch: typeof fetch }>(
  route: string,
  api: Api,
  platforms?: readonly string[] | null,
): Api {
  renderWithServices(
    <RouterRoutes>
      <Route path="/seller/*" element={<SellerConsole />} />
    </RouterRoutes>,
    { fetch: api.fetch, user: sellerUser, route, platforms },
  );
  return api;
}
