'use strict';
// node --test src/Infrastructure/canary/test (run by tests/GitGoods.Infrastructure.Tests/Operations/Canary/CanaryScriptTests.cs).
const test = require('node:test');
const assert = require('node:assert/strict');
const { runJourney, STEPS, JourneyError, ConfigurationError } = require('../nodejs/node_modules/shop-journey');
const { optionsFrom } = require('../smoke');
const { startFakeShop, journeyOptions, TOKEN } = require('./fake-shop');

test('the happy path walks every step in order, orders the best-stocked product and cancels it', async (t) => {
  const shop = await startFakeShop();
  t.after(shop.close);
  const lines = [];

  const result = await runJourney(journeyOptions(shop, lines, { originVerify: 'origin-secret-value' }));

  assert.deepEqual(lines.map((l) => JSON.parse(l).step), STEPS);
  assert.equal(result.orderStatus, 'CONFIRMED');
  assert.equal(result.cancelled, true);
  const order = shop.requests.find((r) => r.key === 'POST /api/orders');
  assert.deepEqual(order.body.items, [{ productId: 'many', quantity: 1 }]);
  assert.equal(order.body.payment.token, 'pm_card_visa');
  assert.match(order.headers['idempotency-key'], /^canary-[0-9a-f-]{36}$/);
  assert.equal(order.headers.authorization, `Bearer ${TOKEN}`);
});

test('the origin-verify header goes to every API call and never to Cognito; no log line holds a credential', async (t) => {
  const shop = await startFakeShop();
  t.after(shop.close);
  const lines = [];

  await runJourney(journeyOptions(shop, lines, { originVerify: 'origin-secret-value' }));

  for (const request of shop.requests) {
    const expected = request.key.startsWith('POST /cognito') ? undefined : 'origin-secret-value';
    assert.equal(request.headers['x-origin-verify'], expected, request.key);
  }
  const cognito = shop.requests.find((r) => r.key === 'POST /cognito/');
  assert.equal(cognito.headers['x-amz-target'], 'AWSCognitoIdentityProviderService.InitiateAuth');
  assert.equal(cognito.body.AuthFlow, 'USER_PASSWORD_AUTH');
  for (const secret of [TOKEN, 'Secret!Pass123', 'origin-secret-value']) {
    assert.ok(!lines.join('\n').includes(secret), `a log line holds ${secret}`);
  }
});

test('an order still PENDING at the deadline fails wait-for-order, and the order is cancelled and the cart cleared', async (t) => {
  const shop = await startFakeShop();
  t.after(shop.close);
  shop.routes['GET /api/orders/order-1'] = () => [200, { id: 'order-1', status: 'PENDING' }];
  const lines = [];

  await assert.rejects(runJourney(journeyOptions(shop, lines, { orderDeadlineMs: 200 })), (error) => {
    assert.ok(error instanceof JourneyError);
    assert.equal(error.step, 'wait-for-order');
    assert.match(error.message, /still PENDING after 200 ms/);
    return true;
  });
  const keys = shop.requests.map((r) => r.key);
  assert.ok(keys.includes('POST /api/orders/order-1/cancel'));
  assert.equal(keys.at(-1), 'DELETE /api/cart');
  assert.deepEqual(lines.slice(-3).map((l) => [JSON.parse(l).step, JSON.parse(l).outcome]),
    [['wait-for-order', 'failed'], ['cancel-order', 'ok'], ['clear-cart', 'ok']]);
});

test('an unexpected status fails its step with the status and the problem title, and nothing later runs', async (t) => {
  const shop = await startFakeShop();
  t.after(shop.close);
  shop.routes['PUT /api/cart/items/many'] = () => [500, { title: 'Internal Server Error', detail: 'boom', status: 500 }];
  const lines = [];

  await assert.rejects(runJourney(journeyOptions(shop, lines)), (error) => {
    assert.equal(error.step, 'add-to-cart');
    assert.equal(error.status, 500);
    assert.match(error.message, /Internal Server Error: boom/);
    return true;
  });
  assert.deepEqual(shop.requests.map((r) => r.key), ['GET /api/products', 'GET /api/products/many', 'PUT /api/cart/items/many']);
  const last = JSON.parse(lines.at(-1));
  assert.deepEqual([last.step, last.status, last.outcome], ['add-to-cart', 500, 'failed']);
});

test('a declined payment fails unless acceptDeclinedPayment, which passes without cancelling', async (t) => {
  const shop = await startFakeShop();
  t.after(shop.close);
  shop.routes['GET /api/orders/order-1'] = () => [200, { id: 'order-1', status: 'REJECTED', rejectionReason: 'PAYMENT_DECLINED' }];

  await assert.rejects(runJourney(journeyOptions(shop, [])), /REJECTED \(PAYMENT_DECLINED\)/);
  const result = await runJourney(journeyOptions(shop, [], { acceptDeclinedPayment: true }));

  assert.equal(result.orderStatus, 'REJECTED');
  assert.equal(result.cancelled, false);
  assert.ok(!shop.requests.some((r) => r.key.endsWith('/cancel')), 'a REJECTED order is never cancelled');
});

test('settings refuse plain http beyond loopback and a missing value, before any request', async () => {
  const options = { baseUrl: 'http://shop.example.com', cognitoEndpoint: 'https://cognito-idp.ap-southeast-1.amazonaws.com/', clientId: 'c', email: 'e@x.io', password: 'p' };
  await assert.rejects(runJourney(options), (e) => e instanceof ConfigurationError && /baseUrl must be an https URL/.test(e.message));
  await assert.rejects(runJourney({ ...options, baseUrl: 'https://shop.example.com', password: '' }), /missing password/);
});

test('smoke: the Cognito endpoint comes from the region when not given, and missing variables are all named', () => {
  const env = { GITGOODS_BASE_URL: 'https://shop.example.com', GITGOODS_SHOPPER_EMAIL: 'e@x.io', GITGOODS_SHOPPER_PASSWORD: 'p', GITGOODS_USER_POOL_CLIENT_ID: 'c' };
  assert.equal(optionsFrom({ ...env, GITGOODS_REGION: 'eu-west-1' }).cognitoEndpoint, 'https://cognito-idp.eu-west-1.amazonaws.com/');
  assert.equal(optionsFrom({ ...env, AWS_REGION: 'us-east-1' }).cognitoEndpoint, 'https://cognito-idp.us-east-1.amazonaws.com/');
  assert.throws(() => optionsFrom({ GITGOODS_BASE_URL: 'x' }),
    /missing GITGOODS_SHOPPER_EMAIL, GITGOODS_USER_POOL_CLIENT_ID, GITGOODS_SHOPPER_PASSWORD, GITGOODS_COGNITO_ENDPOINT \(or GITGOODS_REGION\)/);
  assert.throws(() => optionsFrom({ ...env, GITGOODS_REGION: 'eu-west-1', GITGOODS_ACCEPT_DECLINED_PAYMENT: 'yes' }), /true or false/);
});
