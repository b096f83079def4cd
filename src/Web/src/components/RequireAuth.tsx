import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { Loading } from './Status';

/** Sends visitors to sign in (and back here after); shows a refusal to users outside the group. */
export function RequireAuth({ children, group }: { children: ReactNode; group?: 'sellers' | 'admins' }) {
  const { user, isSeller, isAdmin } = useAuth();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  const allowed = group === undefined || (group === 'sellers' ? isSeller : isAdmin);
  if (!allowed) {
    return (
      <div className="page">
        <h1>Not available</h1>
        <p>Your account doesn't have access to this part of Git Goods.</p>
      </div>
    );
  }
  return <>{children}</>;
}
