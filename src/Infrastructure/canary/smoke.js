#!/usr/bin/env node
'use strict';
// The shop's main journey once, from the command line: the delivery pipeline's smoke test and a developer's check of a
// running stack. Plain Node.js >= 20, no packages. Settings come from the environment (docs/canary.md):
//   GITGOODS_BASE_URL              the site or API base; requests go to ${base}/api/...
//   GITGOODS_SHOPPER_EMAIL         a shopper who may place (and cancel) orders
//   GITGOODS_SHOPPER_PASSWORD
//   GITGOODS_USER_POOL_CLIENT_ID   the app client that allows USER_PASSWORD_AUTH (the SPA's)
//   GITGOODS_COGNITO_ENDPOINT      optional; default https://cognito-idp.<region>.amazonaws.com/ with the region from
//                                  GITGOODS_REGION, AWS_REGION or AWS_DEFAULT_REGION
//   GITGOODS_ORIGIN_VERIFY         optional x-origin-verify value (when calling the API around CloudFront)
//   GITGOODS_PAYMENT_TOKEN         optional, default pm_card_visa
//   GITGOODS_SHIPPING_PHONE        optional, default a fictional number
//   GITGOODS_ACCEPT_DECLINED_PAYMENT  optional true|false: a PAYMENT_DECLINED rejection passes (live processors)
// Exit codes: 0 the journey passed; 1 a step failed; 2 bad configuration (nothing was sent).
const { runJourney } = require('./nodejs/node_modules/shop-journey');
const { JourneyError, ConfigurationError } = require('./nodejs/node_modules/journey-http');

const EXIT = Object.freeze({ passed: 0, failed: 1, configuration: 2 });

/** The journey's options from the environment; a ConfigurationError names every missing or malformed variable. */
function optionsFrom(env) {
  const value = (name) => (env[name] ?? '').trim();
  const missing = [];
  const required = (name) => value(name) || (missing.push(name), '');
  const options = {
    baseUrl: required('GITGOODS_BASE_URL'),
    email: required('GITGOODS_SHOPPER_EMAIL'),
    password: env.GITGOODS_SHOPPER_PASSWORD ?? '',
    clientId: required('GITGOODS_USER_POOL_CLIENT_ID'),
    cognitoEndpoint: value('GITGOODS_COGNITO_ENDPOINT'),
    originVerify: value('GITGOODS_ORIGIN_VERIFY') || undefined,
    paymentToken: value('GITGOODS_PAYMENT_TOKEN') || undefined,
    shippingPhone: value('GITGOODS_SHIPPING_PHONE') || undefined,
    acceptDeclinedPayment: flag('GITGOODS_ACCEPT_DECLINED_PAYMENT', value('GITGOODS_ACCEPT_DECLINED_PAYMENT')),
  };
  if (options.password === '') missing.push('GITGOODS_SHOPPER_PASSWORD');
  if (!options.cognitoEndpoint) {
    const region = value('GITGOODS_REGION') || value('AWS_REGION') || value('AWS_DEFAULT_REGION');
    if (!region) missing.push('GITGOODS_COGNITO_ENDPOINT (or GITGOODS_REGION)');
    else if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) throw new ConfigurationError(`"${region}" is not an AWS region`);
    else options.cognitoEndpoint = `https://cognito-idp.${region}.amazonaws.com/`;
  }
  if (missing.length > 0) throw new ConfigurationError(`missing ${missing.join(', ')}`);
  return options;
}

function flag(name, text) {
  if (text === '' || /^false$/i.test(text)) return false;
  if (/^true$/i.test(text)) return true;
  throw new ConfigurationError(`${name} must be true or false, not "${text}"`);
}

async function main() {
  try {
    const options = optionsFrom(process.env);
    const result = await runJourney({ ...options, log: (line) => process.stdout.write(`${line}\n`) });
    const end = result.cancelled ? ', cancelled' : '';
    process.stdout.write(`smoke: PASSED in ${result.ms} ms (order ${result.orderId} ${result.orderStatus}${end}; cart cleared)\n`);
    return EXIT.passed;
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`smoke: bad configuration: ${error.message}. See the variables at the top of ${__filename}.\n`);
      return EXIT.configuration;
    }
    if (error instanceof JourneyError) {
      process.stderr.write(`smoke: FAILED: ${error.message}\n`);
      return EXIT.failed;
    }
    process.stderr.write(`smoke: FAILED: unexpected error: ${error?.stack ?? error}\n`);
    return EXIT.failed;
  }
}

if (require.main === module) {
  main().then((code) => {
    process.exitCode = code;
  });
}

module.exports = { optionsFrom };
