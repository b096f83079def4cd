import { describe, expect, it } from 'vitest';
import { loadConfig, usesStripe } from './config';
import { shopPasswordPolicy } from './test/shopPasswordPolicy';

const base = { apiBaseUrl: 'https://shop.test', region: 'ap-southeast-1', userPoolId: 'pool', userPoolClientId: 'client', cognitoEndpoint: 'https://idp.test/', passwordPolicy: shopPasswordPolicy };
const serve = (body: unknown) => (async () => new Response(JSON.stringify(body), { status: 200 })) as unknown as typeof fetch;

describe('loadConfig payment', () => {
  it('keeps the simulator when config.json names no payment processor', async () => {
    const config = await loadConfig(serve(base));

    expect(config.payment).toBeUndefined();
    expect(usesStripe(config.payment)).toBe(false);
  });

  it('takes Stripe with a publishable key', async () => {
    const config = await loadConfig(serve({ ...base, payment: { provider: 'stripe', publishableKey: 'pk_live_abc' } }));

    expect(usesStripe(config.payment)).toBe(true);
  });

  it.each([{ provider: 'stripe' }, { provider: 'stripe', publishableKey: 'sk_live_abc' }, { provider: 'paypal' }])('refuses an unusable payment entry %o', async (payment) => {
    await expect(loadConfig(serve({ ...base, payment }))).rejects.toThrow("The shop's payment configuration is not usable.");
  });
});

describe('loadConfig passwordPolicy', () => {
  it("keeps the user pool's policy", async () => {
    const config = await loadConfig(serve(base));

    expect(config.passwordPolicy).toEqual(shopPasswordPolicy);
  });

  it.each([
    ['missing', undefined],
    ['not an object', '12 characters'],
    ['a length below Cognito\'s 6', { ...shopPasswordPolicy, minimumLength: 4 }],
    ['a length that is not a whole number', { ...shopPasswordPolicy, minimumLength: '12' }],
    ['a switch that is not a boolean', { ...shopPasswordPolicy, requireDigits: 'yes' }],
    ['no symbols', { ...shopPasswordPolicy, symbols: '' }],
  ])('refuses to start when the policy is %s', async (_, passwordPolicy) => {
    await expect(loadConfig(serve({ ...base, passwordPolicy }))).rejects.toThrow("The shop's password policy configuration is missing or not usable.");
  });
});

describe('loadConfig platforms', () => {
  it('takes the managed platform list, and leaves it out when config.json has none', async () => {
    expect((await loadConfig(serve({ ...base, platforms: ['PlayStation 5', 'PC'] }))).platforms).toEqual(['PlayStation 5', 'PC']);
    expect((await loadConfig(serve(base))).platforms).toBeUndefined();
  });

  it.each([[[]], ['PC'], [['PC', '']], [['PC', 5]]])('refuses an unusable platform list %j', async (platforms) => {
    await expect(loadConfig(serve({ ...base, platforms }))).rejects.toThrow("The shop's platform list is not usable.");
  });
});
