import type { IdentityService } from '../AppServices';
import type { AppConfig } from '../config';
import type { Identity } from './Identity';

/**
 * The Cognito client (amazon-cognito-identity-js and its crypto) is about a third of the shop's script. Visitors who
 * are not signed in never need it, so it loads only when someone signs up or in, or when the library's own record of
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
    signOut: () => {
      if (hasSession()) void load().then((identity) => identity.signOut());
    },
  };
}
