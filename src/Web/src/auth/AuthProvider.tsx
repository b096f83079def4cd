import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useServices } from '../AppServices';
import type { ProfileDetails } from './Identity';
import type { UserProfile } from './profile';

export interface Auth {
  /** undefined while the stored session is being read. */
  user: UserProfile | null | undefined;
  signIn(email: string, password: string): Promise<UserProfile>;
  /** Signs out here and revokes this device's refresh token; local tokens are cleared whatever the answer. */
  signOut(): Promise<void>;
  /** Why the user was last signed out, when the sign-in page should say so ("signed out on all your devices"). */
  signedOutNotice?: string;
  /** Ends the user's sessions on every device (GlobalSignOut), then here; the pages behind sign-in then send to it. */
  signOutEverywhere(): Promise<void>;
  /** Saves name, phone and address; the refreshed profile (and ID token) carries them at once. */
  updateProfile(details: ProfileDetails): Promise<UserProfile>;
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
  const [signedOutNotice, setSignedOutNotice] = useState<string | undefined>(undefined);

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
      setSignedOutNotice(undefined);
      setUser(profile);
      return profile;
    },
    [api, identity, queryClient],
  );

  const signOut = useCallback(async () => {
    await identity.signOut();
    queryClient.clear();
    setUser(null);
  }, [identity, queryClient]);

  const signOutEverywhere = useCallback(async () => {
    await identity.signOutEverywhere();
    queryClient.clear();
    // Kept here, not in the router's state: the page the user was on redirects to sign-in on its own.
    setSignedOutNotice('You are signed out on all your devices.');
    setUser(null);
  }, [identity, queryClient]);

  const updateProfile = useCallback(
    async (details: ProfileDetails) => {
      const profile = await identity.updateProfile(details);
      setUser(profile);
      return profile;
    },
    [identity],
  );

  const value = useMemo<Auth>(() => {
    const groups = user?.groups ?? [];
    return {
      user,
      signIn,
      signOut,
      signOutEverywhere,
      signedOutNotice,
      updateProfile,
      isAdmin: groups.includes('admins'),
      isSeller: groups.includes('sellers') || groups.includes('admins'),
    };
  }, [user, signIn, signOut, signOutEverywhere, signedOutNotice, updateProfile]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>.');
  return auth;
}
