import { createContext, useContext, type ReactNode } from 'react';
import type { ShopApi } from './api/ShopApi';
import type { Identity } from './auth/Identity';
import type { PasswordPolicy, PaymentConfig } from './config';

/** What the identity provider must do for the app; component tests pass a fake. */
export type IdentityService = Pick<
  Identity,
  | 'currentProfile'
  | 'idToken'
  | 'signIn'
  | 'signUp'
  | 'confirmSignUp'
  | 'signOut'
  | 'forgotPassword'
  | 'confirmPassword'
  | 'changePassword'
  | 'updateProfile'
  | 'signOutEverywhere'
>;

export interface AppServices {
  api: ShopApi;
  identity: IdentityService;
  /** How checkout takes the card (config.json's `payment`); absent means the simulator's test cards. */
  payment?: PaymentConfig;
  /** The user pool's password policy (config.json's `passwordPolicy`), which every password field checks. */
  passwordPolicy: PasswordPolicy;
  /** The managed platforms (config.json's `platforms`): the seller's form offers only these; absent, it takes free text. */
  platforms?: readonly string[];
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>.');
  return services;
}
