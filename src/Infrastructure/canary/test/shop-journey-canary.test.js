'use strict';
// The Synthetics handler with fake AWS calls and a fake journey: what it reads, the shopper it ensures, what it passes on.
const test = require('node:test');
const assert = require('node:assert/strict');
const { createHandler, VARIABLES } = require('../nodejs/node_modules/shop-journey-canary');
const { JourneyError, ConfigurationError } = require('../nodejs/node_modules/journey-http');

const ENV = {
  [VARIABLES.baseUrl]: 'https://abc123.execute-api.ap-southeast-1.amazonaws.com',
  [VARIABLES.originVerifyParameter]: '/gitgoods/origin-verify/current',
  [VARIABLES.userPoolId]: 'eu-west-1_AbCdEf123',
  [VARIABLES.clientId]: 'client-1',
  [VARIABLES.shopperSecret]: 'arn:aws:secretsmanager:ap-southeast-1:111111111111:secret:canary-AbCdEf',
};
const SHOPPER = { username: 'canary-primary@example.com', password: 'Generated-Pass-123' };

function fakeAws({ exists = false, secret = JSON.stringify(SHOPPER) } = {}) {
  const calls = [];
  return {
    calls,
    getParameter: async (name) => (calls.push(['getParameter', name]), 'origin-secret-value'),
    getSecretString: async (id) => (calls.push(['getSecretString', id]), secret),
    adminGetUser: async (pool, user) => (calls.push(['adminGetUser', pool, user]), exists ? { Username: user } : null),
    adminCreateUser: async (pool, user) => calls.push(['adminCreateUser', pool, user]),
    adminSetUserPassword: async (pool, user, password) => calls.push(['adminSetUserPassword', pool, user, password]),
  };
}

function fakeJourney(outcomes = []) {
  const runs = [];
  const run = async (options) => {
    runs.push(options);
    const outcome = outcomes.shift();
    if (outcome) throw outcome;
    return { orderStatus: 'CONFIRMED', cancelled: true };
  };
  return { run, runs };
}

test('the first run creates the missing shopper with the secret password, permanently, then walks the journey with the settings', async () => {
  const aws = fakeAws();
  const journey = fakeJourney();
  const handler = createHandler({ env: ENV, aws, runJourney: journey.run, log: () => {} });

  await handler();

  assert.deepEqual(aws.calls.filter((c) => c[0].startsWith('admin')), [
    ['adminGetUser', 'eu-west-1_AbCdEf123', SHOPPER.username],
    ['adminCreateUser', 'eu-west-1_AbCdEf123', SHOPPER.username],
    ['adminSetUserPassword', 'eu-west-1_AbCdEf123', SHOPPER.username, SHOPPER.password],
  ]);
  assert.ok(aws.calls.some((c) => c[0] === 'getParameter' && c[1] === '/gitgoods/origin-verify/current'));
  const options = journey.runs[0];
  assert.equal(options.baseUrl, ENV[VARIABLES.baseUrl]);
  assert.equal(options.cognitoEndpoint, 'https://cognito-idp.eu-west-1.amazonaws.com/', 'the pool region, from its id');
  assert.equal(options.originVerify, 'origin-secret-value');
  assert.deepEqual([options.clientId, options.email, options.password], ['client-1', SHOPPER.username, SHOPPER.password]);
  assert.equal(options.acceptDeclinedPayment, false);
});

test('an existing shopper is not created again; later runs skip the check until a sign-in fails', async () => {
  const aws = fakeAws({ exists: true });
  const journey = fakeJourney([undefined, new JourneyError('sign-in', 400, 'NotAuthorizedException'), undefined]);
  const handler = createHandler({ env: ENV, aws, runJourney: journey.run, log: () => {} });
  const ensures = () => aws.calls.filter((c) => c[0] === 'adminGetUser').length;

  await handler();
  assert.ok(!aws.calls.some((c) => c[0] === 'adminCreateUser'));
  assert.equal(aws.calls.filter((c) => c[0] === 'adminSetUserPassword').length, 1);
  await assert.rejects(handler(), JourneyError);
  assert.equal(ensures(), 1, 'the second run trusted the first check');
  await handler();
  assert.equal(ensures(), 2, 'after a failed sign-in the password is set again from the secret');
});

test('a missing variable or a secret without a password fails the run before the journey; no value is logged', async () => {
  const journey = fakeJourney();
  const lines = [];
  const { [VARIABLES.shopperSecret]: _, ...withoutSecret } = ENV;
  await assert.rejects(createHandler({ env: withoutSecret, aws: fakeAws(), runJourney: journey.run })(),
    (e) => e instanceof ConfigurationError && e.message.includes(VARIABLES.shopperSecret));

  const handler = createHandler({ env: ENV, aws: fakeAws({ secret: '{"username":"x@example.com"}' }), runJourney: journey.run, log: (l) => lines.push(l) });
  await assert.rejects(handler(), /read-settings.*"username" and "password"/);
  assert.equal(journey.runs.length, 0);
  assert.ok(!lines.join('\n').includes('origin-secret-value'));
});
