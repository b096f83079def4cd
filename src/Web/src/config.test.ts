import { describe, expect, it } from 'vitest';
import { loadConfig, usesStripe } from './config';

const base = { apiBaseUrl: 'https://shop.test', region: 'ap-southeast-1', userPoolId: 'pool', userPoolClientId: 'client', cognitoEndpoint: 'https://idp.test/' };
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

describe('loadConfig platforms', () => {
  it('takes the managed platform list, and leaves it out when config.json has none', async () => {
    expect((await loadConfig(serve({ ...base, platforms: ['PlayStation 5', 'PC'] }))).platforms).toEqual(['PlayStation 5', 'PC']);
    expect((await loadConfig(serve(base))).platforms).toBeUndefined();
  });

  it.each([[[]], ['PC'], [['PC', '']], [['PC', 5]]])('refuses an unusable platform list %j', async (platforms) => {
    await expect(loadConfig(serve({ ...base, platforms }))).rejects.toThrow("The shop's platform list is not usable.");
  });
});
