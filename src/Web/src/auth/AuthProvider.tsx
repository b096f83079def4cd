import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useServices } from '../AppServices';
import type { UserProfile } from './profile';

export interface Auth {
  /** undefined while the stored session is being read. */
  user: UserProfile | null | undefined;
  signIn(email: string, password: string): Promise<UserProfile>;
  signOut(): void;
  isSeller: boolean;
  isAdmin: boolean;
}

const AuthContext = createContext<Auth | null>(null);

/**
 * Keeps who is signed in. Signing in merges the anonymous cart into the user's cart (POST /api/cart/merge), so
 * what a shopper picked before signing in is still there after.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { api, identity } = useServices();
  const queryClient = useQueryClient();
  const [user, setUser] = useState<UserProfile | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    identity.currentProfile().then(
      (profile) => live && setUser(profile),
      () => live && setUser(null),
    );
    return () => {
      live = false;
    };
  }, [identity]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const profile = await identity.signIn(email, password);
      try {
        await api.mergeAnonymousCart();
      } catch {
        // The anonymous cart stays on this device and its id is kept, so nothing is lost; the next sign-in retries.
      }
      queryClient.removeQueries({ queryKey: ['cart'] });
      setUser(profile);
      return profile;
    },
    [api, identity, queryClient],
  );

  const signOut = useCallback(() => {
    identity.signOut();
    queryClient.clear();
    setUser(null);
  }, [identity, queryClient]);

  const value = useMemo<Auth>(() => {
    const groups = user?.groups ?? [];
    return {
      user,
      signIn,
      signOut,
      isAdmin: groups.includes('admins'),
      isSeller: groups.includes('sellers') || groups.includes('admins'),
    };
  }, [user, signIn, signOut]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>.');
  return auth;
}
