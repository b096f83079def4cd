import type { IdentityService } from '../AppServices';
import type { AppConfig } from '../config';
import type { Identity } from './Identity';

/**
 * The Cognito client (amazon-cognito-identity-js and its crypto) is about a third of the shop's script. Visitors who
 * are not signed in never need it, so it loads only when someone signs up or in (or resets a password), or when the library's own record of
 * a signed-in user (`…<clientId>.LastAuthUser` in local storage) is there to restore.
 */
export function lazyIdentity(config: AppConfig, storage: Storage = localStorage): IdentityService {
  let loaded: Promise<Identity> | undefined;
  const load = () => (loaded ??= import('./Identity').then(({ Identity }) => new Identity(config, storage)));
  const hasSession = () => storage.getItem(`CognitoIdentityServiceProvider.${config.userPoolClientId}.LastAuthUser`) !== null;

  return {
    currentProfile: async () => (hasSession() ? (await load()).currentProfile() : null),
    idToken: async () => (hasSession() ? (await load()).idToken() : null),
    signIn: async (email, password) => (await load()).signIn(email, password),
    signUp: async (input) => (await load()).signUp(input),
    confirmSignUp: async (email, code) => (await load()).confirmSignUp(email, code),
    forgotPassword: async (email) => (await load()).forgotPassword(email),
    confirmPassword: async (email, code, newPassword) => (await load()).confirmPassword(email, code, newPassword),
    changePassword: async (current, next) => (await load()).changePassword(current, next),
    updateProfile: async (details) => (await load()).updateProfile(details),
    signOutEverywhere: async () => (await load()).signOutEverywhere(),
    signOut: async () => {
      if (hasSession()) await (await load()).signOut();
    },
  };
}
