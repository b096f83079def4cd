import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../config';
import { shopPasswordPolicy } from '../test/shopPasswordPolicy';
import { Identity } from './Identity';

const config: AppConfig = {
  apiBaseUrl: 'http://shop.test',
  region: 'ap-southeast-1',
  userPoolId: 'ap-southeast-1_Test',
  userPoolClientId: 'client123',
  cognitoEndpoint: 'http://shop.test/cognito',
  passwordPolicy: shopPasswordPolicy,
};

interface CognitoCall {
  operation: string;
  body: Record<string, unknown>;
}

/** A stand-in for Cognito's JSON API: answers by operation (X-Amz-Target) and records every call. */
function fakeCognito(answers: Record<string, (body: Record<string, unknown>) => { status: number; body: unknown }>) {
  const calls: CognitoCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const operation = String((init.headers as Record<string, string>)['X-Amz-Target']).split('.').pop()!;
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      calls.push({ operation, body });
      const answer = answers[operation]?.(body) ?? { status: 400, body: { __type: 'NotImplemented', message: operation } };
      return new Response(JSON.stringify(answer.body), { status: answer.status });
    }),
  );
  return calls;
}

const refusal = (type: string) => () => ({ status: 400, body: { __type: type, message: type } });

function jwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '');
  return `${encode({ alg: 'RS256' })}.${encode({ exp: Math.floor(Date.now() / 1000) + 3600, iat: Math.floor(Date.now() / 1000), ...claims })}.sig`;
}

/** What the library stores after a sign-in, so the Identity finds a signed-in user. */
function storeSession(accessClaims: Record<string, unknown> = {}) {
  const prefix = `CognitoIdentityServiceProvider.${config.userPoolClientId}`;
  localStorage.setItem(`${prefix}.LastAuthUser`, 'ana@example.com');
  localStorage.setItem(`${prefix}.ana@example.com.idToken`, jwt({ sub: 'u1', email: 'ana@example.com', name: 'Ana' }));
  localStorage.setItem(`${prefix}.ana@example.com.accessToken`, jwt({ sub: 'u1', token_use: 'access', ...accessClaims }));
  localStorage.setItem(`${prefix}.ana@example.com.refreshToken`, 'refresh-1');
  localStorage.setItem(`${prefix}.ana@example.com.clockDrift`, '0');
}

afterEach(() => vi.unstubAllGlobals());

describe('Identity reset-password refusals', () => {
  it.each([
    ['CodeMismatchException', 'That code is not right. Check the latest email we sent and try again.'],
    ['ExpiredCodeException', 'That code has expired. Ask for a new one below.'],
    ['LimitExceededException', 'Too many attempts for this account. Please wait a few minutes, then try again.'],
    ['InvalidPasswordException', 'Choose a stronger password. At least 12 characters, with an upper-case letter, a lower-case letter, a number and a symbol such as ! or #.'],
  ])('words %s for the shopper', async (type, message) => {
    const calls = fakeCognito({ ConfirmForgotPassword: refusal(type) });

    await expect(new Identity(config).confirmPassword(' Ana@Example.com ', ' 123456 ', 'Brand-new-pass9')).rejects.toThrow(message);
    expect(calls).toEqual([
      { operation: 'ConfirmForgotPassword', body: expect.objectContaining({ ClientId: 'client123', Username: 'ana@example.com', ConfirmationCode: '123456', Password: 'Brand-new-pass9' }) },
    ]);
  });

  it('does not tell whether an account exists when a code is asked for', async () => {
    const calls = fakeCognito({ ForgotPassword: refusal('UserNotFoundException') });

    await expect(new Identity(config).forgotPassword('nobody@example.com')).resolves.toBeUndefined();
    expect(calls.map((c) => c.operation)).toEqual(['ForgotPassword']);
  });
});

describe('Identity sessions', () => {
  it('saves the details, then refreshes so the new ID token carries them', async () => {
    storeSession();
    const address = '8 Sentosa Gateway\n\nSingapore\n098269\nSG';
    const calls = fakeCognito({
      UpdateUserAttributes: () => ({ status: 200, body: {} }),
      GetUser: () => ({ status: 200, body: { Username: 'ana@example.com', UserAttributes: [] } }),
      InitiateAuth: () => ({
        status: 200,
        body: { AuthenticationResult: { IdToken: jwt({ sub: 'u1', email: 'ana@example.com', name: 'Ana Tan', address: { formatted: address } }), AccessToken: jwt({ sub: 'u1' }) } },
      }),
    });

    const profile = await new Identity(config).updateProfile({ name: 'Ana Tan', phone: '+6581234567', address: { line1: '8 Sentosa Gateway', city: 'Singapore', postalCode: '098269', country: 'SG' } });

    expect(profile.address).toEqual({ line1: '8 Sentosa Gateway', line2: undefined, city: 'Singapore', postalCode: '098269', country: 'SG' });
    expect(calls.map((c) => c.operation)).toEqual(['UpdateUserAttributes', 'GetUser', 'InitiateAuth']);
    expect(calls[0]!.body.UserAttributes).toEqual([
      { Name: 'name', Value: 'Ana Tan' },
      { Name: 'phone_number', Value: '+6581234567' },
      { Name: 'address', Value: address },
    ]);
    expect(calls[2]!.body).toMatchObject({ AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: 'refresh-1' } });
  });

  it.each([
    ['a revocable session (origin_jti), through the library', { origin_jti: 'o1' }],
    ['a session without origin_jti, directly', {}],
  ])('signs out revoking the refresh token: %s', async (_, accessClaims) => {
    storeSession(accessClaims);
    const calls = fakeCognito({ RevokeToken: () => ({ status: 200, body: {} }) });

    await new Identity(config).signOut();

    expect(calls).toEqual([{ operation: 'RevokeToken', body: { Token: 'refresh-1', ClientId: 'client123' } }]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('CognitoIdentityServiceProvider'))).toEqual([]);
  });

  it('clears the tokens here even when Cognito cannot be reached', async () => {
    storeSession();
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));

    await new Identity(config).signOut();

    expect(Object.keys(localStorage).filter((key) => key.startsWith('CognitoIdentityServiceProvider'))).toEqual([]);
  });

  it('signs out everywhere with the access token, then clears this device', async () => {
    storeSession();
    const calls = fakeCognito({ GlobalSignOut: () => ({ status: 200, body: {} }) });

    await new Identity(config).signOutEverywhere();

    expect(calls.map((c) => c.operation)).toEqual(['GlobalSignOut']);
    expect(calls[0]!.body.AccessToken).toEqual(expect.stringMatching(/^ey/));
    expect(localStorage.getItem(`CognitoIdentityServiceProvider.${config.userPoolClientId}.LastAuthUser`)).toBeNull();
  });
});
