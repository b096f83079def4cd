import { describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../config';
import { lazyIdentity } from './lazyIdentity';
import { shopPasswordPolicy } from '../test/shopPasswordPolicy';

// Counts how often the Cognito client's module is loaded (the real module is still what loads).
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./Identity', async (importOriginal) => {
  loads.count += 1;
  return importOriginal();
});

const config: AppConfig = {
  apiBaseUrl: 'http://shop.test',
  region: 'ap-southeast-1',
  userPoolId: 'ap-southeast-1_Test',
  userPoolClientId: 'client123',
  cognitoEndpoint: 'http://shop.test/cognito',
  passwordPolicy: shopPasswordPolicy,
};

describe('lazyIdentity', () => {
  it('answers "nobody" without loading the Cognito client when no session was ever stored', async () => {
    const identity = lazyIdentity(config);
    expect(await identity.currentProfile()).toBeNull();
    expect(await identity.idToken()).toBeNull();
    expect(loads.count).toBe(0);
  });

  it("restores the library's stored session", async () => {
    // What amazon-cognito-identity-js stores after a sign-in: the last user and that user's tokens.
    const header = btoa(JSON.stringify({ alg: 'none' }));
    const payload = btoa(JSON.stringify({ sub: 'u1', email: 'ana@example.com', name: 'Ana', exp: Math.floor(Date.now() / 1000) + 3600, iat: Math.floor(Date.now() / 1000), 'cognito:groups': ['sellers'] }));
    const token = `${header}.${payload}.sig`;
    const prefix = `CognitoIdentityServiceProvider.${config.userPoolClientId}`;
    localStorage.setItem(`${prefix}.LastAuthUser`, 'ana@example.com');
    localStorage.setItem(`${prefix}.ana@example.com.idToken`, token);
    localStorage.setItem(`${prefix}.ana@example.com.accessToken`, token);
    localStorage.setItem(`${prefix}.ana@example.com.refreshToken`, 'refresh');
    localStorage.setItem(`${prefix}.ana@example.com.clockDrift`, '0');

    const identity = lazyIdentity(config);

    expect(await identity.currentProfile()).toMatchObject({ sub: 'u1', email: 'ana@example.com', groups: ['sellers'] });
    expect(await identity.idToken()).toBe(token);
    expect(loads.count).toBe(1);
  });
});
